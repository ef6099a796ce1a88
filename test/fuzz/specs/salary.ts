/** Fuzz specs of /salary. */
import { withOverrides } from '../../../src/core/profile.js';
import type { Spec } from '../harness.js';
import { HOST_SALARY, PROFILE_JSON, WORKER } from './fixtures.js';

// Money keys beyond the contract's monthly/annual: a floor's benchmark and amounts are `annual` objects already.
const MONEY: string[] = [];
// `id` and `name` are the host's own, returned "as given" so rows can be joined back to the roster; sources and
// labels are the profile's text, shown as the profile wrote them.
const ECHOES = ['id', 'name', 'source', 'label'];
const BIG = '123456789012345678901234.56';

const options = (): Record<string, unknown>[] => [
  { asOf: '2026-01-01' },
  { asOf: '2026-01-01', profile: HOST_SALARY() },
  {
    asOf: '2026-01-01',
    profile: 'nanjing-2018',
    benchmark: { kind: 'urban_non_private_average_wage', annual: '98765.43' },
    floorGroup: 'inner',
  },
  { asOf: '2025-07-01', profile: 'beijing-or-quanjiao' },
  { asOf: '2026-01-01', profile: PROFILE_JSON() },
  { asOf: '2026-01-01', profile: withOverrides(HOST_SALARY(), { 'salary.pay.base': BIG }) },
];

function fen(s: string): bigint {
  const [w, f] = s.split('.');
  return BigInt(w!) * 100n + BigInt(f!);
}

/** Payroll totals are the exact sums of the computed rows, per post and overall; the counts reconcile. */
function summaryAddsUp(result: unknown): string | undefined {
  const r = result as {
    rows: { outcome: string; post?: string; grade?: number | null; monthly?: string | null; annual?: string | null }[];
    summary: {
      monthly: string;
      annual: string;
      complete: boolean;
      byPost: Record<
        string,
        { count: number; computed: number; byGrade: Record<string, number>; monthly: string; annual: string }
      >;
    };
  };
  let m = 0n;
  let a = 0n;
  const byPost: Record<string, { m: bigint; a: bigint; count: number; computed: number }> = {};
  for (const row of r.rows) {
    if (row.outcome === 'error') continue;
    const p = (byPost[row.post!] ??= { m: 0n, a: 0n, count: 0, computed: 0 });
    p.count++;
    if (row.outcome !== 'computed' || typeof row.monthly !== 'string' || typeof row.annual !== 'string') continue;
    m += fen(row.monthly);
    a += fen(row.annual);
    p.m += fen(row.monthly);
    p.a += fen(row.annual);
    p.computed++;
  }
  if (fen(r.summary.monthly) !== m || fen(r.summary.annual) !== a)
    return `summary ${r.summary.monthly}/${r.summary.annual} is not the sum of the computed rows`;
  if (r.summary.complete !== r.rows.every((row) => row.outcome === 'computed'))
    return `summary.complete ${r.summary.complete} does not match the rows`;
  for (const [post, s] of Object.entries(r.summary.byPost)) {
    const p = byPost[post] ?? { m: 0n, a: 0n, count: 0, computed: 0 };
    if (fen(s.monthly) !== p.m || fen(s.annual) !== p.a) return `summary of ${post} is not the sum of its rows`;
    if (s.count !== p.count || s.computed !== p.computed)
      return `summary counts of ${post} (${s.count}, ${s.computed}) do not match its rows (${p.count}, ${p.computed})`;
    if (Object.values(s.byGrade).reduce((n, k) => n + k, 0) > s.count)
      return `summary of ${post}: more workers by grade than in the post`;
  }
  return undefined;
}

export const salarySpecs: Record<string, Spec> = {
  parseWorker: { examples: () => [[WORKER()], [WORKER(), [3]]], echoes: 'all' },
  safeParseWorker: { kind: 'safe', examples: () => [[WORKER()], [{ post: 'staff' }, ['rows', 1]]], echoes: 'all' },
  computeGrade: {
    examples: () => [
      [WORKER(), { asOf: '2026-01-01' }],
      [WORKER(), { asOf: '2026-01-01', profile: PROFILE_JSON() }],
      [{ ...WORKER(), serviceStart: '2030-01-01' }, { asOf: '2026-01-01' }],
    ],
    echoes: ECHOES,
  },
  computeSalary: { examples: () => options().map((o) => [WORKER(), o]), money: MONEY, echoes: ECHOES },
  computeSalaries: {
    examples: () =>
      options().map((o, i) => [
        [
          WORKER(),
          { ...WORKER(), post: 'staff', id: 2 },
          { post: 'principal', education: '本科', serviceStart: '2015-06-01' },
          { post: 'boss' },
        ],
        i === 0 ? { ...o, explain: true } : o,
      ]),
    money: MONEY,
    echoes: ECHOES,
    check: summaryAddsUp,
  },
  projectGrade: {
    examples: () => [
      [WORKER(), { from: '2026-01-01', to: '2035-12-31' }],
      [WORKER(), { from: '2020-01-01', to: '2030-01-01', profile: PROFILE_JSON() }],
    ],
    echoes: ECHOES,
  },
  salaryCatalogue: { examples: () => [[]], echoes: 'all', weight: 0.2 },
};
