import { describe, expect, it } from 'vitest';
import { coverageProfiles, getCoverageProfile, huaianCoverageProfile } from '../../src/coverage/index.js';
import { parseProfile, readParameter } from '../../src/core/index.js';

describe('the huaian coverage profile', () => {
  const profile = huaianCoverageProfile();

  it('is a valid profile (as if loaded from JSON) and is built once', () => {
    expect(parseProfile(JSON.parse(JSON.stringify(profile)))).toEqual(JSON.parse(JSON.stringify(profile)));
    expect(coverageProfiles.huaian()).toBe(profile);
    expect(getCoverageProfile('huaian')).toBe(profile);
    expect(Object.keys(coverageProfiles)).toEqual(['huaian']);
    expect(() => getCoverageProfile('toString')).toThrow(/unknown_code/);
  });

  it('cites a source on every value; the values with no official source are exactly the provisional ones', () => {
    const provisional: string[] = [];
    for (const p of Object.values(profile.parameters)) {
      for (const v of p.values) {
        expect(v.source.title.length).toBeGreaterThan(0);
        if (v.provisional) provisional.push(p.id);
        else if (v.source.title.startsWith('NOT FOUND')) throw new Error(`${p.id} cites NOT FOUND but is not provisional`);
      }
    }
    expect(provisional.sort()).toEqual(
      [
        'coverage.party.workCoverageMeans',
        'coverage.dualReview.eventTypes',
        'coverage.dualReview.minLeadDays',
        'coverage.committee.kinds',
        'coverage.volunteer.townshipKinds',
        'coverage.volunteer.villageKinds',
        'coverage.volunteer.activityWindowDays',
        'coverage.volunteer.villageTeamsCoverTownship',
        'coverage.stations.villageKinds',
        'coverage.target.certification_rate',
      ].sort(),
    );
  });

  it('holds the cited scope filters (S21) and branch thresholds (S19 第四条)', () => {
    const at = (id: string) => readParameter(profile, id, '2025-01-01');
    expect(at('coverage.party.enterprise.minEmployees')).toMatchObject({ value: 10, source: { key: 'S21' } });
    expect(at('coverage.party.socialOrganization.minStaff')).toMatchObject({ value: 30, source: { key: 'S21' } });
    expect(at('coverage.branchRules')).toMatchObject({ value: { mustFormMin: 3, committeeMin: 7 }, source: { key: 'S19', article: '第四条' }, effectiveFrom: '2018-10-28' });
    expect(at('coverage.stations.townshipKinds').value).toEqual(['town', 'subdistrict']);
  });
});
