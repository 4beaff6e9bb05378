import type { TechTransformationApplication } from '../../../forms/tech-transformation-application.schema';
import type { Draft } from '../../../shared/draft';
import type { TechTransformationCallSettings } from '../../call-settings';

export type TechTransformationDraft = Draft<TechTransformationApplication>;
export type { TechTransformationCallSettings };

export const TECH_SOURCE = 'domain-rules.md §1.3';
