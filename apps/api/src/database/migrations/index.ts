import { Foundation1764345600000 } from './1764345600000-foundation';
import { Accounts1764432000000 } from './1764432000000-accounts';
import { CallsAndApplications1764518400000 } from './1764518400000-calls-and-applications';
import { Documents1764604800000 } from './1764604800000-documents';
import { SubmittedProfile1764691200000 } from './1764691200000-submitted-profile';
import { ReviewPipeline1764777600000 } from './1764777600000-review-pipeline';
import { Publication1764864000000 } from './1764864000000-publication';
import { WorkingCalendar1764950400000 } from './1764950400000-working-calendar';
import { AccountSafety1765036800000 } from './1765036800000-account-safety';
import { JobsAndOutbox1765123200000 } from './1765123200000-jobs-and-outbox';
import { StrictTextLengths1765209600000 } from './1765209600000-strict-text-lengths';
import { RecommendingUnits1765296000000 } from './1765296000000-recommending-units';
import { UpwardOutcomes1765382400000 } from './1765382400000-upward-outcomes';
import { ThresholdSettings1765425600000 } from './1765425600000-threshold-settings';
import { SigningCopiesAndTemplates1765339200000 } from './1765339200000-signing-copies-and-templates';
import { ApprovedListDocumentNumber1765468800000 } from './1765468800000-approved-list-document-number';

/** Every migration, oldest first. A new migration is added here as well as in its own file. */
export const MIGRATIONS = [Foundation1764345600000, Accounts1764432000000, CallsAndApplications1764518400000, Documents1764604800000, SubmittedProfile1764691200000, ReviewPipeline1764777600000, Publication1764864000000, WorkingCalendar1764950400000, AccountSafety1765036800000, JobsAndOutbox1765123200000, StrictTextLengths1765209600000, RecommendingUnits1765296000000, SigningCopiesAndTemplates1765339200000, UpwardOutcomes1765382400000, ThresholdSettings1765425600000, ApprovedListDocumentNumber1765468800000];
