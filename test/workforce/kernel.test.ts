// Differential test: the roster kernel (unexplained rows of createWorkforceReport) gives exactly the rows, counts,
// pay sums, gaps, warnings and missing items of the readable path, on 24,000 generated workers (fixed seed) read in
// chunks, under the shipped profile (the 16条's date of effect unknown: bounds 2024-03-28 and 2026-01-09), a host
// profile with a date of effect and other numbers of years and runs, and several dates. The workers cluster on every
// boundary the rules turn on: the bounds and the date of effect, 29 February, 1 January starts, the anniversaries and
// deadlines, the date itself, missing fields of every kind, every education and level, certificates before and after
// the deadline or undated, and assessment runs with gaps, years after the date and exit cases the host found.
import { describe, expect, it } from 'vitest';
import { addDays, profileAt, withOverrides, type Profile } from '../../src/core/index.js';
import { huaianDivisions } from '../../src/divisions/index.js';
import { workforceProfiles } from '../../src/workforce/index.js';
import { Roster, type Parts } from '../../src/workforce/roster.js';
import { PAY, withBenchmark } from './support.js';
import { seededRandom } from '../support/random.js';

const WORKERS = 24_000;
const CHUNK = 1000;
const tree = huaianDivisions();
const villages = tree.atLevel('village').map((u) => u.code);
const townships = tree.atLevel('township').map((u) => u.code);

function generator(seed: number, asOf: string) {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const maybe = (p: number) => rnd() < p;
  const near = (d: string, spread: number) => addDays(d, Math.floor(rnd() * (2 * spread + 1)) - spread);
  // Starts: on and around every boundary, and spread over 2008–2027.
  const STARTS = [
    '2024-03-27',
    '2024-03-28',
    '2024-03-29',
    '2026-01-08',
    '2026-01-09',
    '2026-01-10',
    '2024-02-29',
    '2020-02-29',
    '2028-02-29',
    '2025-01-01',
    '2026-01-01',
    '2022-01-01',
    asOf,
    addDays(asOf, 1),
    addDays(asOf, -1),
  ];
  const start = (): string | undefined => {
    const x = rnd();
    if (x < 0.04) return undefined;
    if (x < 0.3) return pick(STARTS);
    if (x < 0.4) return near(pick(STARTS), 5);
    return addDays('2008-01-01', Math.floor(rnd() * 7300));
  };
  const RESULTS = [
    'excellent',
    'pass',
    'pass',
    'basic_pass',
    'basic_pass',
    'fail',
    'fail',
    '优秀',
    '合格',
    '基本合格',
    '不合格',
  ];
  return (i: number): Record<string, unknown> => {
    const w: Record<string, unknown> = {};
    if (maybe(0.8)) w.id = maybe(0.5) ? `W${i}` : i;
    if (maybe(0.3)) w.name = `工作者${i}`;
    const place = rnd();
    if (place < 0.8) w.divisionCode = pick(villages.slice(0, 40));
    else if (place < 0.9) w.divisionCode = pick(townships.slice(0, 10));
    const post = pick(['principal', 'deputy', 'staff', 'staff', '正职', '其他工作人员', undefined]);
    if (post !== undefined) w.post = post;
    const education = pick([
      'bachelor',
      'bachelor',
      'master',
      'doctorate',
      'college_or_below',
      'college_or_below',
      '本科',
      '大专及以下',
      undefined,
    ]);
    if (education !== undefined) w.education = education;
    if (education === 'college_or_below' || education === '大专及以下') {
      const sub = pick(['college', 'college', 'secondary', 'below_secondary', '大专', '中专', undefined]);
      if (sub !== undefined) w.subBachelorEducation = sub;
    }
    const st = start();
    if (st !== undefined) w.serviceStart = st;
    if (maybe(0.15)) w.educationObtained = near(st ?? '2024-06-30', 1500);
    const sw = rnd();
    if (sw < 0.4) w.socialWorkDegree = true;
    else if (sw < 0.85) w.socialWorkDegree = false;
    const c = rnd();
    if (c < 0.35)
      w.certificate = { level: pick(['assistant', 'intermediate', '社会工作师']), obtained: near(st ?? asOf, 1800) };
    else if (c < 0.4) w.certificate = { level: 'assistant' };
    else if (c < 0.45 && st !== undefined)
      w.certificate = { level: 'assistant', obtained: near(addDays(st, 365 * 3 + 1), 400) };
    const a = rnd();
    if (a < 0.75) {
      const from =
        st === undefined
          ? 2015 + Math.floor(rnd() * 8)
          : Number(st.slice(0, 4)) + (maybe(0.2) ? 0 : 1) - (maybe(0.05) ? 2 : 0);
      const to = Number(asOf.slice(0, 4)) + (maybe(0.1) ? 1 : maybe(0.3) ? 0 : -1);
      const assessments: Record<string, string> = {};
      // Runs: a result repeated now and then, so runs of 2 and 3 (and longer) are common.
      let r = pick(RESULTS);
      for (let y = from; y <= to; y++) {
        if (maybe(0.5)) r = pick(RESULTS);
        if (maybe(0.08)) continue; // a year not given
        assessments[y] = r;
      }
      w.assessments = assessments;
    } else if (a < 0.8) w.assessments = {};
    if (maybe(0.03)) w.exitFlags = pick([['dereliction'], ['other'], ['dereliction', 'other'], []]);
    const e = rnd();
    if (e < 0.05) w.employedUntil = pick([asOf, addDays(asOf, -1), '2025-12-31']);
    else if (e < 0.1) w.employedFrom = pick([asOf, addDays(asOf, 1), st ?? '2020-01-01']);
    // Now and then a worker the record refuses.
    if (maybe(0.005)) w.serviceStart = '2025-02-29';
    if (maybe(0.005)) w.education = 'kindergarten';
    if (maybe(0.003)) w.divisionCode = '999999';
    return w;
  };
}

const PARTS: Parts = { certification: true, exit: true, pay: true, gaps: true };

/** The roster read in chunks, through the kernel or not. */
function read(workers: readonly unknown[], profile: Profile, asOf: string, kernel: boolean, parts: Parts = PARTS) {
  const roster = new Roster(profileAt(profile, asOf), tree, parts, PAY, false, kernel);
  const rows: unknown[] = [];
  for (let i = 0; i < workers.length; i += CHUNK)
    for (const r of roster.add(workers.slice(i, i + CHUNK), i)) rows.push(r);
  roster.finish();
  const pay = [...roster.pay].map(([u, t]) => [u, t.sum.value, t.computed, t.undetermined, t.workers]);
  return {
    rows,
    tally: roster.tally,
    counts: roster.counts,
    pay,
    gaps: roster.gaps,
    warnings: [...roster.warnings.values()],
    missing: [...roster.missing],
  };
}

const huaian = withBenchmark({ 320800: '60000' });
const CASES: readonly { name: string; profile: Profile; asOf: string; seed: number }[] = [
  { name: 'huaian, 2026-06-30 (date of effect unknown)', profile: huaian, asOf: '2026-06-30', seed: 17 },
  { name: 'huaian, 2029-03-01 (deadlines passed)', profile: huaian, asOf: '2029-03-01', seed: 18 },
  { name: 'huaian, 2028-02-29', profile: huaian, asOf: '2028-02-29', seed: 19 },
  {
    name: 'a host profile: date of effect known, clock from eligibility, runs of 3 and 2',
    profile: withOverrides(huaian, {
      'workforce.rule.inForceFrom': '2025-01-01',
      'workforce.certification.clockStart': 'eligible',
      'workforce.exit.consecutiveFail': 3,
      'workforce.exit.consecutiveBasicPass': 2,
    }),
    asOf: '2027-01-01',
    seed: 20,
  },
];

describe('the roster kernel against the readable path', () => {
  for (const c of CASES) {
    it(`${c.name}: ${WORKERS.toLocaleString('en')} generated workers give the same rows, counts, pay sums and gaps`, () => {
      const gen = generator(c.seed, c.asOf);
      const workers = Array.from({ length: WORKERS }, (_, i) => gen(i));
      const fast = read(workers, c.profile, c.asOf, true);
      const slow = read(workers, c.profile, c.asOf, false);
      // The roster covers what it is meant to: every status, exit cases, refused rows, undetermined rows.
      const statuses = new Set(
        slow.rows.map((r) => (r as { certification?: { status: string } }).certification?.status),
      );
      expect([...statuses].sort()).toEqual(
        expect.arrayContaining(
          ['certified', 'not_new_hire', 'not_in_service', 'undetermined', 'pending', 'not_yet_eligible'].sort(),
        ),
      );
      expect(slow.rows.some((r) => (r as { exit?: { triggers: unknown[] } }).exit?.triggers.length === 2)).toBe(true);
      expect(slow.tally.error).toBeGreaterThan(0);
      // Years not given that could complete a run (the kernel decides them too: missing `assessments.2024`).
      expect(
        slow.rows.some((r) =>
          (r as { missing?: readonly string[] }).missing?.some((m) => /^assessments\.\d{4}$/.test(m)),
        ),
      ).toBe(true);
      for (let i = 0; i < WORKERS; i++)
        if (JSON.stringify(fast.rows[i]) !== JSON.stringify(slow.rows[i])) expect(fast.rows[i]).toEqual(slow.rows[i]);
      expect(fast.rows).toEqual(slow.rows);
      expect(fast.tally).toEqual(slow.tally);
      expect(fast.counts).toEqual(slow.counts);
      expect(fast.pay).toEqual(slow.pay);
      expect(fast.gaps).toEqual(slow.gaps);
      expect(fast.warnings).toEqual(slow.warnings);
      expect(fast.missing.sort()).toEqual(slow.missing.sort());
    });
  }
  it('checks without certification or exit (staffing, pay, targets) give the same rows', () => {
    const gen = generator(21, '2026-06-30');
    const workers = Array.from({ length: 4000 }, (_, i) => gen(i));
    for (const parts of [
      { certification: false, exit: false, pay: false, gaps: true },
      { certification: true, exit: false, pay: false, gaps: false },
      { certification: false, exit: true, pay: true, gaps: false },
    ]) {
      expect(read(workers, huaian, '2026-06-30', true, parts)).toEqual(
        read(workers, huaian, '2026-06-30', false, parts),
      );
    }
  });
  it('a profile without a bound of the date of effect takes the readable path and says what is missing', () => {
    const gen = generator(22, '2026-06-30');
    const workers = Array.from({ length: 2000 }, (_, i) => gen(i));
    // The day it was reported issued, only in force from 2027: on 2026-06-30 the bound has no value.
    const noBound = withOverrides(huaian, {
      'workforce.rule.issuedBy': {
        values: [{ effectiveFrom: '2027-01-01', value: '2026-01-09', source: { title: '测试来源' } }],
      },
    });
    const fast = read(workers, noBound, '2026-06-30', true);
    expect(fast).toEqual(read(workers, noBound, '2026-06-30', false));
    expect(fast.missing).toContain('parameter:workforce.rule.issuedBy');
  });
});
