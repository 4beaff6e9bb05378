// The public face of @shifan/domain. Everything the apps use is exported from here.
export * from './i18n/localized-text';
export * from './i18n/terminology';
export * from './errors/error-codes';

// Shared value helpers
export * from './shared/iso-date';
export * from './shared/rounding';
export * from './shared/draft';
export * from './shared/text-limits';

// Catalogue (武政〔2017〕26号 and the standards it relies on)
export * from './catalogue/plan-source';
export * from './catalogue/programme-categories';
export * from './catalogue/key-fields';
export * from './catalogue/industry-classification';
export * from './catalogue/annex1-indicators';
export * from './catalogue/plan-target-indicators';
export * from './catalogue/annex2-key-entities';
export * from './catalogue/districts';
export * from './catalogue/recommending-units';
export * from './catalogue/unit-routing';
export * from './catalogue/recommending-unit-view';
export * from './catalogue/legal-forms';

// Identity and size
export * from './identity/uscc-checksum';
export * from './identity/uscc-registration-types';
export * from './identity/uscc';
export * from './identity/enterprise-size';

// Calendar
export * from './calendar/holiday-data';
export * from './calendar/working-days';
export * from './calendar/calendar-schemas';

// Forms
export * from './forms/form-meta';
export * from './forms/field-schemas';
export * from './forms/enterprise-profile.meta';
export * from './forms/enterprise-profile.schema';
export * from './forms/profile-masking';
export * from './forms/project-fields';
export * from './forms/smart-mfg-application.schema';
export * from './forms/tech-transformation-application.schema';
export * from './forms/innovation-centre-application.schema';
export * from './forms/it-integration-application.schema';
export * from './forms/application-forms';

// Eligibility
export * from './eligibility/call-settings';
export * from './eligibility/rule-types';
export * from './eligibility/rule-inputs';
export * from './eligibility/rule-sets';
export * from './eligibility/evaluate-eligibility';
export * from './eligibility/call-requirement';
export * from './eligibility/threshold-sources';
export * from './eligibility/threshold-table';
export * from './eligibility/rules/gate/gate-settings';
export * from './eligibility/rules/gate/registered-in-wuhan.rule';
export * from './eligibility/rules/gate/uscc-registration-area.rule';
export * from './eligibility/rules/gate/enterprise-uscc.rule';
export * from './eligibility/rules/gate/independent-legal-person.rule';
export * from './eligibility/rules/gate/industrial-enterprise.rule';
export * from './eligibility/rules/gate/above-designated-size.rule';
export * from './eligibility/rules/gate/no-major-accident.rule';
export * from './eligibility/rules/gate/not-dishonest.rule';
export * from './eligibility/rules/gate/one-application-per-call.rule';
export * from './eligibility/rules/gate/no-double-funding.rule';
export * from './eligibility/rules/project/project-settings';
export * from './eligibility/rules/smart-mfg/smart-mfg-settings';
export * from './eligibility/rules/tech-transformation/tech-transformation-settings';
export * from './eligibility/rules/innovation-centre/innovation-centre-settings';
export * from './eligibility/rules/it-integration/it-integration-settings';
export * from './eligibility/rules/project/in-investment-statistics.rule';
export * from './eligibility/rules/project/project-completed.rule';
export * from './eligibility/rules/smart-mfg/smart-investment-floor.rule';
export * from './eligibility/rules/smart-mfg/smart-project-window.rule';
export * from './eligibility/rules/smart-mfg/cnc-rate.rule';
export * from './eligibility/rules/smart-mfg/erp-mes-integration.rule';
export * from './eligibility/rules/smart-mfg/smart-factory-elements.rule';
export * from './eligibility/rules/tech-transformation/equipment-investment-floor.rule';
export * from './eligibility/rules/tech-transformation/construction-period.rule';
export * from './eligibility/rules/tech-transformation/equipment-share.rule';
export * from './eligibility/rules/tech-transformation/rd-cap.rule';
export * from './eligibility/rules/innovation-centre/centre-legal-form.rule';
export * from './eligibility/rules/innovation-centre/centre-alliance.rule';
export * from './eligibility/rules/innovation-centre/centre-shareholders.rule';
export * from './eligibility/rules/innovation-centre/centre-rd-staff.rule';
export * from './eligibility/rules/innovation-centre/centre-rd-spending.rule';
export * from './eligibility/rules/it-integration/self-assessment.rule';
export * from './eligibility/rules/it-integration/system-running.rule';

// Workflow
export * from './workflow/application-states';
export * from './workflow/transition-table';
export * from './workflow/transition';
export * from './workflow/workflow-dates';

// Scoring and ranking
export * from './scoring/trimmed-mean';
export * from './scoring/rubric';
export * from './scoring/weighted-total';
export * from './scoring/outliers';
export * from './scoring/ranking';

// Expert draw
export * from './expert-draw/sha256';
export * from './expert-draw/seeded-random';
export * from './expert-draw/conflict-of-interest';
export * from './expert-draw/expert-draw';

// Accounts, roles and permissions (issue #4)
export * from './accounts';

// Calls and applications (issue #5)
export * from './calls';
export * from './applications';

// Documents: view models of the printed 申报书 and receipt, verification codes, the call summary (issue #6)
export * from './documents';

// The review pipeline: district review, formal check, experts, panels, scoring, ranking (issue #7)
export * from './review';

// Publication: 公示 with objections, the approved list, open data and the programme dashboard (issue #8)
export * from './publication';

// The programme dashboard: the plan's targets counted as the plan means them, upward recommendations and outcomes (issue #13)
export * from './dashboard';
