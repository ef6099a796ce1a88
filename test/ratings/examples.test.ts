// The @example blocks of the /ratings API (and of what issue 16 added to core, entities and coverage), run as written.
import { describe, expect, it } from 'vitest';
import { CIVIL_CODE_PERIODS, compareDecimalToTarget, formatDecimalRate } from '../../src/core/index.js';
import { orgRatingsIndicator } from '../../src/coverage/index.js';
import { penaltyRecord, ratingSanctionRecord } from '../../src/entities/index.js';
import {
  gradeFromScore,
  gradeFromScoreBatch,
  gradeValidity,
  projectCompliance,
  projectStaffRecord,
  ratingBenefits,
  ratingEligibility,
  ratingOrganizationRecord,
  ratingProfiles,
  ratingStatus,
  socialWorkProjectRecord,
} from '../../src/ratings/index.js';
import { refusal } from './support.js';

describe('documented examples', () => {
  it('ratingProfiles', () => {
    expect(ratingProfiles.ids).toEqual(['jiangsu', 'suzhou-2021', 'anhui-huaining']);
    expect(ratingProfiles.get('jiangsu').parameters['ratings.grade.cutoffs']!.values[0]!.value).toEqual({
      '5A': 951,
      '4A': 901,
      '3A': 851,
      '2A': 801,
    });
  });
  it('gradeValidity', () => {
    const noRoll = { ...CIVIL_CODE_PERIODS, id: 'no-roll', rollOver: 'none' as const };
    expect(
      gradeValidity({ rating: '4A', ratedOn: '2021-06-30' }, '2026-06-30', {
        validityYears: 5,
        renewalWindowYears: 2,
        convention: noRoll,
      }),
    ).toMatchObject({ state: 'valid', expiresOn: '2026-06-30', renewalOpensOn: '2024-07-01', renewalOpen: true });
    expect(
      gradeValidity({ rating: '4A', ratedOn: '2021-06-30' }, '2026-07-01', { validityYears: 5, convention: noRoll })
        .state,
    ).toBe('expired');
    expect(gradeValidity({ rating: '4A' }, '2026-07-01', { validityYears: 5 }).missing).toEqual(['ratedOn']);
  });
  it('gradeFromScore and gradeFromScoreBatch', () => {
    expect(gradeFromScore(950, { asOf: '2026-06-01' }).grade).toBe('4A');
    expect(gradeFromScore(951, { asOf: '2026-06-01' }).grade).toBe('5A');
    expect(gradeFromScore(950, { asOf: '2026-06-01', profile: 'anhui-huaining' }).grade).toBe('5A');
    expect(gradeFromScore('700', { asOf: '2026-06-01', profile: 'anhui-huaining' }).grade).toBeNull();
    expect(refusal(() => gradeFromScore(1001, { asOf: '2026-06-01' })).code).toBe('score_out_of_range');
    const { rows, counts } = gradeFromScoreBatch([950, '951', 'x'], { asOf: '2026-06-01' });
    expect(rows.map((r) => (r.outcome === 'error' ? 'error' : r.grade))).toEqual(['4A', '5A', 'error']);
    expect(counts).toMatchObject({ total: 3, computed: 2, error: 1 });
  });
  it('ratingEligibility', () => {
    const org = {
      kind: '民办社会工作服务机构',
      rating: '4A',
      ratedOn: '2021-06-30',
      ratingSanctions: [],
      annualInspections: { 2025: '合格' },
      penalties: [],
      underInvestigation: false,
    };
    expect(ratingEligibility(org, { asOf: '2026-03-01', target: '5A' }).outcome).toBe('pass');
    expect(ratingEligibility(org, { asOf: '2026-03-01', target: '5A', profile: 'suzhou-2021' }).outcome).toBe('pass');
    expect(
      ratingEligibility(
        { ...org, rating: undefined, ratedOn: undefined, registeredOn: '2024-05-01' },
        { asOf: '2026-03-01', target: '3A', registeredBefore: '2023-12-31' },
      ).findings[0]!.outcome,
    ).toBe('fail');
  });
  it('ratingStatus', () => {
    const s = ratingStatus(
      {
        kind: '民办社会工作服务机构',
        rating: '4A',
        ratedOn: '2021-06-30',
        annualInspections: { 2025: '合格', 2024: '合格' },
        penalties: [],
      },
      { asOf: '2026-03-01' },
    );
    expect([s.state, s.validity.expiresOn, s.validity.renewalOpen]).toEqual(['valid', '2026-06-30', true]);
    expect(
      ratingStatus({ kind: '民办社会工作服务机构', rating: '4A', ratedOn: '2021-06-30' }, { asOf: '2026-07-01' }).state,
    ).toBe('expired');
  });
  it('ratingBenefits', () => {
    expect(ratingBenefits('4A', { asOf: '2026-03-01' }).benefits.filter((b) => b.applies)).toHaveLength(6);
    expect(
      ratingBenefits('3A', { asOf: '2026-03-01' }).benefits.find((b) => b.id === 'simplified_inspection')?.applies,
    ).toBe(false);
    expect(
      ratingBenefits({ kind: '民办社会工作服务机构', rating: '4A', ratedOn: '2019-01-10' }, { asOf: '2026-03-01' })
        .outcome,
    ).toBe('not_applicable');
  });
  it('projectCompliance', () => {
    const staff = [
      { socialWorkDegree: true },
      { socialWorkDegree: true },
      { socialWorkDegree: true },
      { socialWorkDegree: false },
    ];
    expect(
      projectCompliance({ staff, laborCost: '80000.00', budget: '100000.00' }, { asOf: '2026-03-01' }).outcome,
    ).toBe('pass');
    expect(
      projectCompliance({ staff, laborCost: '79999.99', budget: '100000.00' }, { asOf: '2026-03-01' }).findings[1]!
        .outcome,
    ).toBe('fail');
  });
  it('records', () => {
    expect(
      ratingOrganizationRecord.parse({
        kind: '民办社会工作服务机构',
        rating: '4A级',
        ratedOn: '2021-06-30',
        target: '五级',
      }).target,
    ).toBe('5A');
    expect(projectStaffRecord.parse({ name: '张三', socialWorkDegree: true }).socialWorkDegree).toBe(true);
    expect(
      socialWorkProjectRecord.parse({ staff: [{ socialWorkDegree: true }], laborCost: '80000.00', budget: 100000 })
        .budget,
    ).toBe('100000');
    expect(penaltyRecord.parse({ decidedOn: '2025-04-01', kind: '警告', executedOn: '2025-04-01' }).executedOn).toBe(
      '2025-04-01',
    );
    expect(ratingSanctionRecord.parse({ kind: '取消评估等级', decidedOn: '2025-03-01' }).kind).toBe('cancelled');
  });
  it('core rates of decimals', () => {
    expect(formatDecimalRate('79999.99', '100000.00')).toEqual({ rate: '0.8000', percent: '80.00%' });
    expect(compareDecimalToTarget('79999.99', '100000.00', '0.8')).toEqual({
      met: false,
      amount: '0.01',
      gap: '0.0001',
    });
  });
  it('coverage indicator', () => {
    expect(orgRatingsIndicator.measures.map((m) => m.id)).toEqual([
      'agencies_3a',
      'agencies_4a',
      'volunteer_3a',
      'volunteer_4a',
    ]);
  });
});
