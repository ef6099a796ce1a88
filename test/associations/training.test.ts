import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../src/core/index.js';
import { trainingCoverage, type TraineeRecord } from '../../src/associations/index.js';
import { errorCode } from './fixtures.js';

const YEAR = { period: { from: '2025-01-01', to: '2025-12-31' } };

describe('trainingCoverage (双培)', () => {
  it('counts people trained at least once in the period, per role and overall', () => {
    const c = trainingCoverage(
      [
        { personId: 'p1', role: 'party_secretary', association: 'A1', trainings: ['2025-04-02'] },
        { personId: 'p2', role: 'party_secretary', association: 'A2', trainings: [] },
        { personId: 'p3', role: 'party_instructor', trainings: ['2024-12-31', '2026-01-01'] },
      ],
      YEAR,
    );
    expect(c).toMatchObject({ numerator: 1, denominator: 3, rate: '0.3333' });
    expect(c.byRole.party_secretary).toEqual({ numerator: 1, denominator: 2, rate: '0.5000' });
    expect(c.byRole.party_instructor).toEqual({ numerator: 0, denominator: 1, rate: '0.0000' });
    expect(c.untrained).toEqual([
      { personId: 'p2', role: 'party_secretary', association: 'A2' },
      { personId: 'p3', role: 'party_instructor' },
    ]);
  });

  it('includes both ends of the period', () => {
    const on = (d: string) => trainingCoverage([{ personId: 'p', role: 'party_secretary', trainings: [d] }], YEAR).numerator;
    expect(on('2025-01-01')).toBe(1);
    expect(on('2025-12-31')).toBe(1);
    expect(on('2024-12-31')).toBe(0);
    expect(on('2026-01-01')).toBe(0);
  });

  it('merges records of the same person and role, but counts each role separately', () => {
    const c = trainingCoverage(
      [
        { personId: 'p1', role: 'party_secretary', trainings: [] },
        { personId: 'p1', role: 'party_secretary', trainings: ['2025-06-01'] },
        { personId: 'p1', role: 'party_instructor', trainings: [] },
      ],
      YEAR,
    );
    expect(c.byRole.party_secretary).toEqual({ numerator: 1, denominator: 1, rate: '1.0000' });
    expect(c.denominator).toBe(2);
  });

  it('filters roles, rounds half-up to the requested places, and has no rate with nobody to train', () => {
    const recs: TraineeRecord[] = [
      { personId: 'a', role: 'party_secretary', trainings: ['2025-01-02'] },
      { personId: 'b', role: 'party_secretary', trainings: ['2025-01-02'] },
      { personId: 'c', role: 'party_secretary', trainings: [] },
      { personId: 'd', role: 'party_instructor', trainings: [] },
    ];
    expect(trainingCoverage(recs, { ...YEAR, decimals: 2 }).rate).toBe('0.50');
    expect(trainingCoverage(recs, { ...YEAR, roles: ['party_secretary'], decimals: 2 }).rate).toBe('0.67');
    expect(trainingCoverage(recs, { ...YEAR, roles: ['party_secretary'], decimals: 0 }).rate).toBe('1');
    expect(trainingCoverage(recs, { ...YEAR, roles: ['party_secretary'] }).byRole).not.toHaveProperty('party_instructor');
    expect(trainingCoverage([], YEAR)).toMatchObject({ numerator: 0, denominator: 0, rate: null });
  });

  it('masks person keys that are resident IDs', () => {
    const c = trainingCoverage([{ personId: '32080219560520123X', role: 'party_secretary', trainings: [] }], YEAR);
    expect(c.untrained[0]!.personId).toBe('320802********123X');
  });

  it('refuses bad input', () => {
    expect(errorCode(() => trainingCoverage([{ personId: 'p', role: 'secretary', trainings: [] }] as never, YEAR))).toBe('unknown_enum_value');
    expect(errorCode(() => trainingCoverage([{ personId: 'p', role: 'party_secretary', trainings: ['2025-02-30'] }], YEAR))).toBe('invalid_date');
    expect(errorCode(() => trainingCoverage([], { period: { from: '2025-12-31', to: '2025-01-01' } }))).toBe('out_of_range');
    expect(errorCode(() => trainingCoverage([], { ...YEAR, decimals: 1.5 }))).toBe('invalid_type');
    expect(errorCode(() => trainingCoverage([], { period: { from: '2025-01-01' } } as never))).toBe('required');
  });

  it('property: numerator ≤ denominator, untrained = denominator − numerator, and the sum over roles is the total', () => {
    const record = fc.record({
      personId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      role: fc.constantFrom('party_secretary' as const, 'party_instructor' as const),
      trainings: fc.array(fc.integer({ min: 0, max: 800 }).map((n) => addDays('2024-07-01', n)), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), (records) => {
        const c = trainingCoverage(records, YEAR);
        const ps = c.byRole.party_secretary!;
        const pi = c.byRole.party_instructor!;
        return c.numerator <= c.denominator && c.untrained.length === c.denominator - c.numerator && ps.numerator + pi.numerator === c.numerator && ps.denominator + pi.denominator === c.denominator;
      }),
    );
  });
});
