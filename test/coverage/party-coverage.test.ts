import { describe, expect, it } from 'vitest';
import { computeCoverage, huaianCoverageProfile, type CoverageRegistry } from '../../src/coverage/index.js';
import { formatExplanation, withOverrides } from '../../src/core/index.js';
import { C_JIA, C_YI, hostTree, row, T_JIA_JIEDAO, T_JIA_ZHEN, T_YI_KAIFA, T_YI_ZHEN, V1, V2, V3, V4, V5, V6 } from './fixtures.js';

const ent = { category: 'non_public_enterprise' as const, fixedSite: true, inBusiness: true };

// Hand-built registry; comments give the expected classification (asOf 2025-12-31).
const registry: CoverageRegistry = {
  organizations: [
    { id: 'O1', unit: V1, ...ent, employees: 20, formalPartyMembers: 5 }, // single (P1)
    { id: 'O2', unit: V1, ...ent, employees: 15, formalPartyMembers: 3 }, // joint (P2, also P6) → 应建未建 (joint)
    { id: 'O3', unit: V2, ...ent, category: 'mixed_ownership_enterprise', employees: 12, formalPartyMembers: 0 }, // joint (P2)
    { id: 'O4', unit: V2, ...ent, category: 'new_economic_organization', employees: 50, formalPartyMembers: 4, instructor: true }, // work only → 应建未建 (none)
    { id: 'O5', unit: V3, ...ent, employees: 9, formalPartyMembers: 0 }, // out: employees
    { id: 'O6', unit: V3, ...ent, employees: 30, formalPartyMembers: 0, fixedSite: false }, // out: fixed site
    { id: 'O7', unit: V3, category: 'non_public_enterprise', fixedSite: true, employees: 30, formalPartyMembers: 0 }, // out: business not established
    { id: 'O8', unit: V4, category: 'new_social_organization', employees: 29, formalPartyMembers: 0 }, // out: staff
    { id: 'O9', unit: V4, category: 'new_social_organization', employees: 10, provincial: true, formalPartyMembers: 1, liaison: true }, // work only
    { id: 'O10', unit: V5, category: 'new_social_organization', employees: 40, shell: true, formalPartyMembers: 0 }, // out: shell
    { id: 'O11', unit: V5, ...ent, employees: 100, formalPartyMembers: 3, tradeUnion: true }, // P3 dissolved → none; 应建未建
    { id: 'O12', unit: T_YI_ZHEN, ...ent, employees: 10, formalPartyMembers: 1 }, // attached to the 镇 itself; P4 not yet set up
    { id: 'O13', unit: V6, ...ent, employees: 10, formalPartyMembers: 0, youthLeague: true }, // nothing
    { id: 'O14', unit: '990103001001', ...ent, employees: 10, formalPartyMembers: 0 }, // unknown unit
    { id: 'O15', unit: C_JIA, ...ent, employees: 10, formalPartyMembers: 0 }, // county level: not allowed
    { id: 'O1', unit: V1, ...ent, employees: 20, formalPartyMembers: 5 }, // duplicate row
    { id: 'BAD', unit: V1, category: 'factory', employees: -1, formalPartyMembers: 0 } as never, // bad row
  ],
  partyOrganizations: [
    { id: 'P1', unit: V1, type: 'branch', formation: 'single', members: ['O1'], established: '2019-07-01' },
    { id: 'P2', unit: V1, type: 'branch', formation: 'joint', members: ['O2', 'O3'], established: '2021-03-01' },
    { id: 'P3', unit: V5, type: 'branch', formation: 'single', members: ['O11'], established: '2018-01-01', dissolved: '2025-06-30' },
    { id: 'P4', unit: T_YI_ZHEN, type: 'branch', formation: 'single', members: ['O12'], established: '2026-01-05' },
    { id: 'P6', unit: V1, type: 'branch', formation: 'joint', members: ['O2', 'GHOST'], established: '2022-01-01' },
    { id: 'P7', unit: V2, type: 'branch', formation: 'single', members: [], established: '2022-01-01' },
  ],
};

const opts = { asOf: '2025-12-31', divisions: hostTree() };

describe('party_coverage (两企三新 组织覆盖 / 工作覆盖)', () => {
  const r = computeCoverage('party_coverage', registry, opts);
  const m = Object.fromEntries(r.measures.map((x) => [x.id, x]));

  it('counts organization coverage, the single-unit rate and work coverage over the units in scope', () => {
    expect(r.measure).toBe('organization');
    expect([r.numerator, r.denominator, r.rate, r.percent]).toEqual([3, 8, '0.3750', '37.50%']);
    expect([m.single!.numerator, m.single!.denominator, m.single!.rate]).toEqual([1, 8, '0.1250']);
    expect([m.work!.numerator, m.work!.denominator, m.work!.rate]).toEqual([5, 8, '0.6250']);
  });

  it('records why each out-of-scope unit was left out', () => {
    const i = r.explanation.intermediates;
    expect([i['excluded.employees'], i['excluded.fixedSite'], i['excluded.business'], i['excluded.staff'], i['excluded.shell'], i['excluded.category']]).toEqual(['1', '1', '1', '1', '1', '0']);
    expect(r.explanation.parameters.map((p) => p.id)).toContain('coverage.party.enterprise.minEmployees');
  });

  it('rolls up village → township → county → city, with records attached to a 镇 shown as direct', () => {
    const v = (code: string) => row(r.rollup.village, code);
    expect([v(V1).numerator, v(V1).denominator]).toEqual([2, 2]);
    expect([v(V2).numerator, v(V2).denominator]).toEqual([1, 2]);
    expect([v(V3).denominator, v(V3).rate]).toEqual([0, null]);
    expect([v(V5).numerator, v(V5).denominator]).toEqual([0, 1]);
    const t = (code: string) => row(r.rollup.township, code);
    expect([t(T_JIA_JIEDAO).numerator, t(T_JIA_JIEDAO).denominator, t(T_JIA_JIEDAO).rate]).toEqual([3, 4, '0.7500']);
    expect(t(T_JIA_ZHEN).denominator).toBe(0);
    expect(t(T_YI_ZHEN).denominator).toBe(3);
    expect(t(T_YI_ZHEN).direct).toEqual({ numerator: 0, denominator: 1 });
    expect(t(T_YI_KAIFA).denominator).toBe(1);
    expect([row(r.rollup.county, C_JIA).numerator, row(r.rollup.county, C_JIA).denominator]).toEqual([3, 4]);
    expect([row(r.rollup.county, C_YI).numerator, row(r.rollup.county, C_YI).denominator, row(r.rollup.county, C_YI).percent]).toEqual([0, 4, '0.00%']);
    expect(r.rollup.city[0]!.denominator).toBe(8);
  });

  it('lists every gap with its reason, and the 应建未建 units', () => {
    const org = r.gaps.filter((g) => g.measure === 'organization').map((g) => [g.record, g.reason, g.detail ?? '']);
    expect(org).toEqual([
      ['O4', 'no_party_organization', ''],
      ['O9', 'no_party_organization', ''],
      ['O11', 'no_party_organization', 'party organization not active on the date'],
      ['O12', 'no_party_organization', 'party organization not active on the date'],
      ['O13', 'no_party_organization', ''],
    ]);
    expect(r.gaps.filter((g) => g.measure === 'work').map((g) => g.record)).toEqual(['O11', 'O12', 'O13']);
    expect(r.gapCount).toBe(8);
    expect(r.gaps.find((g) => g.record === 'O12')?.unit).toBe(T_YI_ZHEN);
    expect(r.mustForm).toEqual([
      { record: 'O2', unit: V1, formalPartyMembers: 3, currently: 'joint' },
      { record: 'O4', unit: V2, formalPartyMembers: 4, currently: 'none' },
      { record: 'O11', unit: V5, formalPartyMembers: 3, currently: 'none' },
    ]);
  });

  it('reports bad rows, unknown and wrong-level units, duplicates, double counting and unknown members', () => {
    const codes = r.issues.map((i) => `${i.code}@${i.path.join('.')}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'inconsistent@partyOrganizations.5.members',
        'unknown_code@organizations.13.unit',
        'invalid_unit_level@organizations.14.unit',
        'duplicate@organizations.15.id',
        'unknown_enum_value@organizations.16.category',
        'out_of_range@organizations.16.employees',
        'counted_twice@organizations.1',
        'unknown_member@partyOrganizations',
      ]),
    );
    expect(codes).toHaveLength(8);
    for (const i of r.issues) expect(i.zh.length * i.en.length).toBeGreaterThan(0);
  });

  it('warns that the work-coverage means are provisional; a host override changes the count', () => {
    expect(r.warnings.map((w) => w.en).join('\n')).toContain('coverage.party.workCoverageMeans');
    const p = withOverrides(huaianCoverageProfile(), { 'coverage.party.workCoverageMeans': { set: ['instructor', 'liaison', 'trade_union', 'youth_league'] } });
    const r2 = computeCoverage('party_coverage', registry, { ...opts, profile: p });
    expect(r2.measures.find((x) => x.id === 'work')!.numerator).toBe(7);
    const strict = withOverrides(huaianCoverageProfile(), { 'coverage.party.enterprise.minEmployees': 20 });
    expect(computeCoverage('party_coverage', registry, { ...opts, profile: strict }).denominator).toBe(4); // O1, O4, O9, O11
  });

  it('explains the rate: rules with sources, parameters read (provisional ones flagged), counts', () => {
    const text = formatExplanation(r.explanation, 'en');
    expect(r.explanation.rules.map((x) => x.rule)).toEqual(['coverage.party.scope', 'coverage.party.organization', 'coverage.party.work', 'coverage.rate']);
    expect(r.explanation.rules[0]!.source?.key).toBe('S21');
    expect(r.explanation.intermediates['organization.numerator']).toBe('3');
    expect(r.explanation.intermediates['organization.rate']).toBe('0.3750');
    expect(text).toContain('coverage.party.workCoverageMeans');
    expect(text).toContain('[provisional]');
    expect(formatExplanation(r.explanation, 'zh')).toContain('统计范围');
  });

  it('keeps at most gapLimit gaps but always counts them all', () => {
    const limited = computeCoverage('party_coverage', registry, { ...opts, gapLimit: 2 });
    expect(limited.gaps).toHaveLength(2);
    expect(limited.gapCount).toBe(8);
    expect(limited.rate).toBe(r.rate);
  });
});
