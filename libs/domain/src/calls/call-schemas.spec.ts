import { defaultCallSettings } from '../eligibility/call-settings';
import { DEFAULT_RUBRIC } from '../scoring/rubric';
import { AttachmentSlotSchema, defaultAttachmentSlots } from './attachment-slots';
import { CallInputSchema, callPhase, callWindow } from './call-schemas';

const schedule = { opensOn: '2026-04-01', applicationDeadline: '2026-05-31' };
const call = (overrides: Record<string, unknown> = {}) => ({
  category: 'SMART_MFG_PILOT',
  level: 'municipal',
  title: '2026年智能制造试点示范项目申报',
  notice: '',
  settings: defaultCallSettings('SMART_MFG_PILOT', schedule),
  attachmentSlots: defaultAttachmentSlots('SMART_MFG_PILOT'),
  rubric: DEFAULT_RUBRIC,
  ...overrides,
});

describe('a call’s window in Beijing time', () => {
  it('opens at 00:00 Beijing time and accepts submissions until the end of the last day', () => {
    const window = callWindow(schedule);
    expect(window.opensAt.toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(window.deadlineAt.toISOString()).toBe('2026-05-31T16:00:00.000Z');
  });

  it('is upcoming, open or closed by the server’s clock; drafts stay drafts', () => {
    const window = callWindow(schedule);
    const at = (iso: string) => new Date(iso);
    expect(callPhase({ status: 'open', ...window }, at('2026-03-31T15:59:59Z'))).toBe('upcoming');
    expect(callPhase({ status: 'open', ...window }, at('2026-05-31T15:59:59Z'))).toBe('open');
    expect(callPhase({ status: 'open', ...window }, at('2026-05-31T16:00:00Z'))).toBe('closed');
    expect(callPhase({ status: 'closed', ...window }, at('2026-04-10T00:00:00Z'))).toBe('closed');
    expect(callPhase({ status: 'draft', ...window }, at('2026-04-10T00:00:00Z'))).toBe('draft');
  });
});

describe('the call form', () => {
  it('accepts a call built from the defaults', () => {
    expect(CallInputSchema.safeParse(call()).success).toBe(true);
  });

  it('refuses settings of another category, a level the programme does not have, and duplicate slot keys', () => {
    const slots = defaultAttachmentSlots('SMART_MFG_PILOT');
    const result = CallInputSchema.safeParse(call({ category: 'TECH_TRANSFORMATION', level: 'national', attachmentSlots: [...slots, slots[0]] }));
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['settings.category', 'level', `attachmentSlots.${slots.length}.key`]));
  });

  it('gives every programme its documents, all within the default size cap', () => {
    for (const category of ['SMART_MFG_PILOT', 'TECH_TRANSFORMATION', 'INNOVATION_CENTRE', 'IT_INTEGRATION'] as const) {
      const slots = defaultAttachmentSlots(category);
      expect(slots.filter((slot) => slot.required).length).toBeGreaterThanOrEqual(3);
      for (const slot of slots) expect(AttachmentSlotSchema.safeParse(slot).success).toBe(true);
    }
  });
});
