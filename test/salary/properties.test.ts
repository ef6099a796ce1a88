import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/calendar-date.js';
import { newFacts, readFast, fillFacts } from '../../src/salary/facts.js';
import { computeGrade, computeSalaries, computeSalary, parseWorker, projectGrade, safeParseWorker } from '../../src/salary/index.js';

const day = (n: number) => addDays('1980-01-01', n); // n in [0, 16800] covers 1980 … 2025
const RESULTS = ['excellent', 'pass', 'basic_pass', 'fail', '优秀', '合格', '基本合格', '不合格'];

const workerArb = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer()),
    post: fc.constantFrom('principal', 'deputy', 'staff', '正职', '副职', '其他工作人员', '其他社区工作者'),
    education: fc.constantFrom('college_or_below', 'bachelor', 'master', 'doctorate', '本科', '博士'),
    serviceStart: fc.integer({ min: 0, max: 16800 }).map(day),
    certificate: fc.record({ level: fc.constantFrom('assistant', 'intermediate', 'senior', '社会工作师'), obtained: fc.integer({ min: 0, max: 20000 }).map(day) }),
    assessments: fc.dictionary(fc.integer({ min: 1975, max: 2035 }).map(String), fc.constantFrom(...RESULTS), { maxKeys: 15 }),
  },
  { requiredKeys: ['post', 'education', 'serviceStart'] },
);

// A worker and two dates on or after its start, in order.
const datedArb = fc.tuple(workerArb, fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 0, max: 9000 })).map(([w, a, b]) => {
  const [d1, d2] = a <= b ? [a, b] : [b, a];
  return { w, asOf1: addDays(w.serviceStart, d1), asOf2: addDays(w.serviceStart, d2) };
});

const sumFen = (amounts: readonly string[]) => amounts.reduce((s, a) => s + BigInt(a.replace('.', '')), 0n);

describe('grade properties', () => {
  it('never decreases as asOf advances', () => {
    fc.assert(
      fc.property(datedArb, ({ w, asOf1, asOf2 }) => {
        expect(computeGrade(w, { asOf: asOf1 }).grade).toBeLessThanOrEqual(computeGrade(w, { asOf: asOf2 }).grade);
      }),
      { numRuns: 400 },
    );
  });

  it('stays in the window and equals the sum of its steps', () => {
    fc.assert(
      fc.property(datedArb, ({ w, asOf2 }) => {
        const r = computeGrade(w, { asOf: asOf2 });
        expect(r.grade).toBeGreaterThanOrEqual(r.window.min);
        expect(r.grade).toBeLessThanOrEqual(r.window.max);
        expect(r.steps.reduce((s, x) => s + x.delta, 0)).toBe(r.grade);
        for (const s of r.steps) expect(s.effectiveFrom <= asOf2).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('matches the projection from serviceStart', () => {
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
  it.each(['huaian', 'beijing-or-quanjiao'])('%s: total = sum of monthly lines; annual = 12 × total + yearly lines', (profile) => {
    fc.assert(
      fc.property(datedArb, ({ w, asOf2 }) => {
        const r = computeSalary(w, { asOf: asOf2, profile });
        const monthly = sumFen(r.lines.filter((l) => l.period === 'month').map((l) => l.amount));
        const yearly = sumFen(r.lines.filter((l) => l.period === 'year').map((l) => l.amount));
        expect(BigInt(r.total.replace('.', ''))).toBe(monthly);
        expect(BigInt(r.annualTotal.replace('.', ''))).toBe(12n * monthly + yearly);
        for (const l of r.lines) expect(l.amount).toMatch(/^\d+\.\d{2}$/);
      }),
      { numRuns: 200 },
    );
  });

  it('a roster gives each worker the result computeSalary gives', () => {
    fc.assert(
      fc.property(fc.array(workerArb, { maxLength: 20 }), fc.integer({ min: 0, max: 20000 }).map(day), (workers, asOf) => {
        const { rows, summary } = computeSalaries(workers, { asOf });
        let total = 0n;
        rows.forEach((row, i) => {
          const single = (() => {
            try {
              return computeSalary(workers[i], { asOf });
            } catch (e) {
              return e as Error;
            }
          })();
          if (row.ok) {
            expect(single).not.toBeInstanceOf(Error);
            expect(row.total).toBe((single as { total: string }).total);
            expect(row.grade).toBe((single as { grade: number }).grade);
            total += BigInt(row.total.replace('.', ''));
          } else {
            expect((single as { code?: string }).code).toBe(row.error.code);
          }
        });
        expect(BigInt(summary.totalMonthly.replace('.', ''))).toBe(total);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the roster fast reader agrees with the schema', () => {
  // Valid workers with one field replaced by anything: the fast reader may decline, but must never accept what the
  // schema refuses, and must read what it accepts exactly as the schema does.
  const messyArb = fc.oneof(
    workerArb,
    fc.tuple(workerArb, fc.constantFrom('post', 'education', 'serviceStart', 'certificate', 'assessments', 'id', 'name'), fc.anything()).map(([w, k, v]) => ({ ...w, [k]: v })),
    fc.tuple(workerArb, fc.string(), fc.constantFrom(...RESULTS, 'great', '')).map(([w, k, v]) => ({ ...w, assessments: { ...w.assessments, [k]: v } })),
    fc.tuple(workerArb, fc.string({ maxLength: 12 })).map(([w, s]) => ({ ...w, serviceStart: s })),
    fc.anything(),
  );
  it('declines assessment years that are not four digits (found by this property: "200 " was read as 1000)', () => {
    for (const key of ['200 ', ' 200', '20a4', '0999', '2024 ']) {
      const raw = { post: 'principal', education: 'college_or_below', serviceStart: '1980-01-01', assessments: { [key]: 'excellent' } };
      expect(readFast(raw, newFacts())).toBe(false);
      expect(safeParseWorker(raw).success).toBe(false);
    }
  });

  it('holds on valid, broken and random input', () => {
    fc.assert(
      fc.property(messyArb, (raw) => {
        const fast = newFacts();
        const accepted = readFast(raw, fast);
        const parsed = safeParseWorker(raw);
        if (accepted) {
          expect(parsed.success).toBe(true);
          const slow = newFacts();
          fillFacts(parseWorker(raw), slow);
          expect(fast).toEqual(slow);
        }
        if (!parsed.success) expect(accepted).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
