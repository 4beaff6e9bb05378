import { buildCallSettings } from '../../../testing';
import { smartFactoryElementsRule } from './smart-factory-elements.rule';

const settings = buildCallSettings('SMART_MFG_PILOT');
const all = { hasProductionDataTracking: true, hasVisualManagementPlatform: true, hasProductInfoPlatform: true };

describe('smartFactoryElementsRule', () => {
  it('passes a factory with every element', () => {
    expect(smartFactoryElementsRule(settings, {}, all).outcome).toBe('pass');
  });
  it('warns, naming what is absent, when the product-information platform is missing', () => {
    const result = smartFactoryElementsRule(settings, {}, { ...all, hasProductInfoPlatform: false });
    expect(result.outcome).toBe('warn');
    expect(result.message.zh).toContain('产品信息集成平台');
  });
  it('reports missing while an element is unanswered', () => {
    expect(smartFactoryElementsRule(settings, {}, { hasProductionDataTracking: true }).outcome).toBe('missing');
  });
});
