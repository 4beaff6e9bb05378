import { findLegalForm } from '../../../catalogue/legal-forms';
import { readText } from '../../rule-inputs';
import { defineRule, fail, missing, notRequired, pass } from '../../rule-types';
import { CENTRE_SOURCE, type InnovationCentreCallSettings, type InnovationCentreDraft } from './innovation-centre-settings';

const FIELDS = ['profile.legalForm'];

/** The operating company is an independent company legal person (有限责任公司 or 股份有限公司), "公司+联盟". */
export const centreLegalFormRule = defineRule<InnovationCentreCallSettings, InnovationCentreDraft>(
  {
    id: 'centre.legal-form',
    title: { zh: '独立法人公司', en: 'Independent company' },
    source: `${CENTRE_SOURCE}: 工信厅科〔2017〕64号； 制造强省办〔2021〕5号`,
  },
  ({ eligibility }, profile) => {
    if (!eligibility.requireCompanyForm) return notRequired({ zh: '公司制法人', en: 'a company legal person' }, FIELDS);
    const code = readText(profile.legalForm);
    if (code === undefined) return missing(FIELDS);
    const form = findLegalForm(code);
    if (form?.isCompany) return pass({ zh: `运营主体为${form.name.zh}`, en: `The operator is a ${form.name.en.toLowerCase()}` }, FIELDS);
    return fail(
      { zh: '创新中心运营主体须为独立法人公司（有限责任公司或股份有限公司）', en: 'The centre must be run by an independent company (limited liability or joint-stock)' },
      FIELDS,
    );
  },
);
