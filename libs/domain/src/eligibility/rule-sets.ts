import type { ProgrammeCategoryCode } from '../catalogue/programme-categories';
import type { ApplicationFor } from '../forms/application-forms';
import type { Draft } from '../shared/draft';
import type { CallSettingsFor } from './call-settings';
import type { EligibilityRule } from './rule-types';
import { aboveDesignatedSizeRule } from './rules/gate/above-designated-size.rule';
import { enterpriseUsccRule } from './rules/gate/enterprise-uscc.rule';
import { independentLegalPersonRule } from './rules/gate/independent-legal-person.rule';
import { industrialEnterpriseRule } from './rules/gate/industrial-enterprise.rule';
import { noDoubleFundingRule } from './rules/gate/no-double-funding.rule';
import { noMajorAccidentRule } from './rules/gate/no-major-accident.rule';
import { notDishonestRule } from './rules/gate/not-dishonest.rule';
import { oneApplicationPerCallRule } from './rules/gate/one-application-per-call.rule';
import { registeredInWuhanRule } from './rules/gate/registered-in-wuhan.rule';
import { usccRegistrationAreaRule } from './rules/gate/uscc-registration-area.rule';
import { centreAllianceRule } from './rules/innovation-centre/centre-alliance.rule';
import { centreLegalFormRule } from './rules/innovation-centre/centre-legal-form.rule';
import { centreRdSpendingRule } from './rules/innovation-centre/centre-rd-spending.rule';
import { centreRdStaffRule } from './rules/innovation-centre/centre-rd-staff.rule';
import { centreShareholdersRule } from './rules/innovation-centre/centre-shareholders.rule';
import { selfAssessmentRule } from './rules/it-integration/self-assessment.rule';
import { systemRunningRule } from './rules/it-integration/system-running.rule';
import { inInvestmentStatisticsRule } from './rules/project/in-investment-statistics.rule';
import { projectCompletedRule } from './rules/project/project-completed.rule';
import { cncRateRule } from './rules/smart-mfg/cnc-rate.rule';
import { erpMesIntegrationRule } from './rules/smart-mfg/erp-mes-integration.rule';
import { smartFactoryElementsRule } from './rules/smart-mfg/smart-factory-elements.rule';
import { smartInvestmentFloorRule } from './rules/smart-mfg/smart-investment-floor.rule';
import { smartProjectWindowRule } from './rules/smart-mfg/smart-project-window.rule';
import { constructionPeriodRule } from './rules/tech-transformation/construction-period.rule';
import { equipmentInvestmentFloorRule } from './rules/tech-transformation/equipment-investment-floor.rule';
import { equipmentShareRule } from './rules/tech-transformation/equipment-share.rule';
import { rdCapRule } from './rules/tech-transformation/rd-cap.rule';

/** Which rules each category runs, in the order they are shown. */
export type RuleSetFor<C extends ProgrammeCategoryCode> = readonly EligibilityRule<CallSettingsFor<C>, Draft<ApplicationFor<C>>>[];

/** The common entity gate (domain-rules.md §1.1), run for every category. */
export const GATE_RULES = [
  registeredInWuhanRule,
  usccRegistrationAreaRule,
  enterpriseUsccRule,
  independentLegalPersonRule,
  industrialEnterpriseRule,
  aboveDesignatedSizeRule,
  noMajorAccidentRule,
  notDishonestRule,
  oneApplicationPerCallRule,
  noDoubleFundingRule,
] as const;

export const ELIGIBILITY_RULE_SETS: { readonly [C in ProgrammeCategoryCode]: RuleSetFor<C> } = {
  SMART_MFG_PILOT: [
    ...GATE_RULES,
    inInvestmentStatisticsRule,
    smartProjectWindowRule,
    projectCompletedRule,
    smartInvestmentFloorRule,
    cncRateRule,
    erpMesIntegrationRule,
    smartFactoryElementsRule,
  ],
  TECH_TRANSFORMATION: [
    ...GATE_RULES,
    inInvestmentStatisticsRule,
    projectCompletedRule,
    constructionPeriodRule,
    equipmentInvestmentFloorRule,
    equipmentShareRule,
    rdCapRule,
  ],
  INNOVATION_CENTRE: [...GATE_RULES, centreLegalFormRule, centreShareholdersRule, centreAllianceRule, centreRdStaffRule, centreRdSpendingRule],
  IT_INTEGRATION: [...GATE_RULES, selfAssessmentRule, systemRunningRule],
};
