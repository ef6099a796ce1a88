import { describe, expect, it } from 'vitest';
import { parseProfile, readParameter } from '../../src/core/index.js';
import { associationProfiles, getAssociationProfile, nationalAssociationProfile } from '../../src/associations/index.js';
import { errorCode } from './fixtures.js';

describe('nationalAssociationProfile (national-2015)', () => {
  it('is valid profile data', () => {
    expect(parseProfile(JSON.parse(JSON.stringify(nationalAssociationProfile)))).toEqual(nationalAssociationProfile);
  });

  it('cites a source with a key and an article for every dated value', () => {
    for (const p of Object.values(nationalAssociationProfile.parameters)) {
      for (const v of p.values) {
        expect(v.source.key, p.id).toMatch(/^(S|T)\d+/);
        expect(v.source.article, p.id).toBeTruthy();
        expect(v.source.url, p.id).toMatch(/^https?:\/\//);
      }
    }
  });

  it('holds the cited national values', () => {
    const at = (id: string, date = '2026-05-20') => readParameter(nationalAssociationProfile, id, date).value;
    expect(at('associations.age.limit')).toBe(70);
    expect(at('associations.term.maxYears')).toBe(5);
    expect(at('associations.term.maxConsecutive')).toBe(2);
    expect(at('associations.retiredCadre.coolingOffYears')).toBe(3);
    expect(at('associations.term.extension')).toEqual({ memberVote: '2/3', registrationAuthorityApproval: true });
    expect(readParameter(nationalAssociationProfile, 'associations.legalRepresentative.exclusive', '2016-02-06').source.key).toBe('T4');
    expect(errorCode(() => at('associations.legalRepresentative.exclusive', '2016-02-05'))).toBe('not_in_force');
  });

  it('has no value for the 公示 period (NOT FOUND), rather than an invented one', () => {
    expect(errorCode(() => readParameter(nationalAssociationProfile, 'associations.procedure.publicNoticeDays', '2026-05-20'))).toBe('not_in_force');
    expect(nationalAssociationProfile.parameters['associations.procedure.publicNoticeDays']!.values[0]!.source.title).toContain('NOT FOUND');
  });

  it('is in the registry by id', () => {
    expect(associationProfiles['national-2015']).toBe(nationalAssociationProfile);
    expect(getAssociationProfile('national-2015')).toBe(nationalAssociationProfile);
    expect(errorCode(() => getAssociationProfile('huaian'))).toBe('unknown_code');
    expect(errorCode(() => getAssociationProfile('toString'))).toBe('unknown_code');
  });
});

import { combineOutcomes } from '../../src/associations/index.js';

describe('combineOutcomes', () => {
  it('fail beats undetermined beats pass; nothing checked is undetermined', () => {
    expect(combineOutcomes(['pass', 'pass'])).toBe('pass');
    expect(combineOutcomes(['pass', 'undetermined', 'pass'])).toBe('undetermined');
    expect(combineOutcomes(['undetermined', 'fail', 'pass'])).toBe('fail');
    expect(combineOutcomes([])).toBe('undetermined');
  });
});
