import type { LocalizedText } from '../i18n/localized-text';
import { type IsoDate, addYears, compareIsoDates } from '../shared/iso-date';

/**
 * 回避 (conflicts of interest) for a draw, after 政府采购法实施条例 第九条 and the portal rules in domain-rules.md §6:
 * the expert's employer is the applicant or a co-applicant; a relation the expert declared; or a joint application
 * with the applicant within the last 3 years.
 */
export interface Expert {
  id: string;
  name: string;
  /** USCC of the expert's employer, when known. */
  employerUscc?: string | null;
  /** Fields of expertise: key-field or sub-field codes of the catalogue, or any code the pool uses. */
  fields: readonly string[];
}

export const DECLARED_RELATION_KINDS = [
  'employment',
  'board_or_supervisor',
  'shareholding',
  'consultancy',
  'relative',
  'collaboration',
  'legal_dispute',
  'drafted_call',
  'recommended_project',
] as const;

export type DeclaredRelationKind = (typeof DECLARED_RELATION_KINDS)[number];

export const DECLARED_RELATION_LABELS: Readonly<Record<DeclaredRelationKind, LocalizedText>> = {
  employment: { zh: '近3年在申报单位任职、兼职或存在劳动关系', en: 'Employed by the applicant within 3 years' },
  board_or_supervisor: { zh: '近3年担任申报单位董事、监事', en: 'Director or supervisor of the applicant within 3 years' },
  shareholding: { zh: '持有申报单位股份或存在投资关系', en: 'Shareholding or investment ties with the applicant' },
  consultancy: { zh: '近3年为申报单位提供咨询服务', en: 'Consultant to the applicant within 3 years' },
  relative: {
    zh: '与申报单位法定代表人或负责人有夫妻、直系血亲、三代以内旁系血亲或近姻亲关系',
    en: 'Spouse, lineal relative, collateral relative within three generations or close in-law of the applicant’s legal representative',
  },
  collaboration: { zh: '近3年与申报单位有合作研究、共同项目或合著', en: 'Joint research, project or publication with the applicant within 3 years' },
  legal_dispute: { zh: '近3年与申报单位存在法律纠纷', en: 'Legal dispute with the applicant within 3 years' },
  drafted_call: { zh: '参与本批次申报指南的起草', en: 'Took part in drafting this call' },
  recommended_project: { zh: '参与推荐本项目（如区级推荐）', en: 'Recommended this project (e.g. as a district officer)' },
};

/** A relation an expert declared for this application (the list is already scoped to the application). */
export interface DeclaredRelation {
  expertId: string;
  kind: DeclaredRelationKind;
  note?: string;
}

/** A joint application of an expert (or the expert's employer) with another party. */
export interface CoApplication {
  expertId: string;
  partnerUscc: string;
  date: IsoDate;
}

export type ExclusionReason =
  | { code: 'EMPLOYER_IS_APPLICANT'; employerUscc: string; message: LocalizedText }
  | { code: 'DECLARED_RELATION'; kind: DeclaredRelationKind; message: LocalizedText }
  | { code: 'RECENT_CO_APPLICATION'; partnerUscc: string; date: IsoDate; message: LocalizedText };

export interface ApplicantParties {
  uscc: string;
  coApplicantUsccs?: readonly string[];
}

export interface ConflictInputs {
  applicant: ApplicantParties;
  declaredRelations?: readonly DeclaredRelation[];
  coApplications?: readonly CoApplication[];
  /** The draw date; the co-application window counts back from it. */
  referenceDate: IsoDate;
  coApplicationLookbackYears: number;
}

/** Every reason the expert may not review this application; empty when there is none. */
export function findConflicts(expert: Expert, inputs: ConflictInputs): ExclusionReason[] {
  const parties = new Set([inputs.applicant.uscc, ...(inputs.applicant.coApplicantUsccs ?? [])]);
  const reasons: ExclusionReason[] = [];
  if (expert.employerUscc && parties.has(expert.employerUscc)) {
    reasons.push({
      code: 'EMPLOYER_IS_APPLICANT',
      employerUscc: expert.employerUscc,
      message: { zh: '专家所在单位为申报单位或联合申报单位', en: 'The expert works for the applicant or a co-applicant' },
    });
  }
  for (const relation of inputs.declaredRelations ?? []) {
    if (relation.expertId !== expert.id) continue;
    const label = DECLARED_RELATION_LABELS[relation.kind];
    reasons.push({ code: 'DECLARED_RELATION', kind: relation.kind, message: { zh: `专家申明：${label.zh}`, en: `Declared by the expert: ${label.en}` } });
  }
  const windowStart = addYears(inputs.referenceDate, -inputs.coApplicationLookbackYears);
  for (const co of inputs.coApplications ?? []) {
    if (co.expertId !== expert.id || !parties.has(co.partnerUscc)) continue;
    if (compareIsoDates(co.date, windowStart) < 0 || compareIsoDates(co.date, inputs.referenceDate) > 0) continue;
    reasons.push({
      code: 'RECENT_CO_APPLICATION',
      partnerUscc: co.partnerUscc,
      date: co.date,
      message: {
        zh: `专家于${co.date}与申报单位联合申报项目（近${inputs.coApplicationLookbackYears}年内）`,
        en: `The expert co-applied with the applicant on ${co.date} (within ${inputs.coApplicationLookbackYears} years)`,
      },
    });
  }
  return reasons;
}
