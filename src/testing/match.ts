/**
 * Matching a partial expected result against an actual one: dotted paths, arrays by containment, decimal strings
 * compared exactly unless a tolerance is declared. Returns every mismatch, never just the first.
 * @module
 */
import { isDecimalString, type IssuePath } from '../core/index.js';
import { Dec, toDec } from '../core/money.js';
import { typeName } from '../core/errors.js';
import { checkNesting } from '../core/nesting.js';
import { testingMessages } from './messages.js';

/**
 * Why a value did not match.
 * - `different`: both present, not equal;
 * - `missing`: the actual result has nothing at that path;
 * - `type`: different kinds of value (e.g. a list where an object was expected);
 * - `no_match`: no element of the actual list matches this expected element.
 * @category Testing
 */
export type MismatchKind = 'different' | 'missing' | 'type' | 'no_match';

/**
 * One place where the actual result differs from the expectation.
 * @category Testing
 */
export interface Mismatch {
  /** Path of the expected value, as written in `expect` (dotted keys kept as one segment). */
  readonly path: IssuePath;
  /** What the case expects there. */
  readonly expected: unknown;
  /** What the computation produced there (for `no_match`: the closest element, if any). */
  readonly actual: unknown;
  /** Why it does not match. */
  readonly kind: MismatchKind;
}

/**
 * Options of {@link matchExpected}.
 * @category Testing
 */
export interface MatchOptions {
  /** Largest allowed difference between numbers or decimal strings (a decimal string); default: exact. */
  readonly tolerance?: string;
}

type Lookup = { found: true; value: unknown } | { found: false; value?: undefined };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function step(value: unknown, segment: string): Lookup {
  if (Array.isArray(value)) {
    if (segment === 'length') return { found: true, value: value.length };
    if (/^\d+$/.test(segment)) {
      const i = Number(segment);
      return i < value.length ? { found: true, value: value[i] } : { found: false };
    }
    return { found: false };
  }
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, segment)) {
    return { found: true, value: (value as Record<string, unknown>)[segment] };
  }
  return { found: false };
}

/**
 * The value at `key` in `actual`: the key itself if present (ids like `salary.base` stay whole), else the key read as a
 * dotted path (`monthly.total`, `lines.0.amount`, `lines[0].amount`, `findings.length`).
 * @internal
 */
export function lookup(actual: unknown, key: string): Lookup {
  const direct = step(actual, key);
  if (direct.found || !/[.[]/.test(key)) return direct;
  let current: Lookup = { found: true, value: actual };
  for (const segment of key
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((s) => s !== '')) {
    current = step(current.value, segment);
    if (!current.found) return current;
  }
  return current;
}

/** A number or decimal string as an exact decimal; undefined for anything else. */
function asDecimal(value: unknown): Dec | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return new Dec(String(value));
  if (isDecimalString(value)) return new Dec(value);
  return undefined;
}

function scalarsMatch(expected: unknown, actual: unknown, tolerance: Dec | undefined): boolean {
  if (expected === null) return actual === null || actual === undefined;
  if (typeof expected === 'string' && typeof actual === 'string') {
    if (expected === actual) return true;
    // Two strings match exactly ("6123.40" is not "6123.4"), unless the case declares a tolerance.
    if (tolerance === undefined) return false;
    const e = asDecimal(expected);
    const a = asDecimal(actual);
    return e !== undefined && a !== undefined && e.minus(a).abs().lte(tolerance);
  }
  if (typeof expected === 'number' || typeof actual === 'number') {
    // A YAML number has lost its trailing zeros (6123.40 reads as 6123.4): compare it by decimal value.
    const e = asDecimal(expected);
    const a = asDecimal(actual);
    if (e === undefined || a === undefined) return false;
    return tolerance === undefined ? e.eq(a) : e.minus(a).abs().lte(tolerance);
  }
  return expected === actual;
}

function matchInto(
  expected: unknown,
  actual: unknown,
  path: IssuePath,
  tolerance: Dec | undefined,
  out: Mismatch[],
): void {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) {
      out.push({ path, expected, actual, kind: 'type' });
      return;
    }
    // Containment: each expected element must match a different actual element, in any order.
    const used = new Set<number>();
    expected.forEach((e, i) => {
      let best: { index: number; misses: Mismatch[] } | undefined;
      for (let j = 0; j < actual.length; j++) {
        if (used.has(j)) continue;
        const misses: Mismatch[] = [];
        matchInto(e, actual[j], [], tolerance, misses);
        if (misses.length === 0) {
          best = { index: j, misses };
          break;
        }
        if (best === undefined || misses.length < best.misses.length) best = { index: j, misses };
      }
      if (best !== undefined && best.misses.length === 0) used.add(best.index);
      else
        out.push({
          path: [...path, i],
          expected: e,
          actual: best === undefined ? undefined : actual[best.index],
          kind: 'no_match',
        });
    });
    return;
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual) && !Array.isArray(actual)) {
      out.push({ path, expected, actual, kind: actual === undefined ? 'missing' : 'type' });
      return;
    }
    for (const [key, e] of Object.entries(expected)) {
      const found = lookup(actual, key);
      if (!found.found) {
        if (e !== null) out.push({ path: [...path, key], expected: e, actual: undefined, kind: 'missing' });
        continue;
      }
      matchInto(e, found.value, [...path, key], tolerance, out);
    }
    return;
  }
  if (!scalarsMatch(expected, actual, tolerance)) {
    const kind =
      actual === undefined ? 'missing' : typeof actual === 'object' && actual !== null ? 'type' : 'different';
    out.push({ path, expected, actual, kind });
  }
}

/**
 * Every place where `actual` does not satisfy the partial expectation `expected`.
 * - Object keys of `expected` are looked up in `actual` as written, else as dotted paths (`monthly.total`,
 *   `findings.0.rule`, `findings.length`); keys not mentioned are ignored.
 * - An expected list matches when each of its elements matches a distinct element of the actual list (containment).
 * - Strings compare exactly; a number compares by decimal value with a number or decimal string (YAML drops trailing
 *   zeros); with `tolerance`, numbers and decimal strings may differ by at most that much. `null` matches null or absent.
 * @category Testing
 * @example
 * ```ts
 * matchExpected({ 'monthly.total': '6123.40', findings: [{ rule: 'age', outcome: 'fail' }] },
 *   { monthly: { total: '6123.40' }, findings: [{ rule: 'term', outcome: 'pass' }, { rule: 'age', outcome: 'fail' }] });
 * // []
 * matchExpected({ grade: 8 }, { grade: 7 });
 * // [{ path: ['grade'], expected: 8, actual: 7, kind: 'different' }]
 * ```
 */
export function matchExpected(expected: unknown, actual: unknown, options: MatchOptions = {}): Mismatch[] {
  if (typeof options !== 'object' || options === null)
    testingMessages.fail('options_not_object', ['options'], { received: typeName(options) });
  // Matching recurses through both values: bound their nesting first.
  checkNesting(expected, ['expected']);
  checkNesting(actual, ['actual']);
  const tolerance = options.tolerance === undefined ? undefined : toDec(options.tolerance, ['tolerance']).abs();
  const out: Mismatch[] = [];
  matchInto(expected, actual, [], tolerance, out);
  return out;
}
