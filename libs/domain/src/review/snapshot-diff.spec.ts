import { isActiveAssignment } from './review-views';
import { blindApplicationData, identifyingSlotKeys } from './blind-review';
import { diffSnapshots } from './snapshot-diff';

const file = (slotKey: string, fileName: string, sha256: string) => ({ slotKey, fileName, sha256 });

describe('diffSnapshots', () => {
  it('lists changed, added and removed fields and nothing else', () => {
    const changes = diffSnapshots(
      { data: { projectName: '旧名称', total: 100, same: 'x', removed: 'gone', empty: '' }, attachments: [] },
      { data: { projectName: '新名称', total: 120, same: 'x', added: { a: 1 }, empty: null }, attachments: [] },
    );
    expect(changes).toEqual([
      { path: 'data.added', before: null, after: '{"a":1}' },
      { path: 'data.projectName', before: '旧名称', after: '新名称' },
      { path: 'data.removed', before: 'gone', after: null },
      { path: 'data.total', before: '100', after: '120' },
    ]);
  });

  it('names a slot whose files changed by content, not by upload order', () => {
    const a = file('licence', 'a.pdf', 'aaaaaaaaaaaaaaaa');
    const b = file('licence', 'b.pdf', 'bbbbbbbbbbbbbbbb');
    expect(diffSnapshots({ data: {}, attachments: [a, b] }, { data: {}, attachments: [b, a] })).toEqual([]);
    const changes = diffSnapshots({ data: {}, attachments: [a] }, { data: {}, attachments: [file('licence', 'a.pdf', 'cccccccccccccccc'), file('seal', 's.pdf', 'dddddddddddddddd')] });
    expect(changes).toEqual([
      { path: 'attachments.licence', before: 'a.pdf (aaaaaaaaaaaa)', after: 'a.pdf (cccccccccccc)' },
      { path: 'attachments.seal', before: null, after: 's.pdf (dddddddddddd)' },
    ]);
  });
});

describe('blind review', () => {
  it('drops the fields and slots that name the enterprise', () => {
    expect(blindApplicationData({ projectName: 'x', contactPhone: '1', enterpriseName: 'y', summary: 's' })).toEqual({ projectName: 'x', summary: 's' });
    const slot = (key: string, identifying?: boolean) => ({ key, name: { zh: key, en: key }, required: true, accept: ['pdf' as const], maxSizeMb: 50, ...(identifying === undefined ? {} : { identifying }) });
    expect([...identifyingSlotKeys([slot('licence', true), slot('report', false), slot('other')])]).toEqual(['licence']);
  });
});

describe('assignments', () => {
  it('count on the panel while pending or confirmed', () => {
    expect(['pending', 'confirmed', 'conflict', 'declined'].map(isActiveAssignment)).toEqual([true, true, false, false]);
  });
});
