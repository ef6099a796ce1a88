// projectCompliance: Jiangsu's ratios for government-purchased 社工 projects (U17): 75% professionals, 80% labour cost.
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/core/index.js';
import { projectCompliance } from '../../src/ratings/index.js';
import { finding, refusal } from './support.js';

const asOf = '2026-03-01';
const yes = { socialWorkDegree: true };
const no = { socialWorkDegree: false };
const cert = (obtained: string) => ({ certificate: { level: 'assistant', obtained } });

describe('projectCompliance', () => {
  it('exactly 75% of staff and 80% of the budget pass ("不低于", "不少于")', () => {
    const r = projectCompliance({ staff: [yes, yes, yes, no], laborCost: '80000.00', budget: '100000.00' }, { asOf });
    expect(r.outcome).toBe('pass');
    expect(r.staff).toMatchObject({ professional: 3, other: 1, undetermined: 0, total: 4, percent: '75.00%' });
    expect(r.laborCost).toMatchObject({ rate: '0.8000', percent: '80.00%' });
  });
  it('a fen short of 80% fails, and says so exactly', () => {
    const r = projectCompliance({ staff: [yes], laborCost: '79999.99', budget: '100000.00' }, { asOf });
    expect(finding(r.findings, 'ratings.project.laborShare')).toMatchObject({
      outcome: 'fail',
      zh: '人力成本79999.99元，占项目经费100000.00元的80.00%，少于80%（还差0.01元）',
    });
  });
  it('2 of 3 professionals is 66.67%: one more needed', () => {
    expect(
      finding(
        projectCompliance({ staff: [yes, yes, no], laborCost: 90, budget: 100 }, { asOf }).findings,
        'ratings.project.staffShare',
      ).zh,
    ).toBe('社会工作专业人才2人，占项目执行总人数3人的66.67%，低于75%（至少还需1人）');
  });
  it('a certificate counts from the day it was obtained; undetermined members decide only when they could', () => {
    expect(
      projectCompliance(
        { staff: [cert('2020-01-01'), cert('2026-03-02'), yes, yes], laborCost: 80, budget: 100 },
        { asOf },
      ).staff.professional,
    ).toBe(3);
    const open = projectCompliance({ staff: [yes, yes, {}, no], laborCost: 80, budget: 100 }, { asOf });
    expect(open).toMatchObject({ outcome: 'undetermined', missing: ['staff.2.socialWorkDegree'] });
    const decided = projectCompliance({ staff: [yes, yes, yes, {}], laborCost: 80, budget: 100 }, { asOf });
    expect(decided.outcome).toBe('pass');
  });
  it('the host may define who counts', () => {
    const r = projectCompliance(
      { staff: [cert('2020-01-01'), yes], laborCost: 80, budget: 100 },
      { asOf, isProfessional: (m) => m.certificate !== undefined },
    );
    expect(r.staff.professional).toBe(1);
    expect(explain(r)).toContain('社会工作专业人才按使用方给出的认定函数判断');
    expect(
      refusal(() =>
        projectCompliance(
          { staff: [yes], laborCost: 80, budget: 100 },
          { asOf, isProfessional: (() => 'yes') as never },
        ),
      ).code,
    ).toBe('predicate_result');
    expect(
      refusal(() =>
        projectCompliance({ staff: [yes], laborCost: 80, budget: 100 }, { asOf, isProfessional: 'all' as never }),
      ).code,
    ).toBe('predicate_not_function');
  });
  it('Anhui has no such ratios (not found): undetermined', () => {
    const r = projectCompliance({ staff: [yes], laborCost: 80, budget: 100 }, { asOf, profile: 'anhui-huaining' });
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual([
      'parameter:ratings.project.socialWorkerShare',
      'parameter:ratings.project.laborCostShare',
      'parameter:ratings.project.professionalCriteria',
    ]);
  });
  it('bad input', () => {
    expect(refusal(() => projectCompliance({ staff: [yes], laborCost: '-1', budget: 100 }, { asOf })).path).toEqual([
      'laborCost',
    ]);
    expect(refusal(() => projectCompliance({ staff: [yes], laborCost: 1, budget: '0.00' }, { asOf })).code).toBe(
      'budget_zero',
    );
    expect(
      refusal(() => projectCompliance({ staff: [{ degree: true }], laborCost: 1, budget: 1 }, { asOf })).code,
    ).toBe('unrecognized_keys');
    expect(refusal(() => projectCompliance({ laborCost: 1, budget: 1 }, { asOf })).path).toEqual(['staff']);
  });
});
