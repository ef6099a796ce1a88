import { describe, expect, it } from 'vitest';
import { computeCoverage, coverageReport } from '../../src/coverage/index.js';
import { huaianDivisions } from '../../src/divisions/index.js';

const tree = huaianDivisions();
const zhenjie = tree.ofKind('town', 'subdistrict');
const asOf = '2025-12-31';

describe('the embedded 淮安 tree as denominator', () => {
  it('indicator 5: the 95 镇 + 街道 are the denominator; 类似乡级单位 are not', () => {
    const r = computeCoverage('social_work_stations', {}, { asOf });
    expect(r.denominator).toBe(95);
    expect(r.rollup!.township).toHaveLength(113);
    expect(r.rollup!.county.map((c) => [c.name, c.denominator])).toEqual([
      ['淮安区', 16],
      ['淮阴区', 13],
      ['清江浦区', 16],
      ['洪泽区', 9],
      ['涟水县', 16],
      ['盱眙县', 13],
      ['金湖县', 8],
      ['淮安经济技术开发区', 4],
    ]);
    // The headline gap count is the headline measure's (0.1.0 added every measure's: 1,682 beside "1/95").
    expect(r.gapCount).toBe(95);
    expect(r.measures.map((m) => m.gapCount)).toEqual([95, 1588]);
    // The village-level room measure counts 居委会 + 村委会 (447 + 1,141), not the 13 类似 units.
    expect(r.measures[1]!.denominator).toBe(1588);
  });

  it('indicator 5: 90 of 95 镇街 with a station is 0.9474; all 95 is 1.0000', () => {
    const stations = zhenjie.map((u, i) => ({ id: `S${i}`, divisionCode: u.code, establishedOn: '2023-01-01' }));
    const part = computeCoverage('social_work_stations', { socialWorkStations: stations.slice(0, 90) }, { asOf });
    expect([part.numerator, part.denominator, part.rate, part.percent]).toEqual([90, 95, '0.9474', '94.74%']);
    const all = computeCoverage('social_work_stations', { socialWorkStations: stations }, { asOf });
    expect(all.rate).toBe('1.0000');
    expect(all.gaps).toEqual([]);
    expect(all.gapCount).toBe(0);
    const report = coverageReport({ socialWorkStations: stations }, { asOf, indicators: ['social_work_stations'] });
    const t = report.targets.find((x) => x.measure === 'township')!;
    expect(t.city.status).toBe('met');
    expect(t.counties.every((c) => c.status === 'met')).toBe(true);
  });

  it('indicator 4: 95 镇街 and 1,588 村(居)委会; each county equals the sum of its townships', () => {
    const teams = tree
      .atLevel('village')
      .filter((_, i) => i % 3 === 0)
      .map((u, i) => ({
        id: `T${i}`,
        scope: 'community',
        divisionCode: u.code,
        establishedOn: '2020-01-01',
        lastActivityOn: '2025-09-01',
      }));
    const r = computeCoverage('volunteer_teams', { volunteerTeams: teams }, { asOf });
    expect(r.denominator).toBe(95);
    expect(r.numerator).toBe(0);
    const village = r.measures[1]!;
    expect(village.denominator).toBe(1588);
    for (const c of village.rollup.county) {
      const towns = village.rollup.township.filter((t) => tree.get(t.code)!.parent === c.code);
      expect(towns.reduce((a, t) => a + t.numerator, 0)).toBe(c.numerator);
      expect(towns.reduce((a, t) => a + t.denominator, 0)).toBe(c.denominator);
    }
    expect(village.rollup.county.reduce((a, c) => a + c.numerator, 0)).toBe(village.numerator);
    // Teams at 类似 units are in force but outside the denominator, so the numerator can be below the team count.
    expect(village.numerator).toBeLessThanOrEqual(teams.length);
    expect(village.numerator).toBeGreaterThan(teams.length - 13);
  });

  it('indicator 3 on the real tree: 1,588 committees; a host checklist of two items', () => {
    const committees = tree.ofKind('residents_committee', 'villagers_committee');
    const results = committees.flatMap((u, i) => [
      { divisionCode: u.code, itemId: 'a', met: true, assessedOn: '2025-03-01' },
      { divisionCode: u.code, itemId: 'b', met: i % 4 !== 0, assessedOn: '2025-03-01' },
    ]);
    const r = computeCoverage(
      'committee_standardization',
      { checklistItems: [{ id: 'a' }, { id: 'b' }], checklistResults: results },
      { asOf },
    );
    expect(r.denominator).toBe(1588);
    expect(r.numerator).toBe(1588 - Math.ceil(1588 / 4));
    expect(r.rate).toBe('0.7500');
  });
});
