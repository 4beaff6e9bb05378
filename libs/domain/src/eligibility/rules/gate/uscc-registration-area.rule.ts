import { parseUscc } from '../../../identity/uscc';
import { readText } from '../../rule-inputs';
import { defineRule, missing, pass, warn } from '../../rule-types';
import { type GateRuleSettings } from './gate-settings';

const FIELDS = ['profile.uscc'];

/**
 * A hint, never a failure: positions 3–8 of the USCC name the registering authority, and firms registered by the
 * province (420000) or elsewhere may still operate in Wuhan (domain-rules.md §2).
 */
export const usccRegistrationAreaRule = defineRule<GateRuleSettings, unknown>(
  {
    id: 'gate.uscc-registration-area',
    title: { zh: '信用代码登记机关', en: 'Registering authority in the credit code' },
    source: 'domain-rules.md §2 ("Registered in Wuhan" heuristic: warning only)',
  },
  (_settings, profile) => {
    const code = readText(profile.uscc);
    const parts = code === undefined ? undefined : parseUscc(code);
    if (!parts?.valid) return missing(FIELDS, { zh: '请填写有效的统一社会信用代码', en: 'Enter a valid unified social credit code' });
    if (parts.registeredByWuhanAuthority) {
      return pass({ zh: '信用代码由武汉市登记机关赋码', en: 'The code was issued by a Wuhan authority' }, FIELDS);
    }
    return warn(
      {
        zh: `信用代码登记机关区划为${parts.divisionCode}，非武汉市；请确认企业在汉注册经营`,
        en: `The code was issued by authority ${parts.divisionCode}, outside Wuhan; check that the firm is registered and operates in Wuhan`,
      },
      FIELDS,
    );
  },
);
