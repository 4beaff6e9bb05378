import { defaultCallSettings } from '../eligibility/call-settings';
import { APPLICATION_ACTION_LABELS, APPLICATION_STATE_LABELS, WORKFLOW_ROLE_LABELS } from './application-states';
import { seededCalendar } from '../calendar/holiday-data';
import { publicNoticeEndFrom, revisionDeadlineFrom } from './workflow-dates';

const calendar = seededCalendar();
const settings = defaultCallSettings('SMART_MFG_PILOT', { opensOn: '2024-09-01', applicationDeadline: '2024-09-27' });

describe('workflow dates', () => {
  it('gives a 5-working-day revision deadline across National Day', () => {
    expect(revisionDeadlineFrom(calendar, '2024-09-30', settings)).toBe('2024-10-12');
  });
  it('ends a 5-working-day 公示 starting 2025-01-27 on the worked Saturday 2025-02-08', () => {
    expect(publicNoticeEndFrom(calendar, '2025-01-27', settings)).toBe('2025-02-08');
  });
  it('follows a 7-working-day notice setting', () => {
    expect(publicNoticeEndFrom(calendar, '2024-09-30', { workflow: { ...settings.workflow, publicNoticeWorkingDays: 7 } })).toBe('2024-10-14');
  });
  it('labels every state, action and role in both languages', () => {
    for (const labels of [APPLICATION_STATE_LABELS, APPLICATION_ACTION_LABELS, WORKFLOW_ROLE_LABELS]) {
      for (const label of Object.values(labels)) {
        expect(label.zh).not.toBe('');
        expect(label.en).not.toBe('');
      }
    }
  });
});
