import { describe, expect, it } from 'vitest';
import { explain } from '../../src/core/index.js';
import { computeSalaries, computeSalary, salaryProfiles } from '../../src/salary/index.js';
import { hostProfile } from './support.js';
import { seededRandom } from '../support/random.js';

/** A deterministic roster (fixed seed) with every kind of row: Chinese names, certificates with and without dates,
 * degrees obtained later, post histories, assessments, workers not yet started, refused rows. */
function explainedRoster(n: number, seed = 20260101): unknown[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const pad = (x: number) => (x < 10 ? `0${x}` : String(x));
  const date = (y: number) => `${y}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
  const posts = ['principal', 'deputy', 'staff', '正职', '副职', '其他工作人员'];
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const y = 1990 + Math.floor(rnd() * 40);
    const w: Record<string, unknown> = {
      id: rnd() < 0.5 ? `W${i}` : i,
      post: pick(posts),
      education: pick(['college_or_below', 'bachelor', 'master', 'doctorate', '本科', '博士']),
      serviceStart: rnd() < 0.1 ? `${y}-01-01` : date(y),
    };
    if (rnd() < 0.2) w.name = `工作者${i}`;
    if (rnd() < 0.15) w.educationObtained = date(y + Math.floor(rnd() * 10) - 3);
    if (rnd() < 0.4) {
      const c: Record<string, unknown> = { level: pick(['assistant', 'intermediate', 'senior', '社会工作师']) };
      if (rnd() < 0.85) c.obtained = date(y + Math.floor(rnd() * 12) - 2);
      w.certificate = c;
    }
    if (rnd() < 0.6) {
      const as: Record<string, string> = {};
      for (let yy = y - 1; yy <= 2030; yy++)
        if (rnd() < 0.8)
          as[String(yy)] = pick(['excellent', 'excellent', 'pass', 'pass', 'basic_pass', 'fail', '优秀']);
      w.assessments = as;
    }
    if (rnd() < 0.1) {
      const first = pick(['principal', 'deputy', 'staff'] as const);
      w.postHistory = [
        { post: first, from: w.serviceStart },
        { post: pick(['principal', 'deputy', 'staff'] as const), from: date(y + 1 + Math.floor(rnd() * 8)) },
      ];
      w.post = (w.postHistory as { post: string }[])[1]!.post;
    }
    if (rnd() < 0.03) w.post = 'boss';
    out.push(w);
  }
  return out;
}

describe('an explained roster row is the explained result of that worker (one evaluation path, shared texts)', () => {
  const roster = explainedRoster(1500);
  const profiles = [
    ['host', hostProfile()],
    [
      'host, other readings',
      hostProfile({
        'salary.grade.earlyPromotion.mode': 'extra',
        'salary.grade.basicPassCountsAsService': false,
        'salary.grade.postChange': 'carry',
        'salary.grade.certificateMode': 'grade-steps',
      }),
    ],
    ['huaian (amounts not found)', salaryProfiles.get('huaian')],
    ['nanjing-2018', salaryProfiles.get('nanjing-2018')],
  ] as const;

  it.each(profiles)(
    '%s: JSON of every row equals JSON of computeSalary, and explain() prints the same',
    (_n, profile) => {
      for (const asOf of ['2016-01-01', '2026-01-01']) {
        const batch = computeSalaries(roster, { asOf, profile, explain: true });
        // Explaining a second time (texts, steps and lines now shared and cached) gives the same JSON.
        expect(JSON.stringify(computeSalaries(roster, { asOf, profile, explain: true }).rows)).toBe(
          JSON.stringify(batch.rows),
        );
        let computed = 0;
        roster.forEach((w, i) => {
          const row = batch.rows[i]!;
          let one;
          try {
            one = computeSalary(w, { asOf, profile });
          } catch {
            expect(row.outcome).toBe('error');
            return;
          }
          if (row.outcome === 'error') throw new Error(`row ${i} refused`);
          if (row.outcome === 'computed') computed++;
          expect(JSON.stringify(row.explanation)).toBe(JSON.stringify(one.explanation));
          expect([
            row.outcome,
            row.grade,
            row.lines,
            row.monthly,
            row.annual,
            row.floors,
            row.warnings,
            row.missing,
          ]).toEqual([
            one.outcome,
            one.grade,
            one.lines,
            one.monthly,
            one.annual,
            one.floors,
            one.warnings,
            one.missing,
          ]);
          if (i % 50 === 0)
            for (const lang of ['zh', 'en'] as const)
              expect(explain({ ...one, ...row, kind: 'salary' } as never, { lang })).toBe(explain(one, { lang }));
        });
        if (profile.id !== 'huaian' && profile.id !== 'nanjing-2018') expect(computed).toBeGreaterThan(0);
      }
    },
  );
});
