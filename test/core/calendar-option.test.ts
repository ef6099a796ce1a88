// The `calendar` option shared by every domain that counts working days (added for /petitions, issue 15).
import { describe, expect, it } from 'vitest';
import { readOptions } from '../../src/core/options.js';
import {
  addWorkingDays,
  calendarOption,
  defaultWorkCalendar,
  parseWorkCalendar,
  tryAddWorkingDays,
  withCalendarYears,
} from '../../src/core/work-calendar.js';
import { refusal } from '../support/refusal.js';

// A made-up 2027 notice (test data, not the real one): 元旦 01-01…01-03.
const notice2027 = {
  year: 2027,
  confidence: 'H',
  sources: [{ title: '测试用放假安排', issuer: '测试' }],
  holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, restDays: ['2027-01-01/2027-01-03'] }],
};

describe('calendarOption', () => {
  it('absent: the shipped calendar', () => {
    expect(calendarOption(undefined, ['calendar'])).toBe(defaultWorkCalendar());
  });

  it('a calendar built by the library is used as it is (no shipped years added)', () => {
    const only2027 = parseWorkCalendar(notice2027);
    expect(calendarOption(only2027, ['calendar'])).toBe(only2027);
    const extended = withCalendarYears(defaultWorkCalendar(), notice2027);
    expect(calendarOption(extended, ['calendar'])).toBe(extended);
  });

  it('calendar JSON adds its years to the shipped calendar, validated once per object', () => {
    expect(tryAddWorkingDays('2026-12-28', 5).determined).toBe(false);
    const c = calendarOption(notice2027, ['calendar']);
    expect(c.years.map((y) => y.year)).toEqual([...defaultWorkCalendar().years.map((y) => y.year), 2027]);
    expect(calendarOption(notice2027, ['calendar'])).toBe(c);
    // 12-29, 12-30, 12-31, then 01-04 and 01-05 (01-01…01-03 rest).
    expect(addWorkingDays('2026-12-28', 5, c)).toBe('2027-01-05');
    expect(calendarOption([notice2027], ['calendar']).years.at(-1)?.year).toBe(2027);
    expect(calendarOption({ years: [notice2027] }, ['calendar']).years.at(-1)?.year).toBe(2027);
  });

  it('a year given again replaces the shipped one', () => {
    const c = calendarOption(
      { year: 2026, confidence: 'M', sources: [{ title: '测试', issuer: '测试' }], holidays: [] },
      ['calendar'],
    );
    expect(c.years.find((y) => y.year === 2026)?.confidence).toBe('M');
    expect(addWorkingDays('2026-02-13', 1, c)).toBe('2026-02-16'); // no 春节 any more
  });

  it('refuses what is not a calendar, under the option path', () => {
    expect(refusal(() => calendarOption('2027', ['calendar'])).code).toBe('invalid_type');
    expect(refusal(() => calendarOption(null, ['calendar'])).code).toBe('invalid_type');
    const e = refusal(() => readOptions({ calendar: { ...notice2027, year: 'x' } }, { calendar: calendarOption }));
    expect(e.path[0]).toBe('calendar');
    expect(refusal(() => calendarOption('x', ['calendar'])).zh).not.toMatch(/[A-Za-z]{3}/);
  });
});
