// Shared helpers and rosters of the workforce tests.
import { withOverrides, type Profile } from '../../src/core/index.js';
import { salaryProfiles } from '../../src/salary/index.js';
import { workforceProfiles } from '../../src/workforce/index.js';

export { refusal } from '../support/refusal.js';

/** The huaian workforce profile with the city's benchmark (and optionally a county's) supplied, from 2026-01-01. */
export function withBenchmark(table: Record<string, unknown>, extra: Record<string, unknown> = {}): Profile {
  return withOverrides(workforceProfiles.get('huaian'), {
    'workforce.pay.benchmark': { set: table as never, from: '2026-01-01' },
    ...(extra as object),
  });
}

/**
 * A host's pay table on which every worker's pay is known: basic pay by post a month (principal 5000, deputy 4500,
 * staff 4000) and a yearly bonus of 6000 for everyone (annual: 66000, 60000, 54000). Built on the /salary
 * beijing-or-quanjiao profile's post-amount mechanism.
 */
export const PAY: Profile = withOverrides(salaryProfiles.get('beijing-or-quanjiao'), {
  'salary.components': [
    { id: 'basic', label: { zh: '基本工资', en: 'Basic pay' }, kind: 'postAmount', amounts: 'salary.pay.basicByPost' },
    {
      id: 'bonus',
      label: { zh: '年度奖金', en: 'Annual bonus' },
      kind: 'postAmount',
      amounts: 'salary.pay.annualBonus',
      period: 'year',
    },
  ],
  'salary.pay.basicByPost': { set: { principal: '5000', deputy: '4500', staff: '4000' } },
  'salary.pay.annualBonus': { set: { principal: '6000', deputy: '6000', staff: '6000' } },
});

/** Every Chinese text of a result: no Latin letters (identifiers are passed as labels). */
export function chineseOnly(text: string): boolean {
  return !/[A-Za-z]/.test(text);
}
