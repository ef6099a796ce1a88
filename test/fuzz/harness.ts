/**
 * The fuzz harness: drives every exported function with special values, near-valid mutations of valid examples and
 * arbitrary values (fast-check), and classifies each call. A call is a defect when it throws anything but a
 * well-formed PolicyError, when a safe twin or a predicate throws at all, when its result holds NaN/Infinity,
 * exponent notation, malformed or negative money (`monthly`/`annual` always), a rate outside [0, 1], a total that is
 * not the sum of its lines, an envelope whose outcome is not in the vocabulary or whose `missing` is not non-empty
 * exactly when it is `undetermined`, batch counts that do not add up to the rows, a result that explain() cannot render
 * (or renders with garbage or an unmasked ID),
 * when it takes over 2 s on an input under 10,000 items, or when a resident ID of the input shows unmasked in a
 * message or in the output. Used by `npm run fuzz` (scripts/fuzz.ts) and by the CI slice (test/fuzz/fuzz.test.ts).
 */
import fc from 'fast-check';
import { isPolicyError } from '../../src/core/errors.js';
import { explain } from '../../src/core/render.js';
import { isValidResidentId, upgradeResidentId } from '../../src/validators/resident-id.js';
import { MUTATIONS, SPECIALS, getAt, mutate, pathsOf, setAt, show, sizeOf } from './values.js';

/** How a function must behave, and what it may return. */
export interface Spec {
  /** Valid argument lists; a factory, so every call gets fresh objects. */
  readonly examples: () => unknown[][];
  /**
   * `throws` (default): returns a result or throws a PolicyError. `safe`: a safe twin, never throws, returns
   * `{ success, data | error }`. `predicate`: never throws, returns a boolean. `construct`: a class, called with `new`.
   * `async`: returns a Promise that resolves to a result or rejects with a PolicyError (settled by {@link settle}).
   */
  readonly kind?: 'throws' | 'safe' | 'predicate' | 'construct' | 'async';
  /** Result keys whose string values are yuan amounts (`^\d+\.\d{2}$`, or null). */
  readonly money?: readonly string[];
  /** Result keys whose yuan values may be negative (documented as signed). */
  readonly signedMoney?: readonly string[];
  /** Result keys whose values are rates (`"0.9474"` in [0, 1], or null). */
  readonly rates?: readonly string[];
  /**
   * Result keys whose values are the caller's own input passed through (e.g. a parsed record, a row's id): they are
   * not scanned for resident IDs or garbage. `'all'` when the whole result is the input (a parser).
   */
  readonly echoes?: readonly string[] | 'all';
  /** Further checks of a result; returns a defect message or undefined. */
  readonly check?: (result: unknown, args: readonly unknown[]) => string | undefined;
  /** Further checks of a PolicyError thrown (e.g. it must not quote a file); returns a defect message or undefined. */
  readonly checkError?: (error: unknown, args: readonly unknown[]) => string | undefined;
  /**
   * The function builds errors from the caller's own text (fail, issue, PolicyError): its errors need non-empty
   * text, not Chinese, and the caller's text is not scanned for resident IDs.
   */
  readonly hostText?: boolean;
  /** Replaces the default input generator (e.g. file paths kept inside a sandbox folder). */
  readonly inputs?: () => fc.Arbitrary<unknown[]>;
  /**
   * `false` where `missing` is not "non-empty exactly when undetermined" by design (say why at the spec); default on
   * for every envelope and batch row.
   */
  readonly missingRule?: boolean;
  /** `false` for a function whose result is not rendered by explain() (default: every result with an outcome is). */
  readonly render?: boolean;
  /** Relative share of inputs (default 1): expensive functions may take fewer. */
  readonly weight?: number;
}

export type DefectKind = 'throws' | 'malformed-error' | 'safe-threw' | 'bad-result' | 'slow' | 'leak';

/** The outcome of one call. */
export type Outcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'policy-error' }
  | { readonly kind: 'defect'; readonly defect: DefectKind; readonly message: string }
  /** An async function's call: what it settles to, classified as a synchronous call's outcome. */
  | { readonly kind: 'pending'; readonly settled: Promise<Exclude<Outcome, { kind: 'pending' }>> };
type Settled = Exclude<Outcome, { kind: 'pending' }>;

/** Counts for one function. */
export interface FunctionReport {
  readonly name: string;
  inputs: number;
  policyErrors: number;
  ok: number;
  defects: number;
  /** Time spent, shrinking included (ms). */
  ms: number;
  /** Distinct defect classes with a count, the first message and the (shrunk) reproducer. */
  readonly classes: Map<string, { count: number; message: string; reproducer?: string }>;
  /** Calls of an async function not yet settled (awaited by {@link settle}). */
  pending?: Promise<void>[];
}

const SLOW_MS = 2000;
const SMALL_INPUT = 10_000;
// Chinese text: at least one CJK ideograph (a zh message that is only English or empty is malformed).
const CJK = /[\u3400-\u9fff]/;
const YUAN = /^\d+\.\d{2}$/;
const SIGNED_YUAN = /^-?\d+\.\d{2}$/;
const RATE = /^(0\.\d+|1(\.0+)?|0)$/;
/** The outcomes of the envelope (engine-contract.md); batch rows add `error`. */
const OUTCOMES = ['computed', 'pass', 'fail', 'undetermined', 'not_applicable'];
const ROW_OUTCOMES = [...OUTCOMES, 'error'];
/** Keys every result echoes as given: the host's profile `{ id, version }` (a profile the host wrote). */
const ECHO_KEYS = ['profile'];
/** Keys that are money in every result (engine contract: money is a pair `monthly` / `annual`, yuan with two decimals). */
const MONEY_KEYS = ['monthly', 'annual'];
/**
 * Keys that are rates in every result: a share in [0, 1], and its percent in [0, 100] (every `rate` field of an
 * engine's result is documented as a share: covered ÷ in scope). A function whose `rate` is documented as a ratio
 * that may exceed 1 (formatRate, formatDecimalRate, a project's labour share) lists its shares in its spec instead.
 */
const RATE_KEYS = ['rate'];
/** Text a renderer must never print: JavaScript's names for values it failed to format (`null` is a word the English text uses). */
const RENDER_GARBAGE = /\bundefined\b|\bNaN\b|\[object \w+\]|-?\bInfinity\b/;
const GARBAGE_ALL = /(^|[^\w.])(\d+(\.\d+)?e[+-]?\d+|NaN|-?Infinity)(?![\w])/gi;
const ID_IN_TEXT = /(?<![0-9])(\d{17}[0-9Xx]|\d{15})(?![0-9Xx])/g;

/** Resident IDs (valid 18-character, or 15 digits with a real birth date) written anywhere in the input. */
function idsIn(args: readonly unknown[]): string[] {
  const found = new Set<string>();
  const seen = new Set<unknown>();
  const stack: unknown[] = [args];
  let budget = 50_000;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.length < 15) continue;
      for (const m of v.slice(0, 100_000).matchAll(ID_IN_TEXT)) {
        const id = m[1]!;
        if (id.length === 18 ? isValidResidentId(id) : isValid15(id)) found.add(id.toUpperCase());
      }
    } else if (typeof v === 'object' && v !== null && !seen.has(v)) {
      seen.add(v);
      if (Array.isArray(v)) for (let i = 0; i < Math.min(v.length, 1000); i++) stack.push(v[i]);
      else for (const k of Object.keys(v).slice(0, 1000)) stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return [...found];
}

function isValid15(id: string): boolean {
  try {
    upgradeResidentId(id);
    return true;
  } catch {
    return false;
  }
}

/** Strings of the input, so a result string that merely repeats one is not taken for garbage the library made. */
function stringsIn(args: readonly unknown[]): Set<string> {
  const out = new Set<string>();
  const seen = new Set<unknown>();
  const stack: unknown[] = [args];
  let budget = 20_000;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (typeof v === 'string') out.add(v);
    else if (typeof v === 'number') out.add(String(v));
    else if (typeof v === 'object' && v !== null && !seen.has(v)) {
      seen.add(v);
      if (Array.isArray(v)) for (let i = 0; i < Math.min(v.length, 200); i++) stack.push(v[i]);
      else for (const k of Object.keys(v).slice(0, 200)) stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return out;
}

function yuanToFen(s: string): bigint {
  const negative = s.startsWith('-');
  const [whole, frac] = (negative ? s.slice(1) : s).split('.');
  const fen = BigInt(whole!) * 100n + BigInt(frac!);
  return negative ? -fen : fen;
}

/**
 * The engine contract on one object of a result: an envelope's `outcome` is in the vocabulary and `missing` is
 * non-empty exactly when it is `undetermined`; money totals are the exact sums of their lines (`monthly` and
 * `annual` each); a batch's `counts.total` is `rows.length` and the per-outcome counts add up to it and match the rows.
 */
function envelopeProblem(o: Record<string, unknown>, path: string, spec: Spec): string | undefined {
  const isRow = typeof o.index === 'number' && 'outcome' in o;
  if ('outcome' in o && ('engine' in o || isRow)) {
    const allowed = isRow ? ROW_OUTCOMES : OUTCOMES;
    if (typeof o.outcome !== 'string' || !allowed.includes(o.outcome))
      return `${path}.outcome ${show(o.outcome)} is not in the vocabulary`;
    // `undetermined` always names what is missing, and nothing is missing from a value computed, a pass or a rule
    // that does not apply. A `fail` may still list what else was missing: a check fails on what it could decide
    // (fail beats undetermined), and the host still learns what to supply. A batch's own outcome sums its rows, and
    // its missing names what they lacked: only single results and rows are held to this.
    if (Array.isArray(o.missing) && !Array.isArray(o.rows) && spec.missingRule !== false && o.outcome !== 'error') {
      const missing = o.missing.length > 0;
      if (
        (o.outcome === 'undetermined' && !missing) ||
        (missing && o.outcome !== 'undetermined' && o.outcome !== 'fail')
      ) {
        return `${path}: outcome ${o.outcome} with missing ${show(o.missing).slice(0, 120)}`;
      }
    }
  }
  if (Array.isArray(o.lines) && (typeof o.monthly === 'string' || typeof o.annual === 'string')) {
    for (const k of MONEY_KEYS) {
      const total = o[k];
      if (typeof total !== 'string' || !YUAN.test(total)) continue;
      let sum = 0n;
      for (const line of o.lines as Record<string, unknown>[]) {
        const a = line?.[k];
        if (typeof a === 'string' && SIGNED_YUAN.test(a)) sum += yuanToFen(a);
      }
      if (yuanToFen(total) !== sum) return `${path}.${k} ${total} is not the sum of its lines' ${k}`;
    }
  }
  if (Array.isArray(o.rows) && typeof o.counts === 'object' && o.counts !== null) {
    const counts = o.counts as Record<string, unknown>;
    if (counts.total !== o.rows.length)
      return `${path}.counts.total ${show(counts.total)} is not rows.length ${o.rows.length}`;
    let sum = 0;
    for (const k of ROW_OUTCOMES) {
      const n = counts[k];
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return `${path}.counts.${k} is ${show(n)}`;
      sum += n;
      const rows = (o.rows as { outcome?: unknown }[]).filter((r) => r?.outcome === k).length;
      if (rows !== n) return `${path}.counts.${k} ${n} but ${rows} rows say ${k}`;
    }
    if (sum !== counts.total) return `${path}.counts add up to ${sum}, not total ${show(counts.total)}`;
  }
  return undefined;
}

/** Results (an envelope, or a batch with rows) render with explain() in both languages: never a throw, an ID or garbage. */
function renderProblem(result: unknown, args: readonly unknown[], ids: readonly string[]): string | undefined {
  if (
    typeof result !== 'object' ||
    result === null ||
    !('outcome' in result || ('rows' in result && 'counts' in result))
  )
    return undefined;
  for (const lang of ['zh', 'en'] as const) {
    let text: string;
    try {
      text = explain(result, { lang });
    } catch (e) {
      // A result too large for one text (over a million lines) is refused by design, with a well-formed PolicyError.
      if (isPolicyError(e) && e.code === 'too_large' && malformed(e) === undefined) return undefined;
      return `explain(result, { lang: '${lang}' }) threw ${describeThrown(e)}`;
    }
    const upper = text.toUpperCase();
    for (const id of ids)
      if (upper.includes(id))
        return `leak: an unmasked resident ID of the input in explain(result, { lang: '${lang}' })`;
    const inputStrings = stringsIn(args);
    // "got undefined" names the type of a value the caller passed (a refused row); anything else is a failed format.
    const garbage = RENDER_GARBAGE.exec(text.replace(/\b(got|received) undefined\b/g, ''));
    if (garbage !== null && ![...inputStrings].some((t) => t.includes(garbage[0]))) {
      return `explain(result, { lang: '${lang}' }) prints ${show(garbage[0])}: ${show(text.slice(Math.max(0, garbage.index - 60), garbage.index + 60))}`;
    }
  }
  return undefined;
}

/** Checks of one result object that do not depend on the function: money, rates, sums, NaN, garbage text, IDs. */
function inspect(result: unknown, spec: Spec, args: readonly unknown[], ids: readonly string[]): string | undefined {
  const signed = new Set(spec.signedMoney ?? []);
  const money = new Set([...MONEY_KEYS, ...(spec.money ?? [])].filter((k) => !signed.has(k)));
  // A spec that lists its rates replaces the default (formatDecimalRate documents shares above 1).
  const rates = new Set(spec.rates ?? RATE_KEYS);
  const echoes = spec.echoes === 'all' ? undefined : new Set(spec.echoes ?? []);
  if (spec.echoes === 'all') return undefined;
  const inputStrings = stringsIn(args);
  const seen = new Set<unknown>();
  let budget = 300_000;
  let problem: string | undefined;
  // Depth-bounded: a result may hold a deep value of the input as given (the harness must not overflow on it).
  const visit = (v: unknown, key: string | undefined, path: string, depth = 0): void => {
    if (problem !== undefined || budget-- <= 0 || depth > 500) return;
    if (key !== undefined && (echoes!.has(key) || ECHO_KEYS.includes(key))) return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) problem = `${v} at ${path}`;
      return;
    }
    if (typeof v === 'string') {
      if (key !== undefined && (money.has(key) || signed.has(key)) && !(signed.has(key) ? SIGNED_YUAN : YUAN).test(v)) {
        problem = `money at ${path} is ${show(v)}, not ${signed.has(key) ? '-?' : ''}\\d+.\\d{2}`;
        return;
      }
      if (key !== undefined && rates.has(key) && !(RATE.test(v) && Number(v) <= 1)) {
        problem = `rate at ${path} is ${show(v)}, not a decimal in [0, 1]`;
        return;
      }
      if (key === 'percent' && rates.has('rate') && !(/^\d{1,3}\.\d{2}%$/.test(v) && Number(v.slice(0, -1)) <= 100)) {
        problem = `percent at ${path} is ${show(v)}, not a percent in [0, 100]`;
        return;
      }
      if (key === 'code' && v === 'internal_error') {
        problem = `an internal error (a non-PolicyError caught and reported) at ${path}`;
        return;
      }
      if (!inputStrings.has(v)) {
        // A token such as `1e+21` is garbage unless the input itself holds it (a value printed back as written).
        for (const m of v.slice(0, 10_000).matchAll(GARBAGE_ALL)) {
          const token = m[2]!;
          if (![...inputStrings].some((t) => t.includes(token))) {
            problem = `garbage number text ${show(token)} at ${path}: ${show(v.slice(0, 200))}`;
            return;
          }
        }
      }
      for (const id of ids) {
        if (v.toUpperCase().includes(id)) {
          problem = `leak: an unmasked resident ID of the input at ${path}`;
          return;
        }
      }
      return;
    }
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && problem === undefined; i++) visit(v[i], undefined, `${path}[${i}]`, depth + 1);
      return;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) visit(x, String(k), `${path}.get(${show(k)})`, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    problem = envelopeProblem(o, path, spec);
    if (problem !== undefined) return;
    // A rate goes with its counts: non-negative integers, numerator ≤ denominator, null exactly when nothing is counted.
    if (typeof o.numerator === 'number' && typeof o.denominator === 'number' && 'rate' in o) {
      const { numerator: n, denominator: d, rate } = o as { numerator: number; denominator: number; rate: unknown };
      if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || n < 0 || n > d) problem = `${path}: counts ${n}/${d}`;
      else if ((d === 0) !== (rate === null)) problem = `${path}: rate ${show(rate)} with denominator ${d}`;
      if (problem !== undefined) return;
    }
    for (const k of Object.keys(o)) {
      visit(o[k], k, `${path}.${k}`, depth + 1);
      if (problem !== undefined) return;
    }
  };
  visit(result, undefined, 'result');
  return problem;
}

/** Why an error is not a well-formed PolicyError, or undefined when it is one. */
export function malformed(e: unknown, hostText = false): string | undefined {
  if (!isPolicyError(e)) return 'not a PolicyError';
  const issues = (e as unknown as { issues: unknown[] }).issues;
  const all = [e, ...issues] as { code?: unknown; path?: unknown; zh?: unknown; en?: unknown }[];
  for (const i of all) {
    if (typeof i !== 'object' || i === null) return 'an issue is not an object';
    if (typeof i.code !== 'string' || i.code === '') return `code ${show(i.code)}`;
    if (!Array.isArray(i.path) || !i.path.every((p) => typeof p === 'string' || typeof p === 'number'))
      return `path ${show(i.path)}`;
    if (typeof i.zh !== 'string' || i.zh === '' || (!hostText && !CJK.test(i.zh))) return `zh ${show(i.zh)}`;
    if (typeof i.en !== 'string' || i.en === '') return `en ${show(i.en)}`;
  }
  if (issues.length === 0) return 'no issues';
  return undefined;
}

function describeThrown(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message.slice(0, 160)}`;
  return `non-Error ${show(e).slice(0, 160)}`;
}

/** True when an issue's messages or params show a resident ID of the input (paths are the caller's own locators). */
function errorLeak(e: unknown, ids: readonly string[]): boolean {
  if (ids.length === 0) return false;
  const issues = (e as { issues: { zh: string; en: string; params?: unknown }[] }).issues;
  let text = '';
  for (const i of issues) {
    let params = '';
    try {
      params = JSON.stringify(i.params) ?? '';
    } catch {
      params = '';
    }
    text += `${i.zh}\n${i.en}\n${params}\n`;
  }
  text = text.toUpperCase();
  return ids.some((id) => text.includes(id));
}

/** Calls `fn` with `args` and classifies what happens. */
export function evaluate(fn: (...a: unknown[]) => unknown, spec: Spec, args: unknown[]): Outcome {
  if ((spec.kind ?? 'throws') === 'async') {
    const ids = idsIn(args);
    let result: unknown;
    try {
      result = fn(...args);
    } catch (e) {
      return classifyThrown(e, spec, args, ids);
    }
    if (!(result instanceof Promise))
      return {
        kind: 'defect',
        defect: 'bad-result',
        message: `an async function returned ${show(result).slice(0, 80)}, not a Promise`,
      };
    return {
      kind: 'pending',
      settled: result.then(
        (r: unknown) => classifyResult(r, spec, args, ids),
        (e: unknown) => classifyThrown(e, spec, args, ids),
      ),
    };
  }
  const kind = spec.kind ?? 'throws';
  const ids = idsIn(args);
  const size = sizeOf(args);
  let result: unknown;
  let thrown: unknown;
  let threw = false;
  const t0 = performance.now();
  try {
    result = kind === 'construct' ? new (fn as unknown as new (...a: unknown[]) => unknown)(...args) : fn(...args);
  } catch (e) {
    threw = true;
    thrown = e;
  }
  const ms = performance.now() - t0;
  if (ms > SLOW_MS && size < SMALL_INPUT)
    return { kind: 'defect', defect: 'slow', message: `took ${Math.round(ms)} ms on an input of ${size} items` };
  if (threw) {
    if (kind === 'safe' || kind === 'predicate')
      return {
        kind: 'defect',
        defect: 'safe-threw',
        message: `a ${kind === 'safe' ? 'safe twin' : 'predicate'} threw ${describeThrown(thrown)}`,
      };
    return classifyThrown(thrown, spec, args, ids);
  }
  if (kind === 'predicate') {
    return typeof result === 'boolean'
      ? { kind: 'ok' }
      : { kind: 'defect', defect: 'bad-result', message: `a predicate returned ${show(result).slice(0, 80)}` };
  }
  if (kind === 'safe') {
    const r = result as { success?: unknown; data?: unknown; error?: unknown } | null;
    if (typeof r !== 'object' || r === null || typeof r.success !== 'boolean')
      return { kind: 'defect', defect: 'bad-result', message: 'a safe twin returned no { success }' };
    if (!r.success) {
      if (!isPolicyError(r.error))
        return { kind: 'defect', defect: 'bad-result', message: `a safe twin failed with ${describeThrown(r.error)}` };
      const bad = malformed(r.error, spec.hostText);
      if (bad !== undefined)
        return { kind: 'defect', defect: 'malformed-error', message: `malformed PolicyError: ${bad}` };
      if (errorLeak(r.error, ids))
        return { kind: 'defect', defect: 'leak', message: 'an unmasked resident ID of the input in an error message' };
      const extra = spec.checkError?.(r.error, args);
      if (extra !== undefined) return { kind: 'defect', defect: 'leak', message: extra };
      return { kind: 'policy-error' };
    }
    result = r.data;
  }
  if (result instanceof Promise) return { kind: 'defect', defect: 'bad-result', message: 'returned a Promise' };
  return classifyResult(result, spec, args, ids);
}

/** A thrown value: a well-formed PolicyError that shows no resident ID of the input, or a defect. */
function classifyThrown(thrown: unknown, spec: Spec, args: readonly unknown[], ids: readonly string[]): Settled {
  if (!isPolicyError(thrown)) return { kind: 'defect', defect: 'throws', message: `threw ${describeThrown(thrown)}` };
  const bad = malformed(thrown, spec.hostText);
  if (bad !== undefined) return { kind: 'defect', defect: 'malformed-error', message: `malformed PolicyError: ${bad}` };
  if (!spec.hostText && errorLeak(thrown, ids))
    return { kind: 'defect', defect: 'leak', message: 'an unmasked resident ID of the input in an error message' };
  const extra = spec.checkError?.(thrown, args);
  if (extra !== undefined) return { kind: 'defect', defect: 'leak', message: extra };
  return { kind: 'policy-error' };
}

/** A returned value: the checks of every result, its rendering, and the spec's own. */
function classifyResult(result: unknown, spec: Spec, args: readonly unknown[], ids: readonly string[]): Settled {
  let problem: string | undefined;
  try {
    problem =
      inspect(result, spec, args, ids) ??
      (spec.render === false ? undefined : renderProblem(result, args, ids)) ??
      spec.check?.(result, args);
  } catch (e) {
    problem = `checking the result threw ${describeThrown(e)}`;
  }
  if (problem !== undefined)
    return { kind: 'defect', defect: problem.startsWith('leak') ? 'leak' : 'bad-result', message: problem };
  return { kind: 'ok' };
}

const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
});

// Heavy specials are drawn a quarter as often as the others.
const special: fc.Arbitrary<unknown> = fc
  .oneof(
    { arbitrary: fc.constantFrom(...SPECIALS.filter((s) => !s.heavy)), weight: 12 },
    { arbitrary: fc.constantFrom(...SPECIALS.filter((s) => s.heavy)), weight: 1 },
  )
  .map((s) => s.make());

/** The default inputs of a function: its examples, broken in every way the harness knows. */
export function inputsFor(spec: Spec): fc.Arbitrary<unknown[]> {
  if (spec.inputs !== undefined) return spec.inputs();
  const count = spec.examples().length;
  const arity = Math.max(...spec.examples().map((e) => e.length));
  const example = fc.nat({ max: count - 1 }).map((i) => spec.examples()[i]!);
  const valid = example;
  // One argument replaced by a special value (or one more argument than expected).
  const argSpecial = fc.tuple(example, fc.nat({ max: arity }), special).map(([ex, i, v]) => {
    const args = ex.slice();
    args[i] = v;
    return args;
  });
  // A value somewhere inside an argument replaced by a special value, or changed by a near-valid mutation.
  const deep = (value: fc.Arbitrary<unknown>) =>
    fc
      .tuple(example, fc.nat(), fc.nat({ max: MUTATIONS - 1 }), fc.integer(), value, fc.boolean())
      .map(([ex, at, op, n, other, replace]) => {
        const paths = pathsOf(ex);
        if (paths.length === 0)
          return ex.map((a, i) => (i === at % Math.max(1, ex.length) ? mutate(a, op, n, other).value : a));
        const path = paths[at % paths.length]!;
        if (replace) return setAt(ex, path, other) as unknown[];
        const m = mutate(getAt(ex, path), op, n, other);
        return setAt(ex, path, m.value, m.drop === true && path.length > 1) as unknown[];
      });
  const arbitraryArgs = fc.array(anything, { maxLength: arity + 1 });
  const anyAt = fc.tuple(example, fc.nat({ max: Math.max(0, arity - 1) }), anything).map(([ex, i, v]) => {
    const args = ex.slice();
    args[i] = v;
    return args;
  });
  return fc.oneof(
    { arbitrary: valid, weight: 1 },
    { arbitrary: argSpecial, weight: 3 },
    { arbitrary: deep(special), weight: 5 },
    { arbitrary: arbitraryArgs, weight: 2 },
    { arbitrary: anyAt, weight: 1 },
  );
}

/** A 32-bit hash of a name, so each function's stream depends only on the seed and its own name. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h | 0;
}

/** Defect class: kind plus the message with numbers and quoted text blurred, so one bug counts as one class. */
function classOf(o: Extract<Outcome, { kind: 'defect' }>): string {
  // The start of the message only: a TypeError quoting the value it choked on is still one defect.
  return `${o.defect}: ${o.message
    .replace(/\d+/g, '#')
    .replace(/"[^"]*"/g, '"…"')
    .slice(0, 50)}`;
}

export interface RunOptions {
  readonly seed: number;
  /** Inputs per function (before weights). */
  readonly perFunction: number;
  /** Shrink each defect class to a minimal reproducer (slower). */
  readonly shrink?: boolean;
  /** Called after each function. */
  readonly progress?: (r: FunctionReport) => void;
}

/** Runs every function's inputs and returns one report per function. */
export function runFuzz(
  functions: ReadonlyMap<string, (...a: unknown[]) => unknown>,
  specs: Readonly<Record<string, Spec>>,
  options: RunOptions,
): FunctionReport[] {
  const reports: FunctionReport[] = [];
  for (const [name, fn] of functions) {
    const spec = specs[name];
    if (spec === undefined) continue;
    const report: FunctionReport = { name, inputs: 0, policyErrors: 0, ok: 0, defects: 0, ms: 0, classes: new Map() };
    const t0 = performance.now();
    const numRuns = Math.max(1, Math.round(options.perFunction * (spec.weight ?? 1)));
    const seed = (options.seed ^ hash(name)) | 0;
    const arb = inputsFor(spec);
    const run = fc.check(
      fc.property(arb, (args) => {
        report.inputs++;
        const o = evaluate(fn, spec, args);
        if (o.kind === 'pending') {
          // Settled later (settle()); the reproducer is the input as found (an async call does not shrink here).
          const shown = show(args);
          (report.pending ??= []).push(o.settled.then((s) => tally(report, s, () => shown)));
        } else tally(report, o, () => show(args));
        return true;
      }),
      { seed, numRuns },
    );
    // The property always holds; a failure here is the harness itself throwing (it would stop the run early).
    if (run.failed) {
      report.defects++;
      report.classes.set('harness', {
        count: 1,
        message: `the harness failed after ${report.inputs} inputs: ${String(run.errorInstance).slice(0, 200)}`,
      });
    }
    if (options.shrink && spec.kind !== 'async') {
      for (const [c, info] of report.classes) {
        if (c.startsWith('slow') || c === 'harness') continue; // timings do not shrink reliably: keep the input as found
        const r = fc.check(
          fc.property(arb, (args) => {
            const o = evaluate(fn, spec, args);
            return !(o.kind === 'defect' && classOf(o) === c);
          }),
          { seed, numRuns, endOnFailure: false, interruptAfterTimeLimit: 20_000 },
        );
        if (r.failed && r.counterexample !== null) info.reproducer = show(r.counterexample[0]);
      }
    }
    report.ms = performance.now() - t0;
    reports.push(report);
    options.progress?.(report);
  }
  return reports;
}

function tally(report: FunctionReport, o: Settled, shown: () => string): void {
  if (o.kind === 'ok') report.ok++;
  else if (o.kind === 'policy-error') report.policyErrors++;
  else {
    report.defects++;
    const c = classOf(o);
    const seen = report.classes.get(c);
    if (seen === undefined) report.classes.set(c, { count: 1, message: o.message, reproducer: shown() });
    else seen.count++;
  }
}

/** Waits for the calls of async functions to settle and counts them into their reports. */
export async function settle(reports: readonly FunctionReport[]): Promise<void> {
  for (const r of reports) {
    const t0 = performance.now();
    await Promise.all(r.pending ?? []);
    r.pending = [];
    r.ms += performance.now() - t0;
  }
}

/** The per-function table and the defects with their reproducers, as text. */
export function formatReport(reports: readonly FunctionReport[], seed: number): string {
  const lines: string[] = [];
  const width = Math.max(8, ...reports.map((r) => r.name.length));
  lines.push(
    `${'function'.padEnd(width)}  ${'inputs'.padStart(7)}  ${'policy'.padStart(7)}  ${'ok'.padStart(7)}  ${'defects'.padStart(7)}`,
  );
  let total = { inputs: 0, policyErrors: 0, ok: 0, defects: 0 };
  for (const r of reports) {
    lines.push(
      `${r.name.padEnd(width)}  ${String(r.inputs).padStart(7)}  ${String(r.policyErrors).padStart(7)}  ${String(r.ok).padStart(7)}  ${String(r.defects).padStart(7)}`,
    );
    total = {
      inputs: total.inputs + r.inputs,
      policyErrors: total.policyErrors + r.policyErrors,
      ok: total.ok + r.ok,
      defects: total.defects + r.defects,
    };
  }
  lines.push(
    `${'TOTAL'.padEnd(width)}  ${String(total.inputs).padStart(7)}  ${String(total.policyErrors).padStart(7)}  ${String(total.ok).padStart(7)}  ${String(total.defects).padStart(7)}`,
  );
  const bad = reports.filter((r) => r.defects > 0);
  if (bad.length > 0) {
    lines.push('', `DEFECTS (seed ${seed}):`);
    for (const r of bad) {
      for (const [, info] of r.classes) {
        lines.push(`- ${r.name} ×${info.count}: ${info.message}`);
        if (info.reproducer !== undefined) lines.push(`    ${r.name}(...${info.reproducer.slice(0, 1500)})`);
      }
    }
  }
  return lines.join('\n');
}
