import { suggestIssuingBody, UpwardOutcomeCreateSchema, upwardOutcomeDateIssues, UpwardOutcomeUpdateSchema } from './upward-outcome';

const valid = { callId: 3, applicationId: 7, result: 'recognised', issuingBody: '湖北省经济和信息化厅', documentNo: '鄂经信智能〔2019〕12号', decidedOn: '2019-03-01', note: null };
const paths = (input: unknown, schema: typeof UpwardOutcomeCreateSchema | typeof UpwardOutcomeUpdateSchema = UpwardOutcomeCreateSchema) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('recording an upward outcome', () => {
  it('accepts a recognition with its issuing body, 文号 and date, reading [] and () brackets as 〔〕', () => {
    expect(paths(valid)).toEqual([]);
    expect(UpwardOutcomeCreateSchema.parse({ ...valid, documentNo: '工信部装函[2018] 45号' }).documentNo).toBe('工信部装函〔2018〕45号');
    expect(UpwardOutcomeCreateSchema.parse({ ...valid, documentNo: ' 鄂经信智能（2019）12号 ' }).documentNo).toBe('鄂经信智能〔2019〕12号');
  });

  it('requires the 文号 for 认定, not for 未获认定', () => {
    expect(paths({ ...valid, documentNo: null })).toEqual(['documentNo']);
    expect(paths({ ...valid, result: 'not_recognised', documentNo: null })).toEqual([]);
  });

  it('names each bad field', () => {
    expect(paths({ ...valid, documentNo: '第12号', issuingBody: '省', decidedOn: '2019-02-30', result: 'maybe' })).toEqual(
      expect.arrayContaining(['documentNo', 'issuingBody', 'decidedOn', 'result']),
    );
    expect(paths({ ...valid, callId: 0 })).toEqual(['callId']);
    expect(paths({ ...valid, version: 0 }, UpwardOutcomeUpdateSchema)).toEqual(['version']);
  });

  it('refuses a date after today or before the city recommended the project', () => {
    const context = { recommendedOn: '2018-07-12', today: '2026-06-01' };
    expect(upwardOutcomeDateIssues('2019-03-01', context)).toEqual([]);
    expect(upwardOutcomeDateIssues('2018-07-12', context)).toEqual([]);
    expect(upwardOutcomeDateIssues('2026-06-02', context).map((issue) => [issue.path, issue.code])).toEqual([['decidedOn', 'DATE_IN_FUTURE']]);
    expect(upwardOutcomeDateIssues('2018-07-11', context).map((issue) => [issue.path, issue.code])).toEqual([['decidedOn', 'BEFORE_RECOMMENDATION']]);
  });

  it('suggests the ministry for national calls and the province’s bureau by its name of the year', () => {
    expect(suggestIssuingBody('national', 2018)).toBe('工业和信息化部');
    expect(suggestIssuingBody('provincial', 2018)).toBe('湖北省经济和信息化委员会');
    expect(suggestIssuingBody('provincial', 2019)).toBe('湖北省经济和信息化厅');
  });
});
