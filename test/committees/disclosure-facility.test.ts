// disclosureDue (第三十条第三款、第三十三条第一款) and facilityAdequacy (国办发〔2021〕56号: 30 ㎡ per 100 户, 60%).
import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../src/core/index.js';
import { committeeProfiles, disclosureDue, facilityAdequacy } from '../../src/committees/index.js';
import { refusal } from './support.js';

describe('disclosureDue', () => {
  it('after a disclosure in Q3, the next is due by the end of Q4; overdue the day after', () => {
    const on = (asOf: string) =>
      disclosureDue(
        { generalDisclosedOn: '2025-08-15', financeFrequent: false, democraticReviewOn: '2025-06-30' },
        { asOf },
      );
    expect(on('2025-12-31').items[0]).toMatchObject({ due: '2025-12-31', overdue: false });
    expect(on('2026-01-01').items[0]).toMatchObject({ due: '2025-12-31', overdue: true });
    expect(on('2026-01-01').findings[0]).toMatchObject({
      outcome: 'fail',
      zh: '最近一次村务公开在2025-08-15，下一次应在2025-12-31以前，至2026-01-01已逾期',
    });
  });
  it('finances monthly only where transactions are frequent: January’s disclosure is followed by one by 28 February', () => {
    const r = disclosureDue(
      {
        generalDisclosedOn: '2026-01-31',
        financeFrequent: true,
        financeDisclosedOn: '2026-01-31',
        democraticReviewOn: '2025-06-30',
      },
      { asOf: '2026-03-01' },
    );
    expect(r.items[1]).toMatchObject({ due: '2026-02-28', overdue: true });
    expect(
      disclosureDue(
        { generalDisclosedOn: '2026-01-31', financeFrequent: false, democraticReviewOn: '2025-06-30' },
        { asOf: '2026-03-01' },
      ).findings[1]!.outcome,
    ).toBe('not_applicable');
  });
  it('民主评议 at least once a year: after one in 2024, the next by 2025-12-31', () => {
    const r = disclosureDue(
      { generalDisclosedOn: '2025-12-01', financeFrequent: false, democraticReviewOn: '2024-03-01' },
      { asOf: '2026-01-02' },
    );
    expect(r.items[2]).toMatchObject({ due: '2025-12-31', overdue: true });
  });
  it('the rolling reading counts three months (one month, one year) to the corresponding day (民法典 art. 202)', () => {
    const profile = withOverrides(committeeProfiles.get('huaian'), { 'selfgov.calendarPeriods': false });
    const r = disclosureDue(
      {
        generalDisclosedOn: '2025-11-30',
        financeFrequent: true,
        financeDisclosedOn: '2026-01-31',
        democraticReviewOn: '2024-02-29',
      },
      { asOf: '2026-01-31', profile },
    );
    expect(r.items.map((i) => i.due)).toEqual(['2026-02-28', '2026-02-28', '2025-02-28']);
  });
  it('missing dates are undetermined, naming them; a residents’ committee has no period in its law', () => {
    expect(disclosureDue({}, { asOf: '2026-01-01' })).toMatchObject({
      outcome: 'undetermined',
      missing: ['generalDisclosedOn', 'financeFrequent', 'democraticReviewOn'],
    });
    expect(
      disclosureDue({ kind: 'residents_committee' }, { asOf: '2026-01-01' }).findings.map((f) => f.outcome),
    ).toEqual(['not_applicable', 'not_applicable', 'not_applicable']);
  });
  it('a date after the one asked about does not count', () => {
    expect(
      disclosureDue(
        { generalDisclosedOn: '2026-02-01', financeFrequent: false, democraticReviewOn: '2025-06-30' },
        { asOf: '2026-01-01' },
      ).findings[0]!.outcome,
    ).toBe('undetermined');
  });
});

describe('facilityAdequacy (U29, M)', () => {
  it('420 households need 126 ㎡ exactly; 125.99 fails', () => {
    expect(
      facilityAdequacy({ households: 420, serviceArea: '126', activityArea: '80' }, { asOf: '2026-03-01' }).findings[0]!
        .outcome,
    ).toBe('pass');
    const r = facilityAdequacy({ households: 420, serviceArea: '125.99', activityArea: '80' }, { asOf: '2026-03-01' });
    expect(r).toMatchObject({ requiredArea: '126', outcome: 'fail' });
  });
  it('the activity area: 60% of 126 is 75.6 exactly (no float error); 75.59 fails', () => {
    expect(
      facilityAdequacy({ households: 420, serviceArea: '126', activityArea: '75.6' }, { asOf: '2026-03-01' }),
    ).toMatchObject({ requiredActivityArea: '75.6', outcome: 'pass' });
    expect(
      facilityAdequacy({ households: 420, serviceArea: '126', activityArea: '75.59' }, { asOf: '2026-03-01' })
        .findings[1]!.outcome,
    ).toBe('fail');
    // 0.1 + 0.2 style traps: 3 households need 0.9 ㎡.
    expect(
      facilityAdequacy({ households: 3, serviceArea: '0.9', activityArea: '0.54' }, { asOf: '2026-03-01' }).outcome,
    ).toBe('pass');
  });
  it('the ratios are parameters: a host sets its own', () => {
    const profile = withOverrides(committeeProfiles.get('huaian'), { 'facility.m2Per100Households': '40' });
    expect(
      facilityAdequacy({ households: 420, serviceArea: '126', activityArea: '80' }, { asOf: '2026-03-01', profile })
        .requiredArea,
    ).toBe('168');
  });
  it('before the plan (2021-12-27) the ratios are not in force: undetermined', () => {
    expect(
      facilityAdequacy({ households: 420, serviceArea: '126', activityArea: '80' }, { asOf: '2021-06-01' }),
    ).toMatchObject({
      outcome: 'undetermined',
      missing: ['parameter:facility.m2Per100Households', 'parameter:facility.activityShareMin'],
    });
  });
  it('an activity area above the facility, a negative or float area are refused', () => {
    expect(
      refusal(() => facilityAdequacy({ serviceArea: '100', activityArea: '100.01' }, { asOf: '2026-03-01' })),
    ).toMatchObject({ code: 'inconsistent', path: ['activityArea'] });
    expect(refusal(() => facilityAdequacy({ serviceArea: '-1' }, { asOf: '2026-03-01' })).path).toEqual([
      'serviceArea',
    ]);
    expect(refusal(() => facilityAdequacy({ serviceArea: 12.5 }, { asOf: '2026-03-01' })).path).toEqual([
      'serviceArea',
    ]);
  });
});
