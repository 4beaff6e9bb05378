import { APPLICATION_FORMS, type FieldMeta, type FormSection, type LocalizedText, type ProgrammeCategoryCode } from '@shifan/domain';

export type StepKey = 'basic' | 'project' | 'indicators' | 'declarations' | 'attachments' | 'review';
type FormStepKey = Exclude<StepKey, 'attachments' | 'review'>;

export const STEP_TITLES: Readonly<Record<StepKey, LocalizedText>> = {
  basic: { zh: '基本信息', en: 'Basic information' },
  project: { zh: '项目情况', en: 'Project' },
  indicators: { zh: '关键指标', en: 'Key indicators' },
  declarations: { zh: '承诺声明', en: 'Declarations' },
  attachments: { zh: '附件材料', en: 'Attachments' },
  review: { zh: '核对提交', en: 'Review and submit' },
};

/**
 * Which sections of each category's form (APPLICATION_FORMS[category].sections) go on which step. The basic step
 * always shows the applicant (from the profile) first; a step with no sections is left out.
 */
const STEP_SECTIONS: Readonly<Record<ProgrammeCategoryCode, Readonly<Record<FormStepKey, readonly string[]>>>> = {
  SMART_MFG_PILOT: { basic: ['project'], project: ['schedule', 'investment'], indicators: ['smart'], declarations: ['declarations'] },
  TECH_TRANSFORMATION: { basic: ['project'], project: ['schedule'], indicators: ['investment'], declarations: ['declarations'] },
  INNOVATION_CENTRE: { basic: ['centre'], project: ['shareholding'], indicators: ['rd'], declarations: ['declarations'] },
  IT_INTEGRATION: { basic: [], project: ['assessment'], indicators: [], declarations: ['declarations'] },
};

export interface FormStep {
  key: StepKey;
  title: LocalizedText;
  sections: readonly FormSection[];
  /** The form fields on this step, in the form's order. */
  fields: readonly string[];
}

export interface ApplicationFormLayout {
  sections: readonly FormSection[];
  fields: Readonly<Record<string, FieldMeta>>;
  steps: readonly FormStep[];
  /** The step index of each field. */
  stepOfField: Readonly<Record<string, number>>;
}

/** The steps of a category's form: its sections mapped onto 基本信息 … 承诺声明, then 附件材料 and 核对提交. */
export function applicationFormLayout(category: ProgrammeCategoryCode): ApplicationFormLayout {
  const form = APPLICATION_FORMS[category];
  const fields = form.fields as Readonly<Record<string, FieldMeta>>;
  const mapping = STEP_SECTIONS[category];
  const placed = new Set(Object.values(mapping).flat());
  const steps: FormStep[] = [];
  for (const key of ['basic', 'project', 'indicators', 'declarations'] as const) {
    // Sections a later form version adds without a step mapping go on the project step rather than disappear.
    const ids = key === 'project' ? [...mapping[key], ...form.sections.map((section) => section.id).filter((id) => !placed.has(id))] : mapping[key];
    const sections = form.sections.filter((section) => ids.includes(section.id));
    if (sections.length === 0 && key !== 'basic') continue;
    const sectionIds = new Set(sections.map((section) => section.id));
    steps.push({ key, title: STEP_TITLES[key], sections, fields: Object.keys(fields).filter((name) => sectionIds.has(fields[name].section)) });
  }
  steps.push({ key: 'attachments', title: STEP_TITLES.attachments, sections: [], fields: [] });
  steps.push({ key: 'review', title: STEP_TITLES.review, sections: [], fields: [] });
  const stepOfField: Record<string, number> = {};
  steps.forEach((step, index) => step.fields.forEach((name) => (stepOfField[name] = index)));
  return { sections: form.sections, fields, steps, stepOfField };
}
