import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeCoverage, type CoverageRegistry, type CoverageResult, type IndicatorId, type RollupRow } from '../../src/coverage/index.js';
import { hostTree, HOST_TREE_JSON } from './fixtures.js';

const tree = hostTree();
const opts = { asOf: '2025-12-31', divisions: tree };
const villages = HOST_TREE_JSON.villages.map((v) => v.code);
const townships = HOST_TREE_JSON.townships.map((t) => t.code);
const units = [...villages, ...townships];
const date = fc.constantFrom('2019-01-01', '2024-06-30', '2025-03-01', '2025-12-31', '2026-02-01');
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const org = fc.record(
  {
    id: fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `O${i}`)),
    unit: fc.constantFrom(...units),
    category: fc.constantFrom('mixed_ownership_enterprise', 'non_public_enterprise', 'new_economic_organization', 'new_social_organization'),
    employees: fc.nat(60),
    formalPartyMembers: fc.nat(8),
    fixedSite: fc.boolean(),
    inBusiness: fc.boolean(),
    shell: fc.boolean(),
    instructor: fc.boolean(),
    liaison: fc.boolean(),
  },
  { requiredKeys: ['id', 'unit', 'category', 'employees', 'formalPartyMembers'] },
);
const po = fc.record({
  id: fc.string({ minLength: 1, maxLength: 3 }),
  unit: fc.constantFrom(...units),
  type: fc.constant('branch' as const),
  formation: fc.constantFrom('single' as const, 'joint' as const),
  members: fc.array(fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `O${i}`)), { minLength: 1, maxLength: 3 }),
  established: date,
});
const registry: fc.Arbitrary<CoverageRegistry> = fc.record({
  organizations: fc.array(org, { maxLength: 25 }),
  partyOrganizations: fc.array(po, { maxLength: 8 }),
  volunteerTeams: fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), unit: fc.constantFrom(...units), established: date, lastActivityOn: maybe(date) }).map(strip), { maxLength: 10 }),
  stations: fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), unit: fc.constantFrom(...units), opened: date, closed: maybe(date) }).map(strip), { maxLength: 10 }),
  associationEvents: fc.array(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      association: fc.constantFrom('A1', 'A2', 'A3'),
      unit: fc.constantFrom(...units, '990100', '990101'),
      type: fc.constant('general_election' as const),
      electionDate: date,
      reviewDate: maybe(date),
    }).map(strip),
    { maxLength: 8 },
  ),
  communityWorkers: fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), unit: fc.constantFrom(...units), certified: fc.boolean(), certifiedOn: maybe(date) }).map(strip), { maxLength: 12 }),
});

function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const INDICATORS: IndicatorId[] = ['party_coverage', 'dual_review', 'volunteer_teams', 'social_work_stations', 'certification_rate'];

function checkRows(r: CoverageResult): void {
  for (const m of r.measures) {
    const all = [...m.rollup.city, ...m.rollup.county, ...m.rollup.township, ...m.rollup.village];
    const byCode = new Map<string, RollupRow>(all.map((x) => [x.code, x]));
    for (const x of all) {
      expect(x.numerator).toBeGreaterThanOrEqual(0);
      expect(x.numerator).toBeLessThanOrEqual(x.denominator);
      expect(x.rate === null).toBe(x.denominator === 0);
      if (x.rate !== null) expect(x.rate >= '0.0000' && x.rate <= '1.0000').toBe(true);
      // A unit's figures are exactly the sum of its children's plus what is attached to it directly.
      const kids = tree.children(x.code).map((c) => byCode.get(c.code)).filter((k): k is RollupRow => k !== undefined);
      if (kids.length > 0) {
        expect(kids.reduce((a, k) => a + k.numerator, 0) + (x.direct?.numerator ?? 0)).toBe(x.numerator);
        expect(kids.reduce((a, k) => a + k.denominator, 0) + (x.direct?.denominator ?? 0)).toBe(x.denominator);
      }
    }
    expect(m.numerator).toBe(m.rollup.city[0]!.numerator);
  }
}

/** a/b >= c/d for non-negative counts, with 0/0 treated as "no rate" (skipped). */
const notLower = (after: { numerator: number; denominator: number }, before: { numerator: number; denominator: number }) =>
  before.denominator === 0 || after.numerator * before.denominator >= before.numerator * after.denominator;

describe('properties over random registries (host tree)', () => {
  it('0 <= numerator <= denominator, rate in [0, 1] or null, and every roll-up sums exactly', () => {
    fc.assert(
      fc.property(registry, fc.constantFrom(...INDICATORS), (data, id) => {
        checkRows(computeCoverage(id, data, opts));
      }),
      { numRuns: 300 },
    );
  });

  it('every unit or record in a denominator and not in the numerator is in the gap list, exactly once', () => {
    fc.assert(
      fc.property(registry, fc.constantFrom(...INDICATORS), (data, id) => {
        const r = computeCoverage(id, data, opts);
        for (const m of r.measures) {
          if (m.id === 'single') continue; // a sub-rate of 'organization': its misses are not listed separately
          const gaps = r.gaps.filter((g) => g.measure === m.id);
          expect(new Set(gaps.map((g) => `${g.unit}|${g.record ?? ''}`)).size).toBe(gaps.length);
          expect(gaps.length).toBe(m.denominator - m.numerator);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('adding a covered unit never lowers a rate, at any level', () => {
    fc.assert(
      fc.property(registry, fc.constantFrom(...villages), fc.constantFrom(...townships), (data, village, township) => {
        const cases: [IndicatorId, CoverageRegistry][] = [
          [
            'party_coverage',
            {
              ...data,
              organizations: [...data.organizations!, { id: 'NEW', unit: village, category: 'non_public_enterprise', employees: 50, formalPartyMembers: 3, fixedSite: true, inBusiness: true }],
              partyOrganizations: [...data.partyOrganizations!, { id: 'PNEW', unit: village, type: 'branch', formation: 'single', members: ['NEW'], established: '2020-01-01' }],
            },
          ],
          ['social_work_stations', { ...data, stations: [...data.stations!, { id: 'SNEW', unit: township, opened: '2020-01-01' }, { id: 'RNEW', unit: village, opened: '2020-01-01' }] }],
          ['volunteer_teams', { ...data, volunteerTeams: [...data.volunteerTeams!, { id: 'TNEW', unit: township, established: '2020-01-01', lastActivityOn: '2025-12-01' }] }],
          ['certification_rate', { ...data, communityWorkers: [...data.communityWorkers!, { id: 'WNEW', unit: village, certified: true }] }],
        ];
        for (const [id, more] of cases) {
          const before = computeCoverage(id, data, opts);
          const after = computeCoverage(id, more, opts);
          before.measures.forEach((m, k) => {
            const a = after.measures[k]!;
            expect(notLower(a, m)).toBe(true);
            for (const level of ['city', 'county', 'township', 'village'] as const) {
              m.rollup[level].forEach((row, j) => {
                const arow = a.rollup[level][j]!;
                expect(notLower(arow, row)).toBe(true);
                if (row.rate !== null && arow.rate !== null) expect(arow.rate >= row.rate).toBe(true);
              });
            }
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of the rows (apart from which duplicate counts)', () => {
    fc.assert(
      fc.property(registry, (data) => {
        const unique = <T extends { id: string }>(rows: readonly T[]) => rows.filter((r, i) => rows.findIndex((x) => x.id === r.id) === i);
        const d = { ...data, organizations: unique(data.organizations!), stations: unique(data.stations!) };
        const reversed = { ...d, organizations: [...d.organizations].reverse(), stations: [...d.stations].reverse() };
        for (const id of ['party_coverage', 'social_work_stations'] as const) {
          const a = computeCoverage(id, d, opts);
          const b = computeCoverage(id, reversed, opts);
          expect(b.measures.map((m) => [m.numerator, m.denominator])).toEqual(a.measures.map((m) => [m.numerator, m.denominator]));
        }
      }),
      { numRuns: 100 },
    );
  });
});
