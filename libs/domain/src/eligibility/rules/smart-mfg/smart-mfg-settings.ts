import type { SmartMfgApplication } from '../../../forms/smart-mfg-application.schema';
import type { Draft } from '../../../shared/draft';
import type { SmartMfgCallSettings } from '../../call-settings';

export type SmartMfgDraft = Draft<SmartMfgApplication>;
export type { SmartMfgCallSettings };

export const SMART_SOURCE = 'domain-rules.md §1.2';
