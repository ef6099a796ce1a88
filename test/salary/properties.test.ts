import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/calendar-date.js';
import { withOverrides, type Profile } from '../../src/core/profile.js';
import { computeGrade, computeSalaries, computeSalary, projectGrade, salaryProfiles } from '../../src/salary/index.js';
import { salaries } from '../../src/salary/batch.js';
import { hostProfile } from './support.js';

const day = (n: number) => addDays('1980-01-01', n); // n in [0, 16800] covers 1980 … 2025
const RESULTS = ['excellent', 'pass', 'basic_pass', 'fail', '优秀', '合格', '基本合格', '不合格'];
const POSTS = ['principal', 'deputy', 'staff', '正职', '副职', '其他工作人员', '其他社区工作者'];

const workerArb = fc.record(
  {
    id: fc.oneof(fc.string({ minLength: 1 }), fc.integer()),
    post: fc.constantFrom(...POSTS),
    education: fc.constantFrom('college_or_below', 'bachelor', 'master', 'doctorate', '本科', '博士'),
    serviceStart: fc.integer({ min: 0, max: 16800 }).map(day),
    certificate: fc.record(
      {
        level: fc.constantFrom('assistant', 'intermediate', 'senior', '社会工作师'),
        obtained: fc.integer({ min: 0, max: 20000 }).map(day),
      },
      { requiredKeys: ['level'] },
    ),
    assessments: fc.dictionary(fc.integer({ min: 1975, max: 2035 }).map(String), fc.constantFrom(...RESULTS), {
      maxKeys: 15,
    }),
  },
  { requiredKeys: ['post', 'education', 'serviceStart'] },
);

/** A worker, sometimes with a degree obtained later and a post history ending with the current post. */
const fullWorkerArb = fc
  .tuple(
    workerArb,
    fc.option(fc.integer({ min: -2000, max: 6000 }), { nil: undefined }),
    fc.array(fc.tuple(fc.constantFrom('principal', 'deputy', 'staff'), fc.integer({ min: 1, max: 2500 })), {
      maxLength: 3,
    }),
  )
  .map(([w, educationDays, changes]) => {
    const out: Record<string, unknown> = { ...w };
    if (educationDays !== undefined) out.educationObtained = addDays(w.serviceStart, educationDays);
    if (changes.length > 0) {
      let from = w.serviceStart;
      const history = [{ post: w.post, from }];
      for (const [post, gap] of changes) {
        from = addDays(from, gap);
        history.push({ post, from });
      }
      out.post = history.at(-1)!.post;
      out.postHistory = history;
    }
    return out;
  });

// A worker without a post history and two dates on or after its start, in order.
const datedArb = fc
  .tuple(workerArb, fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 0, max: 9000 }))
  .map(([w, a, b]) => {
    const [d1, d2] = a <= b ? [a, b] : [b, a];
    return { w, asOf1: addDays(w.serviceStart, d1), asOf2: addDays(w.serviceStart, d2) };
  });

const fen = (yuan: string) => BigInt(yuan.replace('.', ''));
const sumFen = (amounts: readonly string[]) => amounts.reduce((s, a) => s + fen(a), 0n);

describe('grade properties', () => {
  it('never decreases as asOf advances (no post history)', () => {
    fc.assert(
      fc.property(datedArb, ({ w, asOf1, asOf2 }) => {
        expect(computeGrade(w, { asOf: asOf1 }).grade!).toBeLessThanOrEqual(computeGrade(w, { asOf: asOf2 }).grade!);
      }),
      { numRuns: 300 },
    );
  });

  it('stays in the window and equals the sum of its steps, in every mode', () => {
    const profiles = [
      salaryProfiles.get('huaian'),
      withOverrides(salaryProfiles.get('huaian'), {
        'salary.grade.postChange': 'carry',
        'salary.grade.earlyPromotion.mode': 'extra',
        'salary.grade.basicPassCountsAsService': false,
        'salary.grade.certificateMode': 'grade-steps',
      }),
    ];
    fc.assert(
      fc.property(fullWorkerArb, fc.integer({ min: 0, max: 9000 }), fc.constantFrom(0, 1), (w, d, p) => {
        const r = computeGrade(w, { asOf: addDays(w.serviceStart as string, d), profile: profiles[p] });
        if (r.outcome !== 'computed') return;
        expect(r.grade!).toBeGreaterThanOrEqual(r.window!.min);
        expect(r.grade!).toBeLessThanOrEqual(r.window!.max);
        expect(r.steps.reduce((s, x) => s + x.delta, 0)).toBe(r.grade);
      }),
      { numRuns: 400 },
    );
  });

  it('matches the projection from the start of service', () => {
    fc.assert(
      fc.property(datedArb, ({ w, asOf2 }) => {
        const p = projectGrade(w, { from: w.serviceStart, to: asOf2 });
        const expected = p.changes.length === 0 ? p.initial : p.changes.at(-1)!.grade;
        expect(computeGrade(w, { asOf: asOf2 }).grade).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe('pay properties', () => {
  it.each([
    ['a host table over huaian', hostProfile()],
    ['beijing-or-quanjiao', salaryProfiles.get('beijing-or-quanjiao')],
  ])(
    "%s: monthly = sum of monthly lines; annual = sum of the lines' annual amounts; a monthly line's annual is 12 × it",
    (_name, profile) => {
      fc.assert(
        fc.property(datedArb, ({ w, asOf2 }) => {
          const r = computeSalary(w, { asOf: asOf2, profile });
          if (r.outcome !== 'computed') return;
          expect(fen(r.monthly!)).toBe(sumFen(r.lines.filter((l) => l.monthly !== null).map((l) => l.monthly!)));
          expect(fen(r.annual!)).toBe(sumFen(r.lines.map((l) => l.annual)));
          for (const l of r.lines) {
            expect(l.annual).toMatch(/^\d+\.\d{2}$/);
            if (l.monthly !== null) expect(fen(l.annual)).toBe(12n * fen(l.monthly));
          }
        }),
        { numRuns: 200 },
      );
    },
  );

  it('a roster gives each worker what computeSalary gives, and the payroll is the sum of its rows', () => {
    const profile = hostProfile();
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fullWorkerArb, fc.anything()), { maxLength: 20 }),
        fc.integer({ min: 0, max: 20000 }).map(day),
        (workers, asOf) => {
          const { rows, summary, counts } = computeSalaries(workers, { asOf, profile });
          let monthly = 0n;
          rows.forEach((row, i) => {
            let single: unknown;
            try {
              single = computeSalary(workers[i], { asOf, profile });
            } catch (e) {
              single = e;
            }
            if (row.outcome === 'error') expect((single as { code?: string }).code).toBe(row.error.code);
            else {
              const s = single as { monthly: string | null; grade: number | null; outcome: string };
              expect([row.outcome, row.monthly, row.grade]).toEqual([s.outcome, s.monthly, s.grade]);
              if (row.monthly !== null) monthly += fen(row.monthly);
            }
          });
          expect(fen(summary.monthly)).toBe(monthly);
          expect(counts.total).toBe(workers.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the batch kernel ≡ the readable path (differential, fixed seed)', () => {
  // Every variant of the rules the kernel reads, and inputs that take each of its paths (fast rows, rows it hands to
  // the readable path: a post history, a start after the date, a certificate without its date; refused rows), with
  // and without explanations: the kernel's explained rows are byte for byte the readable path's.
  const huaian = salaryProfiles.get('huaian');
  const profiles: [string, Profile][] = [
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
    ['huaian (amounts not found)', huaian],
    ['beijing-or-quanjiao', salaryProfiles.get('beijing-or-quanjiao')],
    ['nanjing-2018', salaryProfiles.get('nanjing-2018')],
  ];
  const rowArb = fc.oneof(
    { weight: 12, arbitrary: fullWorkerArb },
    { weight: 1, arbitrary: fc.anything() },
    { weight: 1, arbitrary: fullWorkerArb.map((w) => ({ ...w, post: 'boss' })) },
  );
  const rows = fc.sample(rowArb, { numRuns: 2500, seed: 20261129 });
  const dates = ['1995-06-30', '2016-01-01', '2026-01-01', '2031-07-15'];
  let compared = 0;

  it.each(profiles)(
    '%s: every row, its outcome, lines, totals, warnings and missing items are equal',
    (_name, profile) => {
      for (const asOf of dates) {
        const options = {
          asOf,
          profile,
          benchmark: { kind: 'urban_non_private_average_wage', annual: '90000' },
          floorGroup: 'inner',
        } as const;
        const opts = profile.id === 'nanjing-2018' ? options : { asOf, profile };
        const fast = computeSalaries(rows, opts);
        const readable = salaries(rows, { ...opts, explain: true }, false);
        const explained = computeSalaries(rows, { ...opts, explain: true });
        expect(fast.rows.length).toBe(rows.length);
        expect(JSON.stringify(explained)).toBe(JSON.stringify(readable));
        expect(explained).toEqual(readable);
        fast.rows.forEach((r, i) => {
          const e = readable.rows[i]!;
          if (e.outcome === 'error' || r.outcome === 'error') expect(r).toEqual(e);
          else {
            const { explanation: _x, ...rest } = e;
            expect(r).toEqual(rest);
          }
        });
        expect([fast.counts, fast.summary, fast.warnings, fast.missing, fast.outcome]).toEqual([
          readable.counts,
          readable.summary,
          readable.warnings,
          readable.missing,
          readable.outcome,
        ]);
        compared += rows.length;
      }
    },
  );

  it('compared at least 10,000 rows per profile', () => {
    expect(compared).toBe(profiles.length * dates.length * rows.length); // 5 × 4 × 2,500 = 50,000 rows
    expect(rows.length * dates.length).toBeGreaterThanOrEqual(10_000);
  });
});
