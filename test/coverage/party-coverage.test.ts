import { describe, expect, it } from 'vitest';
import { computeCoverage, coverageProfiles } from '../../src/coverage/index.js';
import { explain, withOverrides } from '../../src/core/index.js';
import {
  C_JIA,
  C_YI,
  hostTree,
  row,
  T_JIA_JIEDAO,
  T_JIA_ZHEN,
  T_YI_KAIFA,
  T_YI_ZHEN,
  V1,
  V2,
  V3,
  V4,
  V5,
  V6,
} from './fixtures.js';

const ent = {
  kind: 'non_public_enterprise' as const,
  fixedSite: true,
  inBusiness: true,
  partyInstructorIds: [] as string[],
  partyLiaisonIds: [] as string[],
};

// Hand-built registry; comments give the expected classification (asOf 2025-12-31).
const organizations: Record<string, unknown>[] = [
  { id: 'O1', divisionCode: V1, ...ent, employeeCount: 20, formalPartyMembers: 5 }, // own (P1)
  { id: 'O2', divisionCode: V1, ...ent, employeeCount: 15, formalPartyMembers: 3 }, // joint (P2 and P6: counted twice) → 应建未建 (joint)
  { id: 'O3', divisionCode: V2, ...ent, kind: 'mixed_ownership_enterprise', employeeCount: 12, formalPartyMembers: 0 }, // joint (P2)
  {
    id: 'O4',
    divisionCode: V2,
    ...ent,
    kind: 'new_economic_organization',
    employeeCount: 50,
    formalPartyMembers: 4,
    partyInstructorIds: ['I1'],
  }, // work only → 应建未建 (none)
  { id: 'O5', divisionCode: V3, ...ent, employeeCount: 9, formalPartyMembers: 0 }, // out: employees
  { id: 'O6', divisionCode: V3, ...ent, employeeCount: 30, formalPartyMembers: 0, fixedSite: false }, // out: fixed site
  {
    id: 'O7',
    divisionCode: V3,
    kind: 'non_public_enterprise',
    fixedSite: true,
    employeeCount: 30,
    formalPartyMembers: 0,
  }, // undetermined: business not given
  {
    id: 'O8',
    divisionCode: V4,
    kind: 'new_social_organization',
    employeeCount: 29,
    provincial: false,
    formalPartyMembers: 0,
  }, // out: staff
  {
    id: 'O9',
    divisionCode: V4,
    kind: 'new_social_organization',
    employeeCount: 10,
    provincial: true,
    formalPartyMembers: 1,
    partyLiaisonIds: ['L1'],
  }, // work only
  {
    id: 'O10',
    divisionCode: V5,
    kind: 'new_social_organization',
    employeeCount: 40,
    shell: true,
    formalPartyMembers: 0,
  }, // out: shell
  { id: 'O11', divisionCode: V5, ...ent, employeeCount: 100, formalPartyMembers: 3, tradeUnion: true }, // P3 dissolved → none; 应建未建
  { id: 'O12', divisionCode: T_YI_ZHEN, ...ent, employeeCount: 10, formalPartyMembers: 1 }, // attached to the 镇 itself; P4 not yet set up
  { id: 'O13', divisionCode: V6, ...ent, employeeCount: 10, formalPartyMembers: 0, youthLeague: true }, // nothing that counts
  { id: 'O14', divisionCode: '329103001001', ...ent, employeeCount: 10, formalPartyMembers: 0 }, // error: not in the tree
  { id: 'O15', divisionCode: C_JIA, ...ent, employeeCount: 10, formalPartyMembers: 0 }, // error: county level
  { id: 'O1', divisionCode: V1, ...ent, employeeCount: 20, formalPartyMembers: 5 }, // error: duplicate
  { id: 'BAD', divisionCode: V1, kind: 'factory', employeeCount: -1, formalPartyMembers: 0 }, // error: kind and count
  { id: 'O16', divisionCode: V1, ...ent, employeeCount: 5, formalPartyMembers: 3 }, // out: 5 employees, but 应建未建 (3 formal members)
  { id: 'O17', divisionCode: V2, kind: 'non_public_enterprise', employeeCount: 20 }, // undetermined: site and business not given; formal members not given
];
const partyOrganizations = [
  { id: 'P1', level: 'branch', formation: 'standalone', coveredUnitIds: ['O1'], establishedOn: '2019-07-01' },
  { id: 'P2', level: 'branch', formation: 'joint', coveredUnitIds: ['O2', 'O3'], establishedOn: '2021-03-01' },
  {
    id: 'P3',
    level: 'branch',
    formation: 'standalone',
    coveredUnitIds: ['O11'],
    establishedOn: '2018-01-01',
    dissolvedOn: '2025-06-30',
  },
  { id: 'P4', level: 'branch', formation: 'standalone', coveredUnitIds: ['O12'], establishedOn: '2026-01-05' },
  { id: 'P6', level: 'branch', formation: 'joint', coveredUnitIds: ['O2', 'GHOST'], establishedOn: '2022-01-01' },
  { id: 'P7', level: 'branch', formation: 'standalone', coveredUnitIds: [], establishedOn: '2022-01-01' }, // error: covers nothing
];
const registry = { organizations, partyOrganizations };
const opts = { asOf: '2025-12-31', divisions: hostTree() };

describe('party_coverage (两企三新 组织覆盖 / 工作覆盖)', () => {
  const r = computeCoverage('party_coverage', registry, opts);
  const m = Object.fromEntries(r.measures.map((x) => [x.id, x]));

  it('counts organization coverage, the own-organization rate and work coverage over the units in scope', () => {
    expect(r.measure).toBe('organization');
    expect([r.numerator, r.denominator, r.undetermined, r.rate, r.percent]).toEqual([3, 8, 2, '0.3750', '37.50%']);
    expect([m.standalone!.numerator, m.standalone!.denominator, m.standalone!.rate]).toEqual([1, 8, '0.1250']);
    expect([m.work!.numerator, m.work!.denominator, m.work!.rate]).toEqual([5, 8, '0.6250']);
  });

  it('lists organizations missing a scope fact as undetermined (never a silent 0/0), and the headline says how many', () => {
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(
      expect.arrayContaining([
        'organizations.inBusiness',
        'organizations.fixedSite',
        'organizations.formalPartyMembers',
      ]),
    );
    expect(m.organization!.unclassified).toEqual([
      { measure: 'organization', unit: V3, record: 'O7', missing: ['organizations.inBusiness'] },
      {
        measure: 'organization',
        unit: V2,
        record: 'O17',
        missing: ['organizations.fixedSite', 'organizations.inBusiness'],
      },
    ]);
    expect(r.explanation?.summary.zh).toBe(
      '“两企三新”党的组织和工作覆盖：党的组织覆盖率 37.50%（3/8），另有 2 个因缺少信息无法判定；5 条记录有误，未计入',
    );
    expect(r.explanation?.missing.map((x) => x.label.zh)).toEqual(
      expect.arrayContaining(['组织的「是否有实际经营活动」', '组织的「是否有固定经营场所」']),
    );
  });

  it('accounts for every record: read = counted + out of scope + undetermined + errors', () => {
    expect(r.records.organizations).toEqual({ read: 19, counted: 8, outOfScope: 5, undetermined: 2, errors: 4 });
    expect(r.records.partyOrganizations).toEqual({ read: 6, counted: 3, outOfScope: 2, undetermined: 0, errors: 1 });
    const i = Object.fromEntries(r.explanation!.intermediates.map((x) => [x.name, x.value]));
    expect([
      i['excluded.employees'],
      i['excluded.fixedSite'],
      i['excluded.staff'],
      i['excluded.shell'],
      i['excluded.business'],
    ]).toEqual(['2', '1', '1', '1', undefined]);
  });

  it('refuses bad rows as row-level errors in one place, with their paths', () => {
    expect(
      r.errors.map((e) => [e.collection, e.index, e.id, e.error.issues.map((x) => `${x.code}@${x.path.join('.')}`)]),
    ).toEqual([
      ['organizations', 13, 'O14', ['unit_not_in_tree@organizations.13.divisionCode']],
      ['organizations', 14, 'O15', ['unit_level@organizations.14.divisionCode']],
      ['organizations', 15, 'O1', ['duplicate_row@organizations.15.id']],
      [
        'organizations',
        16,
        'BAD',
        ['unknown_enum_value@organizations.16.kind', 'out_of_range@organizations.16.employeeCount'],
      ],
      ['partyOrganizations', 5, 'P7', ['item_count@partyOrganizations.5.coveredUnitIds']],
    ]);
    expect(r.errors[0]!.error.zh).toBe('「所在区划代码」329103001001 不在区划树“测试市”中');
    expect(r.errors[2]!.error.zh).toBe('与第 1 条组织重复（O1），本条未计入');
  });

  it('rolls up village → township → county → city, with records attached to a 镇 shown as direct', () => {
    const v = (code: string) => row(r.rollup!.village, code);
    expect([v(V1).numerator, v(V1).denominator]).toEqual([2, 2]);
    expect([v(V2).numerator, v(V2).denominator, v(V2).undetermined]).toEqual([1, 2, 1]);
    expect([v(V3).denominator, v(V3).undetermined, v(V3).rate]).toEqual([0, 1, null]);
    expect([v(V5).numerator, v(V5).denominator]).toEqual([0, 1]);
    const t = (code: string) => row(r.rollup!.township, code);
    expect([t(T_JIA_JIEDAO).numerator, t(T_JIA_JIEDAO).denominator, t(T_JIA_JIEDAO).rate]).toEqual([3, 4, '0.7500']);
    expect([t(T_JIA_ZHEN).denominator, t(T_JIA_ZHEN).undetermined]).toEqual([0, 1]);
    expect(t(T_YI_ZHEN).denominator).toBe(3);
    expect(t(T_YI_ZHEN).direct).toEqual({ numerator: 0, denominator: 1, undetermined: 0 });
    expect(t(T_YI_KAIFA).denominator).toBe(1);
    expect([
      row(r.rollup!.county, C_JIA).numerator,
      row(r.rollup!.county, C_JIA).denominator,
      row(r.rollup!.county, C_JIA).undetermined,
    ]).toEqual([3, 4, 2]);
    expect([
      row(r.rollup!.county, C_YI).numerator,
      row(r.rollup!.county, C_YI).denominator,
      row(r.rollup!.county, C_YI).percent,
    ]).toEqual([0, 4, '0.00%']);
    expect(r.rollup!.city[0]!.denominator).toBe(8);
  });

  it('gives gaps per measure; the headline gap count is the headline denominator − numerator', () => {
    expect(r.gaps.map((g) => [g.record, g.reason])).toEqual([
      ['O4', 'no_party_organization'],
      ['O9', 'no_party_organization'],
      ['O11', 'no_party_organization_in_force'],
      ['O12', 'no_party_organization_in_force'],
      ['O13', 'no_party_organization'],
    ]);
    expect(r.gapCount).toBe(5);
    for (const x of r.measures) expect(x.gapCount).toBe(x.denominator - x.numerator);
    expect(m.work!.gaps.map((g) => g.record)).toEqual(['O11', 'O12', 'O13']);
    expect(m.standalone!.gaps.find((g) => g.record === 'O2')).toEqual({
      measure: 'standalone',
      unit: V1,
      record: 'O2',
      reason: 'no_standalone_organization',
      detail: 'joint',
    });
    expect(r.gaps.find((g) => g.record === 'O12')?.unit).toBe(T_YI_ZHEN);
  });

  it('lists 应建未建: every unit with 3+ formal members and no organization of its own, whatever its size, marking the 摸排 scope', () => {
    expect(r.mustForm).toEqual([
      { record: 'O2', unit: V1, formalPartyMembers: 3, currently: 'joint', scope: 'in' },
      { record: 'O4', unit: V2, formalPartyMembers: 4, currently: 'none', scope: 'in' },
      { record: 'O11', unit: V5, formalPartyMembers: 3, currently: 'none', scope: 'in' },
      { record: 'O16', unit: V1, formalPartyMembers: 3, currently: 'none', scope: 'out' },
    ]);
    expect(r.mustFormUndetermined).toBe(1);
  });

  it('warns on double counting and on covered units missing from the list; the means are provisional; a host override changes the count', () => {
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['counted_twice', 'unknown_member', 'provisional_parameter']));
    expect(r.warnings.find((w) => w.code === 'counted_twice')?.zh).toBe(
      '1 个单位同时属于两个以上在册党组织，只计一次：O2',
    );
    expect(r.warnings.find((w) => w.code === 'unknown_member')?.zh).toBe('党组织覆盖的 1 个单位不在组织名录中：GHOST');
    const all = withOverrides(coverageProfiles.get('huaian'), {
      'coverage.party.workCoverageMeans': { set: ['instructor', 'liaison', 'trade_union', 'youth_league'] },
    });
    const r2 = computeCoverage('party_coverage', registry, { ...opts, profile: all });
    expect(r2.measures.find((x) => x.id === 'work')!.numerator).toBe(7);
    const strict = withOverrides(coverageProfiles.get('huaian'), { 'coverage.party.enterprise.minEmployees': 20 });
    expect(computeCoverage('party_coverage', registry, { ...opts, profile: strict }).denominator).toBe(4); // O1, O4, O9, O11
  });

  it('a joint branch over more than 5 units is warned about, naming the count (支部工作条例 第二章)', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({
      id: `J${i}`,
      divisionCode: V1,
      ...ent,
      employeeCount: 10,
      formalPartyMembers: 1,
    }));
    const reg = (n: number) => ({
      organizations: six,
      partyOrganizations: [
        {
          id: 'PJ',
          level: 'branch',
          formation: 'joint',
          coveredUnitIds: six.slice(0, n).map((o) => o.id),
          establishedOn: '2020-01-01',
        },
      ],
    });
    const over = computeCoverage('party_coverage', reg(6), opts);
    expect(over.warnings.find((w) => w.code === 'joint_branch_over_limit')?.zh).toBe(
      '联合党支部覆盖单位一般不超过5个，以下 1 个超过：PJ（6 个）',
    );
    expect(over.numerator).toBe(6);
    expect(computeCoverage('party_coverage', reg(5), opts).warnings.map((w) => w.code)).not.toContain(
      'joint_branch_over_limit',
    );
  });

  it('explains: rules with their basis, parameters read, counts; explain() renders it in one language', () => {
    const e = r.explanation!;
    expect(e.rules.map((x) => x.rule)).toEqual([
      'coverage.party.scope',
      'coverage.party.organization',
      'coverage.party.work',
      'coverage.party.jointLimit',
      'coverage.party.mustForm',
      'coverage.rate',
    ]);
    expect(e.rules[0]!.source?.key).toBe('S21');
    expect(e.rules[4]!.source?.key).toBe('P-ZB4');
    expect(e.parameters.map((p) => p.id)).toContain('coverage.party.enterprise.minEmployees');
    const zh = explain(r);
    expect(zh).toContain('统计范围（摸排口径）');
    expect(zh).toContain('党的组织覆盖率：3/8 (+2)');
    expect(zh).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
    expect(explain(r, { lang: 'en' })).toContain(
      'Party organization coverage 37.50% (3/8); 2 more cannot be classified',
    );
  });

  it('keeps at most gapLimit gaps but always counts them all', () => {
    const limited = computeCoverage('party_coverage', registry, { ...opts, gapLimit: 2 });
    expect(limited.gaps).toHaveLength(2);
    expect(limited.gapCount).toBe(5);
    expect(limited.rate).toBe(r.rate);
  });
});
