// The engine contract as the coverage domain keeps it: one profile option, one envelope, one policy for options,
// profiles as data (no stand-in dates, sources cited, readings provisional with a note).
import { describe, expect, it } from 'vitest';
import { Scope, explain, parseProfile, profileAt, profileToJson, withOverrides } from '../../src/core/index.js';
import {
  COVERAGE_INDICATORS,
  MeasureCounter,
  UnitStates,
  computeCoverage,
  coverageCatalogue,
  coverageProfiles,
  coverageReport,
  divisionsOption,
  evaluatePartyOrganization,
  periodOption,
  requiredPartyOrganization,
  stateOn,
  trainingCoverage,
  trainingStandings,
} from '../../src/coverage/index.js';
import { unitIndex } from '../../src/coverage/units.js';
import { coverageMessages } from '../../src/coverage/messages.js';
import huaianJson from '../../src/coverage/profiles/huaian.json';
import { codeOf, HOST_TREE_JSON, hostTree, T_JIA_JIEDAO } from './fixtures.js';
import { refusal } from '../support/refusal.js';

const data = { socialWorkStations: [{ id: 'S1', divisionCode: T_JIA_JIEDAO, establishedOn: '2022-01-01' }] };
const opts = { asOf: '2025-12-31', divisions: hostTree() };

describe('one profile option', () => {
  it('takes a shipped id, a Profile or profile JSON (0.1.0 threw a raw TypeError for { profile: "huaian" })', () => {
    const byId = computeCoverage('social_work_stations', data, { ...opts, profile: 'huaian' });
    expect(byId.profile).toEqual({ id: 'huaian', version: '2026.1.0' });
    expect(
      computeCoverage('social_work_stations', data, { ...opts, profile: coverageProfiles.get('huaian') }).numerator,
    ).toBe(1);
    const json = structuredClone(huaianJson) as { parameters: Record<string, { values: { value: unknown }[] }> };
    json.parameters['coverage.stations.townshipKinds']!.values[0]!.value = ['subdistrict'];
    expect(computeCoverage('social_work_stations', data, { ...opts, profile: json }).denominator).toBe(1);
  });

  it('refuses an unknown id with the closest one, another domain, and anything else, each a PolicyError naming the option', () => {
    const old = refusal(() => computeCoverage('social_work_stations', data, { ...opts, profile: 'huaian-coverage' }));
    expect([old.code, old.path]).toEqual(['unknown_profile', ['profile']]);
    expect(old.en).toBe('No coverage profile "huaian-coverage"; known profiles: huaian');
    expect(refusal(() => computeCoverage('social_work_stations', data, { ...opts, profile: 'huayan' })).en).toContain(
      'did you mean "huaian"',
    );
    expect(codeOf(() => computeCoverage('social_work_stations', data, { ...opts, profile: 42 as never }))).toBe(
      'invalid_profile_option',
    );
    expect(
      codeOf(() =>
        computeCoverage('social_work_stations', data, { ...opts, profile: { ...huaianJson, domain: 'salary' } }),
      ),
    ).toBe('wrong_profile_domain');
    for (const f of [
      () => requiredPartyOrganization({ formalPartyMembers: 3 }, { asOf: '2026-01-01', profile: 'nanjing' }),
      () => trainingCoverage([], { asOf: '2026-01-01', profile: 'nanjing' }),
      () => coverageReport({}, { asOf: '2026-01-01', profile: 'nanjing' }),
    ]) {
      expect(codeOf(f)).toBe('unknown_profile');
    }
  });

  it('the registry key is the profile id; it is validated on first use and shared', () => {
    expect(coverageProfiles.ids).toEqual(['huaian']);
    expect(coverageProfiles.get('huaian').id).toBe('huaian');
    expect(coverageProfiles.get('huaian')).toBe(coverageProfiles.resolve('huaian'));
    expect(parseProfile(JSON.parse(JSON.stringify(profileToJson(coverageProfiles.get('huaian')))))).toEqual(
      coverageProfiles.get('huaian'),
    );
  });
});

describe('one policy for options', () => {
  it('refuses unknown option names with a suggestion, and bad values with a PolicyError naming the option', () => {
    const typo = refusal(() => computeCoverage('social_work_stations', data, { ...opts, gaplimit: 3 } as never));
    expect([typo.code, typo.path]).toEqual(['unknown_option', ['gaplimit']]);
    expect(typo.en).toContain('did you mean "gapLimit"');
    expect(codeOf(() => computeCoverage('social_work_stations', data, { ...opts, validate: 'fast' as never }))).toBe(
      'unknown_enum_value',
    );
    expect(codeOf(() => computeCoverage('social_work_stations', data, { ...opts, gapLimit: -1 }))).toBe('out_of_range');
    expect(codeOf(() => computeCoverage('social_work_stations', data, { asOf: '2025-02-30' }))).toBe('invalid_date');
    expect(codeOf(() => computeCoverage('social_work_stations', data, null as never))).toBe('invalid_options');
    expect(codeOf(() => computeCoverage('social_work_stations', data, { ...opts, divisions: 42 as never }))).toBe(
      'invalid_divisions',
    );
    expect(
      codeOf(() => computeCoverage('dual_review', data, { ...opts, period: { from: '2025-01-01', to: 'x' } })),
    ).toBe('invalid_format');
    expect(codeOf(() => computeCoverage('dual_review', data, { ...opts, period: null as never }))).toBe(
      'invalid_period',
    );
    const unknown = refusal(() => computeCoverage('station' as never, data, opts));
    expect([unknown.code, unknown.path]).toEqual(['unknown_indicator', ['indicator']]);
  });

  it('takes division tree JSON as well as a tree', () => {
    expect(computeCoverage('social_work_stations', data, { ...opts, divisions: HOST_TREE_JSON }).denominator).toBe(3);
  });
});

describe('one envelope, one renderer', () => {
  it('carries kind, outcome, asOf, profile, engine, warnings, missing and the explanation', () => {
    const r = computeCoverage('social_work_stations', data, opts);
    expect(r).toMatchObject({
      kind: 'coverage',
      outcome: 'computed',
      asOf: '2025-12-31',
      profile: { id: 'huaian' },
      engine: { name: 'huaian-social-work', domain: 'coverage' },
      missing: [],
    });
    expect(r.explanation?.parameters.map((p) => p.id)).toEqual([
      'coverage.stations.townshipKinds',
      'coverage.stations.villageKinds',
    ]);
    // Undated values say so on the result (no stand-in dates).
    expect(r.warnings.map((w) => w.code)).toEqual(['date_unknown', 'date_unknown']);
  });

  it('explain() renders results, reports, party organizations and training coverage', () => {
    for (const result of [
      computeCoverage('social_work_stations', data, opts),
      coverageReport(data, opts),
      requiredPartyOrganization({ formalPartyMembers: 3, probationaryPartyMembers: 0 }, { asOf: '2026-01-01' }),
      trainingCoverage([], { asOf: '2026-01-01' }),
    ]) {
      const zh = explain(result);
      const en = explain(result, { lang: 'en' });
      expect(zh.split('\n')[0]!.length).toBeGreaterThan(5);
      expect(zh).not.toMatch(/\b(?:the|of|and|with)\b/);
      expect(en).toContain('Outcome:');
    }
  });
});

describe('the huaian coverage profile as data', () => {
  const profile = coverageProfiles.get('huaian');
  const values = Object.values(profile.parameters).flatMap((p) => p.values.map((v) => ({ id: p.id, v })));

  it('has no stand-in dates: every date of effect is a real one or unknown (null)', () => {
    // 2011-03-01: 民政部令第39号 in force (U3); 2021-12-14: the Jiangsu 十四五 plan for social work professionals (U17).
    for (const { v } of values) expect(v.effectiveFrom === null || v.effectiveFrom >= '2011-03-01').toBe(true);
    expect(values.filter(({ v }) => v.effectiveFrom !== null).map(({ id, v }) => `${id}@${v.effectiveFrom}`)).toEqual([
      'coverage.party.levels.stateEnterprise@2019-12-30',
      'coverage.ratings.validityYears@2011-03-01',
      'coverage.ratings.counting@2011-03-01',
      'coverage.target.org_ratings@2021-12-14',
    ]);
  });

  it('cites a source from the sources table on every value; provisional values say why; not-found values are null', () => {
    for (const { id, v } of values) {
      expect(v.source.key, id).toBeTruthy();
      if (v.provisional) expect(v.note?.zh.length, id).toBeGreaterThan(0);
      if (v.notFound) expect(v.value, id).toBeNull();
    }
    expect(values.filter(({ v }) => v.provisional).map(({ id }) => id)).toEqual([
      'coverage.party.workCoverageMeans',
      'coverage.party.levels.twoNew',
      'coverage.dualReview.eventKinds',
      'coverage.dualReview.minLeadDays',
      'coverage.volunteer.activityRequired',
      'coverage.volunteer.villageTeamsCoverTownship',
      'coverage.ratings.counting',
      'coverage.target.org_ratings',
    ]);
    expect(values.filter(({ v }) => v.notFound).map(({ id }) => id)).toEqual([
      'coverage.volunteer.activityWindowDays',
      'coverage.target.org_ratings.agencies_4a',
      'coverage.target.org_ratings.volunteer_4a',
    ]);
  });

  it('holds the numbers of the texts with their articles (S21 scope; P-ZB4, P-ZB2, P-GQ, P-JG, P-NC thresholds)', () => {
    const v = (id: string) => profile.parameters[id]!.values[0]!;
    expect(v('coverage.party.enterprise.minEmployees')).toMatchObject({ value: 10, source: { key: 'S21' } });
    expect(v('coverage.party.socialOrganization.minStaff')).toMatchObject({ value: 30, source: { key: 'S21' } });
    expect(v('coverage.party.branch.formalMembersMin')).toMatchObject({
      value: 3,
      source: { key: 'P-ZB4', confidence: 'H' },
    });
    expect(v('coverage.party.branch.committeeFormalMembersMin')).toMatchObject({ value: 7, source: { key: 'P-ZB2' } });
    expect(v('coverage.party.jointBranch.maxUnits')).toMatchObject({ value: 5, source: { key: 'P-ZB2' } });
    expect(v('coverage.party.levels.stateEnterprise')).toMatchObject({
      source: { key: 'P-GQ' },
      value: { committee: { from: { bound: '以上', limit: 100 } }, generalBranch: null },
    });
    expect(v('coverage.party.levels.organ')).toMatchObject({
      source: { key: 'P-JG' },
      value: { generalBranch: { from: { bound: '以上', limit: 50 }, to: { bound: '以下', limit: 100 } } },
    });
    expect(v('coverage.party.levels.village')).toMatchObject({
      source: { key: 'P-NC' },
      value: { generalBranch: { from: { bound: '超过', limit: 50 } } },
    });
    expect(v('coverage.target.certification_rate')).toMatchObject({
      value: { overall: '0.6' },
      source: { key: 'U31' },
    });
  });

  it('a host overrides any value; overrides do not warn', () => {
    const p = withOverrides(profile, { 'coverage.stations.townshipKinds': ['town'] });
    const r = computeCoverage('social_work_stations', data, { ...opts, profile: p });
    expect(r.denominator).toBe(2);
    expect(r.warnings.map((w) => w.code)).toEqual(['date_unknown']);
  });
});

describe('messages as data', () => {
  it('one catalogue for the domain: its messages and every indicator’s own texts, no code twice, both languages', () => {
    const own = COVERAGE_INDICATORS.flatMap((d) => Object.keys((d as { texts?: object }).texts ?? {}));
    const base = Object.keys(coverageMessages.catalogue);
    expect(new Set([...base, ...own]).size).toBe(base.length + own.length);
    const all = coverageCatalogue();
    expect(Object.keys(all).sort()).toEqual([...base, ...own].sort());
    for (const [code, t] of Object.entries(all))
      expect(typeof t.zh === 'function' && typeof t.en === 'function', code).toBe(true);
  });
});

describe('fuzz findings: the kit pieces /coverage exports check their arguments (TypeErrors and RangeErrors before)', () => {
  const scope = () => new Scope(profileAt(coverageProfiles.get('huaian'), '2025-12-31'));
  const tree = () => unitIndex(hostTree());
  const measure = { id: 'township', label: { zh: '镇街', en: 'Townships' }, population: 'units' } as const;

  it('MeasureCounter and UnitStates: a declaration, a compiled tree, a limit, a count of units', () => {
    expect(codeOf(() => new MeasureCounter(measure, undefined as never, 20, () => undefined))).toBe('invalid_type');
    expect(
      codeOf(() => new MeasureCounter({ ...measure, population: 'people' } as never, tree(), 20, () => undefined)),
    ).toBe('invalid_type');
    expect(codeOf(() => new MeasureCounter(measure, tree(), -1, () => undefined))).toBe('out_of_range');
    expect(
      codeOf(() => new MeasureCounter(measure, tree(), Number.POSITIVE_INFINITY, () => undefined)),
    ).toBeUndefined();
    expect(codeOf(() => new UnitStates(-1))).toBe('out_of_range');
    expect(codeOf(() => new UnitStates(1e21))).toBe('invalid_type');
    expect(codeOf(() => new UnitStates(2 ** 40))).toBe('out_of_range');
  });

  it('stateOn, trainingStandings and evaluatePartyOrganization refuse what they cannot read', () => {
    expect(codeOf(() => stateOn({} as never, undefined, '2025-12-31', 'x'))).toBe('invalid_type');
    expect(stateOn(undefined, undefined, '2025-12-31', 'establishedOn')).toEqual({
      state: 'unknown',
      missing: ['establishedOn'],
    });
    expect(
      codeOf(() =>
        trainingStandings(undefined as never, { from: '2025-01-01', to: '2025-12-31' }, ['party_secretary'], scope()),
      ),
    ).toBe('invalid_type');
    expect(
      codeOf(() =>
        trainingStandings(
          { records: [] } as never,
          { from: '2025-01-01', to: '2025-12-31' },
          'party_secretary' as never,
          scope(),
        ),
      ),
    ).toBe('invalid_type');
    expect(codeOf(() => evaluatePartyOrganization(undefined as never, scope()))).toBe('invalid_type');
    expect(codeOf(() => evaluatePartyOrganization({ formalPartyMembers: 7 }, {} as never))).toBe('invalid_type');
    expect(codeOf(() => evaluatePartyOrganization({ formalPartyMembers: 7, unitType: 'x' } as never, scope()))).toBe(
      'unknown_enum_value',
    );
    expect(evaluatePartyOrganization({ formalPartyMembers: 7, probationaryPartyMembers: 0 }, scope()).formation).toBe(
      'standalone',
    );
  });

  it('the option readers check their path; a person key with a resident ID inside is masked in untrained lists', () => {
    expect(codeOf(() => periodOption({ from: '2025-01-01', to: '2025-12-31' }, 5 as never))).toBe('invalid_type');
    expect(codeOf(() => divisionsOption(undefined, 5 as never))).toBe('invalid_type');
    const c = trainingCoverage([{ personId: '张三 11010519491231002X', role: 'party_secretary', trainedOn: [] }], {
      asOf: '2025-12-31',
      period: { from: '2025-01-01', to: '2025-12-31' },
    });
    expect(c.untrained[0]!.personId).toBe('张三 ******************');
  });
});
