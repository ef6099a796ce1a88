/** Fuzz specs of /salary. */
import { withOverrides } from '../../../src/core/profile.js';
import { computeSalaries, computeSalary, huaianSalaryProfile } from '../../../src/salary/index.js';
import type { Spec } from '../harness.js';
import { PROFILE_JSON, WORKER } from './fixtures.js';

const MONEY = ['amount', 'total', 'annualTotal', 'monthly', 'annual', 'totalMonthly', 'totalAnnual', 'benchmark', 'floor', 'annualPay', 'shortfall'];
// `id` and `name` are the host's own, returned "as given" so rows can be joined back to the roster; sources and
// labels are the profile's text, shown as the profile wrote them.
const ECHOES = ['id', 'name', 'source', 'label'];
const BIG = '123456789012345678901234.56';

const options = (): Record<string, unknown>[] => [
  { asOf: '2026-01-01' },
  { asOf: '2026-01-01', profile: 'nanjing-2018', benchmark: '98765.43', floorGroup: 'inner' },
  { asOf: '2025-07-01', profile: 'beijing-or-quanjiao' },
  { asOf: '2026-01-01', profile: PROFILE_JSON() },
  { asOf: '2026-01-01', profile: withOverrides(huaianSalaryProfile, { 'salary.pay.base': BIG }) },
];

function fen(s: string): bigint {
  const [w, f] = s.split('.');
  return BigInt(w!) * 100n + BigInt(f!);
}

/** Payroll totals are the exact sums of the rows' totals, per post and overall. */
function summaryAddsUp(result: unknown): string | undefined {
  const r = result as { rows: { ok: boolean; post?: string; total?: string; annualTotal?: string }[]; summary: { totalMonthly: string; totalAnnual: string; ok: number; failed: number; count: number; byPost: Record<string, { monthly: string; annual: string; count: number }> } };
  let m = 0n;
  let a = 0n;
  const byPost: Record<string, [bigint, bigint, number]> = {};
  for (const row of r.rows) {
    if (!row.ok) continue;
    m += fen(row.total!);
    a += fen(row.annualTotal!);
    const p = (byPost[row.post!] ??= [0n, 0n, 0]);
    p[0] += fen(row.total!);
    p[1] += fen(row.annualTotal!);
    p[2]++;
  }
  if (fen(r.summary.totalMonthly) !== m || fen(r.summary.totalAnnual) !== a) return 'summary totals are not the sum of the rows';
  if (r.summary.ok + r.summary.failed !== r.summary.count || r.summary.count !== r.rows.length) return 'summary counts do not reconcile';
  for (const [post, s] of Object.entries(r.summary.byPost)) {
    const p = byPost[post] ?? [0n, 0n, 0];
    if (fen(s.monthly) !== p[0] || fen(s.annual) !== p[1] || s.count !== p[2]) return `summary of ${post} is not the sum of its rows`;
  }
  return undefined;
}

export const salarySpecs: Record<string, Spec> = {
  parseWorker: { examples: () => [[WORKER()], [WORKER(), [3]]], echoes: 'all' },
  safeParseWorker: { kind: 'safe', examples: () => [[WORKER()], [{ post: 'staff' }, ['rows', 1]]], echoes: 'all' },
  computeGrade: { examples: () => [[WORKER(), { asOf: '2026-01-01' }], [WORKER(), { asOf: '2026-01-01', profile: PROFILE_JSON() }]], echoes: ECHOES },
  computeSalary: { examples: () => options().map((o) => [WORKER(), o]), money: MONEY, echoes: ECHOES },
  computeSalaries: {
    examples: () => options().map((o, i) => [[WORKER(), { ...WORKER(), post: 'staff', id: 2 }, { post: 'principal', education: '本科', serviceStart: '2015-06-01' }], i === 0 ? { ...o, explain: true } : o]),
    money: MONEY,
    echoes: ECHOES,
    check: summaryAddsUp,
  },
  projectGrade: { examples: () => [[WORKER(), { from: '2026-01-01', to: '2035-12-31' }], [WORKER(), { from: '2020-01-01', to: '2030-01-01', profile: PROFILE_JSON() }]], echoes: ECHOES },
  explainSalary: {
    examples: () => [
      [computeSalary(WORKER(), { asOf: '2026-01-01' })],
      [computeSalary(WORKER(), { asOf: '2026-01-01', profile: 'nanjing-2018', benchmark: '98765.43', floorGroup: 'inner' }), { lang: 'en' }],
      [computeSalaries([WORKER()], { asOf: '2026-01-01' }).rows[0], { lang: 'zh' }],
    ],
  },
  getSalaryProfile: { examples: () => [['huaian'], ['nanjing-2018']], echoes: 'all' },
};
