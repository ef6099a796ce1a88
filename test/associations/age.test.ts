import { describe, expect, it } from 'vitest';
import { reviewCandidate } from '../../src/associations/index.js';
import { ASSOCIATION, ELECTION, candidate, findingOf } from './fixtures.js';

const president = (birthDate: string, electionDate = ELECTION, termYears = 5) =>
  reviewCandidate(candidate({ birthDate }), { role: 'president', association: { ...ASSOCIATION, termYears }, electionDate });

describe('eligibility.age: "不超过70周岁" read as age in full years on the election date ≤ 70', () => {
  it.each([
    ['1956-05-21', 'day before the 70th birthday', 69, 'pass'],
    ['1956-05-20', '70th birthday', 70, 'pass'],
    ['1956-05-19', 'day after the 70th birthday', 70, 'pass'],
    ['1955-05-21', 'day before the 71st birthday', 70, 'pass'],
    ['1955-05-20', '71st birthday', 71, 'fail'],
    ['1955-05-19', 'day after the 71st birthday', 71, 'fail'],
  ])('born %s (election on the %s): age %i, %s', (birth, _what, age, outcome) => {
    const f = findingOf(president(birth), 'eligibility.age');
    expect(f.outcome).toBe(outcome);
    expect(f.inputs.age).toBe(age);
    expect(f.citation.key).toBe('S15');
  });

  it('names the day from which the candidate is ineligible', () => {
    const f = findingOf(president('1955-05-20'), 'eligibility.age');
    expect(f.zh).toContain('2026-05-20 起不符合');
    expect(f.en).toContain('ineligible from 2026-05-20');
    expect(findingOf(president('1960-01-01'), 'eligibility.age').en).toContain('ineligible from 2031-01-01');
  });

  it('29 February birthday: the 71st birthday in a common year is 1 March', () => {
    expect(findingOf(president('1956-02-29', '2027-02-28'), 'eligibility.age').outcome).toBe('pass');
    expect(findingOf(president('1956-02-29', '2027-02-28'), 'eligibility.age').inputs.age).toBe(70);
    expect(findingOf(president('1956-02-29', '2027-03-01'), 'eligibility.age').outcome).toBe('fail');
    // In a leap year the birthday itself counts.
    expect(findingOf(president('1957-02-28', '2028-02-28'), 'eligibility.age').outcome).toBe('fail');
    expect(findingOf(president('1957-03-01', '2028-02-29'), 'eligibility.age').outcome).toBe('pass');
  });
});

describe('age warning (T9: reaching 70 during the new term)', () => {
  const warned = (r: ReturnType<typeof president>) => r.warnings.some((w) => w.code === 'age_reached_during_term');

  it('warns when the 70th birthday is on the last day of a 5-year term, not the day after', () => {
    // Term from 2026-05-20: last day 2031-05-19.
    const onLastDay = president('1961-05-19');
    expect(warned(onLastDay)).toBe(true);
    expect(findingOf(onLastDay, 'eligibility.age').outcome).toBe('pass');
    expect(findingOf(onLastDay, 'eligibility.age').inputs.termLastDay).toBe('2031-05-19');
    expect(warned(president('1961-05-20'))).toBe(false);
  });

  it('warns a candidate already 70 on the election date, and uses the association term length', () => {
    expect(warned(president('1956-05-20'))).toBe(true);
    expect(warned(president('1963-05-19', ELECTION, 3))).toBe(false);
    expect(warned(president('1959-05-19', ELECTION, 3))).toBe(true);
  });

  it('for a candidate already 70, the warning names the day the limit is passed, not a past birthday', () => {
    const w = president('1955-06-01').warnings.find((x) => x.code === 'age_reached_during_term')!;
    expect(w.en).toContain('Already 70 on election day; passes 70 on 2026-06-01');
    expect(w.zh).toContain('将于 2026-06-01 超过 70 周岁');
    expect(w.en).not.toContain('Reaches 70 on 2025');
  });

  it('uses the 5-year maximum when the association does not state its term', () => {
    const r = reviewCandidate(candidate({ birthDate: '1961-05-19' }), { role: 'president', association: { id: 'A1' }, electionDate: ELECTION });
    expect(findingOf(r, 'eligibility.age').inputs.termYears).toBe(5);
    expect(r.warnings.map((w) => w.code)).toContain('age_reached_during_term');
  });

  it('29 February: the 70th birthday in a common year is 1 March', () => {
    // Term 2021-03-01 .. 2026-02-28: 70 is reached on 2026-03-01, after it.
    expect(warned(president('1956-02-29', '2021-03-01'))).toBe(false);
    expect(warned(president('1956-02-29', '2021-03-02'))).toBe(true);
  });

  it('the warning is also in the explanation', () => {
    const r = president('1961-05-19');
    expect(r.explanation.warnings.map((w) => w.code)).toContain('age_reached_during_term');
  });
});
