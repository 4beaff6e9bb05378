import { readBoolean } from '../../rule-inputs';
import { defineRule, fail, missing, notRequired, pass } from '../../rule-types';
import { SMART_SOURCE, type SmartMfgCallSettings, type SmartMfgDraft } from './smart-mfg-settings';

const FIELDS = ['application.hasErp', 'application.hasMes', 'application.erpMesDataExchange'];

/** ERP and MES are both in use and exchange data. */
export const erpMesIntegrationRule = defineRule<SmartMfgCallSettings, SmartMfgDraft>(
  {
    id: 'smart.erp-mes-integration',
    title: { zh: 'ERP与MES集成', en: 'ERP–MES integration' },
    source: `${SMART_SOURCE}: wotao 22560`,
  },
  ({ eligibility }, _profile, application) => {
    if (!eligibility.requireErpMesIntegration) return notRequired({ zh: 'ERP与MES集成', en: 'ERP–MES integration' }, FIELDS);
    const values = [readBoolean(application.hasErp), readBoolean(application.hasMes), readBoolean(application.erpMesDataExchange)];
    if (values.includes(false)) {
      return fail({ zh: '须同时部署ERP和MES，并实现两者数据交互', en: 'ERP and MES must both be in use and exchange data' }, FIELDS);
    }
    if (values.includes(undefined)) return missing(FIELDS);
    return pass({ zh: 'ERP与MES已集成并交互数据', en: 'ERP and MES are integrated' }, FIELDS);
  },
);
