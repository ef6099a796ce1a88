import { describe, expect, it } from 'vitest';
import { coverageReport, huaianCoverageProfile } from '../../src/coverage/index.js';
import { isPolicyError, withOverrides } from '../../src/core/index.js';
import { C_JIA, C_YI, hostTree, row, T_JIA_JIEDAO, V1 } from './fixtures.js';

const opts = { asOf: '2025-12-31', divisions: hostTree() };
const data = {
  stations: [{ id: 'S1', unit: T_JIA_JIEDAO, opened: '2022-01-01' }],
  communityWorkers: [{ id: 'W1', unit: V1, certified: true }],
};

describe('coverageReport', () => {
  const report = coverageReport(data, opts);

  it('computes every indicator in one call, with a target row for each measure that has one', () => {
    expect(Object.keys(report.indicators)).toEqual(['party_coverage', 'dual_review', 'committee_standardization', 'volunteer_teams', 'social_work_stations', 'certification_rate']);
    expect(report.targets.map((t) => `${t.indicator}.${t.measure}=${t.target}`)).toEqual([
      'party_coverage.organization=1',
      'party_coverage.work=1',
      'dual_review.review=1',
      'dual_review.training=1',
      'committee_standardization.overall=1',
      'volunteer_teams.township=1',
      'volunteer_teams.village=1',
      'social_work_stations.township=1',
      'certification_rate.overall=1',
    ]);
    expect(report.profile.id).toBe('huaian-coverage');
  });

  it('says per county whether the target is met, or how many units and how much rate it is behind', () => {
    const st = report.targets.find((t) => t.indicator === 'social_work_stations')!;
    expect(row(st.counties, C_JIA)).toMatchObject({ numerator: 1, denominator: 2, rate: '0.5000', status: 'behind', shortfall: { units: 1, rate: '0.5000' } });
    expect(row(st.counties, C_YI)).toMatchObject({ numerator: 0, denominator: 1, status: 'behind', shortfall: { units: 1, rate: '1.0000' } });
    expect(st.city).toMatchObject({ numerator: 1, denominator: 3, status: 'behind', shortfall: { units: 2, rate: '0.6667' } });
    const cert = report.targets.find((t) => t.indicator === 'certification_rate')!;
    expect(row(cert.counties, C_JIA).status).toBe('met');
    expect(row(cert.counties, C_YI).status).toBe('no_data');
    expect(row(cert.counties, C_YI).shortfall).toBeUndefined();
  });

  it('marks provisional targets and collects warnings once', () => {
    expect(report.targets.find((t) => t.indicator === 'certification_rate')!.provisional).toBe(true);
    expect(report.targets.find((t) => t.indicator === 'social_work_stations')!.provisional).toBe(false);
    const en = report.warnings.map((w) => w.en);
    expect(en.some((w) => w.includes('coverage.target.certification_rate'))).toBe(true);
    expect(new Set(en).size).toBe(en.length);
  });

  it('tags every issue with its indicator (e.g. the zero denominators of empty registries)', () => {
    const zero = report.issues.filter((i) => i.code === 'zero_denominator').map((i) => i.params?.indicator);
    expect(zero).toEqual(['party_coverage', 'party_coverage', 'party_coverage', 'dual_review', 'dual_review']);
  });

  it('uses the profile targets (a 50% target is met by one 镇街 of two)', () => {
    const half = withOverrides(huaianCoverageProfile(), { 'coverage.target.social_work_stations': { set: { township: '0.5' } } });
    const r = coverageReport(data, { ...opts, profile: half, indicators: ['social_work_stations'] });
    expect(Object.keys(r.indicators)).toEqual(['social_work_stations']);
    const st = r.targets[0]!;
    expect(row(st.counties, C_JIA).status).toBe('met');
    expect(st.city).toMatchObject({ status: 'behind', shortfall: { units: 1, rate: '0.1667' } });
  });

  it('refuses a target outside [0, 1] or for an unknown measure', () => {
    for (const value of [{ township: '1.5' }, { nope: '1' }] as Record<string, string>[]) {
      const bad = withOverrides(huaianCoverageProfile(), { 'coverage.target.social_work_stations': { set: value } });
      let err: unknown;
      try {
        coverageReport(data, { ...opts, profile: bad });
      } catch (e) {
        err = e;
      }
      expect(isPolicyError(err) && err.code).toBe('invalid');
    }
  });

  it('reports an unknown collection once for the whole report', () => {
    const r = coverageReport({ ...data, stationz: [] }, opts);
    expect(r.issues.filter((i) => i.code === 'unrecognized_keys')).toHaveLength(1);
  });
});
