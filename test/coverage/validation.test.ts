import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeCoverage, COVERAGE_INDICATORS, coverageReport, formatRate, getCoverageProfile, parseCoverageRegistry, requiredPartyOrganization, safeParseCoverageRegistry, type CollectionName, type IndicatorId } from '../../src/coverage/index.js';
import { isPolicyError } from '../../src/core/index.js';
import { codeOf, hostTree, T_JIA_JIEDAO, V1 } from './fixtures.js';

const opts = { asOf: '2025-12-31', divisions: hostTree() };

// One valid row per collection, with every optional field set, and the indicator that reads it.
const VALID: Record<CollectionName, [IndicatorId, Record<string, unknown>]> = {
  organizations: [
    'party_coverage',
    { id: 'O1', unit: V1, category: 'non_public_enterprise', employees: 12, formalPartyMembers: 3, fixedSite: true, inBusiness: true, shell: false, provincial: false, instructor: true, liaison: false, tradeUnion: false, youthLeague: false, name: '甲公司' },
  ],
  partyOrganizations: ['party_coverage', { id: 'P1', unit: V1, type: 'branch', formation: 'single', members: ['O1'], established: '2020-01-01', dissolved: '2030-01-01', name: '甲支部' }],
  volunteerTeams: ['volunteer_teams', { id: 'T1', unit: V1, established: '2020-01-01', dissolved: '2030-01-01', lastActivityOn: '2025-05-01', name: '队' }],
  stations: ['social_work_stations', { id: 'S1', unit: T_JIA_JIEDAO, opened: '2020-01-01', closed: '2030-01-01', name: '站' }],
  checklistItems: ['committee_standardization', { id: 'a', name: '项目' }],
  checklistResults: ['committee_standardization', { unit: V1, item: 'a', met: true, assessedOn: '2025-01-01' }],
  associationEvents: ['dual_review', { id: 'E1', association: 'A1', unit: V1, type: 'general_election', electionDate: '2025-02-01', reviewDate: '2025-01-01' }],
  trainingRecords: ['dual_review', { person: 'P1', role: 'party_secretary', association: 'A1', unit: V1, trainedOn: '2025-03-01' }],
  communityWorkers: ['certification_rate', { id: 'W1', unit: V1, certified: true, certificateLevel: 'senior', certifiedOn: '2020-01-01', employedFrom: '2019-01-01', employedUntil: '2030-01-01' }],
};
const NAMES = Object.keys(VALID) as CollectionName[];

const badValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant(-1),
  fc.constant(1.5),
  fc.constant('2023-02-29'),
  fc.constant('factory'),
  fc.constant([]),
  fc.constant({}),
  fc.constant(true),
  fc.constant(['', 3]),
);

/** Issues of the registry checks only (not unit, duplicate or zero-denominator findings). */
function rowIssues(indicator: IndicatorId, data: unknown, validate: 'fast' | 'full'): string[] {
  const r = computeCoverage(indicator, data, { ...opts, validate });
  const list = r.issues
    .filter((i) => !['zero_denominator', 'unknown_code', 'invalid_unit_level', 'missing_checklist', 'unknown_member', 'unknown_item', 'checklist_from_results'].includes(i.code))
    .map((i) => `${i.code}@${i.path.join('.')}`);
  // zod also runs a length check on a value whose type is already wrong (e.g. [] for an id); drop such follow-ups.
  return list.filter((x) => !(x.startsWith('out_of_range@') && list.includes(`invalid_type@${x.slice('out_of_range@'.length)}`))).sort();
}

describe('registry validation', () => {
  it('the valid rows pass the schemas and both validators', () => {
    const registry = Object.fromEntries(NAMES.map((n) => [n, [VALID[n][1]]]));
    expect(parseCoverageRegistry(registry)).toEqual(registry);
    for (const n of NAMES) {
      const [indicator, rec] = VALID[n];
      expect(rowIssues(indicator, { [n]: [rec] }, 'fast')).toEqual([]);
      expect(rowIssues(indicator, { [n]: [rec] }, 'full')).toEqual([]);
    }
  });

  it('the fast validator reports exactly what the zod schemas report, for any corrupted field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.nat(20), badValue, fc.boolean(), (name, k, value, extraKey) => {
        const [indicator, rec] = VALID[name];
        const keys = Object.keys(rec);
        const bad: Record<string, unknown> = { ...rec, [keys[k % keys.length]!]: value };
        if (extraKey) bad.extra = 1;
        const data = { [name]: [rec, bad] };
        expect(rowIssues(indicator, data, 'fast')).toEqual(rowIssues(indicator, data, 'full'));
      }),
      { numRuns: 400 },
    );
  });

  it('a bad row is left out and reported with its path; the good rows still count', () => {
    const r = computeCoverage('social_work_stations', { stations: [{ id: 'S1', unit: T_JIA_JIEDAO, opened: '2023-02-29' }, { id: 'S2', unit: T_JIA_JIEDAO, opened: '2023-01-01' }, 'junk'] }, opts);
    expect(r.numerator).toBe(1);
    expect(r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['invalid_date@stations.0.opened', 'invalid_type@stations.2']);
    expect(r.issues[0]!.zh).toContain('日期');
  });

  it("'trusted' skips row checks but still checks units and duplicates", () => {
    const r = computeCoverage('social_work_stations', { stations: [{ id: 'S1', unit: T_JIA_JIEDAO, opened: '2023-01-01', colour: 'red' }, { id: 'S1', unit: 'nowhere', opened: '2023-01-01' }] }, { ...opts, validate: 'trusted' });
    expect(r.issues.map((i) => i.code)).toEqual(['duplicate']);
    const r2 = computeCoverage('social_work_stations', { stations: [{ id: 'S2', unit: 'nowhere', opened: '2023-01-01' }] }, { ...opts, validate: 'trusted' });
    expect(r2.issues.map((i) => i.code)).toEqual(['unknown_code']);
    // A row of the wrong shape under 'trusted' still ends in a PolicyError, not a TypeError.
    let err: unknown;
    try {
      computeCoverage('social_work_stations', { stations: [null] }, { ...opts, validate: 'trusted' });
    } catch (e) {
      err = e;
    }
    expect(isPolicyError(err) && err.code).toBe('invalid');
  });

  it('parseCoverageRegistry throws every problem at once; safeParse returns it', () => {
    const bad = { stations: [{ id: '', unit: 1, opened: '2023-13-01' }], nope: [] };
    const r = safeParseCoverageRegistry(bad);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => `${i.code}@${i.path.join('.')}`).sort()).toEqual(['invalid_date@stations.0.opened', 'invalid_type@stations.0.unit', 'out_of_range@stations.0.id', 'unrecognized_keys@'].sort());
  });
});

describe('bad options and bad input', () => {
  it('refuse with a PolicyError', () => {
    expect(codeOf(() => computeCoverage('party_coverage', {}, { asOf: '2025-02-30' }))).toBe('invalid_date');
    expect(codeOf(() => computeCoverage('nope' as IndicatorId, {}, { asOf: '2025-01-01' }))).toBe('unknown_enum_value');
    expect(codeOf(() => computeCoverage('party_coverage', [], { asOf: '2025-01-01' }))).toBe('invalid_type');
    expect(codeOf(() => computeCoverage('party_coverage', {}, { asOf: '2025-01-01', validate: 'some' as 'fast' }))).toBe('unknown_enum_value');
    expect(codeOf(() => computeCoverage('party_coverage', {}, { asOf: '2025-01-01', gapLimit: -1 }))).toBe('out_of_range');
    expect(codeOf(() => computeCoverage('dual_review', {}, { asOf: '2025-01-01', period: { from: '2025-01-01', to: 'x' } }))).toBe('invalid_format');
    expect(codeOf(() => computeCoverage('party_coverage', {}, { asOf: '1999-12-31' }))).toBe('not_in_force');
    expect(codeOf(() => computeCoverage('dual_review', {}, { asOf: '2025-01-01', period: null as never }))).toBe('invalid_type');
    expect(codeOf(() => computeCoverage('party_coverage', {}, null as never))).toBe('required');
  });

  it('a collection that is not an array is an issue, not a crash', () => {
    const r = computeCoverage('social_work_stations', { stations: { id: 'S1' } }, opts);
    expect(r.issues.map((i) => i.code)).toContain('invalid_type');
  });

  it('any input gives a result or a PolicyError, never another exception, NaN or a rate above 1', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COVERAGE_INDICATORS.map((i) => i.id)), fc.dictionary(fc.constantFrom(...NAMES, 'x'), fc.array(fc.anything(), { maxLength: 4 })), (id, data) => {
        try {
          const r = computeCoverage(id, data, opts);
          for (const m of r.measures) {
            expect(m.numerator).toBeLessThanOrEqual(m.denominator);
            expect(m.rate === null || (m.rate >= '0.0000' && m.rate <= '1.0000')).toBe(true);
          }
        } catch (e) {
          expect(isPolicyError(e)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('argument checks (fuzz findings)', () => {
  const opts = { asOf: '2025-12-31', divisions: hostTree() };

  it('formatRate refuses counts that are not non-negative whole numbers, a numerator above the denominator and unknown modes', () => {
    // Each returned garbage: "NaN.0NaN", a rate of 1.6667, -1.6665.
    expect(codeOf(() => formatRate(90, undefined as never))).toBe('invalid_type');
    expect(codeOf(() => formatRate(5, 3))).toBe('out_of_range');
    expect(codeOf(() => formatRate(1, -3))).toBe('invalid_type');
    expect(codeOf(() => formatRate(1, 2.5))).toBe('invalid_type');
    expect(codeOf(() => formatRate(1, 3, 'sideways' as never))).toBe('unknown_enum_value');
    expect(formatRate(0, 0)).toEqual({ rate: null, percent: null });
  });

  it('requiredPartyOrganization refuses null options and a profile that is not one (TypeError)', () => {
    expect(codeOf(() => requiredPartyOrganization(2, null as never))).toBe('invalid_type');
    expect(codeOf(() => requiredPartyOrganization(2, { profile: {} as never }))).toBe('invalid_type');
  });

  it('computeCoverage and coverageReport refuse a tree, profile, period or indicator list that is not one', () => {
    expect(codeOf(() => computeCoverage('social_work_stations', {}, { ...opts, divisions: {} as never }))).toBe('invalid_type');
    expect(codeOf(() => computeCoverage('social_work_stations', {}, { ...opts, profile: 5 as never }))).toBe('invalid_type');
    expect(codeOf(() => computeCoverage('dual_review', {}, { ...opts, period: { from: '2025-06-01', to: '2025-01-01' } }))).toBe('out_of_range');
    expect(codeOf(() => coverageReport({}, { ...opts, indicators: 'dual_review' as never }))).toBe('invalid_type');
    expect(codeOf(() => coverageReport({}, { ...opts, indicators: ['dual_review', 'dual_review'] }))).toBe('invalid_type');
  });

  it('parseCoverageRegistry: a million bad rows is one too_many_issues error (the stack overflowed), the safe twin never throws', () => {
    expect(codeOf(() => parseCoverageRegistry({ stations: new Array(1e6).fill(0) }))).toBe('too_many_issues');
    let deep: unknown = { leaf: 1 };
    for (let i = 0; i < 20_000; i++) deep = { a: deep };
    const r = safeParseCoverageRegistry({ stations: [{ id: 's1', unit: T_JIA_JIEDAO, opened: '2023-05-01', note: deep }] });
    expect(r.success ? 'ok' : r.error.code).toBe('too_deep');
  });

  it('an unknown indicator or profile id is quoted masked when it looks like a resident ID', () => {
    for (const f of [() => computeCoverage('11010519491231002X' as never, {}, opts), () => getCoverageProfile('11010519491231002X')]) {
      try {
        f();
      } catch (e) {
        expect(isPolicyError(e) && JSON.stringify((e as { issues: unknown }).issues)).not.toContain('11010519491231002X');
      }
    }
    expect(codeOf(() => getCoverageProfile(deepArray() as never))).toBe('unknown_code');
  });
});

function deepArray(): unknown {
  let v: unknown = [1];
  for (let i = 0; i < 1e5; i++) v = [v];
  return v;
}

describe('second fuzz run (random seed 1602465820)', () => {
  const opts = { asOf: '2025-12-31', divisions: hostTree() };

  it('an indicator that is not a string is refused before any lookup (a deep array overflowed the stack)', () => {
    expect(codeOf(() => computeCoverage(deepArray() as never, {}, opts))).toBe('unknown_enum_value');
    expect(codeOf(() => computeCoverage(Object.create(null) as never, {}, opts))).toBe('unknown_enum_value');
  });

  it('issues quote record ids masked when they look like resident IDs', () => {
    const r = computeCoverage('certification_rate', { communityWorkers: [{ id: '11010519491231002X', unit: V1, certified: true }, { id: '11010519491231002X', unit: V1, certified: true }] }, opts);
    expect(r.issues.length).toBeGreaterThan(0);
    expect(JSON.stringify(r.issues)).not.toContain('11010519491231002X');
  });
});
