// Over every day of 2025–2026 as the day of receipt and of acceptance: every deadline determined lands on a working day,
// is never earlier than the plain count, and is the first working day on or after it; 5个工作日 are exactly five
// working days; a deadline that needs 2027 is undetermined (calendar:2027), never guessed.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  dayKind,
  isWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
} from '../../src/core/index.js';
import { petitionDeadlinesBatch, type PetitionDeadlinesRow } from '../../src/petitions/index.js';

const days: string[] = [];
for (let d = '2025-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) days.push(d);

const transferred = days.map((d) => ({
  intake: 'transferred',
  route: 'opinion',
  receivedOn: d,
  acceptedOn: d,
  resolvedOn: d,
  answerReceivedOn: d,
}));
const rows = petitionDeadlinesBatch(transferred, { asOf: '2026-12-31' }).rows as PetitionDeadlinesRow[];

describe('every day of 2025–2026', () => {
  it('gives one row per day, none refused', () => {
    expect(rows.length).toBe(730);
    expect(rows.every((r) => r.outcome !== ('error' as string))).toBe(true);
  });

  it('calendar-day deadlines: a working day, the first on or after the plain last day; or undetermined for 2027', () => {
    let determined = 0;
    let unknown = 0;
    for (const r of rows) {
      for (const m of r.milestones) {
        if (m.unit !== 'days' || m.outcome === 'not_applicable') continue;
        const from = m.from!;
        const n = m.length!;
        expect(n).toBe(
          { route: 15, notice: 15, resolve: 60, reviewRequest: 30, review: 30, reexamRequest: 30, reexam: 30 }[
            m.id as 'route'
          ],
        );
        const last = addDays(from, n);
        if (m.outcome === 'undetermined') {
          unknown++;
          expect(m.missing).toEqual(['calendar:2027']);
          expect(dayKind(last) === 'unknown' || last.startsWith('2026-12')).toBe(true);
          continue;
        }
        determined++;
        expect(isWorkingDay(m.due!)).toBe(true);
        expect(m.due! >= last).toBe(true);
        expect(m.due).toBe(workingDayOnOrAfter(last));
        expect(m.rolledFrom).toBe(m.due === last ? null : last);
        expect(daysBetween(from, m.due!)).toBeGreaterThanOrEqual(n);
      }
    }
    expect(determined).toBeGreaterThan(1500);
    expect(unknown).toBeGreaterThan(0);
  });

  it('5个工作日: exactly five working days after receipt, on a working day; or undetermined for 2027', () => {
    for (const r of rows) {
      const m = r.milestones.find((x) => x.id === 'objection')!;
      if (m.outcome === 'undetermined') {
        expect(m.missing).toEqual(['calendar:2027']);
        expect(m.from! >= '2026-12-25').toBe(true);
        continue;
      }
      expect(isWorkingDay(m.due!)).toBe(true);
      expect(workingDaysBetween(m.from!, m.due!)).toBe(5);
    }
  });
});
