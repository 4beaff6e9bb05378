import { seededCalendar } from '../calendar/holiday-data';
import { publicNoticePeriod } from '../documents/publication-documents';
import { noticePhase } from './notice-period';
import { isObjectionOpen, ObjectionInputSchema } from './publication-views';
import { isValidResidentId, maskIdentityNumber, residentIdCheckCharacter } from './resident-id';

const calendar = seededCalendar();
const PERSON_ID = `42010619800101123${residentIdCheckCharacter('42010619800101123')}`;

describe('the 公示 period in working days', () => {
  it('skips National Day and counts the make-up Saturday (调休): 5 working days from 2025-09-29 end on 2025-10-11', () => {
    // 09-29 Mon, 09-30 Tue, [10-01 … 10-08 holiday], 10-09 Thu, 10-10 Fri, 10-11 Sat (a working day in 2025).
    expect(calendar.workingPeriodEnd('2025-09-29', 5)).toBe('2025-10-11');
    expect(publicNoticePeriod(calendar, '2025-09-29', 5)).toEqual({ startsOn: '2025-09-29', endsOn: '2025-10-11', workingDays: 5 });
  });

  it('skips the Spring Festival: 5 working days from 2026-02-12 end on 2026-02-25', () => {
    // 02-12 Thu, 02-13 Fri, 02-14 Sat (调休, working), [02-15 … 02-23 holiday], 02-24 Tue, 02-25 Wed.
    expect(calendar.workingPeriodEnd('2026-02-12', 5)).toBe('2026-02-25');
  });

  it('starting on a holiday, the period begins on the next working day', () => {
    // 10-09, 10-10, 10-11 (调休 Saturday), 10-13, 10-14.
    expect(calendar.workingPeriodEnd('2025-10-01', 5)).toBe('2025-10-14');
  });

  it('knows when objections are open: from the first day to the last, inclusive', () => {
    expect(noticePhase('2026-07-01', '2026-07-07', '2026-06-30')).toBe('upcoming');
    expect(noticePhase('2026-07-01', '2026-07-07', '2026-07-01')).toBe('open');
    expect(noticePhase('2026-07-01', '2026-07-07', '2026-07-07')).toBe('open');
    expect(noticePhase('2026-07-01', '2026-07-07', '2026-07-08')).toBe('ended');
  });
});

describe('resident ID numbers (GB 11643)', () => {
  it('accepts a number with the right check character and a real birth date', () => {
    expect(isValidResidentId(PERSON_ID)).toBe(true);
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
  });

  it('refuses a wrong check character, an impossible date, an early year and the wrong length', () => {
    const wrong = `${PERSON_ID.slice(0, 17)}${PERSON_ID[17] === '1' ? '2' : '1'}`;
    expect(isValidResidentId(wrong)).toBe(false);
    const feb30 = `42010619800230123`;
    expect(isValidResidentId(`${feb30}${residentIdCheckCharacter(feb30)}`)).toBe(false);
    const old = `42010618800101123`;
    expect(isValidResidentId(`${old}${residentIdCheckCharacter(old)}`)).toBe(false);
    expect(isValidResidentId('4201061980010112')).toBe(false);
  });

  it('masks all but the ends', () => {
    expect(maskIdentityNumber('11010519491231002X')).toBe('110*************2X');
    expect(maskIdentityNumber('1234')).toBe('****');
  });
});

describe('objections', () => {
  const valid = {
    applicationId: 1,
    objectorKind: 'person' as const,
    name: '李四',
    identityNumber: PERSON_ID,
    phone: '13912345678',
    email: null,
    address: null,
    statement: '该项目申报的设备投资额与实际采购合同不符，存在虚报情况，请核查。',
    evidence: '采购合同编号 HT-2025-001',
  };

  it('accepts a real-name objection from a person, and from an organisation with its USCC', () => {
    expect(ObjectionInputSchema.safeParse(valid).success).toBe(true);
    expect(ObjectionInputSchema.safeParse({ ...valid, objectorKind: 'organisation', name: '武汉某某科技有限公司', identityNumber: '91420100MAEC200T12' }).success).toBe(true);
  });

  it('refuses an anonymous objection, an invalid ID number, a person’s number given as a USCC and a one-line statement', () => {
    const paths = (input: object) => {
      const result = ObjectionInputSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    };
    expect(paths({ ...valid, name: '' })).toEqual(['name']);
    expect(paths({ ...valid, name: '  ' })).toEqual(['name']);
    expect(paths({ ...valid, identityNumber: '420106198001011230' === PERSON_ID ? '420106198001011231' : '420106198001011230' })).toEqual(['identityNumber']);
    expect(paths({ ...valid, objectorKind: 'organisation', name: '某单位' })).toEqual(['identityNumber']);
    expect(paths({ ...valid, statement: '有问题' })).toEqual(['statement']);
  });
});

describe('objection cases', () => {
  it('are open while received or investigating', () => {
    expect(['received', 'investigating', 'upheld', 'dismissed'].map(isObjectionOpen)).toEqual([true, true, false, false]);
  });
});
