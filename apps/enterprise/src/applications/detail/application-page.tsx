import { ApplicationViewSchema, CallViewSchema, ProfileViewSchema } from '@shifan/domain';
import { ApiErrorAlert, useApiQuery, useLocale, useOptionalQuery } from '@shifan/ui';
import { Flex, Skeleton, Typography } from 'antd';
import { useParams } from 'react-router';
import { callPath } from '../../calls/calls-api';
import { PROFILE_PATH } from '../../profile/profile-api';
import { applicationPath } from '../applications-api';
import { VerificationBanner } from '../../verification/verification-banner';
import { ApplicationWorkspace } from './application-workspace';
import { DETAIL_TEXTS } from './detail-texts';

/** `/applications/:id`: loads the application, its call and the profile, then opens the workspace. */
export function ApplicationPage() {
  const { t } = useLocale();
  const { id } = useParams();
  const applicationId = Number(id);
  const application = useApiQuery(applicationPath(applicationId), ApplicationViewSchema);
  const call = useOptionalQuery(application.data ? callPath(application.data.callId) : null, CallViewSchema);
  const profile = useApiQuery(PROFILE_PATH, ProfileViewSchema);
  const error = application.error ?? call.error ?? profile.error;

  if (error) return <ApiErrorAlert error={error} />;
  if (!application.data || !call.data || !profile.data) {
    return (
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t(DETAIL_TEXTS.loading)}</Typography.Text>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Flex>
    );
  }
  return (
    <>
      <VerificationBanner />
      <ApplicationWorkspace key={applicationId} initial={application.data} call={call.data} profile={profile.data} />
    </>
  );
}
