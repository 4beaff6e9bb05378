import { SMART_MFG_LABELS } from '../../../forms/smart-mfg-application.schema';
import { readBoolean } from '../../rule-inputs';
import { defineRule, missing, pass, warn } from '../../rule-types';
import { SMART_SOURCE, type SmartMfgCallSettings, type SmartMfgDraft } from './smart-mfg-settings';

const ELEMENTS = ['hasProductionDataTracking', 'hasVisualManagementPlatform', 'hasProductInfoPlatform'] as const;
const FIELDS = ELEMENTS.map((key) => `application.${key}`);

/** The other 要素条件 (daily data tracking, visual management, product-information platform): a warning when absent. */
export const smartFactoryElementsRule = defineRule<SmartMfgCallSettings, SmartMfgDraft>(
  {
    id: 'smart.factory-elements',
    title: { zh: '智能工厂其他要素条件', en: 'Other smart-factory elements' },
    source: `${SMART_SOURCE}: wotao 22560（要素条件）`,
  },
  (_settings, _profile, application) => {
    const values = ELEMENTS.map((key) => readBoolean(application[key]));
    if (values.includes(undefined)) return missing(FIELDS);
    const absent = ELEMENTS.filter((_, index) => values[index] === false).map((key) => SMART_MFG_LABELS[key].label);
    if (absent.length === 0) return pass({ zh: '智能工厂要素条件齐备', en: 'All smart-factory elements are in place' }, FIELDS);
    return warn(
      { zh: `缺少：${absent.map((label) => label.zh).join('、')}，评审时可能扣分`, en: `Missing: ${absent.map((label) => label.en).join(', ')}; reviewers may deduct points` },
      FIELDS,
    );
  },
);
