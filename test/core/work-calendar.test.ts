import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber } from '../../src/core/calendar-date.js';
import { isPolicyError } from '../../src/core/errors.js';
import {
  CALENDAR_MESSAGES,
  addWorkingDays,
  calendarYear,
  dayKind,
  holidayOn,
  defaultWorkCalendar,
  isRestDay,
  isWorkingDay,
  parseWorkCalendar,
  safeParseWorkCalendar,
  tryAddWorkingDays,
  tryWorkingDayOnOrAfter,
  tryWorkingDaysBetween,
  withCalendarYears,
  workingDayOnOrAfter,
  workingDaysBetween,
  type WorkCalendarYear,
} from '../../src/core/work-calendar.js';
import { refusal } from '../support/refusal.js';

// Every date from `from` to `to` inclusive.
function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = toDayNumber(from); d <= toDayNumber(to); d++) out.push(fromDayNumber(d));
  return out;
}

const weekdayOf = (date: string): number => (((toDayNumber(date) + 4) % 7) + 7) % 7; // 0 Sunday … 6 Saturday
const CHINESE_ONLY = /^[^A-Za-z]*$/;

// POLICY.md Appendix A, written out day by day (independent of the range notation in the data files).
const APPENDIX_A = {
  2025: {
    rest: [
      '2025-01-01',
      ...datesFrom('2025-01-28', '2025-02-04'),
      ...datesFrom('2025-04-04', '2025-04-06'),
      ...datesFrom('2025-05-01', '2025-05-05'),
      ...datesFrom('2025-05-31', '2025-06-02'),
      ...datesFrom('2025-10-01', '2025-10-08'),
    ],
    work: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    rest: [
      ...datesFrom('2026-01-01', '2026-01-03'),
      ...datesFrom('2026-02-15', '2026-02-23'),
      ...datesFrom('2026-04-04', '2026-04-06'),
      ...datesFrom('2026-05-01', '2026-05-05'),
      ...datesFrom('2026-06-19', '2026-06-21'),
      ...datesFrom('2026-09-25', '2026-09-27'),
      ...datesFrom('2026-10-01', '2026-10-07'),
    ],
    work: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
} as const;

// A plain day-by-day reading of the year records, sharing no code with the compiled tables.
function naiveCalendar(records: readonly WorkCalendarYear[]): (date: string) => boolean | undefined {
  const rest = new Set<string>();
  const work = new Set<string>();
  const years = new Set(records.map((r) => r.year));
  for (const r of records) {
    for (const h of r.holidays) {
      for (const entry of h.restDays) {
        const [a, b = a] = entry.split('/') as [string, string?];
        for (const d of datesFrom(a, b)) rest.add(d);
      }
      for (const d of h.workdays ?? []) work.add(d);
    }
  }
  return (date) => {
    if (!years.has(Number(date.slice(0, 4)))) return undefined;
    if (work.has(date)) return true;
    if (rest.has(date)) return false;
    const wd = weekdayOf(date);
    return wd !== 0 && wd !== 6;
  };
}

const shipped = defaultWorkCalendar();
const naive = naiveCalendar(shipped.years);

function naiveAdd(date: string, n: number): string | undefined {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    const w = naive(d);
    if (w === undefined) return undefined;
    if (w) left--;
  }
  return d;
}

describe('the shipped calendar', () => {
  it('has 2015–2026: 2025 and 2026 from the notices (H), earlier years transcribed (M)', () => {
    expect(shipped.years.map((y) => y.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    for (const y of shipped.years) {
      expect(y.confidence).toBe(y.year >= 2025 ? 'H' : 'M');
      expect(y.sources.length).toBeGreaterThan(0);
      if (y.year < 2025) expect(y.transcribedFrom).toMatch(/holiday-cn/);
    }
    const s2025 = calendarYear(shipped, 2025)!.sources[0]!;
    expect(s2025).toMatchObject({
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      issuer: '国务院办公厅',
      number: '国办发明电〔2024〕12号',
      date: '2024-11-12',
    });
    expect(s2025.url).toMatch(/^https:\/\//);
    const s2026 = calendarYear(shipped, 2026)!.sources[0]!;
    expect(s2026).toMatchObject({
      title: '国务院办公厅关于2026年部分节假日安排的通知',
      issuer: '国务院办公厅',
      date: '2025-11-04',
    });
    expect(s2026.url).toMatch(/^https:\/\//);
    expect(calendarYear(shipped, 2027)).toBeUndefined();
  });

  it('2025 and 2026 are, field for field, the notices written in the host format', () => {
    const office = '国务院办公厅';
    const h = (zh: string, en: string, restDays: string[], workdays?: string[]) => ({
      name: { zh, en },
      restDays,
      ...(workdays ? { workdays } : {}),
    });
    expect(calendarYear(shipped, 2025)).toEqual({
      year: 2025,
      confidence: 'H',
      sources: [
        {
          key: 'U8',
          title: '国务院办公厅关于2025年部分节假日安排的通知',
          issuer: office,
          number: '国办发明电〔2024〕12号',
          date: '2024-11-12',
          url: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
          note: expect.stringContaining('copies of the notice'),
        },
      ],
      holidays: [
        h('元旦', "New Year's Day", ['2025-01-01']),
        h('春节', 'Spring Festival', ['2025-01-28/2025-02-04'], ['2025-01-26', '2025-02-08']),
        h('清明节', 'Qingming Festival', ['2025-04-04/2025-04-06']),
        h('劳动节', 'Labour Day', ['2025-05-01/2025-05-05'], ['2025-04-27']),
        h('端午节', 'Dragon Boat Festival', ['2025-05-31/2025-06-02']),
        h(
          '国庆节、中秋节',
          'National Day and Mid-Autumn Festival',
          ['2025-10-01/2025-10-08'],
          ['2025-09-28', '2025-10-11'],
        ),
      ],
    });
    expect(calendarYear(shipped, 2026)!.holidays).toEqual([
      h('元旦', "New Year's Day", ['2026-01-01/2026-01-03'], ['2026-01-04']),
      h('春节', 'Spring Festival', ['2026-02-15/2026-02-23'], ['2026-02-14', '2026-02-28']),
      h('清明节', 'Qingming Festival', ['2026-04-04/2026-04-06']),
      h('劳动节', 'Labour Day', ['2026-05-01/2026-05-05'], ['2026-05-09']),
      h('端午节', 'Dragon Boat Festival', ['2026-06-19/2026-06-21']),
      h('中秋节', 'Mid-Autumn Festival', ['2026-09-25/2026-09-27']),
      h('国庆节', 'National Day', ['2026-10-01/2026-10-07'], ['2026-09-20', '2026-10-10']),
    ]);
    // A shipped year round-trips through the host parser unchanged.
    for (const y of shipped.years) expect(parseWorkCalendar(JSON.parse(JSON.stringify(y))).years[0]).toEqual(y);
  });

  it.each([2025, 2026] as const)(
    '%i: the rest days and make-up working days of the notice (POLICY Appendix A), and nothing else',
    (year) => {
      const a = APPENDIX_A[year];
      for (const d of a.work) {
        expect([0, 6]).toContain(weekdayOf(d)); // every make-up day is a Saturday or Sunday
        expect(isWorkingDay(d)).toBe(true);
      }
      for (const d of a.rest) expect(isRestDay(d)).toBe(true);
      // Every other day follows the weekday rule.
      const listed = new Set<string>([...a.rest, ...a.work]);
      for (const d of datesFrom(`${year}-01-01`, `${year}-12-31`)) {
        if (listed.has(d)) continue;
        const wd = weekdayOf(d);
        expect(isWorkingDay(d), d).toBe(wd !== 0 && wd !== 6);
      }
    },
  );

  it('the weekday rest days of both notices are rest days; net of make-up days they are the 13 statutory days', () => {
    for (const year of [2025, 2026] as const) {
      const weekdayRest = APPENDIX_A[year].rest.filter((d) => weekdayOf(d) >= 1 && weekdayOf(d) <= 5);
      for (const d of weekdayRest) expect(dayKind(d)).toBe('rest');
      // 《全国年节及纪念日放假办法》 (2024 revision) art. 2: 13 days from 2025; the rest of the weekday rest days are
      // paid back by the make-up weekend days.
      expect(weekdayRest.length - APPENDIX_A[year].work.length).toBe(13);
    }
  });

  it('a notice can move the December before its year (2019 notice: 2018-12-29 worked, 2018-12-31 off)', () => {
    expect(isWorkingDay('2018-12-29')).toBe(true);
    expect(isRestDay('2018-12-31')).toBe(true);
    // Without the 2018 record, 2018 stays unknown even though the 2019 notice lists some of its days.
    const only2019 = parseWorkCalendar([calendarYear(shipped, 2019)]);
    expect(dayKind('2018-12-29', only2019)).toBe('unknown');
    expect(dayKind('2019-01-02', only2019)).toBe('working');
  });
});

describe('working-day arithmetic', () => {
  it('POLICY §3.1 vectors: 5个工作日 from receipt', () => {
    expect(addWorkingDays('2026-02-10', 5)).toBe('2026-02-24'); // 02-14 (Sat) is a working day; 春节 skipped
    expect(addWorkingDays('2025-09-20', 5)).toBe('2025-09-26');
    expect(workingDaysBetween('2026-02-10', '2026-02-24')).toBe(5);
    expect(workingDaysBetween('2026-02-24', '2026-02-10')).toBe(-5);
    expect(workingDaysBetween('2026-02-10', '2026-02-10')).toBe(0);
  });

  it('n = 0 returns the date itself; a bad count is refused', () => {
    expect(addWorkingDays('2026-02-15', 0)).toBe('2026-02-15');
    expect(addWorkingDays('2040-01-01', 0)).toBe('2040-01-01');
    expect(refusal(() => addWorkingDays('2026-02-10', -1))).toMatchObject({ code: 'out_of_range', path: ['n'] });
    expect(refusal(() => addWorkingDays('2026-02-10', 1.5))).toMatchObject({ code: 'out_of_range', path: ['n'] });
    expect(refusal(() => addWorkingDays('2026-02-10', '5' as unknown as number))).toMatchObject({
      code: 'invalid_type',
      path: ['n'],
    });
    expect(refusal(() => addWorkingDays('2026-02-30', 1))).toMatchObject({ code: 'invalid_date', path: ['date'] });
    expect(refusal(() => isWorkingDay(20260210 as unknown as string))).toMatchObject({
      code: 'invalid_type',
      path: ['date'],
    });
  });

  it('workingDayOnOrAfter: the day itself when working, else the first working day after', () => {
    expect(workingDayOnOrAfter('2025-10-05')).toBe('2025-10-09');
    expect(workingDayOnOrAfter('2026-02-14')).toBe('2026-02-14');
    expect(workingDayOnOrAfter('2026-04-11')).toBe('2026-04-13');
    expect(tryWorkingDayOnOrAfter('2026-12-31')).toEqual({ determined: true, value: '2026-12-31' });
  });

  it('agrees with a day-by-day reading of the data for every date of 2025–2026 and N = 1…30', () => {
    let compared = 0;
    for (const d of datesFrom('2025-01-01', '2026-12-31')) {
      for (let n = 1; n <= 30; n++) {
        const expected = naiveAdd(d, n);
        const got = tryAddWorkingDays(d, n);
        if (expected === undefined) expect(got.determined, `${d} + ${n}`).toBe(false);
        else {
          expect(got, `${d} + ${n}`).toEqual({ determined: true, value: expected });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(20000);
  });

  it('property: over every date of 2025–2026, adding N working days and counting back agree, and no result is a rest day', () => {
    const dates = datesFrom('2025-01-01', '2026-12-31');
    fc.assert(
      fc.property(fc.constantFrom(...dates), fc.integer({ min: 1, max: 400 }), (d, n) => {
        const r = tryAddWorkingDays(d, n);
        if (!r.determined) {
          // Only because the answer runs past 2026, the last year with data.
          expect(r.missingYear).toBe(2027);
          expect(workingDaysBetween(d, '2026-12-31')).toBeLessThan(n);
          return;
        }
        expect(r.value > d).toBe(true);
        expect(isWorkingDay(r.value)).toBe(true);
        expect(workingDaysBetween(d, r.value)).toBe(n);
        expect(workingDaysBetween(r.value, d)).toBe(-n);
        // The day before the result is n-1 working days away: the result is the first day that reaches n.
        expect(workingDaysBetween(d, addDays(r.value, -1))).toBe(n - 1);
      }),
      { numRuns: 3000 },
    );
    // And exhaustively for small N, every date.
    for (const d of dates) {
      for (const n of [1, 5, 10, 15]) {
        const r = tryAddWorkingDays(d, n);
        if (!r.determined) continue;
        expect(isRestDay(r.value)).toBe(false);
        expect(workingDaysBetween(d, r.value)).toBe(n);
      }
    }
  });

  it('a year without data is refused, never guessed', () => {
    const e = refusal(() => isWorkingDay('2027-01-04'));
    expect(e).toMatchObject({
      code: 'calendar_year_unknown',
      path: ['date'],
      issues: [{ params: { year: 2027, date: '2027-01-04' } }],
    });
    expect(e.zh).toMatch(CHINESE_ONLY);
    expect(e.en).toMatch(/2027/);
    expect(dayKind('2027-01-04')).toBe('unknown');
    expect(dayKind('2014-12-31')).toBe('unknown');
    expect(refusal(() => isRestDay('2014-12-31')).code).toBe('calendar_year_unknown');
    expect(refusal(() => addWorkingDays('1999-10-01', 1)).code).toBe('calendar_year_unknown');
    // The start is known but the answer runs into 2027.
    expect(refusal(() => addWorkingDays('2026-12-28', 5))).toMatchObject({
      code: 'calendar_year_unknown',
      issues: [{ params: { year: 2027 } }],
    });
    expect(tryAddWorkingDays('2026-12-28', 5)).toMatchObject({
      determined: false,
      missingYear: 2027,
      issue: { code: 'calendar_year_unknown' },
    });
    expect(tryAddWorkingDays('2026-12-28', 3)).toEqual({ determined: true, value: '2026-12-31' });
    expect(refusal(() => workingDaysBetween('2014-12-31', '2015-01-05'))).toMatchObject({
      code: 'calendar_year_unknown',
      path: ['from'],
    });
    expect(tryWorkingDaysBetween('2026-12-01', '2027-01-15')).toMatchObject({ determined: false, missingYear: 2027 });
    expect(tryWorkingDayOnOrAfter('2031-01-01')).toMatchObject({ determined: false, missingYear: 2031 });
  });

  it('holidayOn names the holiday a notice lists a day under (rest day or make-up day), else undefined', () => {
    expect(holidayOn('2025-10-05')).toEqual({ zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' });
    expect(holidayOn('2026-02-14')).toEqual({ zh: '春节', en: 'Spring Festival' });
    expect(holidayOn('2015-09-04')?.zh).toBe('抗日战争暨世界反法西斯战争胜利70周年纪念日');
    expect(holidayOn('2026-04-11')).toBeUndefined();
    expect(holidayOn('2026-03-02')).toBeUndefined();
    expect(refusal(() => holidayOn('2027-01-01')).code).toBe('calendar_year_unknown');
  });

  it('a gap between loaded years is unknown too (a calendar with 2024 and 2026 but not 2025)', () => {
    const gap = parseWorkCalendar([calendarYear(shipped, 2024), calendarYear(shipped, 2026)]);
    expect(dayKind('2025-06-03', gap)).toBe('unknown');
    expect(tryAddWorkingDays('2024-12-30', 5, gap)).toMatchObject({ determined: false, missingYear: 2025 });
    expect(tryWorkingDaysBetween('2024-12-02', '2026-01-05', gap)).toMatchObject({
      determined: false,
      missingYear: 2025,
    });
    expect(addWorkingDays('2024-12-27', 1, gap)).toBe('2024-12-30');
    expect(addWorkingDays('2026-02-10', 5, gap)).toBe('2026-02-24');
  });
});

describe('cross-check against an independent package (chinese-days, devDependency used only here)', () => {
  // chinese-days ships its own table of holidays and make-up working days; its functions go through Date, so the
  // check reads its data file rather than call it (the suite runs under three time zones).
  const data = JSON.parse(
    readFileSync(new URL('../../node_modules/chinese-days/dist/chinese-days.json', import.meta.url), 'utf8'),
  ) as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  const theirs = (d: string): boolean =>
    d in data.workdays ? true : d in data.holidays ? false : weekdayOf(d) >= 1 && weekdayOf(d) <= 5;

  it('agrees on every day of 2015–2026 (4,383 days)', () => {
    const disagreements: string[] = [];
    const days = datesFrom('2015-01-01', '2026-12-31');
    for (const d of days)
      if (isWorkingDay(d) !== theirs(d)) disagreements.push(`${d}: ours ${isWorkingDay(d)}, chinese-days ${theirs(d)}`);
    expect(days.length).toBe(4383);
    expect(disagreements).toEqual([]);
  });
});

describe('parseWorkCalendar (a host loads next year’s notice)', () => {
  const y2027 = {
    year: 2027,
    confidence: 'H',
    sources: [{ title: '国务院办公厅关于2027年部分节假日安排的通知', issuer: '国务院办公厅', date: '2026-11-05' }],
    holidays: [
      { name: { zh: '元旦', en: "New Year's Day" }, restDays: ['2027-01-01/2027-01-03'] },
      { name: { zh: '春节', en: 'Spring Festival' }, restDays: ['2027-02-05/2027-02-13'], workdays: ['2027-02-14'] },
    ],
  };

  it('accepts one record, an array of records, or { years }', () => {
    expect(parseWorkCalendar(y2027).years.map((y) => y.year)).toEqual([2027]);
    expect(parseWorkCalendar([y2027]).years.map((y) => y.year)).toEqual([2027]);
    expect(parseWorkCalendar({ $schema: 'x', years: [y2027] }).years.map((y) => y.year)).toEqual([2027]);
    expect(parseWorkCalendar({ ...y2027, $schema: 'x' }).years[0]).not.toHaveProperty('$schema');
    // Records are sorted by year whatever the input order.
    expect(
      parseWorkCalendar([calendarYear(shipped, 2026), calendarYear(shipped, 2025)]).years.map((y) => y.year),
    ).toEqual([2025, 2026]);
  });

  it('withCalendarYears adds a year (the deadline that ran into 2027 is now determined) and replaces a year', () => {
    const cal = withCalendarYears(shipped, y2027);
    expect(cal.years.map((y) => y.year).at(-1)).toBe(2027);
    expect(addWorkingDays('2026-12-28', 5, cal)).toBe('2027-01-05'); // 12-29,30,31, then 01-04, 01-05
    expect(isWorkingDay('2027-02-14', cal)).toBe(true);
    expect(dayKind('2027-01-04')).toBe('unknown'); // the default calendar is unchanged
    const amended = withCalendarYears(cal, { ...y2027, holidays: [y2027.holidays[0]] });
    expect(isRestDay('2027-02-08', amended)).toBe(false);
    expect(amended.years.filter((y) => y.year === 2027)).toHaveLength(1);
  });

  it('accepts a calendar object it did not build (validated on first use)', () => {
    const foreign = { years: [...shipped.years] };
    expect(addWorkingDays('2026-02-10', 5, foreign)).toBe('2026-02-24');
    expect(
      refusal(() => addWorkingDays('2026-02-10', 5, { years: [{ year: 2026 }] } as never)).path.slice(0, 3),
    ).toEqual(['calendar', 'years', 0]);
    expect(refusal(() => dayKind('2026-02-10', null as never)).path).toEqual(['calendar', 'years']);
  });

  it.each([
    ['not an object', 5, 'invalid_type', []],
    ['a missing field', { ...y2027, confidence: undefined }, 'required', ['confidence']],
    ['an unknown confidence', { ...y2027, confidence: 'X' }, 'unknown_enum_value', ['confidence']],
    ['no source', { ...y2027, sources: [] }, 'item_count', ['sources']],
    ['an unknown field', { ...y2027, extra: 1 }, 'unrecognized_keys', []],
    [
      'a malformed rest day',
      { ...y2027, holidays: [{ ...y2027.holidays[0], restDays: ['2027-01-01..2027-01-03'] }] },
      'invalid_format',
      ['holidays', 0, 'restDays', 0],
    ],
    [
      'an impossible rest day',
      { ...y2027, holidays: [{ ...y2027.holidays[0], restDays: ['2027-02-30'] }] },
      'invalid_format',
      ['holidays', 0, 'restDays', 0],
    ],
    [
      'a reversed range',
      { ...y2027, holidays: [{ ...y2027.holidays[0], restDays: ['2027-01-03/2027-01-01'] }] },
      'invalid_format',
      ['holidays', 0, 'restDays', 0],
    ],
    [
      'a date outside the year',
      { ...y2027, holidays: [{ ...y2027.holidays[0], restDays: ['2026-11-30'] }] },
      'out_of_range',
      ['holidays', 0, 'restDays', 0],
    ],
    [
      'a weekday make-up day',
      { ...y2027, holidays: [{ ...y2027.holidays[1], workdays: ['2027-02-15'] }] },
      'inconsistent',
      ['holidays', 0, 'workdays', 0],
    ],
    [
      'a day listed twice',
      { ...y2027, holidays: [{ ...y2027.holidays[0], restDays: ['2027-01-01/2027-01-03', '2027-01-02'] }] },
      'duplicate',
      ['holidays', 0, 'restDays', 1],
    ],
    [
      'a day both rest and work',
      { ...y2027, holidays: [{ ...y2027.holidays[1], restDays: ['2027-02-14'] }] },
      'duplicate',
      ['holidays', 0, 'workdays', 0],
    ],
    ['a year given twice', [y2027, y2027], 'duplicate', [1, 'year']],
  ])('refuses %s', (_what, json, code, path) => {
    const r = safeParseWorkCalendar(json, []);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.code).toBe(code);
    expect(r.error.path).toEqual(path);
    expect(r.error.zh.length).toBeGreaterThan(0);
  });

  it('refuses two records that disagree about a day', () => {
    const y2019 = calendarYear(shipped, 2019)!;
    const y2018 = {
      ...calendarYear(shipped, 2018)!,
      holidays: [{ name: { zh: '测试', en: 'Test' }, restDays: ['2018-12-29'] }],
    };
    const r = safeParseWorkCalendar([y2018, y2019]);
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error).toMatchObject({
        code: 'duplicate',
        path: [1, 'holidays', 0, 'workdays', 0],
        issues: [{ params: { date: '2018-12-29' } }],
      });
  });

  it('reports every problem at once', () => {
    const bad = { ...y2027, confidence: 'X', holidays: [{ ...y2027.holidays[1], workdays: ['2027-02-15'] }] };
    const r = safeParseWorkCalendar([
      bad,
      { ...y2027, year: 2028, holidays: [{ ...y2027.holidays[0], restDays: ['2029-01-01'] }] },
    ]);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.code)).toEqual(['unknown_enum_value', 'out_of_range']);
  });
});

describe('messages', () => {
  it('every catalogue entry has a code and builds Chinese-only zh and non-empty en text', () => {
    const params = { year: 2027, date: '2027-01-04', received: 'string', value: '2027-01-03/2027-01-01', unit: 'days' };
    for (const [id, m] of Object.entries(CALENDAR_MESSAGES)) {
      const p = params as never;
      expect(m.code, id).toMatch(/^[a-z_]+$/);
      expect(m.zh(p), id).toMatch(CHINESE_ONLY);
      expect(m.en(p).length, id).toBeGreaterThan(10);
    }
  });
});

describe('robustness: any input gives a value or a PolicyError, never another error', () => {
  const date = fc.oneof(
    fc.anything(),
    fc.integer({ min: toDayNumber('2010-01-01'), max: toDayNumber('2032-12-31') }).map(fromDayNumber),
    fc.string({ maxLength: 12 }),
  );
  const calendar = fc.oneof(
    fc.constant(undefined),
    fc.constant(shipped),
    fc.anything(),
    fc.record({ years: fc.anything() }),
  );
  const calls: Record<string, (a: unknown, b: unknown, c: unknown) => unknown> = {
    dayKind: (a, _b, c) => dayKind(a as string, c as never),
    isWorkingDay: (a, _b, c) => isWorkingDay(a as string, c as never),
    isRestDay: (a, _b, c) => isRestDay(a as string, c as never),
    holidayOn: (a, _b, c) => holidayOn(a as string, c as never),
    addWorkingDays: (a, b, c) => addWorkingDays(a as string, b as number, c as never),
    tryAddWorkingDays: (a, b, c) => tryAddWorkingDays(a as string, b as number, c as never),
    workingDaysBetween: (a, b, c) => workingDaysBetween(a as string, b as string, c as never),
    tryWorkingDaysBetween: (a, b, c) => tryWorkingDaysBetween(a as string, b as string, c as never),
    workingDayOnOrAfter: (a, _b, c) => workingDayOnOrAfter(a as string, c as never),
    tryWorkingDayOnOrAfter: (a, _b, c) => tryWorkingDayOnOrAfter(a as string, c as never),
    parseWorkCalendar: (a) => parseWorkCalendar(a),
    withCalendarYears: (a, b) => withCalendarYears(a as never, b),
    calendarYear: (a, b) => calendarYear(a as never, b as number),
  };
  it.each(Object.keys(calls))('%s', (name) => {
    const call = calls[name]!;
    fc.assert(
      fc.property(date, fc.oneof(date, fc.integer({ min: -5, max: 400 }), fc.anything()), calendar, (a, b, c) => {
        try {
          call(a, b, c);
        } catch (e) {
          expect(isPolicyError(e), String(e)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a range reaching far outside its year is one issue, not one per day', () => {
    const r = safeParseWorkCalendar({
      year: 2027,
      confidence: 'H',
      sources: [{ title: 't', issuer: 'i' }],
      holidays: [{ name: { zh: '甲', en: 'A' }, restDays: ['0001-01-01/9999-12-31'] }],
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues).toHaveLength(1);
  });
});
