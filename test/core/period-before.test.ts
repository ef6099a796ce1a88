// periodBefore: a period counted backwards from an event ("在选举日的二十日前", "提前十天通知"), the mirror of
// periodEnd under 民法典 arts. 201–202: the event day is not counted, months go to the corresponding day, no roll-over.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, toDayNumber } from '../../src/core/calendar-date.js';
import { isPolicyError } from '../../src/core/errors.js';
import { CIVIL_CODE_PERIODS, periodBefore, periodEnd, type PeriodConvention } from '../../src/core/periods.js';

const COUNTED: PeriodConvention = { ...CIVIL_CODE_PERIODS, id: 'counted', startDayExcluded: false, rollOver: 'none' };
const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (isPolicyError(e)) return e.code;
    throw e;
  }
  return undefined;
};

describe('periodBefore', () => {
  it('20 日 before an election day: the election day is not counted, the 20th day before is the day', () => {
    const r = periodBefore('2026-05-21', { days: 20 });
    expect(r).toEqual({
      event: '2026-05-21',
      day: '2026-05-01',
      rule: { convention: 'civil-code', articles: ['civil-code-201'] },
    });
  });
  it('never rolls over: a Sunday or a holiday stays (moving it later would shorten the notice)', () => {
    // 2026-10-01 is a 国庆 holiday; counting back 10 days from 2026-10-11 lands on it and stays there.
    expect(periodBefore('2026-10-11', { days: 10 }).day).toBe('2026-10-01');
    expect(periodBefore('2026-03-15', { days: 7 }).day).toBe('2026-03-08'); // a Sunday
  });
  it('months and years go to the corresponding day, or the month’s last day (art. 202)', () => {
    expect(periodBefore('2026-03-31', { months: 1 }).day).toBe('2026-02-28');
    expect(periodBefore('2024-03-31', { months: 1 }).day).toBe('2024-02-29');
    expect(periodBefore('2025-02-28', { years: 1 }).day).toBe('2024-02-28');
    expect(periodBefore('2026-03-31', { months: 1 }).rule.articles).toEqual(['civil-code-201', 'civil-code-202']);
  });
  it('under a convention that counts the event day, the result is one day later', () => {
    expect(periodBefore('2026-05-21', { days: 20 }, { convention: COUNTED }).day).toBe('2026-05-02');
  });
  it('is the inverse of periodEnd without roll-over, for days', () => {
    const noRoll = { ...CIVIL_CODE_PERIODS, id: 'no-roll', rollOver: 'none' as const };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30000 }), fc.integer({ min: 1, max: 400 }), (offset, n) => {
        const day = addDays('1990-01-01', offset);
        const back = periodBefore(day, { days: n }).day;
        expect(toDayNumber(day) - toDayNumber(back)).toBe(n);
        expect(periodEnd(back, { days: n }, { convention: noRoll }).end).toBe(day);
      }),
    );
  });
  it('refuses bad input with a PolicyError', () => {
    expect(code(() => periodBefore('2026-02-30', { days: 20 }))).toBe('invalid_date');
    expect(code(() => periodBefore('2026-05-21', { days: 0 }))).toBe('out_of_range');
    expect(code(() => periodBefore('2026-05-21', { days: 1.5 }))).toBe('out_of_range');
    expect(code(() => periodBefore('2026-05-21', { days: 1, months: 1 } as never))).toBe('invalid');
    expect(code(() => periodBefore('0001-01-05', { days: 20 }))).toBe('out_of_range');
    expect(code(() => periodBefore('0001-06-05', { years: 1 }))).toBe('out_of_range');
  });
});
