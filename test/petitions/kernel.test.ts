// Differential test: the kernel (petitionDeadlinesBatch without explanations) gives exactly the rows of the readable
// path on 12,000 generated items (fixed seed), under the shipped profile and calendar, a host profile that counts
// working days and moves a date of effect, and a calendar with a (test) 2027 notice.
import { describe, expect, it } from 'vitest';
import {
  calendarOption,
  isPolicyError,
  profileAt,
  runBatch,
  withOverrides,
  type Profile,
  type WorkCalendar,
} from '../../src/core/index.js';
import { deadlinesRow } from '../../src/petitions/deadlines.js';
import { petitionDeadlinesBatch, petitionProfiles } from '../../src/petitions/index.js';
import { NOTICE_2027, petitionItems } from './support.js';

const ROWS = 12_000;

const items = (() => {
  const next = petitionItems(20261129);
  return Array.from({ length: ROWS }, next);
})();

/** Rows as plain data (an error row by its issues). */
function plain(rows: readonly unknown[]): unknown[] {
  return rows.map((r) => {
    const row = r as { outcome: string; error?: unknown };
    return row.outcome === 'error' && isPolicyError(row.error)
      ? { ...row, error: row.error.issues }
      : JSON.parse(JSON.stringify(row));
  });
}

function readable(profile: Profile, asOf: string, calendar: WorkCalendar) {
  const at = profileAt(profile, asOf);
  return runBatch(items, (raw, i) => deadlinesRow(raw, i, at, calendar, false));
}

const shipped = petitionProfiles.get('national-2022');
const cases: [string, Profile, WorkCalendar][] = [
  ['shipped profile and calendar', shipped, calendarOption(undefined, ['calendar'])],
  [
    'working-day reading, a later date of effect and a 10-day extension limit',
    withOverrides(shipped, {
      'petition.daysAreCalendarDays': false,
      'petition.transferredNoticeDays': { set: 20, from: '2024-01-01' },
      'petition.extensionMaxDays': 10,
    }),
    calendarOption(undefined, ['calendar']),
  ],
  ['with a (test) 2027 notice', shipped, calendarOption(NOTICE_2027, ['calendar'])],
];

describe('kernel ≡ readable path', () => {
  it.each(cases)('%s: 12,000 generated items, the same rows and counts', (_, profile, calendar) => {
    const options = { asOf: '2026-12-31', profile, calendar };
    const fast = petitionDeadlinesBatch(items, options);
    const slow = readable(profile, '2026-12-31', calendar);
    expect(fast.counts).toEqual(slow.counts);
    expect(plain(fast.rows)).toEqual(plain(slow.rows));
    // The generator reaches every outcome, and rows of every kind.
    for (const o of ['computed', 'undetermined', 'not_applicable', 'error'] as const)
      expect(fast.counts[o]).toBeGreaterThan(0);
    console.log(`${_}: ${JSON.stringify(fast.counts)}`);
  });

  it('explained rows carry the same values as the kernel rows', () => {
    const some = items.slice(0, 2000);
    const fast = petitionDeadlinesBatch(some, { asOf: '2026-12-31' });
    const explained = petitionDeadlinesBatch(some, { asOf: '2026-12-31', explain: true });
    expect(plain(explained.rows).map((r) => ({ ...(r as object), explanation: undefined }))).toEqual(
      plain(fast.rows).map((r) => ({ ...(r as object), explanation: undefined })),
    );
  });
});
