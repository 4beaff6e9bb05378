import type { InnovationCentreApplication } from '../../../forms/innovation-centre-application.schema';
import type { Draft } from '../../../shared/draft';
import type { InnovationCentreCallSettings } from '../../call-settings';

export type InnovationCentreDraft = Draft<InnovationCentreApplication>;
export type { InnovationCentreCallSettings };

export const CENTRE_SOURCE = 'domain-rules.md §1.4';
