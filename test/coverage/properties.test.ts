import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeCoverage, type CoverageResult, type IndicatorId, type RollupRow } from '../../src/coverage/index.js';
import { hostTree, HOST_TREE_JSON } from './fixtures.js';

const tree = hostTree();
const opts = { asOf: '2025-12-31', divisions: tree };
const villages = HOST_TREE_JSON.villages.map((v) => v.code);
const townships = HOST_TREE_JSON.townships.map((t) => t.code);
const units = [...villages, ...townships];
const date: fc.Arbitrary<string> = fc.constantFrom(
  '2019-01-01',
  '2024-06-30',
  '2025-03-01',
  '2025-12-31',
  '2026-02-01',
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const ORG_IDS = Array.from({ length: 30 }, (_, i) => `O${i}`);
const org = fc.record(
  {
    id: fc.constantFrom(...ORG_IDS),
    divisionCode: fc.constantFrom(...units),
    kind: fc.constantFrom(
      'mixed_ownership_enterprise',
      'non_public_enterprise',
      'new_economic_organization',
      'new_social_organization',
      'industry_association',
    ),
    employeeCount: fc.nat(60),
    formalPartyMembers: fc.nat(8),
    fixedSite: fc.boolean(),
    inBusiness: fc.boolean(),
    shell: fc.boolean(),
    provincial: fc.boolean(),
    partyInstructorIds: fc.constantFrom([], ['I']),
    partyLiaisonIds: fc.constantFrom([], ['L']),
  },
  { requiredKeys: ['id', 'divisionCode', 'kind'] },
);
const po = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    level: fc.constant('branch' as const),
    formation: fc.constantFrom('standalone' as const, 'joint' as const),
    coveredUnitIds: fc.uniqueArray(fc.constantFrom(...ORG_IDS), { minLength: 1, maxLength: 7 }),
    establishedOn: date,
    dissolvedOn: maybe(date),
  })
  .map(strip);
const registry = fc.record({
  organizations: fc.array(org, { maxLength: 25 }),
  partyOrganizations: fc.array(po, { maxLength: 8 }),
  volunteerTeams: fc.array(
    fc
      .record({
        id: fc.string({ minLength: 1, maxLength: 3 }),
        scope: fc.constant('community'),
        divisionCode: fc.constantFrom(...villages),
        establishedOn: maybe(date),
        dissolvedOn: maybe(date),
      })
      .map(strip),
    { maxLength: 10 },
  ),
  socialWorkStations: fc.array(
    fc
      .record({
        id: fc.string({ minLength: 1, maxLength: 3 }),
        divisionCode: fc.constantFrom(...townships),
        establishedOn: maybe(date),
        dissolvedOn: maybe(date),
      })
      .map(strip),
    { maxLength: 10 },
  ),
  socialWorkRooms: fc.array(
    fc
      .record({
        id: fc.string({ minLength: 1, maxLength: 3 }),
        divisionCode: fc.constantFrom(...villages),
        establishedOn: maybe(date),
      })
      .map(strip),
    { maxLength: 10 },
  ),
  associationEvents: fc.array(
    fc
      .record({
        id: fc.string({ minLength: 1, maxLength: 3 }),
        associationId: fc.constantFrom('A1', 'A2', 'A3'),
        divisionCode: fc.constantFrom(...units, '329100', '329101'),
        kind: fc.constant('general_election' as const),
        electionDate: date,
        reviewDate: maybe(date),
      })
      .map(strip),
    { maxLength: 8 },
  ),
  communityWorkers: fc.array(
    fc
      .record({
        id: fc.string({ minLength: 1, maxLength: 3 }),
        divisionCode: fc.constantFrom(...units),
        certificate: maybe(fc.record({ level: fc.constant('assistant'), obtained: maybe(date) }).map(strip)),
      })
      .map(strip),
    { maxLength: 12 },
  ),
});

function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const INDICATORS: IndicatorId[] = [
  'party_coverage',
  'dual_review',
  'volunteer_teams',
  'social_work_stations',
  'certification_rate',
];

function checkRows(r: CoverageResult): void {
  // Every row read is counted, left out of scope, undetermined or refused.
  for (const c of Object.values(r.records)) expect(c.counted + c.outOfScope + c.undetermined + c.errors).toBe(c.read);
  for (const m of r.measures) {
    const all = [...m.rollup.city, ...m.rollup.county, ...m.rollup.township, ...m.rollup.village];
    const byCode = new Map<string, RollupRow>(all.map((x) => [x.code, x]));
    for (const x of all) {
      expect(x.numerator).toBeGreaterThanOrEqual(0);
      expect(x.numerator).toBeLessThanOrEqual(x.denominator);
      expect(x.rate === null).toBe(x.denominator === 0);
      if (x.rate !== null) expect(x.rate >= '0.0000' && x.rate <= '1.0000').toBe(true);
      // A partial rate never reads as none or all.
      if (x.numerator > 0 && x.numerator < x.denominator) expect(x.rate! > '0.0000' && x.rate! < '1.0000').toBe(true);
      // A unit's figures are exactly the sum of its children's plus what is attached to it directly.
      const kids = tree
        .children(x.code)
        .map((c) => byCode.get(c.code))
        .filter((k): k is RollupRow => k !== undefined);
      if (kids.length > 0) {
        expect(kids.reduce((a, k) => a + k.numerator, 0) + (x.direct?.numerator ?? 0)).toBe(x.numerator);
        expect(kids.reduce((a, k) => a + k.denominator, 0) + (x.direct?.denominator ?? 0)).toBe(x.denominator);
        expect(kids.reduce((a, k) => a + k.undetermined, 0) + (x.direct?.undetermined ?? 0)).toBe(x.undetermined);
      }
    }
    expect(m.numerator).toBe(m.rollup.city[0]!.numerator);
  }
}

/** a/b >= c/d for non-negative counts, with 0/0 treated as "no rate" (skipped). */
const notLower = (
  after: { numerator: number; denominator: number },
  before: { numerator: number; denominator: number },
) => before.denominator === 0 || after.numerator * before.denominator >= before.numerator * after.denominator;

describe('properties over random registries (host tree)', () => {
  it('0 <= numerator <= denominator, rate in [0, 1] or null, and every roll-up sums exactly', () => {
    fc.assert(
      fc.property(registry, fc.constantFrom(...INDICATORS), (data, id) => {
        checkRows(computeCoverage(id, data, opts));
      }),
      { numRuns: 300 },
    );
  });

  it('every member of a denominator not in the numerator is a gap of its measure, exactly once; the headline gap count is the headline measure’s', () => {
    fc.assert(
      fc.property(registry, fc.constantFrom(...INDICATORS), (data, id) => {
        const r = computeCoverage(id, data, opts);
        for (const m of r.measures) {
          expect(new Set(m.gaps.map((g) => `${g.unit}|${g.record ?? ''}`)).size).toBe(m.gaps.length);
          expect(m.gaps.length).toBe(m.denominator - m.numerator);
          expect(m.gapCount).toBe(m.gaps.length);
          expect(m.unclassified.length).toBe(m.undetermined);
        }
        const head = r.measures.find((m) => m.id === r.measure);
        if (head !== undefined)
          expect([r.gapCount, r.numerator, r.denominator, r.undetermined]).toEqual([
            head.gapCount,
            head.numerator,
            head.denominator,
            head.undetermined,
          ]);
        // Undetermined members name what is missing, and the result says so.
        if (r.measures.some((m) => m.undetermined > 0)) expect(r.outcome).toBe('undetermined');
      }),
      { numRuns: 200 },
    );
  });

  it('adding a covered unit never lowers a rate, at any level', () => {
    fc.assert(
      fc.property(registry, fc.constantFrom(...villages), fc.constantFrom(...townships), (data, village, township) => {
        const cases: [IndicatorId, Record<string, unknown>][] = [
          [
            'party_coverage',
            {
              ...data,
              organizations: [
                ...data.organizations,
                {
                  id: 'NEW',
                  divisionCode: village,
                  kind: 'non_public_enterprise',
                  employeeCount: 50,
                  formalPartyMembers: 3,
                  fixedSite: true,
                  inBusiness: true,
                },
              ],
              partyOrganizations: [
                ...data.partyOrganizations,
                {
                  id: 'PNEW',
                  level: 'branch',
                  formation: 'standalone',
                  coveredUnitIds: ['NEW'],
                  establishedOn: '2020-01-01',
                },
              ],
            },
          ],
          [
            'social_work_stations',
            {
              ...data,
              socialWorkStations: [
                ...data.socialWorkStations,
                { id: 'SNEW', divisionCode: township, establishedOn: '2020-01-01' },
              ],
              socialWorkRooms: [
                ...data.socialWorkRooms,
                { id: 'RNEW', divisionCode: village, establishedOn: '2020-01-01' },
              ],
            },
          ],
          [
            'volunteer_teams',
            {
              ...data,
              volunteerTeams: [
                ...data.volunteerTeams,
                { id: 'TNEW', scope: 'community', divisionCode: village, establishedOn: '2020-01-01' },
              ],
            },
          ],
          [
            'certification_rate',
            {
              ...data,
              communityWorkers: [
                ...data.communityWorkers,
                { id: 'WNEW', divisionCode: village, certificate: { level: 'assistant', obtained: '2020-01-01' } },
              ],
            },
          ],
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
        const unique = <T extends { id: string }>(rows: readonly T[]) =>
          rows.filter((r, i) => rows.findIndex((x) => x.id === r.id) === i);
        const d = {
          ...data,
          organizations: unique(data.organizations),
          socialWorkStations: unique(data.socialWorkStations),
        };
        const reversed = {
          ...d,
          organizations: [...d.organizations].reverse(),
          socialWorkStations: [...d.socialWorkStations].reverse(),
        };
        for (const id of ['party_coverage', 'social_work_stations'] as const) {
          const a = computeCoverage(id, d, opts);
          const b = computeCoverage(id, reversed, opts);
          expect(b.measures.map((m) => [m.numerator, m.denominator])).toEqual(
            a.measures.map((m) => [m.numerator, m.denominator]),
          );
        }
      }),
      { numRuns: 100 },
    );
  });
});
