import { describe, expect, it } from 'vitest';
import {
  COVERAGE_INDICATORS,
  coverageProfiles,
  coverageReport,
  type CoverageReportRow,
} from '../../src/coverage/index.js';
import { explain, withOverrides } from '../../src/core/index.js';
import { C_JIA, C_YI, codeOf, hostTree, row, T_JIA_JIEDAO, V1, V2 } from './fixtures.js';

const opts = { asOf: '2025-12-31', divisions: hostTree() };
const data = {
  socialWorkStations: [{ id: 'S1', divisionCode: T_JIA_JIEDAO, establishedOn: '2022-01-01' }],
  communityWorkers: [{ id: 'W1', divisionCode: V1, certificate: { level: 'assistant', obtained: '2020-01-01' } }],
};
const results = (r: { rows: readonly unknown[] }) => r.rows as CoverageReportRow[];

describe('coverageReport', () => {
  const report = coverageReport(data, opts);

  it('runs every registered indicator as a row of one envelope, with counts by outcome', () => {
    expect(report.kind).toBe('coverage_report');
    expect(results(report).map((r) => [r.index, r.indicator, r.outcome])).toEqual(
      COVERAGE_INDICATORS.map((d, i) => [i, d.id, d.id === 'committee_standardization' ? 'undetermined' : 'computed']),
    );
    expect(report.counts).toMatchObject({ total: 7, computed: 6, undetermined: 1, error: 0 });
    // The checklist is host data: without it, that indicator (and so the report) is undetermined.
    expect(report.outcome).toBe('undetermined');
    expect(report.profile).toEqual({ id: 'huaian', version: '2026.1.0' });
  });

  it('has a target row for each measure with a target and figures', () => {
    expect(report.targets.map((t) => `${t.indicator}.${t.measure}=${t.target}`)).toEqual([
      'party_coverage.organization=1',
      'party_coverage.work=1',
      'dual_review.review=1',
      'dual_review.training=1',
      'volunteer_teams.township=1',
      'volunteer_teams.village=1',
      'social_work_stations.township=1',
      'certification_rate.overall=0.6',
      'org_ratings.agencies_3a=2',
    ]);
    // The per-county reading of the 十四五 target (每个县, 功能区 not counted) is provisional; the rest are not.
    expect(report.targets.filter((t) => t.provisional).map((t) => t.indicator)).toEqual(['org_ratings']);
    expect(
      report.explanation?.rules.find((r) => r.rule === 'coverage.target.certification_rate.overall')?.source?.key,
    ).toBe('U31');
  });

  it('says per county whether the target is met, or how many units and how much rate it is behind', () => {
    const st = report.targets.find((t) => t.indicator === 'social_work_stations')!;
    expect(row(st.counties, C_JIA)).toMatchObject({
      numerator: 1,
      denominator: 2,
      rate: '0.5000',
      status: 'behind',
      shortfall: { units: 1, rate: '0.5000' },
    });
    expect(row(st.counties, C_YI)).toMatchObject({
      numerator: 0,
      denominator: 1,
      status: 'behind',
      shortfall: { units: 1, rate: '1.0000' },
    });
    expect(st.city).toMatchObject({
      numerator: 1,
      denominator: 3,
      status: 'behind',
      shortfall: { units: 2, rate: '0.6667' },
    });
    const cert = report.targets.find((t) => t.indicator === 'certification_rate')!;
    expect(row(cert.counties, C_JIA).status).toBe('met');
    expect(row(cert.counties, C_YI)).toMatchObject({ status: 'no_data' });
    expect(row(cert.counties, C_YI).shortfall).toBeUndefined();
  });

  it('an unmet target never displays 100% (199,999 of 200,000 did, issue 13.10), and never 0% while something is covered', () => {
    const n = 20_000;
    const workers = Array.from({ length: n }, (_, i) => ({
      id: `W${i}`,
      divisionCode: V1,
      ...(i === 0 ? {} : { certificate: { level: 'assistant', obtained: '2020-01-01' } }),
    }));
    const full = withOverrides(coverageProfiles.get('huaian'), {
      'coverage.target.certification_rate': { set: { overall: '1' } },
    });
    const r = coverageReport(
      { communityWorkers: workers },
      { ...opts, profile: full, indicators: ['certification_rate'] },
    );
    expect(r.targets[0]!.city).toMatchObject({
      numerator: n - 1,
      denominator: n,
      rate: '0.9999',
      percent: '99.99%',
      status: 'behind',
      shortfall: { units: 1, rate: '0.0001' },
    });
    const one = coverageReport(
      { communityWorkers: workers.map((w, i) => (i === 1 ? w : { id: w.id, divisionCode: V1 })) },
      { ...opts, profile: full, indicators: ['certification_rate'] },
    );
    expect(one.targets[0]!.city).toMatchObject({ numerator: 1, rate: '0.0001', percent: '0.01%' });
  });

  it('a target that depends on unclassified members is undetermined; behind when they could not make it up', () => {
    const ent = { kind: 'non_public_enterprise', employeeCount: 20, formalPartyMembers: 0 };
    const orgs = [
      { id: 'A', divisionCode: V1, ...ent, fixedSite: true, inBusiness: true },
      { id: 'B', divisionCode: V1, ...ent, inBusiness: true }, // fixed site not given
    ];
    const po = [
      { id: 'P', level: 'branch', formation: 'standalone', coveredUnitIds: ['A'], establishedOn: '2020-01-01' },
    ];
    const r = coverageReport(
      { organizations: orgs, partyOrganizations: po },
      { ...opts, indicators: ['party_coverage'] },
    );
    expect(r.targets[0]!.city).toMatchObject({ numerator: 1, denominator: 1, undetermined: 1, status: 'undetermined' });
    const more = coverageReport(
      {
        organizations: [...orgs, { id: 'C', divisionCode: V2, ...ent, fixedSite: true, inBusiness: true }],
        partyOrganizations: po,
      },
      { ...opts, indicators: ['party_coverage'] },
    );
    expect(more.targets[0]!.city).toMatchObject({
      numerator: 1,
      denominator: 2,
      undetermined: 1,
      status: 'behind',
      shortfall: { units: 1, rate: '0.5000' },
    });
  });

  it('uses the profile targets (a 50% target is met by one 镇街 of two) and marks a provisional one', () => {
    const half = withOverrides(coverageProfiles.get('huaian'), {
      'coverage.target.social_work_stations': { set: { township: '0.5' }, provisional: true },
    });
    const r = coverageReport(data, { ...opts, profile: half, indicators: ['social_work_stations'] });
    expect(results(r).map((x) => x.indicator)).toEqual(['social_work_stations']);
    const st = r.targets[0]!;
    expect(st.provisional).toBe(true);
    expect(row(st.counties, C_JIA).status).toBe('met');
    expect(st.city).toMatchObject({ status: 'behind', shortfall: { units: 1, rate: '0.1667' } });
  });

  it('refuses a target outside [0, 1] or for an unknown measure, an unknown indicator and an unknown collection', () => {
    for (const value of [{ township: '1.5' }, { nope: '1' }] as Record<string, string>[]) {
      const bad = withOverrides(coverageProfiles.get('huaian'), {
        'coverage.target.social_work_stations': { set: value },
      });
      expect(['out_of_range', 'invalid_parameter_table']).toContain(
        codeOf(() => coverageReport(data, { ...opts, profile: bad })),
      );
    }
    expect(codeOf(() => coverageReport(data, { ...opts, indicators: ['stations' as never] }))).toBe(
      'unknown_indicator',
    );
    expect(codeOf(() => coverageReport({ organisations: [] }, opts))).toBe('unknown_collection');
  });

  it('lists each refused row once, and renders with the one renderer', () => {
    const r = coverageReport(
      { ...data, communityWorkers: [...data.communityWorkers, { id: 'W1', divisionCode: V1 }] },
      opts,
    );
    expect(r.errors.map((e) => [e.collection, e.index])).toEqual([['communityWorkers', 1]]);
    const zh = explain(r);
    expect(zh).toContain('五个全覆盖：9 项目标，全市达标 1 项，未达 4 项，无统计对象 4 项');
    expect(zh).toContain('共 7 项：已计算 6，无法判定（缺少信息） 1');
    expect(zh).toContain('第 5 项：镇街社会工作站：镇街社会工作站覆盖率 33.33%（1/3）');
    expect(explain(r, { lang: 'en' })).toContain(
      'Five full coverages: 9 targets; the city meets 1, is behind on 4, 4 have nothing to count',
    );
  });
});
