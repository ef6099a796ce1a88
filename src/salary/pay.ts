/**
 * A worker's pay on a date: the grade, then each component of the profile's `salary.components` (through its
 * registered mechanism), each line rounded to 0.01 yuan as its component declares, the monthly and annual pay as the
 * exact sums of the lines, then the floors (checked, never applied). One evaluation path: `computeSalary`, an
 * explained roster row and each distinct line of an unexplained roster all come from {@link evaluateSalary}.
 * @module
 */
import { envelope, explainedScope, profileAt, type Scope } from '../core/evaluation.js';
import type { RuleApplication } from '../core/explanation.js';
import type { Bilingual } from '../core/messages.js';
import { Dec, formatYuan, YuanSum, type Yuan } from '../core/money.js';
import { asOfOption, optionalTextOption, readOptions } from '../core/options.js';
import type { ResultEnvelope } from '../core/result.js';
import { communityWorkerPostLabels } from '../entities/community-worker-post.js';
import { benchmarkOption, type Benchmark } from './benchmark.js';
import { evaluateGrade, postOn, type GradeEvaluation, type GradeStep } from './grade.js';
import { hasGradeLadder, type GradeWindow } from './grade-model.js';
import { components, type Built, type Component, type PayCombination, type PayNode } from './mechanisms/index.js';
import type {
  ComponentBase,
  FloorCheck,
  FloorOptions,
  LineAmount,
  PayContext,
  PayMechanism,
} from './mechanisms/mechanism.js';
import { salaryMessages } from './messages.js';
import { salaryProfiles } from './profiles/index.js';
import { parseWorker, type Post, type Worker } from './worker.js';

/**
 * One line of pay. A monthly line gives `monthly` and `annual` (12 × monthly); a yearly line (a bonus) only `annual`.
 * @category Salary
 */
export interface SalaryLine {
  /** Component id from the profile (e.g. `"basic"`). */
  readonly component: string;
  /** Component name. */
  readonly label: Bilingual;
  /** The mechanism that computed it (`gradeCoefficient`, `postAmount`, `seniority`, `certificateAllowance`). */
  readonly mechanism: string;
  /** Amount a month (rounded as the component declares); `null` for a line paid once a year. */
  readonly monthly: Yuan | null;
  /** Amount a year. */
  readonly annual: Yuan;
}

/** What pay evaluation gives (grade included). @internal */
export interface PayEvaluation {
  readonly outcome: 'computed' | 'undetermined' | 'not_applicable';
  readonly grade: GradeEvaluation | null;
  readonly post: Post;
  readonly lines: readonly SalaryLine[];
  readonly monthly: Yuan | null;
  readonly annual: Yuan | null;
  readonly floors: readonly FloorCheck[];
  /** The shared combination of lines a computed pay has (its summaries live there). */
  readonly combination?: PayCombination;
}

const TWELVE = /* @__PURE__ */ new Dec(12);
const NO_LINES: readonly SalaryLine[] = Object.freeze([]);
const NO_FLOORS: readonly FloorCheck[] = Object.freeze([]);
const MONTHLY_LABEL: Bilingual = Object.freeze({ zh: '月工资', en: 'Monthly pay' });
const ANNUAL_LABEL: Bilingual = Object.freeze({ zh: '年工资', en: 'Annual pay' });

/** A line a component has given for one key, with the rule that explains it (shared by every row with that key). */
interface GivenLine {
  readonly line: SalaryLine;
  readonly rule: RuleApplication;
}
const NOTHING: GivenLine = Object.freeze({ line: null as never, rule: null as never });

/** The line of an amount: rounded as the component declares; a monthly line's annual amount is 12 times it. */
function lineOf(c: ComponentBase, m: PayMechanism<ComponentBase, unknown>, r: LineAmount, k: unknown): GivenLine {
  const amount = formatYuan(r.amount, c.rounding ?? 'half-up');
  const line: SalaryLine =
    r.period === 'month'
      ? {
          component: c.id,
          label: c.label,
          mechanism: m.kind,
          monthly: amount,
          annual: formatYuan(new Dec(amount).times(TWELVE)),
        }
      : { component: c.id, label: c.label, mechanism: m.kind, monthly: null, annual: amount };
  // The rule is shared by every row with this line: frozen with its text, so it is checked for resident IDs once.
  const rule = { rule: `salary.pay.${c.id}`, text: Object.freeze(r.text(amount)), source: m.source(k), result: amount };
  return { line, rule: Object.freeze(rule) };
}

/** The context a pay line is computed in (post and grade on the scope's date). @internal */
export function payContext(w: Worker, grade: GradeEvaluation | null, scope: Scope): PayContext {
  return {
    worker: w,
    asOf: scope.asOf,
    post: grade?.post ?? postOn(w, scope.asOf),
    grade: grade?.grade ?? null,
    scope,
  };
}

/**
 * The grade and pay of `w` on the scope's date. Undetermined (with `missing`) when a rule the result rests on has no
 * value or an input is missing; not applicable before the start of service. A bad profile table, or a floor group not
 * in the profile, is refused with a PolicyError.
 * @internal
 */
export function evaluateSalary(w: Worker, scope: Scope, options: FloorOptions): PayEvaluation {
  const grade = hasGradeLadder(scope) ? evaluateGrade(w, scope) : null;
  if (scope.asOf < w.serviceStart) {
    return {
      outcome: 'not_applicable',
      grade,
      post: postOn(w, scope.asOf),
      lines: NO_LINES,
      monthly: null,
      annual: null,
      floors: NO_FLOORS,
    };
  }
  return evaluatePay(payContext(w, grade, scope), grade, options);
}

/** The pay lines and floors in a context (the grade already evaluated). @internal */
export function evaluatePay(ctx: PayContext, grade: GradeEvaluation | null, options: FloorOptions): PayEvaluation {
  const scope = ctx.scope;
  let undetermined = grade !== null && grade.outcome !== 'computed';
  const list = scope.value('salary.components', components);
  if (list === undefined)
    return {
      outcome: 'undetermined',
      grade,
      post: ctx.post,
      lines: NO_LINES,
      monthly: null,
      annual: null,
      floors: NO_FLOORS,
    };
  const recording = scope.trace.recording;
  let hasLines = false;
  let node: PayNode = list.combinations;
  const givens: GivenLine[] = [];
  const checks: { readonly c: Component; readonly built: Built }[] = [];
  for (const c of list.items) {
    const m = c.mechanism;
    if (m.line !== undefined) hasLines = true;
    if (m.applies !== undefined && !m.applies(c.component, ctx)) continue;
    const built = c.compile(scope);
    if (built === undefined) {
      undetermined = true;
      continue;
    }
    if (m.check !== undefined) checks.push({ c, built });
    if (m.line === undefined) continue;
    const key = m.key(built.k, ctx);
    let given = built.lines.get(key) as GivenLine | undefined;
    if (given === undefined) {
      const r = m.line(built.k, ctx);
      // An undetermined line recorded what it misses in this scope: it is not kept, so every row records it.
      if (r === undefined) {
        undetermined = true;
        continue;
      }
      given = r === null ? NOTHING : lineOf(c.component, m, r, built.k);
      built.lines.set(key, given);
    }
    if (given === NOTHING) continue;
    if (recording) scope.trace.rule(given.rule);
    givens.push(given);
    let next = node.next.get(given);
    if (next === undefined) node.next.set(given, (next = { next: new Map() }));
    node = next;
  }
  // The lines of this combination and their exact sums, once per combination (an undetermined pay keeps the lines
  // it could compute, without sums).
  let combination = node.pay;
  if (combination === undefined && !undetermined) {
    const monthly = new YuanSum();
    const annual = new YuanSum();
    for (const g of givens) {
      if (g.line.monthly !== null) monthly.add(g.line.monthly);
      annual.add(g.line.annual);
    }
    const values = [
      Object.freeze({ name: 'monthly', label: MONTHLY_LABEL, value: monthly.value }),
      Object.freeze({ name: 'annual', label: ANNUAL_LABEL, value: annual.value }),
    ];
    combination = node.pay = {
      lines: Object.freeze(givens.map((g) => g.line)),
      monthly: monthly.value,
      annual: annual.value,
      values,
      summaries: new Map(),
    };
  }
  const lines =
    undetermined || combination === undefined
      ? givens.map((g) => g.line)
      : (combination.lines as readonly SalaryLine[]);
  const known = !undetermined && hasLines && combination !== undefined;
  const pay = { monthly: known ? combination!.monthly : null, annual: known ? combination!.annual : null };
  if (recording && known) for (const v of combination!.values) scope.trace.intermediate(v);
  const floors: FloorCheck[] = [];
  for (const { c, built } of checks) {
    const f = c.mechanism.check!(built.k, ctx, { annual: pay.annual, hasLines }, options);
    if (f.status === 'undetermined') undetermined = true;
    floors.push(f);
  }
  const outcome = undetermined ? 'undetermined' : 'computed';
  const f = floors.length === 0 ? NO_FLOORS : floors;
  return known
    ? { outcome, grade, post: ctx.post, lines, monthly: pay.monthly, annual: pay.annual, floors: f, combination }
    : { outcome, grade, post: ctx.post, lines, monthly: pay.monthly, annual: pay.annual, floors: f };
}

/**
 * Options of {@link computeSalary}.
 * @category Salary
 */
export interface SalaryOptions {
  /** The date pay is computed for (the parameters in force that day are read). */
  readonly asOf: string;
  /** A shipped profile id (default `'huaian'`), a Profile, or profile JSON. */
  readonly profile?: unknown;
  /** The benchmark wage a floor is measured against (e.g. last year's average wage), when the profile has a floor. */
  readonly benchmark?: Benchmark;
  /** The group of a floor's ratio table (e.g. `'inner'` / `'outer'` for Nanjing 2018), when it has several. */
  readonly floorGroup?: string;
}

/**
 * A worker's grade and pay on a date, with the envelope every result carries.
 * @category Salary
 */
export interface SalaryResult extends ResultEnvelope<'salary', 'computed' | 'undetermined' | 'not_applicable'> {
  /** The worker's id, as given. */
  readonly id?: string | number;
  /** The worker's name, as given. */
  readonly name?: string;
  /** The post held on `asOf`. */
  readonly post: Post;
  /** Grade on the shared scale; `null` when the profile has no grade ladder or the grade is undetermined. */
  readonly grade: number | null;
  /** The post's window; `null` without a grade ladder. */
  readonly window: GradeWindow | null;
  /** Pay lines (monthly ones and yearly ones), each rounded as its component declares. */
  readonly lines: readonly SalaryLine[];
  /** Monthly pay: the exact sum of the monthly lines; `null` when undetermined or the profile has no pay lines. */
  readonly monthly: Yuan | null;
  /** Annual pay: the exact sum of the lines' annual amounts; `null` as for `monthly`. */
  readonly annual: Yuan | null;
  /** Floor checks (reported, not applied). */
  readonly floors: readonly FloorCheck[];
  /** Grade steps; their deltas add up to the grade. */
  readonly steps: readonly GradeStep[];
}

/** The options every pay function reads. @internal */
export const SALARY_OPTIONS = {
  asOf: asOfOption,
  profile: salaryProfiles.option,
  benchmark: benchmarkOption,
  floorGroup: optionalTextOption,
};

/**
 * The one-line summary of a pay evaluation. A computed pay words it once per combination of lines, post and grade
 * (the words are the same for every row that has them, and a roster repeats them).
 * @internal
 */
export function salarySummary(w: Worker, p: PayEvaluation): Bilingual {
  const post = communityWorkerPostLabels[p.post];
  if (p.outcome === 'not_applicable') return salaryMessages.text('summary_not_started', { start: w.serviceStart });
  const grade = p.grade?.grade ?? null;
  const c = p.outcome === 'computed' && p.lines.length > 0 ? p.combination : undefined;
  if (c !== undefined) {
    let byGrade = c.summaries.get(p.post);
    if (byGrade === undefined) c.summaries.set(p.post, (byGrade = new Map()));
    let text = byGrade.get(grade);
    if (text === undefined)
      byGrade.set(
        grade,
        (text = Object.freeze(
          salaryMessages.text('summary_salary', { post, grade, monthly: p.monthly, annual: p.annual }),
        )),
      );
    return text;
  }
  const floors = p.floors.filter((f) => f.status === 'not_compared' && f.floor !== null);
  if (p.lines.length === 0 && floors.length > 0)
    return salaryMessages.text('summary_floor_only', { post, floors: floors.map((f) => f.floor!.annual).join('、') });
  return salaryMessages.text('summary_salary', { post, grade, monthly: p.monthly, annual: p.annual });
}

/**
 * A worker's grade and pay on `asOf`, with floor checks, warnings and a full explanation. Amounts are exact: each line
 * is rounded to 0.01 yuan as its component declares and the monthly and annual pay are the exact sums of the lines.
 *
 * Outcome: `computed`; `undetermined` with `missing` when a value the pay rests on is not found or not in force (the
 * `huaian` profile's base, coefficients and certificate allowance were never found: supply them with `withOverrides`
 * or a profile of your own), an input is missing (a certificate without its date) or a floor lacks its benchmark;
 * `not_applicable` before the start of service. Bad input or options are refused with a PolicyError.
 * @param worker - a worker record (see {@link parseWorker}); a person from `/entities` passes as it is
 * @param options - `asOf` (required), `profile`, `benchmark`, `floorGroup`
 * @category Salary
 * @example
 * ```ts
 * const r = computeSalary({ post: '正职', education: '本科', serviceStart: '2015-06-01' }, { asOf: '2026-01-01' });
 * r.grade;   // 11 (7 + 1 for 本科 + 3 service steps)
 * r.outcome; // 'undetermined': r.missing names the huaian amounts no source gives
 * ```
 */
export function computeSalary(worker: unknown, options: SalaryOptions): SalaryResult {
  const o = readOptions(options, SALARY_OPTIONS);
  const w = parseWorker(worker);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const p = evaluateSalary(w, scope, o);
  return {
    ...envelope('salary', 'salary', p.outcome, scope, explain(salarySummary(w, p))),
    ...(w.id === undefined ? {} : { id: w.id }),
    ...(w.name === undefined ? {} : { name: w.name }),
    post: p.post,
    grade: p.grade?.grade ?? null,
    window: p.grade?.window ?? null,
    lines: p.lines,
    monthly: p.monthly,
    annual: p.annual,
    floors: p.floors,
    steps: p.grade?.steps ?? [],
  };
}
