import { APPLICATION_ACTION_LABELS, APPLICATION_STATE_LABELS, applicationActionLabel, REJECTION_LABELS, rejectionLabel } from '../workflow/application-states';
import { findAsciiPunctuation, findTermViolations, isChineseText, TERMINOLOGY, withFullWidthPunctuation } from './terminology';

describe('the one-term glossary', () => {
  it('holds 受理编号, 核验码, 认定名单 and 不予推荐 with English renderings and forbidden variants', () => {
    expect(TERMINOLOGY.map((term) => [term.term.zh, term.term.en])).toEqual([
      ['受理编号', 'receipt number'],
      ['核验码', 'verification code'],
      ['认定名单', 'approved list'],
      ['不予推荐', 'not recommended'],
    ]);
    for (const term of TERMINOLOGY) {
      expect(term.forbidden.length).toBeGreaterThan(0);
      expect(term.forbidden).not.toContain(term.term.zh);
    }
  });

  it('finds each forbidden variant, in order', () => {
    expect(findTermViolations('请保存回执编号，并核对页脚的验证码').map((violation) => [violation.variant, violation.term])).toEqual([
      ['回执编号', '受理编号'],
      ['验证码', '核验码'],
    ]);
    expect(findTermViolations('区经信部门不予受理').map((violation) => violation.term)).toEqual(['不予推荐']);
    expect(findTermViolations('发布正式名单').map((violation) => violation.term)).toEqual(['认定名单']);
  });

  it('leaves the allowed phrases alone: a check character, an objection refused, the city’s formal check', () => {
    expect(findTermViolations('第18位校验码不符；号码无效：请核对出生日期和末位校验码')).toEqual([]);
    expect(findTermViolations('匿名异议和超出期限的异议不予受理')).toEqual([]);
    expect(findTermViolations('形式审查不予受理')).toEqual([]);
    expect(findTermViolations('受理编号 WH2026ZN007-00012，核验码 3F9A-1C2B-7D4E，认定名单，不予推荐')).toEqual([]);
  });
});

describe('full-width punctuation in Chinese text', () => {
  it('reports ASCII , ; : ( ) ? ! touching a Chinese character', () => {
    expect(findAsciiPunctuation('提交的数据有误,请按提示修改').map((violation) => violation.expected)).toEqual(['，']);
    expect(withFullWidthPunctuation('确认提交申报?')).toBe('确认提交申报？');
    expect(withFullWidthPunctuation('公示时间:2026年7月1日至2026年7月7日(5个工作日);注意!')).toBe('公示时间：2026年7月1日至2026年7月7日（5个工作日）；注意！');
  });

  it('writes a bracket pair full width together, even around Latin letters', () => {
    expect(withFullWidthPunctuation('应为有效日期(YYYY-MM-DD)')).toBe('应为有效日期（YYYY-MM-DD）');
    expect(withFullWidthPunctuation('上传异议函(PDF、JPG 或 PNG,不超过 20 MB)。')).toBe('上传异议函（PDF、JPG 或 PNG，不超过 20 MB）。');
  });

  it('allows ASCII inside codes, URLs, numbers, times and English', () => {
    for (const text of ['每天 09:00 开始', '访问 https://portal.example.gov.cn/verify/3F9A 核验', '受理编号 WH2026ZN007-00012', '比例 1,000.5 万元', 'Keep the receipt number (受理编号).']) {
      expect(findAsciiPunctuation(text)).toEqual([]);
    }
    expect(isChineseText('Public: the approved lists (认定名单)')).toBe(false);
    expect(isChineseText('认定名单 (PDF)')).toBe(true);
  });
});

describe('the workflow labels say who refused', () => {
  it('a recommending unit’s refusal is 不予推荐; the city’s formal check 不予受理; no label calls a unit’s refusal 不予受理', () => {
    expect(APPLICATION_ACTION_LABELS.reject.zh).toBe('不予推荐');
    expect(rejectionLabel('submitted')).toBe(REJECTION_LABELS.unit);
    expect(applicationActionLabel('reject', 'submitted').zh).toBe('不予推荐');
    expect(applicationActionLabel('reject', 'district_recommended').zh).toBe('形式审查不予受理');
    expect(applicationActionLabel('reject', 'returned_for_revision').zh).toBe('形式审查不予受理');
    expect(applicationActionLabel('recommend', 'submitted')).toBe(APPLICATION_ACTION_LABELS.recommend);
    expect(APPLICATION_STATE_LABELS.rejected.zh).not.toContain('不予受理');
  });

  it('every workflow label uses the glossary’s terms and full-width punctuation', () => {
    const labels = [...Object.values(APPLICATION_STATE_LABELS), ...Object.values(APPLICATION_ACTION_LABELS), REJECTION_LABELS.unit].map((label) => label.zh);
    for (const label of labels) {
      expect(findTermViolations(label)).toEqual([]);
      expect(findAsciiPunctuation(label)).toEqual([]);
    }
  });
});
