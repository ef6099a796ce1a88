// Indicator org_ratings (issue 16): valid 3A+/4A+ 民办社工机构 and 志愿服务组织 per county on the embedded 淮安 tree,
// counted with /ratings' gradeValidity, and the count target "每个县拥有3A级及以上民办社会工作服务机构不少于2个" (U17).
import { describe, expect, it } from 'vitest';
import { explain, withOverrides, type ParameterValue } from '../../src/core/index.js';
import { computeCoverage, coverageProfiles, coverageReport } from '../../src/coverage/index.js';
import { huaianDivisions } from '../../src/divisions/index.js';
import { codeOf } from './fixtures.js';

const tree = huaianDivisions();
const asOf = '2025-12-31';
const counties = tree.units.filter((u) => u.level === 'county');
const town = (county: string, k = 0) =>
  tree.units.filter((u) => u.parent === county && u.level === 'township')[k]!.code;
const [HUAIAN, HUAIYIN, QINGJIANGPU, HONGZE, LIANSHUI, XUYI, JINHU, KAIFA] = counties.map((c) => c.code) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];
const agency = (id: string, county: string, extra: object = {}) => ({
  id,
  kind: 'social_work_service_agency',
  divisionCode: town(county),
  ...extra,
});

describe('org_ratings on the 淮安 tree', () => {
  it('counts valid 3A+ and 4A+ agencies per county; a grade is valid through the corresponding day 5 years on', () => {
    const orgs = [
      agency('a1', HUAIAN, { rating: '3A', ratedOn: '2022-05-01' }),
      agency('a2', HUAIAN, { rating: '4A', ratedOn: '2020-12-31' }), // valid through 2025-12-31, the date itself
      agency('a3', HUAIYIN, { rating: '5A', ratedOn: '2020-12-30' }), // expired 2025-12-30: deemed to have none
      agency('a4', HUAIYIN, { rating: '2A', ratedOn: '2023-05-01' }),
      agency('a5', QINGJIANGPU),
      agency('a6', QINGJIANGPU, {
        rating: '4A',
        ratedOn: '2023-05-01',
        ratingSanctions: [{ kind: 'cancelled', decidedOn: '2025-03-01' }],
      }),
    ];
    const r = computeCoverage('org_ratings', { organizations: orgs }, { asOf });
    expect(r.outcome).toBe('computed');
    const m = (id: string) => r.measures.find((x) => x.id === id)!;
    expect([m('agencies_3a').numerator, m('agencies_3a').denominator]).toEqual([2, 6]);
    expect([m('agencies_4a').numerator, m('agencies_4a').denominator]).toEqual([1, 6]);
    expect(m('agencies_3a').rollup.county.map((c) => [c.name, c.numerator, c.denominator])).toEqual([
      ['淮安区', 2, 2],
      ['淮阴区', 0, 2],
      ['清江浦区', 0, 2],
      ['洪泽区', 0, 0],
      ['涟水县', 0, 0],
      ['盱眙县', 0, 0],
      ['金湖县', 0, 0],
      ['淮安经济技术开发区', 0, 0],
    ]);
    expect(m('agencies_3a').gaps.map((g) => [g.record, g.reason])).toEqual([
      ['a3', 'expired'],
      ['a4', 'below_3a'],
      ['a5', 'no_grade'],
      ['a6', 'cancelled'],
    ]);
    // The volunteer measures have nobody: a zero denominator says so.
    expect(m('volunteer_3a').denominator).toBe(0);
    expect(r.warnings.map((w) => w.code)).toContain('zero_denominator');
  });

  it('places 志愿服务组织 by their mark; a 新社会组织 without it is undetermined, an association is out of scope', () => {
    const orgs = [
      {
        id: 'v1',
        kind: 'new_social_organization',
        divisionCode: town(XUYI),
        volunteerServiceOrganization: true,
        rating: '4A',
        ratedOn: '2024-01-01',
      },
      {
        id: 'v2',
        kind: 'new_social_organization',
        divisionCode: town(XUYI),
        volunteerServiceOrganization: true,
        rating: '3A',
      },
      { id: 'n1', kind: 'new_social_organization', divisionCode: town(JINHU) },
      { id: 'i1', kind: 'industry_association', divisionCode: town(JINHU), rating: '5A', ratedOn: '2024-01-01' },
      { id: 'e1', kind: 'non_public_enterprise', divisionCode: town(JINHU) },
    ];
    const r = computeCoverage('org_ratings', { organizations: orgs }, { asOf });
    const v3 = r.measures.find((x) => x.id === 'volunteer_3a')!;
    expect([v3.numerator, v3.denominator, v3.undetermined]).toEqual([1, 1, 2]);
    expect(v3.unclassified.map((u) => [u.record, u.missing])).toEqual([
      ['v2', ['organizations.ratedOn']],
      ['n1', ['organizations.volunteerServiceOrganization']],
    ]);
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(['organizations.ratedOn', 'organizations.volunteerServiceOrganization']);
    expect(r.records.organizations).toEqual({ read: 5, counted: 2, outOfScope: 2, undetermined: 1, errors: 0 });
    expect(explain(r)).toContain('组织的「是否志愿服务组织」');
  });

  it('the 十四五 count target: at least 2 valid 3A+ agencies in each 县级 unit; the city meets it only when all do', () => {
    const orgs = [HUAIAN, HUAIYIN, QINGJIANGPU, HONGZE, LIANSHUI, XUYI, JINHU].flatMap((c, i) => [
      agency(`${i}a`, c, { rating: '3A', ratedOn: '2023-06-01' }),
      agency(`${i}b`, c, { rating: '4A', ratedOn: '2024-06-01' }),
    ]);
    const met = coverageReport({ organizations: orgs }, { asOf, indicators: ['org_ratings'] });
    const t = met.targets.find((x) => x.measure === 'agencies_3a')!;
    expect(t).toMatchObject({
      target: '2',
      minimum: { atLeast: 2, per: 'county', kinds: ['district', 'county', 'county_city'] },
      provisional: true,
    });
    expect(t.city).toMatchObject({ numerator: 14, status: 'met' });
    // The 功能区 (淮安经济技术开发区) is not a 县: the target does not apply to it.
    expect(t.counties.map((c) => c.status)).toEqual([
      'met',
      'met',
      'met',
      'met',
      'met',
      'met',
      'met',
      'not_applicable',
    ]);

    // One county a single agency short, another with one that cannot be classified.
    const short = orgs.filter((o) => o.id !== '6b').map((o) => (o.id === '5b' ? { ...o, ratedOn: undefined } : o));
    const r = coverageReport({ organizations: short }, { asOf, indicators: ['org_ratings'] });
    const s = r.targets[0]!;
    expect(s.counties.find((c) => c.code === JINHU)).toMatchObject({
      name: '金湖县',
      numerator: 1,
      status: 'behind',
      shortfall: { units: 1 },
    });
    expect(s.counties.find((c) => c.code === XUYI)).toMatchObject({
      numerator: 1,
      undetermined: 1,
      status: 'undetermined',
    });
    expect(s.city).toMatchObject({ numerator: 12, status: 'behind', shortfall: { units: 1 } });
    expect(s.counties.find((c) => c.code === KAIFA)!.status).toBe('not_applicable');
    expect(explain(r)).toContain(
      '三级以上民办社会工作服务机构：目标每个县（区）不少于 2 个，全市共 12 个，未达标（未达标：金湖县）',
    );
  });

  it('no 4A+ target was published: the report lists it as missing until the host sets one', () => {
    const orgs = [agency('a', HUAIAN, { rating: '4A', ratedOn: '2024-06-01' })];
    const r = coverageReport({ organizations: orgs }, { asOf, indicators: ['org_ratings'] });
    expect(r.missing).toEqual([
      'parameter:coverage.target.org_ratings.agencies_4a',
      'parameter:coverage.target.org_ratings.volunteer_4a',
    ]);
    expect(r.outcome).toBe('undetermined');
    expect(r.targets.map((t) => t.measure)).toEqual(['agencies_3a']);
    const host = withOverrides(coverageProfiles.get('huaian'), {
      'coverage.target.org_ratings.agencies_4a': { set: { atLeast: 1, per: 'county' } },
      'coverage.target.org_ratings.volunteer_4a': { set: { atLeast: 1, per: 'city' } },
    });
    const h = coverageReport({ organizations: orgs }, { asOf, indicators: ['org_ratings'], profile: host });
    expect(h.missing).toEqual([]);
    expect(h.targets.map((t) => [t.measure, t.city.status, t.counties.length])).toEqual([
      ['agencies_3a', 'behind', 8],
      ['agencies_4a', 'behind', 8],
      ['volunteer_4a', 'behind', 0],
    ]);
    expect(h.targets[1]!.counties[0]).toMatchObject({ name: '淮安区', numerator: 1, status: 'met' });
  });

  it('refuses a count target of the wrong shape', () => {
    const sets: ParameterValue[] = [
      { agencies_3a: { atLeast: 0, per: 'county' } },
      { agencies_3a: { atLeast: 2, per: 'town' } },
      { agencies_3a: { atLeast: 2, per: 'city', kinds: ['county'] } },
      { agencies_3a: { atLeast: 2, per: 'county', kinds: ['town'] } },
    ];
    for (const set of sets) {
      const bad = withOverrides(coverageProfiles.get('huaian'), { 'coverage.target.org_ratings': { set } });
      expect(codeOf(() => coverageReport({}, { asOf, indicators: ['org_ratings'], profile: bad }))).toBe(
        'invalid_parameter_table',
      );
    }
  });
});
