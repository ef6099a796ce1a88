/**
 * Pay for one worker and for a roster. The roster path reads each row into a reused scratch record, computes the
 * grade with integer date arithmetic and looks the pay up in the (profile, date) table; explanations are built
 * only when asked for.
 * @module
 */
import { ErrorCode, fail, isPolicyError, PolicyError, typeName } from '../core/errors.js';
import type { Explanation, RuleApplication, Warning } from '../core/explanation.js';
import { Dec, formatYuan, type Yuan } from '../core/money.js';
import { countServiceSteps } from './clock.js';
import { MAX_GRADE, salaryContext, type FloorCheck, type PayEntry, type SalaryContext, type SalaryLine } from './context.js';
import { readFast, newFacts, fillFacts, type Facts } from './facts.js';
import { certificateCounts, checkStarted, factIntermediates, gradeCore, type GradeStep } from './grade.js';
import { benchmarkOption, dateOption, floorGroupOption, optionsObject, resolveProfile } from './options.js';
import type { GradeWindow } from './rules.js';
import { parseWorker, POSTS, safeParseWorker, type Post } from './worker.js';

/**
 * Options of {@link computeSalary}.
 * @category Salary
 */
export interface SalaryOptions {
  /** The date pay is computed for. */
  readonly asOf: string;
  /** A shipped profile id, a Profile, or profile JSON (validated). Default `'huaian'`. */
  readonly profile?: unknown;
  /** Annual benchmark wage for floor checks (decimal string, yuan/year), e.g. last year's average wage. */
  readonly benchmark?: string;
  /** Group of the floor ratio table (e.g. `'inner'` / `'outer'` for Nanjing 2018). */
  readonly floorGroup?: string;
}

/**
 * Options of {@link computeSalaries}.
 * @category Salary
 */
export interface SalariesOptions extends SalaryOptions {
  /** Build each worker's steps and explanation (slower, more memory). Default false. */
  readonly explain?: boolean;
}

/**
 * What every pay result has: who, post, grade, pay lines, totals, floor checks, warnings.
 * @category Salary
 */
export interface PayResult {
  /** The worker's id, as given. */
  readonly id: string | number | undefined;
  /** The worker's name, as given. */
  readonly name: string | undefined;
  /** The post. */
  readonly post: Post;
  /** Grade on the shared scale; `null` when the profile has no grade ladder. */
  readonly grade: number | null;
  /** Pay lines (monthly ones and yearly ones). Shared between rows with the same pay: do not mutate. */
  readonly lines: readonly SalaryLine[];
  /** Monthly total: the sum of the monthly lines. */
  readonly total: Yuan;
  /** Annual total: 12 × the monthly total + the yearly lines. */
  readonly annualTotal: Yuan;
  /** Floor checks (reported, not applied). */
  readonly floors: readonly FloorCheck[];
  /** Warnings: provisional parameters, profile notices, floor shortfalls. */
  readonly warnings: readonly Warning[];
  /** Grade steps (always from {@link computeSalary}; from {@link computeSalaries} with `explain: true`). */
  readonly steps?: readonly GradeStep[];
  /** How every number was reached (as for `steps`). */
  readonly explanation?: Explanation;
}

/**
 * A worker's pay on `asOf`, from {@link computeSalary}: always with steps and explanation.
 * @category Salary
 */
export interface SalaryResult extends PayResult {
  /** The date. */
  readonly asOf: string;
  /** The profile used. */
  readonly profile: { readonly id: string; readonly version: string };
  /** The post's window; `null` without a grade ladder. */
  readonly window: GradeWindow | null;
  /** Grade steps; their deltas add up to the grade. */
  readonly steps: readonly GradeStep[];
  /** How every number was reached. */
  readonly explanation: Explanation;
}

/**
 * One row of a roster result: the worker's pay (date and profile are on the {@link SalariesResult}), or the error
 * that stopped this row.
 * @category Salary
 */
export type SalaryRow = (PayResult & { readonly ok: true; readonly index: number }) | { readonly ok: false; readonly index: number; readonly id: unknown; readonly error: PolicyError };

/** Counts and money of one post in a roster summary. @category Salary */
export interface PostSummary {
  /** Workers computed. */
  readonly count: number;
  /** Workers by grade (`"7": 12`); empty without a grade ladder. */
  readonly byGrade: Readonly<Record<string, number>>;
  /** Sum of monthly totals. */
  readonly monthly: Yuan;
  /** Sum of annual totals. */
  readonly annual: Yuan;
}

/**
 * Roster summary.
 * @category Salary
 */
export interface SalariesSummary {
  /** Rows in. */
  readonly count: number;
  /** Rows computed. */
  readonly ok: number;
  /** Rows refused (see their `error`). */
  readonly failed: number;
  /** By post. */
  readonly byPost: Readonly<Record<Post, PostSummary>>;
  /** Monthly payroll: sum of every monthly total. */
  readonly totalMonthly: Yuan;
  /** Annual payroll: sum of every annual total. */
  readonly totalAnnual: Yuan;
}

/** Result of {@link computeSalaries}. @category Salary */
export interface SalariesResult {
  /** The date. */
  readonly asOf: string;
  /** The profile used. */
  readonly profile: { readonly id: string; readonly version: string };
  /** One row per input, in order. */
  readonly rows: readonly SalaryRow[];
  /** Counts and totals. */
  readonly summary: SalariesSummary;
  /** Warnings shared by every computed row (provisional parameters, profile notices). */
  readonly warnings: readonly Warning[];
}

function contextFor(o: Record<string, unknown>): SalaryContext {
  const asOf = dateOption(o, 'asOf');
  const profile = resolveProfile(o.profile);
  return salaryContext(profile, asOf, benchmarkOption(o.benchmark), floorGroupOption(o.floorGroup));
}

// A local copy of the post list: read once per row (a local binding is the cheapest to read).
const POST_LIST = POSTS;

/** Seniority levels on the profile's seniority clock (0 without one). */
function levelsOf(ctx: SalaryContext, f: Facts): number {
  const clock = ctx.seniority;
  if (clock === null) return 0;
  let from = 0;
  while (from < f.failCount && f.fails[from]! < f.startYear) from++;
  const n = countServiceSteps(f.startYear, f.startJ, clock.yearsPerLevel, clock.failDelay, f.fails, from, f.failCount, ctx.asOfYear);
  return n > clock.maxLevels ? clock.maxLevels : n;
}

function explained(ctx: SalaryContext, f: Facts, grade: number | null, entry: PayEntry, steps: GradeStep[], levels: number): Explanation {
  const intermediates: Record<string, string> = factIntermediates(f, ctx.asOf);
  if (grade !== null) intermediates.grade = String(grade);
  if (ctx.seniority !== null) intermediates.seniorityLevels = String(levels);
  intermediates.total = entry.total;
  intermediates.annualTotal = entry.annualTotal;
  return {
    profile: ctx.profileRef,
    asOf: ctx.asOf,
    rules: entry.rules.length === 0 ? steps : (steps as readonly RuleApplication[]).concat(entry.rules),
    parameters: ctx.parameters,
    intermediates,
    warnings: entry.warnings,
  };
}

/** Grade, certificate and seniority of `f`; returns the pay entry (and fills `steps` when given). */
function payOf(ctx: SalaryContext, f: Facts, steps: GradeStep[] | undefined, out: { grade: number | null; levels: number }): PayEntry {
  checkStarted(f, ctx.asOf);
  const grade = ctx.grade === null ? null : gradeCore(ctx.grade, f, ctx.asOf, ctx.asOfYear, steps);
  const certificate = certificateCounts(f, ctx.asOf) ? f.certificate : 0;
  const levels = ctx.seniority === null ? 0 : levelsOf(ctx, f);
  out.grade = grade;
  out.levels = levels;
  return ctx.entry(f.post, grade ?? 0, certificate, levels);
}

/**
 * A worker's grade and monthly pay on `asOf`, with floor checks, warnings and a full explanation.
 * Amounts are exact: each line is rounded to 0.01 yuan as its component declares and the total is the sum of lines.
 * Throws a {@link PolicyError} for bad input or options, a date before serviceStart, or a parameter not in force.
 * @category Salary
 * @example
 * ```ts
 * const r = computeSalary({ post: '正职', education: '本科', serviceStart: '2015-06-01' }, { asOf: '2026-01-01' });
 * r.grade; // 11 (7 + 1 for 本科 + 3 service steps)
 * r.total; // '2000.00' with the provisional huaian placeholders; r.warnings says so
 * ```
 */
export function computeSalary(worker: unknown, options: SalaryOptions): SalaryResult {
  const ctx = contextFor(optionsObject(options));
  const f = newFacts();
  fillFacts(parseWorker(worker), f);
  const steps: GradeStep[] = [];
  const out = { grade: null as number | null, levels: 0 };
  const entry = payOf(ctx, f, steps, out);
  return {
    id: f.id,
    name: f.name,
    asOf: ctx.asOf,
    profile: ctx.profileRef,
    post: POSTS[f.post]!,
    grade: out.grade,
    window: ctx.grade === null ? null : ctx.grade.windows[f.post]!,
    lines: entry.lines,
    total: entry.total,
    annualTotal: entry.annualTotal,
    floors: entry.floors,
    warnings: entry.warnings,
    steps,
    explanation: explained(ctx, f, out.grade, entry, steps, out.levels),
  };
}

/**
 * Pay for a roster. Each row is validated on its own: a bad row gives `{ ok: false, error }` (paths start with
 * the row's index) and the batch goes on. The summary counts workers by post and grade and sums the payroll exactly
 * (decimal: every total is the exact sum of the rows' totals, however large). Options are checked first; a bad option or profile throws a {@link PolicyError}.
 * Without `explain` (the default) rows share their pay lines and warnings per (post, grade, certificate, level).
 * @category Salary
 * @example
 * ```ts
 * const { rows, summary } = computeSalaries(roster, { asOf: '2026-01-01' });
 * summary.byPost.principal.byGrade; // { '9': 3, '10': 1 }
 * rows.filter((r) => !r.ok).map((r) => r.error.message);
 * ```
 */
export function computeSalaries(workers: unknown, options: SalariesOptions): SalariesResult {
  const o = optionsObject(options);
  const ctx = contextFor(o);
  const explain = o.explain === true;
  if (o.explain !== undefined && typeof o.explain !== 'boolean') {
    fail(ErrorCode.InvalidType, ['explain'], 'explain 应为布尔值', 'explain must be a boolean');
  }
  if (!Array.isArray(workers)) {
    fail(ErrorCode.InvalidType, ['workers'], `workers 应为数组，实际为 ${typeName(workers)}`, `workers must be an array, got ${typeName(workers)}`);
  }
  const n = workers.length;
  const rows: SalaryRow[] = new Array<SalaryRow>(n);
  const f = newFacts();
  const counts = [0, 0, 0];
  // Rows per pay entry: the payroll is summed once per entry (count × amount, exactly), not once per row.
  const tally: number[] = [];
  // Counts by (post, grade) in a flat array: no Map work per row.
  const gradeCounts = new Float64Array(3 * (MAX_GRADE + 1));
  let failed = 0;
  const out = { grade: null as number | null, levels: 0 };
  const scratch: GradeStep[] = [];
  for (let i = 0; i < n; i++) {
    const raw: unknown = workers[i];
    try {
      if (!readFast(raw, f)) {
        const parsed = safeParseWorker(raw, [i]);
        if (!parsed.success) throw parsed.error;
        fillFacts(parsed.data, f);
      }
      const p = f.post;
      let r: SalaryRow;
      if (explain) {
        // Steps go to a reused scratch list first, then into an exact-size copy (a grown array wastes ~100 bytes a row).
        scratch.length = 0;
        const entry = payOf(ctx, f, scratch, out);
        const steps = scratch.slice();
        r = {
          ok: true,
          index: i,
          id: f.id,
          name: f.name,
          post: POST_LIST[p]!,
          grade: out.grade,
          lines: entry.lines,
          total: entry.total,
          annualTotal: entry.annualTotal,
          floors: entry.floors,
          warnings: entry.warnings,
          steps,
          explanation: explained(ctx, f, out.grade, entry, steps, out.levels),
        };
        tally[entry.index] = (tally[entry.index] ?? 0) + 1;
      } else {
        const entry = payOf(ctx, f, undefined, out);
        r = { ok: true, index: i, id: f.id, name: f.name, post: POST_LIST[p]!, grade: out.grade, lines: entry.lines, total: entry.total, annualTotal: entry.annualTotal, floors: entry.floors, warnings: entry.warnings };
        tally[entry.index] = (tally[entry.index] ?? 0) + 1;
      }
      rows[i] = r;
      counts[p]!++;
      if (out.grade !== null) gradeCounts[p * (MAX_GRADE + 1) + out.grade]!++;
    } catch (error) {
      if (!isPolicyError(error)) throw error;
      // Input errors get the row index in front of their path; profile errors (paths under 'parameters') keep theirs.
      const withIndex =
        error.path[0] === i || error.path[0] === 'parameters' ? error : new PolicyError(error.issues.map((x) => ({ ...x, path: [i, ...x.path] })));
      const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
      rows[i] = { ok: false, index: i, id, error: withIndex };
      failed++;
    }
  }
  return { asOf: ctx.asOf, profile: ctx.profileRef, rows, summary: summarise(ctx, n, failed, counts, gradeCounts, tally), warnings: ctx.warnings };
}

function summarise(ctx: SalaryContext, count: number, failed: number, counts: number[], gradeCounts: Float64Array, tally: number[]): SalariesSummary {
  // Exact sums per post: Σ rows × amount over the entries used (decimal, so no payroll is too large to add up).
  const monthly = POSTS.map(() => new Dec(0));
  const annual = POSTS.map(() => new Dec(0));
  tally.forEach((rows, index) => {
    const e = ctx.entryAt(index);
    monthly[e.post] = monthly[e.post]!.plus(new Dec(e.total).times(rows));
    annual[e.post] = annual[e.post]!.plus(new Dec(e.annualTotal).times(rows));
  });
  const byPost = {} as Record<Post, PostSummary>;
  POSTS.forEach((p, i) => {
    const grades: Record<string, number> = {};
    for (let g = 0; g <= MAX_GRADE; g++) {
      const c = gradeCounts[i * (MAX_GRADE + 1) + g]!;
      if (c > 0) grades[String(g)] = c;
    }
    byPost[p] = { count: counts[i]!, byGrade: grades, monthly: formatYuan(monthly[i]!), annual: formatYuan(annual[i]!) };
  });
  const total = (list: Dec[]): Yuan => formatYuan(list[0]!.plus(list[1]!).plus(list[2]!));
  return { count, ok: count - failed, failed, byPost, totalMonthly: total(monthly), totalAnnual: total(annual) };
}
