import type { Draft } from '../../../shared/draft';
import { readBoolean } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { type GateRuleSettings } from './gate-settings';

const FIELDS = ['application.noDoubleFundingDeclared'];

/** The applicant declares that the same project gets no other provincial or municipal funding. */
export const noDoubleFundingRule = defineRule<GateRuleSettings, Draft<{ noDoubleFundingDeclared: boolean }>>(
  {
    id: 'gate.no-double-funding',
    title: { zh: '不重复支持声明', en: 'No double funding' },
    source: 'domain-rules.md §1.1: 武政规〔2021〕14号',
  },
  (_settings, _profile, application) => {
    const declared = readBoolean(application.noDoubleFundingDeclared);
    if (declared === undefined) return missing(FIELDS);
    if (!declared) {
      return fail(
        { zh: '同一项目已获或正申请省、市同类资金支持，不得重复申报', en: 'The same project may not be funded twice at provincial or municipal level' },
        FIELDS,
      );
    }
    return pass({ zh: '已声明不重复申报', en: 'No double funding declared' }, FIELDS);
  },
);
