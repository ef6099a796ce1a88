/**
 * Rates from counts, one way for every domain: `numerator ÷ denominator` to 4 decimal places with a declared rounding
 * mode, in integer arithmetic (exact for any safe counts; no floats, no decimal.js), and the same value as percent
 * text. One display rule: a rate strictly between none and all is never written as `0.0000` or `1.0000` (199,999 of
 * 200,000 shows `99.99%`, not `100.00%`), so a figure that is short of full coverage never reads as full, and one
 * that covers something never reads as nothing. A zero denominator gives `null`, never NaN.
 * @module
 */
import { coreMessages } from './core-messages.js';
import { pathArg, typeName, type IssuePath } from './errors.js';
import type { RoundingMode } from './money.js';
import type { StatutoryBound } from './periods.js';

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

/**
 * `round(n × 10^4 ÷ d)` in ten-thousandths, exactly (numbers while the product is safe, BigInt beyond; a quotient
 * that is not a safe integer stays a BigInt, or its last digits would be lost).
 */
function scaled(n: number, d: number, mode: RoundingMode): number | bigint {
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
  const exact = r === 0n || !roundsUp(q, 2n * r, bd, mode) ? q : q + 1n;
  return exact <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(exact) : exact;
}

function digits(q: number, places: number): string {
  const unit = 10 ** places;
  const whole = Math.floor(q / unit);
  return `${whole}.${String(q - whole * unit).padStart(places, '0')}`;
}

const NO_RATE: RateText = Object.freeze({ rate: null, percent: null });

function count(value: unknown, path: IssuePath): number {
  if (typeof value !== 'number')
    coreMessages.fail('invalid_type', path, { expected: 'integer', received: typeName(value) });
  if (!Number.isSafeInteger(value) || value < 0) coreMessages.fail('out_of_range', path, { min: 0 });
  return value;
}

/**
 * `numerator ÷ denominator` as an exact 4-place decimal and as percent text, rounded with `mode` (default
 * `half-up`). A rate strictly between 0 and 1 never shows as `0.0000`/`1.0000` (it stops one step short: `0.0001`,
 * `0.9999`). A zero denominator gives `null` for both. Counts must be non-negative safe integers
 * (`invalid_type` / `out_of_range` otherwise). A numerator above the denominator gives a rate above 1, shown as it
 * is (`formatRate(3, 2)` is `1.5000`, `150.00%`): this is a ratio, not a share; where the rate is a share (coverage:
 * covered of those in scope), the caller counts each member of the numerator in the denominator too, so it stays
 * in [0, 1].
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
 * formatRate(3, 2);                   // { rate: '1.5000', percent: '150.00%' }: a ratio above 1, as it is
 * ```
 */
export function formatRate(numerator: number, denominator: number, mode: RoundingMode = 'half-up'): RateText {
  const n = count(numerator, ['numerator']);
  const d = count(denominator, ['denominator']);
  if (d === 0) return NO_RATE;
  let q = scaled(n, d, mode);
  // A ratio far above 1 (more than 9×10^11): exact in BigInt (in a number its last digits were lost).
  if (typeof q === 'bigint') return { rate: digitsBig(q, RATE_PLACES), percent: `${digitsBig(q, RATE_PLACES - 2)}%` };
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
  pathArg(path);
  if (typeof target !== 'string')
    return coreMessages.fail('invalid_type', path, { expected: 'decimal string', received: typeName(target) });
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

/**
 * A statutory share: a fraction of a whole and the word that bounds it ("三分之二以上" is `{ share: '2/3', bound:
 * '以上' }`, "过半数" is `{ share: '1/2', bound: '超过' }`, "不得少于…三分之一" is `{ share: '1/3', bound: '以上' }`).
 * Written as text so that 1/3 stays exactly 1/3 (no decimal can say it).
 * @category Rates
 */
export interface ShareRule {
  /** `"2/3"`, `"4/5"`, `"1/2"`, or a decimal in [0, 1] (`"0.6"`). */
  readonly share: string;
  /** The bounding word (民法典 art. 1259: 以上 and 以下 include the number itself, 超过 and 不满 do not). */
  readonly bound: StatutoryBound;
}

/** A {@link ShareRule} read: the fraction in lowest terms and the bound. @category Rates */
export interface ExactShare {
  /** Numerator. */
  readonly numerator: number;
  /** Denominator (> 0). */
  readonly denominator: number;
  /** The bound. */
  readonly bound: StatutoryBound;
}

const SHARE_BOUNDS: readonly StatutoryBound[] = ['以上', '以下', '以内', '届满', '不满', '超过', '以外'];

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * Reads a {@link ShareRule} (e.g. a profile's table value): the fraction `"n/d"` or a decimal in [0, 1], and a bound
 * word. Refuses anything else with a PolicyError at `path` (`invalid_type`, `out_of_range`, `unknown_enum_value`).
 * @param value - the rule as JSON
 * @param path - where it sits, for the refusal
 * @category Rates
 * @example
 * ```ts
 * parseShareRule({ share: '2/3', bound: '以上' }); // { numerator: 2, denominator: 3, bound: '以上' }
 * parseShareRule({ share: '0.6', bound: '以上' }); // { numerator: 3, denominator: 5, bound: '以上' }
 * parseShareRule({ share: '4/3', bound: '以上' }); // throws PolicyError 'out_of_range'
 * ```
 */
export function parseShareRule(value: unknown, path: IssuePath = []): ExactShare {
  pathArg(path);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return coreMessages.fail('invalid_type', path, { expected: 'object', received: typeName(value) });
  const v = value as { share?: unknown; bound?: unknown };
  const bound = v.bound;
  if (typeof bound !== 'string' || !(SHARE_BOUNDS as readonly string[]).includes(bound)) {
    return coreMessages.fail('unknown_enum_value', [...path, 'bound'], {
      allowed: SHARE_BOUNDS,
      received: typeof bound === 'string' ? bound.slice(0, 20) : typeName(bound),
    });
  }
  const share = v.share;
  if (typeof share !== 'string')
    return coreMessages.fail('invalid_type', [...path, 'share'], { expected: 'string', received: typeName(share) });
  let n: number;
  let d: number;
  const m = /^(\d{1,9})\/(\d{1,9})$/.exec(share);
  if (m !== null) {
    n = Number(m[1]);
    d = Number(m[2]);
    if (d === 0) return coreMessages.fail('out_of_range', [...path, 'share'], { min: 0, max: 1 });
  } else [n, d] = parseRateTarget(share, [...path, 'share']);
  if (n > d) return coreMessages.fail('out_of_range', [...path, 'share'], { min: 0, max: 1 });
  const g = gcd(n, d) || 1;
  return { numerator: n / g, denominator: d / g, bound: bound as StatutoryBound };
}

/** Refuses what is not a share as {@link parseShareRule} returns it (a fraction in [0, 1] in counts, and a bound word). */
function checkShare(rule: unknown): asserts rule is ExactShare {
  const r = rule as Partial<ExactShare> | null;
  const n = r?.numerator;
  const d = r?.denominator;
  if (
    typeof r !== 'object' ||
    r === null ||
    typeof n !== 'number' ||
    typeof d !== 'number' ||
    !Number.isSafeInteger(n) ||
    !Number.isSafeInteger(d) ||
    n < 0 ||
    d < 1 ||
    n > d ||
    !(SHARE_BOUNDS as readonly unknown[]).includes(r.bound)
  ) {
    coreMessages.fail('invalid_type', ['rule'], { expected: 'object', received: typeName(rule) });
  }
}

/** Sign of `a/b − n/d` for counts (exact; BigInt where the products are not safe). */
function compareFraction(a: number, b: number, n: number, d: number): number {
  const l = a * d;
  const r = n * b;
  if (Number.isSafeInteger(l) && Number.isSafeInteger(r)) return l === r ? 0 : l < r ? -1 : 1;
  const bl = BigInt(a) * BigInt(d);
  const br = BigInt(n) * BigInt(b);
  return bl === br ? 0 : bl < br ? -1 : 1;
}

/**
 * Whether `part` of `whole` meets a statutory share, compared exactly in integers: 10 of 30 is "三分之一以上" (it is
 * exactly 1/3), 15 of 30 is not "过半数" (half is not more than half). Counts must be non-negative safe integers. The
 * comparison is `part × d` against `n × whole`, so 0 of 0 is "以上" any share and "超过" none: a rule for which an
 * empty whole means something else (no voters, no members) says so before it asks.
 * @param part - the count that must reach the share (votes, attendees, women representatives)
 * @param whole - the count it is a share of
 * @param rule - the share, read by {@link parseShareRule}
 * @category Rates
 * @example
 * ```ts
 * meetsShare(10, 30, parseShareRule({ share: '1/3', bound: '以上' })); // true
 * meetsShare(15, 30, parseShareRule({ share: '1/2', bound: '超过' })); // false
 * meetsShare(16, 30, parseShareRule({ share: '1/2', bound: '超过' })); // true
 * ```
 */
export function meetsShare(part: number, whole: number, rule: ExactShare): boolean {
  const p = count(part, ['part']);
  const w = count(whole, ['whole']);
  checkShare(rule);
  const c = compareFraction(p, w, rule.numerator, rule.denominator);
  switch (rule.bound) {
    case '以上':
    case '届满':
      return c >= 0;
    case '超过':
    case '以外':
      return c > 0;
    case '以下':
    case '以内':
      return c <= 0;
    case '不满':
      return c < 0;
  }
}

/**
 * The least `part` of `whole` that meets a share bounded from below (以上, 届满, 超过, 以外): 20 of 30 for
 * "三分之二以上", 16 of 30 for "过半数". `undefined` for a bound from above (以下, 以内, 不满), which has no least part.
 * @param whole - the whole
 * @param rule - the share
 * @category Rates
 * @example
 * ```ts
 * leastShare(30, parseShareRule({ share: '2/3', bound: '以上' })); // 20
 * leastShare(30, parseShareRule({ share: '1/2', bound: '超过' })); // 16
 * ```
 */
export function leastShare(whole: number, rule: ExactShare): number | undefined {
  checkShare(rule);
  const w = count(whole, ['whole']);
  const prod = BigInt(rule.numerator) * BigInt(w);
  const d = BigInt(rule.denominator);
  switch (rule.bound) {
    case '以上':
    case '届满':
      return Number((prod + d - 1n) / d);
    case '超过':
    case '以外':
      return Number(prod / d + 1n);
    default:
      return undefined;
  }
}

/** A non-negative decimal string or safe integer as an integer and its count of decimal places. */
function decimalParts(value: unknown, path: IssuePath): readonly [bigint, number] {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      coreMessages.fail('invalid_type', path, { expected: 'decimal string', received: 'number' });
    if (value < 0) coreMessages.fail('out_of_range', path, { min: 0 });
    return [BigInt(value), 0];
  }
  if (typeof value !== 'string')
    return coreMessages.fail('invalid_type', path, { expected: 'decimal string', received: typeName(value) });
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (m === null || value.length > 64)
    return coreMessages.fail('invalid_type', path, { expected: 'decimal string', received: 'string' });
  const frac = m[3] ?? '';
  const n = BigInt(m[2]! + frac);
  if (m[1] === '-' && n !== 0n) coreMessages.fail('out_of_range', path, { min: 0 });
  return [n, frac.length];
}

/** Two decimals as integers on one scale. */
function sameScale(a: readonly [bigint, number], b: readonly [bigint, number]): readonly [bigint, bigint] {
  const places = Math.max(a[1], b[1]);
  return [a[0] * 10n ** BigInt(places - a[1]), b[0] * 10n ** BigInt(places - b[1])];
}

function digitsBig(q: bigint, places: number): string {
  const unit = 10n ** BigInt(places);
  return `${q / unit}.${String(q % unit).padStart(places, '0')}`;
}

/**
 * {@link formatRate} for exact decimal amounts (money, hours): `numerator ÷ denominator` to 4 places with the same
 * rounding modes and the same display rule (a share strictly between none and all never shows as `0.0000` or
 * `1.0000`); a share above 1 is shown as it is. Amounts are non-negative decimal strings (`"80000.00"`) or safe
 * integers, computed in integer arithmetic (BigInt), never in floats. A zero denominator gives `null`.
 * @param numerator - the part (e.g. the labour cost)
 * @param denominator - the whole (e.g. the project budget)
 * @param mode - rounding of the last place (default `half-up`)
 * @category Rates
 * @example
 * ```ts
 * formatDecimalRate('79999.99', '100000.00'); // { rate: '0.8000', percent: '80.00%' }
 * formatDecimalRate('99999.99', '100000');    // { rate: '0.9999', percent: '99.99%' }: short of all
 * formatDecimalRate('1', '0');                // { rate: null, percent: null }
 * formatDecimalRate('-1', '2');               // throws PolicyError 'out_of_range'
 * ```
 */
export function formatDecimalRate(numerator: unknown, denominator: unknown, mode: RoundingMode = 'half-up'): RateText {
  const [n, d] = sameScale(decimalParts(numerator, ['numerator']), decimalParts(denominator, ['denominator']));
  if (d === 0n) return NO_RATE;
  const scaledN = n * BigInt(SCALE);
  let q = scaledN / d;
  const r = scaledN % d;
  if (r !== 0n && roundsUp(q, 2n * r, d, mode)) q += 1n;
  if (n > 0n && n < d) q = q < 1n ? 1n : q > BigInt(SCALE - 1) ? BigInt(SCALE - 1) : q;
  return { rate: digitsBig(q, RATE_PLACES), percent: `${digitsBig(q, RATE_PLACES - 2)}%` };
}

/**
 * How an exact decimal amount stands against a target share of another, compared exactly (not after rounding).
 * @category Rates
 */
export interface DecimalTargetComparison {
  /** True when `numerator ÷ denominator ≥ target`. */
  readonly met: boolean;
  /** The amount still needed: `target × denominator − numerator`, exact (`"0"` when met). */
  readonly amount: string;
  /** `target − numerator ÷ denominator` to 4 places, rounded up so a gap never shows as zero (`'0.0000'` when met). */
  readonly gap: string;
}

/** An exact non-negative fraction `num / 10^places` as a plain decimal string without trailing zeros. */
function plainDecimal(num: bigint, places: number): string {
  if (places === 0) return String(num);
  const s = digitsBig(num, places).replace(/0+$/, '');
  return s.endsWith('.') ? s.slice(0, -1) : s;
}

/**
 * {@link compareToTarget} for exact decimal amounts: whether `numerator ÷ denominator` reaches a target share, the
 * amount still needed and the share gap. The denominator must be greater than 0.
 * @param numerator - the part (a non-negative decimal string or safe integer)
 * @param denominator - the whole (greater than 0)
 * @param target - the target share as text (see {@link parseRateTarget})
 * @category Rates
 * @example
 * ```ts
 * compareDecimalToTarget('79999.99', '100000.00', '0.8'); // { met: false, amount: '0.01', gap: '0.0001' }
 * compareDecimalToTarget('80000', '100000', '0.8');       // { met: true, amount: '0', gap: '0.0000' }
 * ```
 */
export function compareDecimalToTarget(
  numerator: unknown,
  denominator: unknown,
  target: string,
): DecimalTargetComparison {
  const a = decimalParts(numerator, ['numerator']);
  const b = decimalParts(denominator, ['denominator']);
  const [n, d] = sameScale(a, b);
  if (d === 0n) coreMessages.fail('out_of_range', ['denominator'], { min: 0 });
  const [tn, td] = parseRateTarget(target);
  const TN = BigInt(tn);
  const TD = BigInt(td);
  if (n * TD >= TN * d) return { met: true, amount: '0', gap: '0.0000' };
  // The amount needed, exactly: (tn·d − n·td) / td on the amounts' common scale; td is a power of ten.
  const places = Math.max(a[1], b[1]) + String(td).length - 1;
  const amount = plainDecimal(TN * d - n * TD, places);
  const gapNum = TN * d - n * TD;
  const gapDen = TD * d;
  const q = (gapNum * BigInt(SCALE) + gapDen - 1n) / gapDen;
  return { met: false, amount, gap: digitsBig(q, RATE_PLACES) };
}
