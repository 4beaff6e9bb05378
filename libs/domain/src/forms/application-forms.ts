import type { ProgrammeCategoryCode } from '../catalogue/programme-categories';
import {
  INNOVATION_CENTRE_APPLICATION_FORM,
  InnovationCentreApplicationDraftSchema,
  InnovationCentreApplicationSchema,
  type InnovationCentreApplication,
} from './innovation-centre-application.schema';
import {
  IT_INTEGRATION_APPLICATION_FORM,
  ItIntegrationApplicationDraftSchema,
  ItIntegrationApplicationSchema,
  type ItIntegrationApplication,
} from './it-integration-application.schema';
import {
  SMART_MFG_APPLICATION_FORM,
  SmartMfgApplicationDraftSchema,
  SmartMfgApplicationSchema,
  type SmartMfgApplication,
} from './smart-mfg-application.schema';
import {
  TECH_TRANSFORMATION_APPLICATION_FORM,
  TechTransformationApplicationDraftSchema,
  TechTransformationApplicationSchema,
  type TechTransformationApplication,
} from './tech-transformation-application.schema';

/** Each category's application type, schema (for submission), draft schema (for saving) and form metadata. */
export interface ApplicationByCategory {
  SMART_MFG_PILOT: SmartMfgApplication;
  TECH_TRANSFORMATION: TechTransformationApplication;
  INNOVATION_CENTRE: InnovationCentreApplication;
  IT_INTEGRATION: ItIntegrationApplication;
}

export type ApplicationFor<C extends ProgrammeCategoryCode> = ApplicationByCategory[C];

export const APPLICATION_SCHEMAS = {
  SMART_MFG_PILOT: SmartMfgApplicationSchema,
  TECH_TRANSFORMATION: TechTransformationApplicationSchema,
  INNOVATION_CENTRE: InnovationCentreApplicationSchema,
  IT_INTEGRATION: ItIntegrationApplicationSchema,
} as const satisfies Record<ProgrammeCategoryCode, unknown>;

export const APPLICATION_DRAFT_SCHEMAS = {
  SMART_MFG_PILOT: SmartMfgApplicationDraftSchema,
  TECH_TRANSFORMATION: TechTransformationApplicationDraftSchema,
  INNOVATION_CENTRE: InnovationCentreApplicationDraftSchema,
  IT_INTEGRATION: ItIntegrationApplicationDraftSchema,
} as const satisfies Record<ProgrammeCategoryCode, unknown>;

export const APPLICATION_FORMS = {
  SMART_MFG_PILOT: SMART_MFG_APPLICATION_FORM,
  TECH_TRANSFORMATION: TECH_TRANSFORMATION_APPLICATION_FORM,
  INNOVATION_CENTRE: INNOVATION_CENTRE_APPLICATION_FORM,
  IT_INTEGRATION: IT_INTEGRATION_APPLICATION_FORM,
} as const satisfies Record<ProgrammeCategoryCode, unknown>;
