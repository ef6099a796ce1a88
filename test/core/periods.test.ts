import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysInMonth, fromDayNumber, toDayNumber } from '../../src/core/calendar-date.js';
import { isPolicyError } from '../../src/core/errors.js';
import {
  CIVIL_CODE_PERIODS,
  PERIOD_ARTICLES,
  isWithinPeriod,
  parsePeriodConvention,
  periodEnd,
  safeParsePeriodConvention,
  satisfiesBound,
  tryIsWithinPeriod,
  tryPeriodEnd,
  type PeriodConvention,
} from '../../src/core/periods.js';
import {
  calendarYear,
  defaultWorkCalendar,
  isRestDay,
  isWorkingDay,
  parseWorkCalendar,
} from '../../src/core/work-calendar.js';
import { refusal } from '../support/refusal.js';

const NO_ROLL: PeriodConvention = { ...CIVIL_CODE_PERIODS, id: 'no-roll', rollOver: 'none' };
const START_COUNTED: PeriodConvention = { ...CIVIL_CODE_PERIODS, id: 'start-counted', startDayExcluded: false };
const DAYS = ['civil-code-201', 'civil-code-203'];
const MONTHS = ['civil-code-201', 'civil-code-202', 'civil-code-203'];

describe('periods: POLICY §3.1 vectors (信访工作条例 deadlines under 民法典 arts. 201–203)', () => {
  it('received 2026-02-10: 15日 ends 2026-02-25 (a Wednesday, no roll-over)', () => {
    expect(periodEnd('2026-02-10', { days: 15 })).toEqual({
      start: '2026-02-10',
      end: '2026-02-25',
      rule: { convention: 'civil-code', articles: DAYS },
    });
  });

  it('received 2025-09-20: 15日 is 2025-10-05, a 国庆 holiday, rolled to 2025-10-09', () => {
    const r = periodEnd('2025-09-20', { days: 15 });
    expect(r).toEqual({
      start: '2025-09-20',
      end: '2025-10-09',
      rolledFrom: '2025-10-05',
      holiday: { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' },
      rule: { convention: 'civil-code', articles: DAYS },
    });
    expect(isRestDay(r.rolledFrom!)).toBe(true);
  });

  it('accepted 2026-02-10: 60日 is 2026-04-11, a Saturday, rolled to Monday 2026-04-13', () => {
    const r = periodEnd('2026-02-10', { days: 60 });
    expect(r).toMatchObject({ end: '2026-04-13', rolledFrom: '2026-04-11' });
    expect(r.holiday).toBeUndefined(); // an ordinary weekend, not a listed holiday
    expect(periodEnd('2026-02-10', { days: 60 }, { convention: NO_ROLL })).toEqual({
      start: '2026-02-10',
      end: '2026-04-11',
      rule: { convention: 'no-roll', articles: ['civil-code-201'] },
    });
  });

  it('a make-up Saturday is a working day: a period ending on one does not move', () => {
    // 2026-02-14 (Saturday, 调休上班) is the 4th day after 2026-02-10.
    expect(periodEnd('2026-02-10', { days: 4 })).toMatchObject({ end: '2026-02-14' });
    expect(periodEnd('2026-02-10', { days: 4 }).rolledFrom).toBeUndefined();
    // The 5th day is 春节: rolled over the whole holiday.
    expect(periodEnd('2026-02-10', { days: 5 })).toMatchObject({
      end: '2026-02-24',
      rolledFrom: '2026-02-15',
      holiday: { zh: '春节' },
    });
  });
});

describe('periods in months and years (民法典 art. 202)', () => {
  it.each([
    ['2026-01-31', { months: 1 }, '2026-02-28'], // no 31 February: the month's last day (a make-up Saturday, so no roll)
    ['2024-01-31', { months: 1 }, '2024-02-29'],
    ['2026-03-31', { months: 1 }, '2026-04-30'],
    ['2024-02-29', { years: 1 }, '2025-02-28'], // not 03-01: art. 202, unlike the 周岁 reading of addYears
    ['2024-02-29', { years: 4 }, '2028-02-29'],
    ['2025-11-30', { months: 3 }, '2026-02-28'],
    ['2025-12-15', { months: 1 }, '2026-01-15'],
    ['2021-05-20', { years: 5 }, '2026-05-20'], // a 5-year term
  ] as const)('%s + %o ends on %s (the corresponding day, or the month end)', (start, length, end) => {
    expect(periodEnd(start, length, { convention: NO_ROLL }).end).toBe(end);
  });

  it('with the default convention the month-end day rolls like any other', () => {
    expect(periodEnd('2026-01-31', { months: 1 })).toEqual({
      start: '2026-01-31',
      end: '2026-02-28',
      rule: { convention: 'civil-code', articles: MONTHS },
    });
    // 2025-03-31 + 1 month = 2025-04-30 (Wednesday); + 6 months = 2025-09-30 (Tuesday); + 7 months = 2025-10-31.
    expect(periodEnd('2025-03-31', { months: 6 }).end).toBe('2025-09-30');
    // 2024-10-01 + 1 year = 2025-10-01, 国庆: rolled to 2025-10-09.
    expect(periodEnd('2024-10-01', { years: 1 })).toMatchObject({ end: '2025-10-09', rolledFrom: '2025-10-01' });
  });

  it('retirement on 2020-06-30: "三年内" includes 2023-06-30 and excludes 2023-07-01 (art. 1259: 以内 includes the number)', () => {
    expect(periodEnd('2020-06-30', { years: 3 }).end).toBe('2023-06-30');
    expect(isWithinPeriod('2023-06-30', '2020-06-30', { years: 3 })).toBe(true);
    expect(isWithinPeriod('2023-07-01', '2020-06-30', { years: 3 })).toBe(false);
    expect(isWithinPeriod('2020-06-30', '2020-06-30', { years: 3 })).toBe(true); // the day itself: acting on it is in time
    expect(isWithinPeriod('2020-06-29', '2020-06-30', { years: 3 })).toBe(false);
    expect(isWithinPeriod('2021-12-31', '2020-06-30', { years: 3 }, { convention: NO_ROLL })).toBe(true);
  });

  it('property: the last day of a month/year period is the corresponding day, capped at the month end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') }),
        fc.integer({ min: 1, max: 240 }),
        (day, months) => {
          const start = fromDayNumber(day);
          const [y, m, d] = start.split('-').map(Number) as [number, number, number];
          const total = y * 12 + m - 1 + months;
          const ty = Math.floor(total / 12);
          const tm = (total % 12) + 1;
          const expected = `${ty}-${String(tm).padStart(2, '0')}-${String(Math.min(d, daysInMonth(ty, tm))).padStart(2, '0')}`;
          expect(periodEnd(start, { months }, { convention: NO_ROLL }).end).toBe(expected);
          if (months % 12 === 0)
            expect(periodEnd(start, { years: months / 12 }, { convention: NO_ROLL }).end).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the roll-over (民法典 art. 203) over every start date of 2025–2026', () => {
  it('the last day is a working day; when it moved, every day from the plain last day up to it was a rest day', () => {
    let rolled = 0;
    for (let day = toDayNumber('2025-01-01'); day <= toDayNumber('2026-12-31'); day++) {
      const start = fromDayNumber(day);
      for (const n of [1, 5, 7, 15, 30, 60]) {
        const plain = addDays(start, n);
        const r = tryPeriodEnd(start, { days: n });
        if (!r.determined) {
          expect(plain.slice(0, 4) === '2027' || r.missingYear === 2027).toBe(true);
          continue;
        }
        const { end, rolledFrom } = r.value;
        expect(isWorkingDay(end)).toBe(true);
        if (end === plain) expect(rolledFrom).toBeUndefined();
        else {
          rolled++;
          expect(rolledFrom).toBe(plain);
          for (let d = plain; d < end; d = addDays(d, 1)) expect(isRestDay(d)).toBe(true);
        }
      }
    }
    expect(rolled).toBeGreaterThan(1000);
  });
});

describe('conventions', () => {
  it('start day counted: every period ends one day earlier', () => {
    expect(periodEnd('2026-02-10', { days: 15 }, { convention: START_COUNTED }).end).toBe('2026-02-24');
    expect(periodEnd('2026-03-01', { months: 1 }, { convention: { ...START_COUNTED, rollOver: 'none' } }).end).toBe(
      '2026-03-31',
    );
    expect(periodEnd('2026-03-01', { years: 1 }, { convention: { ...START_COUNTED, rollOver: 'none' } }).end).toBe(
      '2027-02-28',
    );
  });

  it('the rule names the convention and its own article ids', () => {
    const host: PeriodConvention = {
      id: 'host-x',
      label: { zh: '某地规定', en: 'A local rule' },
      startDayExcluded: true,
      rollOver: 'civil-code-203',
      articles: { start: 'local-3', monthEnd: 'local-4', rollOver: 'local-5' },
    };
    expect(periodEnd('2026-01-31', { months: 1 }, { convention: host }).rule).toEqual({
      convention: 'host-x',
      articles: ['local-3', 'local-4', 'local-5'],
    });
  });

  it('parsePeriodConvention accepts the default and refuses a bad one', () => {
    expect(parsePeriodConvention(JSON.parse(JSON.stringify(CIVIL_CODE_PERIODS)))).toEqual(CIVIL_CODE_PERIODS);
    expect(parsePeriodConvention({ ...CIVIL_CODE_PERIODS, rollOver: 'none' }).rollOver).toBe('none');
    const r = safeParsePeriodConvention({ ...CIVIL_CODE_PERIODS, rollOver: 'next-monday' }, ['countingPolicy']);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error).toMatchObject({ code: 'unknown_enum_value', path: ['countingPolicy', 'rollOver'] });
    expect(safeParsePeriodConvention({ id: 'x' }).success).toBe(false);
  });

  it('every article a result cites is in the table, with its article number', () => {
    expect(PERIOD_ARTICLES['civil-code-201']).toEqual({
      key: 'U6',
      title: '中华人民共和国民法典',
      article: '第二百零一条',
    });
    expect(PERIOD_ARTICLES['civil-code-1259']!.article).toBe('第一千二百五十九条');
    for (const id of MONTHS) expect(PERIOD_ARTICLES[id]).toBeDefined();
  });
});

describe('a year without calendar data', () => {
  it('refuses a roll-over it cannot decide, and says which year is missing', () => {
    // 2026-12-20 + 15 = 2027-01-04: whether that is a rest day depends on the 2027 notice.
    const e = refusal(() => periodEnd('2026-12-20', { days: 15 }));
    // The issue names the unrolled last day (whose year is missing) and the caller's path.
    expect(e).toMatchObject({
      code: 'calendar_year_unknown',
      path: ['start'],
      issues: [{ params: { year: 2027, date: '2027-01-04' } }],
    });
    expect(refusal(() => periodEnd('2026-12-20', { days: 15 }, { path: ['receivedOn'] })).path).toEqual(['receivedOn']);
    expect(tryPeriodEnd('2026-12-20', { days: 15 })).toMatchObject({
      determined: false,
      missingYear: 2027,
      issue: { code: 'calendar_year_unknown' },
    });
    // Without roll-over no calendar is needed.
    expect(periodEnd('2026-12-20', { days: 15 }, { convention: NO_ROLL }).end).toBe('2027-01-04');
    // A host that loads 2027 gets an answer.
    const y2027 = {
      year: 2027,
      confidence: 'H',
      sources: [{ title: '国务院办公厅关于2027年部分节假日安排的通知', issuer: '国务院办公厅' }],
      holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, restDays: ['2027-01-01/2027-01-03'] }],
    };
    const cal = parseWorkCalendar([calendarYear(defaultWorkCalendar(), 2026), y2027]);
    expect(periodEnd('2026-12-20', { days: 15 }, { calendar: cal }).end).toBe('2027-01-04');
  });

  it('isWithinPeriod needs the calendar only past the plain last day', () => {
    expect(isWithinPeriod('2026-12-30', '2026-12-20', { days: 15 })).toBe(true);
    expect(isWithinPeriod('2027-01-04', '2026-12-20', { days: 15 })).toBe(true);
    expect(tryIsWithinPeriod('2027-01-05', '2026-12-20', { days: 15 })).toMatchObject({
      determined: false,
      missingYear: 2027,
    });
    expect(refusal(() => isWithinPeriod('2027-01-05', '2026-12-20', { days: 15 })).code).toBe('calendar_year_unknown');
    expect(tryIsWithinPeriod('2027-01-05', '2026-12-20', { days: 15 }, { convention: NO_ROLL })).toEqual({
      determined: true,
      value: false,
    });
    expect(isWithinPeriod('2014-01-05', '2014-01-01', { days: 15 })).toBe(true);
  });

  it('a start before the calendar is fine when the last day is inside it; a last day before it is refused', () => {
    expect(periodEnd('2014-12-31', { days: 5 }).end).toBe('2015-01-05'); // 2015-01-05 is a Monday
    expect(tryPeriodEnd('2014-12-01', { days: 5 })).toMatchObject({ determined: false, missingYear: 2014 });
  });
});

describe('bad input', () => {
  it.each([
    [{}, 'invalid', ['length']],
    [{ days: 15, months: 1 }, 'invalid', ['length']],
    [{ days: 0 }, 'out_of_range', ['length', 'days']],
    [{ days: -1 }, 'out_of_range', ['length', 'days']],
    [{ months: 1.5 }, 'out_of_range', ['length', 'months']],
    [{ years: '3' }, 'out_of_range', ['length', 'years']],
    [null, 'invalid', ['length']],
    [{ years: 8000 }, 'out_of_range', ['length', 'years']],
    [{ days: 3_000_000 }, 'out_of_range', ['length', 'days']],
  ])('a length of %o is refused (%s)', (length, code, path) => {
    const e = refusal(() => periodEnd('2026-02-10', length as never));
    expect(e).toMatchObject({ code, path });
    expect(e.zh).toMatch(/^[^A-Za-z]*$/);
  });

  it('an impossible start or test date is refused', () => {
    expect(refusal(() => periodEnd('2026-02-30', { days: 15 }))).toMatchObject({
      code: 'invalid_date',
      path: ['start'],
    });
    expect(refusal(() => periodEnd('2026-2-3', { days: 15 }, { path: ['acceptedOn'] }))).toMatchObject({
      code: 'invalid_format',
      path: ['acceptedOn'],
    });
    expect(refusal(() => isWithinPeriod('2026-13-01', '2026-02-10', { days: 15 }))).toMatchObject({
      code: 'invalid_date',
      path: ['date'],
    });
  });
});

describe('satisfiesBound (民法典 art. 1259)', () => {
  it.each([
    [100, '以上', 100, true],
    [99, '以上', 100, false],
    [50, '以下', 50, true],
    [5, '以内', 5, true],
    [6, '以内', 5, false],
    [3, '届满', 3, true],
    [70, '不满', 70, false],
    [69, '不满', 70, true],
    [50, '超过', 50, false],
    [51, '超过', 50, true],
    [3, '以外', 3, false],
  ] as const)('%d %s %d → %s', (value, bound, limit, expected) => {
    expect(satisfiesBound(value, bound, limit)).toBe(expected);
  });

  it('refuses an unknown word', () => {
    expect(refusal(() => satisfiesBound(1, '左右' as never, 1))).toMatchObject({
      code: 'unknown_enum_value',
      path: ['bound'],
    });
  });
});

describe('robustness: any input gives a value or a PolicyError, never another error', () => {
  const date = fc.oneof(
    fc.anything(),
    fc.integer({ min: toDayNumber('2010-01-01'), max: toDayNumber('2032-12-31') }).map(fromDayNumber),
  );
  const length = fc.oneof(
    fc.anything(),
    fc.record({ days: fc.oneof(fc.integer({ min: -3, max: 5000 }), fc.anything()) }),
    fc.record({ months: fc.integer({ min: -3, max: 200_000 }) }),
    fc.record({ years: fc.oneof(fc.integer({ min: 0, max: 9000 }), fc.double()) }),
  );
  const options = fc.oneof(
    fc.constant(undefined),
    fc.anything(),
    fc.record({ convention: fc.oneof(fc.constant(NO_ROLL), fc.constant(START_COUNTED), fc.anything()) }),
    fc.record({ calendar: fc.anything(), path: fc.anything() }),
  );
  const calls: Record<string, (a: unknown, b: unknown, c: unknown, d: unknown) => unknown> = {
    periodEnd: (a, b, c) => periodEnd(a as string, b as never, c as never),
    tryPeriodEnd: (a, b, c) => tryPeriodEnd(a as string, b as never, c as never),
    isWithinPeriod: (a, b, c, d) => isWithinPeriod(d as string, a as string, b as never, c as never),
    tryIsWithinPeriod: (a, b, c, d) => tryIsWithinPeriod(d as string, a as string, b as never, c as never),
    parsePeriodConvention: (a) => parsePeriodConvention(a),
    satisfiesBound: (a, b, c) => satisfiesBound(a as number, b as never, c as number),
  };
  it.each(Object.keys(calls))('%s', (name) => {
    const call = calls[name]!;
    fc.assert(
      fc.property(date, length, options, date, (a, b, c, d) => {
        try {
          call(a, b, c, d);
        } catch (e) {
          expect(isPolicyError(e), String(e)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
