import { describe, expect, it } from 'vitest';
import { associationProfiles, reviewCandidate } from '../../src/associations/index.js';
import { withOverrides } from '../../src/core/index.js';
import { ASSOCIATION, ELECTION, candidate, findingOf } from './fixtures.js';

const national = associationProfiles.get('national-2015');
const president = (
  birthDate: string,
  electionDate = ELECTION,
  termYears: number | 'unstated' = 5,
  profile: object = national,
) =>
  reviewCandidate(candidate({ birthDate }), {
    role: 'president',
    association: termYears === 'unstated' ? { id: 'A1' } : { ...ASSOCIATION, termYears },
    electionDate,
    profile,
  });
const underSeventy = withOverrides(national, { 'associations.age.failFrom': 'limit-birthday' });
const failWithinTerm = withOverrides(national, { 'associations.age.withinTerm': 'fail' });

describe('eligibility.age, default reading: "不超过70周岁" (fails from the 71st birthday)', () => {
  it.each([
    ['1956-05-21', 'day before the 70th birthday', 69, 'pass'],
    ['1956-05-20', '70th birthday', 70, 'pass'],
    ['1955-05-21', 'day before the 71st birthday', 70, 'pass'],
    ['1955-05-20', '71st birthday', 71, 'fail'],
    ['1955-05-19', 'day after the 71st birthday', 71, 'fail'],
  ])('born %s (election on the %s): age %i, %s', (birth, _what, age, outcome) => {
    const f = findingOf(president(birth), 'eligibility.age');
    expect(f.outcome).toBe(outcome);
    expect(f.inputs.age).toBe(age);
    expect(f.inputs.reading).toBe('birthday-after-limit');
    expect(f.source.key).toBe('S15');
  });

  it('says which reading it used and from which day the candidate fails', () => {
    const f = findingOf(president('1955-05-20'), 'eligibility.age');
    expect(f.text.zh).toContain('按“不超过70周岁”理解，第71个生日当天起不符合，即 2026-05-20 起');
    expect(f.text.en).toContain('read as "not above 70": ineligible from the 71st birthday, i.e. from 2026-05-20');
  });

  it('the reading is provisional, so every result that uses it says so', () => {
    const r = president('1970-01-01');
    const w = r.warnings.find((x) => x.code === 'provisional_parameter' && x.zh.includes('年龄界限的理解'));
    expect(w?.zh).toContain('民法典第一千二百五十九条');
    expect(r.explanation?.parameters.map((p) => p.id)).toContain('associations.age.failFrom');
  });

  it('29 February birthday: the 71st birthday in a common year is 1 March', () => {
    expect(findingOf(president('1956-02-29', '2027-02-28'), 'eligibility.age').outcome).toBe('pass');
    expect(findingOf(president('1956-02-29', '2027-03-01'), 'eligibility.age').outcome).toBe('fail');
    expect(findingOf(president('1957-02-28', '2028-02-28'), 'eligibility.age').outcome).toBe('fail');
    expect(findingOf(president('1957-03-01', '2028-02-29'), 'eligibility.age').outcome).toBe('pass');
  });
});

describe('eligibility.age, the other reading: "未满70周岁" (fails from the 70th birthday)', () => {
  it('the 70th birthday fails, the day before passes, and the finding names the reading', () => {
    const on = findingOf(president('1956-05-20', ELECTION, 5, underSeventy), 'eligibility.age');
    expect(on.outcome).toBe('fail');
    expect(on.text.zh).toContain('按“未满70周岁”理解，第70个生日当天起不符合');
    expect(findingOf(president('1956-05-21', ELECTION, 5, underSeventy), 'eligibility.age').outcome).toBe('pass');
    // A host's override is its own choice: no provisional warning for it.
    expect(
      president('1970-01-01', ELECTION, 5, underSeventy).warnings.some((w) => w.zh.includes('年龄界限的理解')),
    ).toBe(false);
  });
});

describe('reaching the limit within the term (T9)', () => {
  const warned = (r: ReturnType<typeof president>) => r.warnings.some((w) => w.code === 'age_reached_during_term');

  it('warns when the 70th birthday is on the last day of the term (民法典 201–202: the 5th anniversary), not the day after', () => {
    // Term from 2026-05-20: the start day is not counted, so the last day is 2031-05-20.
    const onLastDay = president('1961-05-20');
    expect(warned(onLastDay)).toBe(true);
    expect(findingOf(onLastDay, 'eligibility.age').outcome).toBe('pass');
    expect(findingOf(onLastDay, 'eligibility.age').inputs.termLastDay).toBe('2031-05-20');
    expect(warned(president('1961-05-21'))).toBe(false);
  });

  it('warns a candidate already 70 on the election date, and uses the association term length', () => {
    expect(warned(president('1956-05-20'))).toBe(true);
    expect(warned(president('1963-05-21', ELECTION, 3))).toBe(false);
    expect(warned(president('1959-05-20', ELECTION, 3))).toBe(true);
  });

  it('the warning is in the finding, the result and the explanation; T9 is low confidence and undated, and the result says so', () => {
    const r = president('1961-05-20');
    const f = findingOf(r, 'eligibility.age');
    expect(f.warnings.map((w) => w.code)).toEqual(['age_reached_during_term']);
    expect(r.explanation?.warnings.map((w) => w.code)).toContain('age_reached_during_term');
    expect(r.warnings.some((w) => w.code === 'low_confidence' && w.zh.includes('任期内将达到年龄界限'))).toBe(true);
    expect(r.warnings.some((w) => w.code === 'date_unknown' && w.zh.includes('任期内将达到年龄界限'))).toBe(true);
  });

  it('uses the longest term, and says so, when the association does not state its term', () => {
    const r = president('1961-05-20', ELECTION, 'unstated');
    expect(findingOf(r, 'eligibility.age').inputs.termYears).toBe(5);
    expect(r.warnings.find((w) => w.code === 'age_reached_during_term')?.zh).toContain('章程未载每届年限，按上限计');
  });

  it('with withinTerm: fail, reaching the limit within the term fails (and needs the stated term)', () => {
    expect(findingOf(president('1961-05-20', ELECTION, 5, failWithinTerm), 'eligibility.age').outcome).toBe('fail');
    expect(findingOf(president('1961-05-21', ELECTION, 5, failWithinTerm), 'eligibility.age').outcome).toBe('pass');
    const unstated = findingOf(president('1961-05-20', ELECTION, 'unstated', failWithinTerm), 'eligibility.age');
    expect(unstated.outcome).toBe('undetermined');
    expect(unstated.missing).toEqual(['association.termYears']);
  });
});
