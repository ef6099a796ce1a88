// gradeValidity: 5 years from the day awarded (art. 28), the last 2 open for re-evaluation (art. 29), counted by the
// core period convention (民法典 arts. 201–202; a validity's last day is not moved, the profile's reading).
import { describe, expect, it } from 'vitest';
import { CIVIL_CODE_PERIODS } from '../../src/core/index.js';
import { gradeValidity, ratingStatus } from '../../src/ratings/index.js';
import { refusal } from './support.js';

const noRoll = {
  ...CIVIL_CODE_PERIODS,
  id: 'no-roll',
  rollOver: 'none' as const,
  articles: { start: 'civil-code-201', monthEnd: 'civil-code-202' },
};
const S = { validityYears: 5, renewalWindowYears: 2, convention: noRoll };
const kind = 'social_work_service_agency';

describe('gradeValidity', () => {
  it('awarded 2021-06-30: valid through 2026-06-30, expired from 2026-07-01; re-evaluation from 2024-07-01', () => {
    const g = { rating: '4A', ratedOn: '2021-06-30' };
    expect(gradeValidity(g, '2026-06-30', S)).toMatchObject({
      state: 'valid',
      grade: '4A',
      expiresOn: '2026-06-30',
      renewalOpensOn: '2024-07-01',
      renewalOpen: true,
    });
    expect(gradeValidity(g, '2026-07-01', S).state).toBe('expired');
    expect(gradeValidity(g, '2024-06-30', S).renewalOpen).toBe(false);
    expect(gradeValidity(g, '2024-07-01', S).renewalOpen).toBe(true);
    expect(gradeValidity(g, '2021-06-30', S).state).toBe('valid');
    expect(gradeValidity(g, '2021-06-29', S).state).toBe('none');
  });
  it('a grade awarded on 29 February ends on 28 February (art. 202: no corresponding day)', () => {
    expect(gradeValidity({ rating: '3A', ratedOn: '2020-02-29' }, '2025-02-28', S)).toMatchObject({
      state: 'valid',
      expiresOn: '2025-02-28',
      renewalOpensOn: '2023-03-01',
    });
    expect(gradeValidity({ rating: '3A', ratedOn: '2020-02-29' }, '2025-03-01', S).state).toBe('expired');
  });
  it('under the default core convention a last day on a rest day moves (here 2026-01-01, 元旦, to 01-04)', () => {
    expect(gradeValidity({ rating: '3A', ratedOn: '2021-01-01' }, '2026-01-02', { validityYears: 5 })).toMatchObject({
      state: 'valid',
      expiresOn: '2026-01-04',
    });
    expect(
      gradeValidity({ rating: '3A', ratedOn: '2021-01-01' }, '2026-01-02', { validityYears: 5, convention: noRoll })
        .state,
    ).toBe('expired');
    // A year without holiday data is never guessed.
    expect(gradeValidity({ rating: '3A', ratedOn: '2023-01-01' }, '2026-01-02', { validityYears: 5 })).toMatchObject({
      state: 'unknown',
      missing: ['calendar:2028'],
    });
  });
  it('a cancellation taken while the grade was held ends it; an older one concerned an earlier grade', () => {
    const sanctions = [{ kind: 'cancelled', decidedOn: '2023-03-01' }];
    expect(
      gradeValidity({ rating: '4A', ratedOn: '2021-06-30', ratingSanctions: sanctions }, '2023-03-01', S),
    ).toMatchObject({ state: 'cancelled', cancelledOn: '2023-03-01' });
    expect(
      gradeValidity({ rating: '4A', ratedOn: '2021-06-30', ratingSanctions: sanctions }, '2023-02-28', S).state,
    ).toBe('valid');
    expect(
      gradeValidity({ rating: '4A', ratedOn: '2024-06-30', ratingSanctions: sanctions }, '2025-01-01', S).state,
    ).toBe('valid');
    expect(
      gradeValidity(
        { rating: '3A', ratedOn: '2021-06-30', ratingSanctions: [{ kind: 'lowered', decidedOn: '2023-03-01' }] },
        '2024-01-01',
        S,
      ),
    ).toMatchObject({ state: 'valid', loweredOn: '2023-03-01' });
  });
  it('no grade is none; a grade without its date is unknown, never assumed valid', () => {
    expect(gradeValidity({}, '2026-01-01', S).state).toBe('none');
    expect(gradeValidity({ rating: '4A' }, '2026-01-01', S)).toMatchObject({ state: 'unknown', missing: ['ratedOn'] });
  });
  it('reads an organization row as it is (other fields ignored)', () => {
    expect(
      gradeValidity(
        { id: 'o1', kind, divisionCode: '320812001', rating: '4A级', ratedOn: '2024-01-01' },
        '2026-01-01',
        S,
      ).grade,
    ).toBe('4A');
  });
  it('refuses bad input with a PolicyError', () => {
    expect(refusal(() => gradeValidity({ rating: '6A', ratedOn: '2024-01-01' }, '2026-01-01', S)).code).toBe(
      'unknown_enum_value',
    );
    expect(refusal(() => gradeValidity({ rating: '4A', ratedOn: '2024-02-30' }, '2026-01-01', S)).code).toBe(
      'invalid_date',
    );
    expect(refusal(() => gradeValidity('4A', '2026-01-01', S)).code).toBe('invalid_type');
    expect(refusal(() => gradeValidity({}, '2026/01/01', S)).path).toEqual(['asOf']);
    expect(refusal(() => gradeValidity({}, '2026-01-01', { validityYears: 0 })).code).toBe('out_of_range');
    expect(refusal(() => gradeValidity({}, '2026-01-01', {} as never)).code).toBe('invalid_type');
    expect(refusal(() => gradeValidity({}, '2026-01-01', { validityYears: 5, renewalWindowYears: 5 })).code).toBe(
      'out_of_range',
    );
    expect(refusal(() => gradeValidity({}, '2026-01-01', { validityYears: 5, window: 2 } as never)).code).toBe(
      'unknown_option',
    );
    expect(
      refusal(() => gradeValidity({}, '2026-01-01', { validityYears: 5, convention: { id: 'x' } as never })).path[0],
    ).toBe('settings');
    expect(refusal(() => gradeValidity({}, '2026-01-01', null as never)).code).toBe('invalid_options');
  });
  it('ratingStatus counts with the same function on the profile numbers', () => {
    const g = { kind, rating: '4A', ratedOn: '2021-06-30' };
    for (const asOf of ['2024-06-30', '2024-07-01', '2026-06-30', '2026-07-01']) {
      const s = ratingStatus(g, { asOf });
      const v = gradeValidity(g, asOf, S);
      expect([s.state, s.validity.expiresOn, s.validity.renewalOpen]).toEqual([v.state, v.expiresOn, v.renewalOpen]);
    }
  });
});
