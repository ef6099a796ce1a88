/**
 * Rates from counts, one way for every domain: `numerator ÷ denominator` to 4 decimal places with a declared rounding
 * mode, in integer arithmetic (exact for any safe counts; no floats, no decimal.js), and the same value as percent
 * text. One display rule: a rate strictly between none and all is never written as `0.0000` or `1.0000` (199,999 of
 * 200,000 shows `99.99%`, not `100.00%`), so a figure that is short of full coverage never reads as full, and one
 * that covers something never reads as nothing. A zero denominator gives `null`, never NaN.
 * @module
 */
import { coreMessages } from './core-messages.js';
import { typeName, type IssuePath } from './errors.js';
import type { RoundingMode } from './money.js';

/** Decimal places of every rate (`"0.9474"`); the percent text has two fewer (`"94.74%"`). @category Rates */
export const RATE_PLACES = 4;

const SCALE = 10 ** RATE_PLACES;

/**
 * A rate as text.
 * @category Rates
 */
export interface RateText {
  /** `"0.9474"`, or `null` when the denominator is zero. */
  readonly rate: string | null;
  /** `"94.74%"`, or `null` when the denominator is zero. */
  readonly percent: string | null;
}

/** Whether the exact quotient `q + r/d` (r > 0) rounds up under `mode`. */
function roundsUp(q: bigint, twice: bigint, d: bigint, mode: RoundingMode): boolean {
  switch (mode) {
    case 'up':
    case 'ceil':
      return true;
    case 'down':
    case 'floor':
      return false;
    case 'half-up':
      return twice >= d;
    case 'half-down':
      return twice > d;
    case 'half-even':
      return twice > d || (twice === d && q % 2n === 1n);
  }
}

/** `round(n × 10^4 ÷ d)` in ten-thousandths, exactly (numbers while the product is safe, BigInt beyond). */
function scaled(n: number, d: number, mode: RoundingMode): number {
  const product = n * SCALE;
  if (Number.isSafeInteger(product)) {
    // The float quotient may be off by one for large values: correct it with the exact remainder.
    let q = Math.floor(product / d);
    let r = product - q * d;
    if (r < 0) {
      q -= 1;
      r += d;
    } else if (r >= d) {
      q += 1;
      r -= d;
    }
    return r === 0 ? q : roundsUp(BigInt(q), BigInt(2 * r), BigInt(d), mode) ? q + 1 : q;
  }
  const bn = BigInt(n) * BigInt(SCALE);
  const bd = BigInt(d);
  const q = bn / bd;
  const r = bn % bd;
  return Number(r === 0n || !roundsUp(q, 2n * r, bd, mode) ? q : q + 1n);
}

function digits(q: number, places: number): string {
  const unit = 10 ** places;
  const whole = Math.floor(q / unit);
  return `${whole}.${String(q - whole * unit).padStart(places, '0')}`;
}

const NO_RATE: RateText = Object.freeze({ rate: null, percent: null });

function count(value: unknown, path: IssuePath): number {
  if (typeof value !== 'number') coreMessages.fail('invalid_type', path, { expected: 'integer', received: typeName(value) });
  if (!Number.isSafeInteger(value) || value < 0) coreMessages.fail('out_of_range', path, { min: 0 });
  return value;
}

/**
 * `numerator ÷ denominator` as an exact 4-place decimal and as percent text, rounded with `mode` (default
 * `half-up`). A rate strictly between 0 and 1 never shows as `0.0000`/`1.0000` (it stops one step short: `0.0001`,
 * `0.9999`). A zero denominator gives `null` for both. Counts must be non-negative safe integers
 * (`invalid_type` / `out_of_range` otherwise).
 * @param numerator - what is covered (or counted)
 * @param denominator - what is in scope
 * @param mode - rounding of the last place
 * @category Rates
 * @example
 * ```ts
 * formatRate(90, 95);                 // { rate: '0.9474', percent: '94.74%' }
 * formatRate(90, 95, 'down');         // { rate: '0.9473', percent: '94.73%' }
 * formatRate(199_999, 200_000);       // { rate: '0.9999', percent: '99.99%' }: short of all, never shown as 100%
 * formatRate(1, 200_000);             // { rate: '0.0001', percent: '0.01%' }: something, never shown as 0%
 * formatRate(0, 0);                   // { rate: null, percent: null }
 * ```
 */
export function formatRate(numerator: number, denominator: number, mode: RoundingMode = 'half-up'): RateText {
  const n = count(numerator, ['numerator']);
  const d = count(denominator, ['denominator']);
  if (d === 0) return NO_RATE;
  let q = scaled(n, d, mode);
  // The display rule: a partial rate stays partial after rounding.
  if (n > 0 && n < d) q = Math.min(Math.max(q, 1), SCALE - 1);
  return { rate: digits(q, RATE_PLACES), percent: `${digits(q, RATE_PLACES - 2)}%` };
}

/**
 * How a count stands against a target rate, compared exactly (not after rounding).
 * @category Rates
 */
export interface TargetComparison {
  /** True when `numerator ÷ denominator ≥ target`. */
  readonly met: boolean;
  /** Further units needed to meet it: `ceil(target × denominator) − numerator` (0 when met). */
  readonly units: number;
  /** `target − numerator ÷ denominator` to 4 places, rounded up so a gap never shows as zero (`'0.0000'` when met). */
  readonly gap: string;
}

/**
 * A target rate written as a decimal string in [0, 1] (`"1"`, `"0.95"`, `"0.6"`), as an exact fraction.
 * @param target - the target
 * @param path - where the target sits, for the refusal
 * @category Rates
 * @example
 * ```ts
 * parseRateTarget('0.95'); // [95, 100]
 * parseRateTarget('1.2');  // throws PolicyError 'out_of_range'
 * ```
 */
export function parseRateTarget(target: unknown, path: IssuePath = ['target']): readonly [number, number] {
  if (typeof target !== 'string') return coreMessages.fail('invalid_type', path, { expected: 'decimal string', received: typeName(target) });
  const m = /^(\d+)(?:\.(\d{1,8}))?$/.exec(target);
  if (m === null) return coreMessages.fail('invalid_type', path, { expected: 'decimal string', received: 'string' });
  const frac = m[2] ?? '';
  const den = 10 ** frac.length;
  const num = Number(m[1]) * den + (frac === '' ? 0 : Number(frac));
  if (num > den) return coreMessages.fail('out_of_range', path, { min: 0, max: 1 });
  return [num, den];
}

/**
 * Compares `numerator ÷ denominator` with a target rate exactly (BigInt where products are not safe).
 * @param numerator - covered
 * @param denominator - in scope (greater than 0)
 * @param target - the target rate as text (see {@link parseRateTarget})
 * @category Rates
 * @example
 * ```ts
 * compareToTarget(2, 3, '1');   // { met: false, units: 1, gap: '0.3334' }
 * compareToTarget(19, 20, '0.95'); // { met: true, units: 0, gap: '0.0000' }
 * ```
 */
export function compareToTarget(numerator: number, denominator: number, target: string): TargetComparison {
  const n = count(numerator, ['numerator']);
  const d = count(denominator, ['denominator']);
  if (d === 0) coreMessages.fail('out_of_range', ['denominator'], { min: 1 });
  const [tn, td] = parseRateTarget(target);
  const met = BigInt(n) * BigInt(td) >= BigInt(tn) * BigInt(d);
  if (met) return { met: true, units: 0, gap: '0.0000' };
  const need = (BigInt(tn) * BigInt(d) + BigInt(td) - 1n) / BigInt(td);
  const gapNum = BigInt(tn) * BigInt(d) - BigInt(n) * BigInt(td);
  const gapDen = BigInt(td) * BigInt(d);
  // The gap fraction is below 1; scale it like a rate, rounding up (a nonzero gap never prints as zero).
  const q = (gapNum * BigInt(SCALE) + gapDen - 1n) / gapDen;
  return { met: false, units: Number(need) - n, gap: digits(Number(q), RATE_PLACES) };
}
