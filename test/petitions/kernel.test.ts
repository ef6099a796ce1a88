// Differential test: the kernel (petitionDeadlinesBatch without explanations) gives exactly the rows of the readable
// path on 12,000 generated items (fixed seed), under the shipped profile and calendar, a host profile that counts
// working days and moves a date of effect, and a calendar with a (test) 2027 notice.
import { describe, expect, it } from 'vitest';
import {
  addDays,
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
import { NOTICE_2027 } from './support.js';

const ROWS = 12_000;

function generator(seed: number) {
  let s = seed;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const maybe = (p: number) => rnd() < p;
  return (): Record<string, unknown> => {
    const item: Record<string, unknown> = {};
    if (maybe(0.5)) item.id = `XF-${Math.floor(rnd() * 1e6)}`;
    if (maybe(0.5)) item.office = pick(['甲局', '乙局', '丙街道']);
    const intake = pick(['petition_office', 'direct', 'transferred', 'transferred', undefined, '转送、交办']);
    if (intake !== undefined) item.intake = intake;
    const category = pick(['suggestion', 'accusation', 'claim', 'claim', 'claim', 'claim', undefined]);
    if (category !== undefined) item.category = category;
    const route = pick([
      'opinion',
      'opinion',
      'opinion',
      'opinion',
      '六',
      'judicial',
      'administrative',
      'arbitration',
      undefined,
    ]);
    if (route !== undefined) item.route = route;
    if (maybe(0.2)) item.identityUnclear = maybe(0.5);
    // Dates from before the 条例 took effect to after the last year of holiday data.
    let d = maybe(0.92) ? addDays('2022-03-01', Math.floor(rnd() * 1800)) : undefined;
    if (d !== undefined) item.receivedOn = d;
    const step = (key: string, p: number, max: number) => {
      if (!maybe(p)) return;
      d = addDays(d ?? '2025-06-01', Math.floor(rnd() * max));
      item[key] = d;
    };
    if (maybe(0.3))
      item.noticeGivenOn = addDays((item.receivedOn as string | undefined) ?? '2025-06-01', Math.floor(rnd() * 20));
    step('acceptedOn', 0.85, 10);
    if (maybe(0.15)) item.extensionDays = pick([0, 5, 30, 31, -2, 10]);
    step('resolvedOn', 0.35, 80);
    step('answerReceivedOn', 0.3, 5);
    step('reviewRequestedOn', 0.25, 35);
    step('reviewDecidedOn', 0.2, 35);
    step('reviewAnswerReceivedOn', 0.2, 5);
    step('reexamRequestedOn', 0.2, 35);
    if (maybe(0.3)) item.hearingDays = Math.floor(rnd() * 15);
    step('reexamDecidedOn', 0.15, 50);
    // Now and then an item the record refuses.
    if (maybe(0.01)) item.receivedOn = '2026-02-30';
    if (maybe(0.01)) item.deadline = '2026-01-01';
    return item;
  };
}

const items = (() => {
  const next = generator(20261129);
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
