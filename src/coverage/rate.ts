/**
 * Exact rates from integer counts: `numerator ÷ denominator` to a fixed number of decimal places with a declared
 * rounding mode, in integer arithmetic (no floats, no decimal.js on the hot path). A zero denominator gives `null`,
 * never NaN or Infinity.
 * @module
 */
import { ErrorCode, fail, typeName } from '../core/errors.js';
import { roundingMode, type RoundingMode } from '../core/money.js';

/** Decimal places of every coverage rate (`"0.9474"`); the percent text has two fewer (`"94.74%"`). @category Coverage */
export const RATE_PLACES = 4;

const SCALE = 10 ** RATE_PLACES;

/** Rounds the integer quotient `q` with remainder `r` of a division by `d` (all non-negative). */
function roundQuotient(q: number, r: number, d: number, mode: RoundingMode): number {
  if (r === 0) return q;
  switch (mode) {
    case 'down':
    case 'floor':
      return q;
    case 'up':
    case 'ceil':
      return q + 1;
    case 'half-up':
      return 2 * r >= d ? q + 1 : q;
    case 'half-down':
      return 2 * r > d ? q + 1 : q;
    case 'half-even':
      return 2 * r > d || (2 * r === d && q % 2 === 1) ? q + 1 : q;
  }
}

/** `round(n × 10^4 ÷ d)` as an integer, exact for any safe integers (BigInt when the product is not safe). */
function scaledQuotient(n: number, d: number, mode: RoundingMode): number {
  const scaled = n * SCALE;
  if (Number.isSafeInteger(scaled)) {
    const q = Math.floor(scaled / d);
    // Recompute the remainder exactly: the float division above may be off by one for large values.
    let r = scaled - q * d;
    let qq = q;
    if (r < 0) {
      qq -= 1;
      r += d;
    } else if (r >= d) {
      qq += 1;
      r -= d;
    }
    return roundQuotient(qq, r, d, mode);
  }
  const bn = BigInt(n) * BigInt(SCALE);
  const bd = BigInt(d);
  const q = bn / bd;
  const r = bn % bd;
  // The rounded result is at most 10^4 times a safe ratio, so it fits a number when n <= d; callers guarantee that.
  if (r === 0n) return Number(q);
  const twice = 2n * r;
  const up =
    mode === 'up' || mode === 'ceil'
      ? true
      : mode === 'down' || mode === 'floor'
        ? false
        : mode === 'half-up'
          ? twice >= bd
          : mode === 'half-down'
            ? twice > bd
            : twice > bd || (twice === bd && q % 2n === 1n);
  return Number(up ? q + 1n : q);
}

/** `ceil(a ÷ b)` for non-negative safe integers, exactly. */
function ceilDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  const r = a - q * b;
  if (r < 0) q -= 1;
  else if (r >= b) q += 1;
  return a - q * b === 0 ? q : q + 1;
}

/** Formats a count of ten-thousandths as `"0.9474"`. */
function formatScaled(q: number): string {
  const whole = Math.floor(q / SCALE);
  const frac = String(q - whole * SCALE).padStart(RATE_PLACES, '0');
  return `${whole}.${frac}`;
}

/** Formats a count of ten-thousandths as `"94.74%"`. */
function formatPercent(q: number): string {
  const whole = Math.floor(q / 100);
  const frac = String(q - whole * 100).padStart(2, '0');
  return `${whole}.${frac}%`;
}

/**
 * A rate as text: the exact decimal to {@link RATE_PLACES} places and the same value as a percent.
 * @category Coverage
 */
export interface RateText {
  /** `"0.9474"`, or `null` when the denominator is zero. */
  readonly rate: string | null;
  /** `"94.74%"`, or `null` when the denominator is zero. */
  readonly percent: string | null;
}

const NO_RATE: RateText = { rate: null, percent: null };

/**
 * `numerator ÷ denominator` as an exact decimal string with 4 places and as percent text, rounded with `mode`.
 * A zero denominator gives `null` for both (never NaN). Counts must be non-negative safe integers with the numerator
 * at most the denominator (a rate is in [0, 1]); anything else is a `PolicyError`.
 * @category Coverage
 * @example
 * ```ts
 * formatRate(90, 95);              // { rate: '0.9474', percent: '94.74%' }
 * formatRate(90, 95, 'down');      // { rate: '0.9473', percent: '94.73%' }
 * formatRate(0, 0);                // { rate: null, percent: null }
 * ```
 */
export function formatRate(numerator: number, denominator: number, mode: RoundingMode = 'half-up'): RateText {
  count(numerator, 'numerator');
  count(denominator, 'denominator');
  if (numerator > denominator) {
    fail(ErrorCode.OutOfRange, ['numerator'], `分子 ${numerator} 大于分母 ${denominator}，比率不能超过 1`, `The numerator ${numerator} is above the denominator ${denominator}: a rate cannot exceed 1`);
  }
  roundingMode(mode, ['mode']);
  if (denominator === 0) return NO_RATE;
  const q = scaledQuotient(numerator, denominator, mode);
  return { rate: formatScaled(q), percent: formatPercent(q) };
}

/** A count argument: a non-negative safe integer. */
function count(value: unknown, name: string): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(ErrorCode.InvalidType, [name], `${name} 应为非负整数，实际为 ${typeof value === 'number' ? value : typeName(value)}`, `${name} must be a non-negative whole number, got ${typeof value === 'number' ? value : typeName(value)}`, {
      expected: 'non-negative int',
    });
  }
}

/**
 * A target rate such as `"1"` or `"0.95"` as an exact fraction `[numerator, denominator]` of integers.
 * Returns `undefined` for anything that is not a decimal string in [0, 1].
 * @internal
 */
export function targetFraction(target: string): [number, number] | undefined {
  const m = /^(\d+)(?:\.(\d{1,8}))?$/.exec(target);
  if (m === null) return undefined;
  const frac = m[2] ?? '';
  const den = 10 ** frac.length;
  const num = Number(m[1]) * den + (frac === '' ? 0 : Number(frac));
  if (num > den) return undefined;
  return [num, den];
}

/**
 * How far a count is from a target rate: the number of further units needed (`ceil(target × denominator) −
 * numerator`, at least 0) and the rate gap `target − numerator ÷ denominator` as an exact 4-place decimal
 * (rounded up, so a nonzero gap never prints as zero).
 * @internal
 */
export function shortfall(numerator: number, denominator: number, target: [number, number]): { met: boolean; units: number; rate: string } {
  const [tn, td] = target;
  // Exact comparison of numerator/denominator >= tn/td in integers (BigInt when the products are not safe).
  const big = !Number.isSafeInteger(numerator * td) || !Number.isSafeInteger(tn * denominator);
  const met = big ? BigInt(numerator) * BigInt(td) >= BigInt(tn) * BigInt(denominator) : numerator * td >= tn * denominator;
  if (met) return { met: true, units: 0, rate: '0.0000' };
  const need = big ? Number((BigInt(tn) * BigInt(denominator) + BigInt(td) - 1n) / BigInt(td)) : ceilDiv(tn * denominator, td);
  // Exact gap fraction (tn·d − n·td) / (td·d); scale it like a rate.
  const gapNum = big ? Number(BigInt(tn) * BigInt(denominator) - BigInt(numerator) * BigInt(td)) : tn * denominator - numerator * td;
  const gap = formatRate(gapNum, td * denominator, 'up').rate ?? '0.0000';
  return { met: false, units: Math.max(0, need - numerator), rate: gap };
}
