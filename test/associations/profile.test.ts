import { describe, expect, it } from 'vitest';
import { associationProfiles, reviewCandidate } from '../../src/associations/index.js';
import { profileAt, profileToJson, isGap, type Profile } from '../../src/core/index.js';
import json from '../../src/associations/profiles/national-2015.json' with { type: 'json' };
import { ASSOCIATION, ELECTION, OK, refusal } from './fixtures.js';

const national = associationProfiles.get('national-2015');
const value = (id: string, date = ELECTION) => {
  const r = profileAt(national, date).get(id);
  return isGap(r) ? r : r.value;
};

describe('the national-2015 profile, as data', () => {
  it('is registered: default id, domain, and every value cites a key of the sources table with an article', () => {
    expect(associationProfiles.ids).toEqual(['national-2015']);
    expect(associationProfiles.defaultId).toBe('national-2015');
    expect(national.domain).toBe('associations');
    for (const p of Object.values(national.parameters)) {
      for (const v of p.values) {
        expect(v.source.key, p.id).toMatch(/^(S\d+|T\d+|P-2014|U6)$/);
        expect(v.source.article, p.id).toBeTruthy();
      }
    }
  });

  it('holds the cited values', () => {
    expect(value('associations.age.limit')).toBe(70);
    expect(value('associations.age.failFrom')).toBe('birthday-after-limit');
    expect(value('associations.age.withinTerm')).toBe('warn');
    expect(value('associations.term.maxYears')).toBe(5);
    expect(value('associations.term.maxConsecutive')).toBe(2);
    expect(value('associations.retiredCadre.coolingOffYears')).toBe(3);
    expect(value('associations.retiredCadre.maxPosts')).toBe(1);
    expect(value('associations.retiredCadre.maxTerms')).toBe(2);
    expect(value('associations.retiredCadre.ageLimit')).toBe(70);
    expect(value('associations.term.extension')).toEqual({ memberVote: '2/3', registrationAuthorityApproval: true });
  });

  it('uses real dates of effect, or null when the source is undated (never a stand-in)', () => {
    const dates = new Set<string | null>();
    for (const p of Object.values(json.parameters)) for (const v of p.values) dates.add(v.effectiveFrom);
    // 民政部 2015 办法, 中组发〔2014〕11号, the 条例's 1998 text (in force on publication) and its 2016 revision; null for undated sources.
    expect([...dates].sort()).toEqual(['1998-10-25', '2014-06-25', '2015-09-07', '2016-02-06', null].sort());
    const undated = Object.entries(json.parameters)
      .filter(([, p]) => p.values[0]!.effectiveFrom === null)
      .map(([id]) => id);
    for (const id of undated)
      expect(['S12', 'S17', 'T9', 'U6'], id).toContain(national.parameters[id]!.values[0]!.source.key);
    expect(value('associations.legalRepresentative.exclusive', '2016-02-05')).toMatchObject({
      reason: 'not_in_force',
      since: '2016-02-06',
    });
    expect(value('associations.retiredCadre.maxPosts', '2014-06-24')).toMatchObject({
      reason: 'not_in_force',
      since: '2014-06-25',
    });
  });

  it('has no value for the 公示 period (not found), rather than an invented one', () => {
    expect(value('associations.procedure.publicNoticeDays')).toMatchObject({ reason: 'not_found' });
    expect(json.parameters['associations.procedure.publicNoticeDays'].values[0]).toMatchObject({
      value: null,
      notFound: true,
    });
  });

  it('marks readings the text leaves open as provisional, with a note', () => {
    const provisional = Object.entries(json.parameters)
      .filter(([, p]) => p.values.some((v) => (v as { provisional?: boolean }).provisional))
      .map(([id]) => id);
    expect(provisional.sort()).toEqual(['associations.age.failFrom', 'associations.age.withinTerm']);
    for (const id of provisional) expect(national.parameters[id]!.values[0]!.note?.zh.length).toBeGreaterThan(10);
  });

  it('round-trips through self-contained JSON', () => {
    const again = associationProfiles.resolve(profileToJson(national));
    expect(again.parameters).toEqual(national.parameters);
  });
});

describe('the profile option: an id, a Profile or profile JSON; anything else is a PolicyError', () => {
  const review = (profile: unknown) =>
    reviewCandidate(OK, {
      role: 'president',
      association: ASSOCIATION,
      electionDate: ELECTION,
      profile: profile as Profile,
    });

  it('takes each form', () => {
    expect(review('national-2015').profile).toEqual({ id: 'national-2015', version: '2026.2.0' });
    expect(review(national).outcome).toBe('pass');
    const host = structuredClone(json) as typeof json;
    host.parameters['associations.age.limit'].values[0]!.value = 50;
    expect(review(host).outcome).toBe('fail');
  });

  it('refuses an unknown id with the closest one, a profile of another domain, and a non-profile', () => {
    const e = refusal(() => review('national-2016'));
    expect(e.code).toBe('unknown_profile');
    expect(e.en).toContain('national-2015');
    expect(refusal(() => review({ ...json, domain: 'salary' })).code).toBe('wrong_profile_domain');
    expect(refusal(() => review(42)).code).toBe('invalid_profile_option');
  });
});
