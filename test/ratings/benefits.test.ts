// ratingBenefits: art. 28 (3A+ priority and the deduction route, 4A+ simplified inspection), art. 16(7) certificates.
import { describe, expect, it } from 'vitest';
import { ratingBenefits } from '../../src/ratings/index.js';
import { CLEAN, refusal } from './support.js';

const asOf = '2026-03-01';
const applying = (grade: unknown) =>
  ratingBenefits(grade, { asOf })
    .benefits.filter((b) => b.applies)
    .map((b) => b.id);

describe('ratingBenefits', () => {
  it('3A and above: priority, certificate, the deduction route; 4A and above: a simplified inspection', () => {
    expect(applying('2A')).toEqual([]);
    expect(applying('3A')).toEqual([
      'government_functions',
      'service_purchases',
      'government_awards',
      'certificate_and_plaque',
      'donation_deduction',
    ]);
    expect(applying('4A')).toEqual([...applying('3A'), 'simplified_inspection']);
    expect(applying('五级')).toEqual(applying('4A'));
  });
  it('each benefit cites its article; the deduction route is one condition of 公告2020年第27号', () => {
    const b = ratingBenefits('4A', { asOf }).benefits;
    expect(b.find((x) => x.id === 'simplified_inspection')!.citations[0]).toMatchObject({
      key: 'U3',
      article: '第二十八条第四款',
    });
    const tax = b.find((x) => x.id === 'donation_deduction')!;
    expect(tax).toMatchObject({ conditional: true, minGrade: '3A' });
    expect(tax.citations.map((c) => c.key)).toEqual(['U3', 'U20']);
  });
  it('an organization: the grade must be valid on the date', () => {
    expect(ratingBenefits(CLEAN, { asOf })).toMatchObject({ outcome: 'computed', grade: '4A', state: 'valid' });
    expect(ratingBenefits(CLEAN, { asOf: '2026-07-01' })).toMatchObject({
      outcome: 'not_applicable',
      state: 'expired',
      benefits: [],
    });
    expect(ratingBenefits({ ...CLEAN, ratedOn: undefined }, { asOf })).toMatchObject({
      outcome: 'undetermined',
      missing: ['ratedOn'],
    });
  });
  it('bad input', () => {
    expect(refusal(() => ratingBenefits('6A', { asOf })).code).toBe('unknown_enum_value');
    expect(refusal(() => ratingBenefits(4, { asOf })).code).toBe('invalid_type');
    expect(refusal(() => ratingBenefits('4A', {} as never)).path).toEqual(['asOf']);
  });
});
