import { decodeLocalizedMessage, localizedMessage, pickText, resolveLocale } from './localized-text';

describe('resolveLocale', () => {
  it('defaults to Chinese when the browser sends nothing', () => {
    expect(resolveLocale(undefined)).toBe('zh-CN');
    expect(resolveLocale('')).toBe('zh-CN');
  });
  it('follows the highest-ranked supported language', () => {
    expect(resolveLocale('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en');
    expect(resolveLocale('fr;q=1, zh-TW;q=0.5, en;q=0.4')).toBe('zh-CN');
    expect(resolveLocale('de, en;q=0.3')).toBe('en');
  });
  it('falls back to Chinese for unsupported languages', () => {
    expect(resolveLocale('fr-FR, de;q=0.5')).toBe('zh-CN');
  });
  it('picks the text of a locale', () => {
    expect(pickText({ zh: '示范', en: 'Demonstration' }, 'en')).toBe('Demonstration');
    expect(pickText({ zh: '示范', en: 'Demonstration' }, 'zh-CN')).toBe('示范');
  });
});

describe('localized zod messages', () => {
  it('round-trips a bilingual message through one string', () => {
    const encoded = localizedMessage({ zh: '请填写企业名称', en: 'Enter the enterprise name' });
    expect(decodeLocalizedMessage(encoded, 'zh-CN')).toBe('请填写企业名称');
    expect(decodeLocalizedMessage(encoded, 'en')).toBe('Enter the enterprise name');
  });
  it('leaves plain messages and malformed encodings as they are', () => {
    expect(decodeLocalizedMessage('Required', 'en')).toBe('Required');
    expect(decodeLocalizedMessage('i18n:{broken', 'zh-CN')).toBe('i18n:{broken');
    expect(decodeLocalizedMessage('i18n:{"zh":"只有中文"}', 'en')).toBe('i18n:{"zh":"只有中文"}');
  });
});
