import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addYears,
  ageOn,
  checkedYearOf,
  firstWholeYearOf,
  daysBetween,
  firstJanuaryOnOrAfter,
  fromDayNumber,
  fullYearsBetween,
  isCalendarDate,
  isNewYearsDay,
  parseCalendarDate,
  safeParseCalendarDate,
  splitYmd,
  toDayNumber,
  yearOf,
  ymdOf,
} from '../../src/core/calendar-date.js';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['0000-01-01', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00', false],
  ])('isCalendarDate(%s) = %s', (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok);
  });

  it('ymdOf (the character-code check used on hot paths) accepts exactly what isCalendarDate accepts', () => {
    const near = fc
      .tuple(
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.constantFrom('-', '/', '０'),
      )
      .map(
        ([y, m, d, sep]) =>
          `${String(y).padStart(4, '0')}${sep === '０' ? '-' : sep}${String(m).padStart(2, '0')}-${sep === '０' ? '０' : String(d).padStart(2, '0')}`,
      );
    const real = fc.integer({ min: -719162, max: 2932896 }).map(fromDayNumber);
    fc.assert(
      fc.property(fc.oneof(near, real, fc.string({ maxLength: 12 })), (s) => {
        expect(ymdOf(s) >= 0).toBe(isCalendarDate(s));
        if (isCalendarDate(s)) expect(ymdOf(s)).toBe(Number(s.replace(/-/g, '')));
        expect(splitYmd(s)).toEqual(isCalendarDate(s) ? s.split('-').map(Number) : undefined);
      }),
      { numRuns: 10000 },
    );
    for (const s of [
      '2024-02-29',
      '2023-02-29',
      '2000-02-29',
      '1900-02-29',
      '2024-04-31',
      '0000-01-01',
      '0001-01-01',
      '9999-12-31',
      '2025-1-01',
      '2025-01-1 ',
      '2024-01-01 ',
      '２０２５-01-01',
    ]) {
      expect(ymdOf(s) >= 0).toBe(isCalendarDate(s));
    }
  });

  it('checkedYearOf, isNewYearsDay and firstWholeYearOf (hot paths, on checked dates) agree with yearOf and the date itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }).map(fromDayNumber), (s) => {
        expect(checkedYearOf(s)).toBe(yearOf(s));
        expect(isNewYearsDay(s)).toBe(s.endsWith('-01-01'));
        expect(firstWholeYearOf(s)).toBe(yearOf(s) + (s.endsWith('-01-01') ? 0 : 1));
      }),
      { numRuns: 10000 },
    );
  });

  it('gives a distinct code for each kind of bad date', () => {
    const cases: [unknown, string][] = [
      [undefined, 'required'],
      [20260101, 'invalid_type'],
      ['2026/01/01', 'invalid_format'],
      ['2023-02-29', 'invalid_date'],
    ];
    for (const [value, code] of cases) {
      const r = safeParseCalendarDate(value, ['worker', 'serviceStart']);
      expect(r.success).toBe(false);
      if (!r.success) {
        expect(r.error.code).toBe(code);
        expect(r.error.path).toEqual(['worker', 'serviceStart']);
        expect(r.error.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(r.error.en).toMatch(/[a-z]/);
      }
    }
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
  });

  it('day numbers agree with the epoch and round-trip', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => {
        const d = fromDayNumber(n);
        return isCalendarDate(d) && toDayNumber(d) === n;
      }),
    );
  });

  it('day arithmetic matches UTC Date arithmetic for every date (the reference, computed in UTC only)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -719162, max: 2932896 }),
        (n) => fromDayNumber(n) === new Date(n * 86400000).toISOString().slice(0, 10),
      ),
    );
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
  });

  it('full years use anniversary semantics', () => {
    expect(fullYearsBetween('2020-03-15', '2023-03-14')).toBe(2);
    expect(fullYearsBetween('2020-03-15', '2023-03-15')).toBe(3);
    expect(fullYearsBetween('2020-03-15', '2020-03-15')).toBe(0);
    expect(fullYearsBetween('2023-03-15', '2020-03-15')).toBe(-3);
  });

  it('29 February anniversaries fall on 1 March in common years, or 28 February when asked', () => {
    expect(fullYearsBetween('2020-02-29', '2021-02-28')).toBe(0);
    expect(fullYearsBetween('2020-02-29', '2021-03-01')).toBe(1);
    expect(fullYearsBetween('2020-02-29', '2021-02-28', { leapDay: 'february-28' })).toBe(1);
    expect(fullYearsBetween('2020-02-29', '2024-02-28')).toBe(3);
    expect(fullYearsBetween('2020-02-29', '2024-02-29')).toBe(4);
    expect(addYears('2020-02-29', 1)).toBe('2021-03-01');
    expect(addYears('2020-02-29', 1, { leapDay: 'february-28' })).toBe('2021-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
  });

  it('full years agree with addYears: n years are complete exactly from the n-th anniversary', () => {
    const date = fc.integer({ min: 0, max: 60000 }).map((n) => fromDayNumber(n - 10000));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 80 }), (start, n) => {
        const anniversary = addYears(start, n);
        return (
          fullYearsBetween(start, anniversary) === n &&
          (n === 0 || fullYearsBetween(start, addDays(anniversary, -1)) === n - 1)
        );
      }),
    );
  });

  it('age on a date', () => {
    expect(ageOn('1956-05-20', '2026-05-19')).toBe(69);
    expect(ageOn('1956-05-20', '2026-05-20')).toBe(70);
    expect(() => ageOn('2026-05-20', '2026-05-19')).toThrow(/before the birth date/);
  });

  it('first 1 January on or after', () => {
    expect(firstJanuaryOnOrAfter('2023-03-15')).toBe('2024-01-01');
    expect(firstJanuaryOnOrAfter('2023-01-01')).toBe('2023-01-01');
    expect(firstJanuaryOnOrAfter('2023-12-31')).toBe('2024-01-01');
    expect(firstJanuaryOnOrAfter('2023-01-02')).toBe('2024-01-01');
  });

  it('refuses invalid dates in arithmetic instead of computing on them', () => {
    expect(() => addYears('2023-02-29', 1)).toThrow(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => fullYearsBetween('2023-02-30', '2024-01-01')).toThrow(
      expect.objectContaining({ code: 'invalid_date', path: ['from'] }),
    );
  });
});
