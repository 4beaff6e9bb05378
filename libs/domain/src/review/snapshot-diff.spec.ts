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
