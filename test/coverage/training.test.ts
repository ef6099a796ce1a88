// 双培 training coverage: the one implementation (moved from /associations, whose assertions still hold here, on the
// `trainee` entity), used on its own and by the dual_review indicator.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, explain } from '../../src/core/index.js';
import { computeCoverage, trainingCoverage } from '../../src/coverage/index.js';
import { parseTrainee } from '../../src/entities/index.js';
import { codeOf } from './fixtures.js';

const YEAR = { asOf: '2025-12-31', period: { from: '2025-01-01', to: '2025-12-31' } };

describe('trainingCoverage (双培)', () => {
  it('counts people trained at least once in the period, per role and overall', () => {
    const c = trainingCoverage(
      [
        { personId: 'p1', role: 'party_secretary', associationId: 'A1', trainedOn: ['2025-04-02'] },
        { personId: 'p2', role: 'party_secretary', associationId: 'A2', trainedOn: [] },
        { personId: 'p3', role: 'party_instructor', trainedOn: ['2024-12-31', '2026-01-01'] },
      ],
      YEAR,
    );
    expect(c).toMatchObject({
      kind: 'training_coverage',
      outcome: 'computed',
      numerator: 1,
      denominator: 3,
      rate: '0.3333',
      percent: '33.33%',
    });
    expect(c.byRole.party_secretary).toEqual({ numerator: 1, denominator: 2, rate: '0.5000', percent: '50.00%' });
    expect(c.byRole.party_instructor).toEqual({ numerator: 0, denominator: 1, rate: '0.0000', percent: '0.00%' });
    expect(c.untrained).toEqual([
      { personId: 'p2', role: 'party_secretary', associationId: 'A2' },
      { personId: 'p3', role: 'party_instructor' },
    ]);
    expect(c.records).toEqual({ read: 3, counted: 3, outOfScope: 0, undetermined: 0, errors: 0 });
  });

  it('includes both ends of the period; the default period is the year to date', () => {
    const on = (d: string) =>
      trainingCoverage([{ personId: 'p', role: 'party_secretary', trainedOn: [d] }], YEAR).numerator;
    expect(on('2025-01-01')).toBe(1);
    expect(on('2025-12-31')).toBe(1);
    expect(on('2024-12-31')).toBe(0);
    expect(on('2026-01-01')).toBe(0);
    expect(
      trainingCoverage([{ personId: 'p', role: 'party_secretary', trainedOn: ['2025-03-01'] }], { asOf: '2025-02-28' })
        .numerator,
    ).toBe(0);
    expect(trainingCoverage([], { asOf: '2025-06-30' }).period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
  });

  it('one record per person and role: a second is a row-level error (not merged silently); each role counts separately', () => {
    const c = trainingCoverage(
      [
        { personId: 'p1', role: 'party_secretary', trainedOn: [] },
        { personId: 'p1', role: 'party_secretary', trainedOn: ['2025-06-01'] },
        { personId: 'p1', role: 'party_instructor', trainedOn: [] },
      ],
      YEAR,
    );
    expect(c.denominator).toBe(2);
    expect(c.errors.map((e) => [e.index, e.error.code])).toEqual([[1, 'duplicate_row']]);
    expect(c.records).toEqual({ read: 3, counted: 2, outOfScope: 0, undetermined: 0, errors: 1 });
  });

  it('filters roles (the rest is out of scope), rounds with the one rate function, and has no rate with nobody to train', () => {
    const recs = [
      { personId: 'a', role: 'party_secretary', trainedOn: ['2025-01-02'] },
      { personId: 'b', role: 'party_secretary', trainedOn: ['2025-01-02'] },
      { personId: 'c', role: 'party_secretary', trainedOn: [] },
      { personId: 'd', role: 'party_instructor', trainedOn: [] },
    ];
    expect(trainingCoverage(recs, YEAR).rate).toBe('0.5000');
    const secretaries = trainingCoverage(recs, { ...YEAR, roles: ['party_secretary'] });
    expect(secretaries.rate).toBe('0.6667');
    expect(secretaries.byRole).not.toHaveProperty('party_instructor');
    expect(secretaries.records.outOfScope).toBe(1);
    expect(trainingCoverage([], YEAR)).toMatchObject({ numerator: 0, denominator: 0, rate: null, percent: null });
  });

  it('masks person keys that are resident IDs', () => {
    const c = trainingCoverage([{ personId: '11010519491231002X', role: 'party_secretary', trainedOn: [] }], YEAR);
    expect(c.untrained[0]!.personId).toBe('110105********002X');
  });

  it('a bad record is a row-level error; bad options are refused with a PolicyError', () => {
    const c = trainingCoverage(
      [
        { personId: 'p', role: 'secretary', trainedOn: [] },
        { personId: 'q', role: 'party_secretary', trainedOn: ['2025-02-30'] },
        { personId: 'r', role: 'party_secretary', trainedOn: ['2025-02-28'] },
      ],
      YEAR,
    );
    expect(c.errors.map((e) => e.error.code)).toEqual(['unknown_enum_value', 'invalid_date']);
    expect(c.numerator).toBe(1);
    expect(
      codeOf(() => trainingCoverage([], { asOf: '2025-12-31', period: { from: '2025-12-31', to: '2025-01-01' } })),
    ).toBe('period_order');
    expect(codeOf(() => trainingCoverage([], { asOf: '2025-12-31', period: { from: '2025-01-01' } } as never))).toBe(
      'required',
    );
    expect(codeOf(() => trainingCoverage([], { ...YEAR, roles: ['boss'] } as never))).toBe('unknown_enum_value');
    expect(codeOf(() => trainingCoverage([], { ...YEAR, decimals: 2 } as never))).toBe('unknown_option');
    expect(codeOf(() => trainingCoverage('x', YEAR))).toBe('invalid_type');
  });

  it('explains itself in one language', () => {
    const c = trainingCoverage([{ personId: 'p1', role: 'party_secretary', trainedOn: ['2025-04-02'] }], YEAR);
    const zh = explain(c);
    expect(zh).toContain('双培培训覆盖率 100.00%（1/1）');
    expect(zh).toContain(
      '培训覆盖率 = 2025-01-01 至 2025-12-31 期间至少参加一次培训的党组织书记、党建工作指导员人数 ÷ 名册人数',
    );
    expect(explain(c, { lang: 'en' })).toContain('Training coverage 100.00% (1/1)');
  });

  it('a trainee parsed by /entities passes as it is', () => {
    const t = parseTrainee({ personId: 'p1', role: '党组织书记', associationId: 'A7', trainedOn: ['2025-04-12'] });
    expect(trainingCoverage([t], YEAR).numerator).toBe(1);
  });

  it('is the training measure of dual_review (the same counts)', () => {
    const trainees = [
      { personId: 'a', role: 'party_secretary', trainedOn: ['2025-05-01'] },
      { personId: 'b', role: 'party_instructor', trainedOn: [] },
      { personId: 'c', role: 'party_secretary', trainedOn: ['2024-05-01'] },
    ];
    const alone = trainingCoverage(trainees, YEAR);
    const measure = computeCoverage('dual_review', { trainees }, YEAR).measures.find((m) => m.id === 'training')!;
    expect([measure.numerator, measure.denominator, measure.rate]).toEqual([
      alone.numerator,
      alone.denominator,
      alone.rate,
    ]);
    expect(measure.gaps.map((g) => g.record)).toEqual(alone.untrained.map((u) => u.personId));
  });

  it('property: numerator ≤ denominator, untrained = denominator − numerator, and the roles add up to the total', () => {
    const record = fc.record({
      personId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      role: fc.constantFrom('party_secretary' as const, 'party_instructor' as const),
      trainedOn: fc.array(
        fc.integer({ min: 0, max: 800 }).map((n) => addDays('2024-07-01', n)),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), (records) => {
        const c = trainingCoverage(records, YEAR);
        const ps = c.byRole.party_secretary!;
        const pi = c.byRole.party_instructor!;
        expect(c.numerator).toBeLessThanOrEqual(c.denominator);
        expect(c.untrained.length).toBe(c.denominator - c.numerator);
        expect(ps.numerator + pi.numerator).toBe(c.numerator);
        expect(ps.denominator + pi.denominator).toBe(c.denominator);
        expect(c.records.read).toBe(c.records.counted + c.records.outOfScope + c.records.errors);
      }),
    );
  });
});
