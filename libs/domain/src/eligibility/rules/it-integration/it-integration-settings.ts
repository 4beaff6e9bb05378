import type { ItIntegrationApplication } from '../../../forms/it-integration-application.schema';
import type { Draft } from '../../../shared/draft';
import type { ItIntegrationCallSettings } from '../../call-settings';

export type ItIntegrationDraft = Draft<ItIntegrationApplication>;
export type { ItIntegrationCallSettings };

export const IT_SOURCE = 'domain-rules.md §1.5';
