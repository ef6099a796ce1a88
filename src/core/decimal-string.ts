/**
 * Decimal strings, recognised without decimal.js: profiles check their decimal values with it, so a bundle that reads
 * profiles but computes no money (a review, a grade, a validator) leaves decimal.js out.
 * @module
 */

const DECIMAL_RE = /^-?\d+(\.\d+)?$/;

/**
 * True for a string that is an exact decimal number (`"12"`, `"1.48"`, `"-0.5"`).
 * @category Money
 * @example
 * ```ts
 * isDecimalString('1.48'); // true
 * isDecimalString('1e3');  // false
 * ```
 */
export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL_RE.test(value);
}

/**
 * The decimals the library computes with exactly: at most 24 digits before the point and 12 after (leading and
 * trailing zeros aside), i.e. amounts below 10^24 yuan; larger or finer ones are refused with `out_of_range`.
 * @internal
 */
export const DECIMAL_RANGE = { integerDigits: 24, fractionDigits: 12 } as const;

/** True when a decimal string (already matching the decimal form) is within {@link DECIMAL_RANGE}. @internal */
export function inDecimalRange(value: string): boolean {
  const point = value.indexOf('.');
  const whole = (point < 0 ? value : value.slice(0, point)).replace(/^-?0*/, '');
  const fraction = point < 0 ? '' : value.slice(point + 1).replace(/0+$/, '');
  return whole.length <= DECIMAL_RANGE.integerDigits && fraction.length <= DECIMAL_RANGE.fractionDigits;
}

/** A non-negative or negative decimal string as an integer and a scale: `"12.50"` → [1250n, 2]. */
function parts(value: string): readonly [bigint, number] {
  const dot = value.indexOf('.');
  return dot < 0 ? [BigInt(value), 0] : [BigInt(value.slice(0, dot) + value.slice(dot + 1)), value.length - dot - 1];
}

/** The integer and scale written back as a decimal string without trailing zeros (`1250n, 2` → `"12.5"`). */
function text(n: bigint, scale: number): string {
  const negative = n < 0n;
  let s = (negative ? -n : n).toString();
  if (scale > 0) {
    s = s.padStart(scale + 1, '0');
    let whole = s.slice(0, s.length - scale);
    let frac = s.slice(s.length - scale).replace(/0+$/, '');
    if (whole === '') whole = '0';
    s = frac === '' ? whole : `${whole}.${frac}`;
    frac = '';
  }
  return negative && s !== '0' ? `-${s}` : s;
}

/**
 * Exact arithmetic on decimal strings for the few sums and products a rule needs (areas, weights of a score sheet),
 * in BigInt, without decimal.js: a bundle that only compares areas or adds points stays small. Arguments are decimal
 * strings (see {@link isDecimalString}) or safe integers; results are decimal strings without trailing zeros. Imported
 * from this module, not from the core index: re-exported there, it would put money.ts (and decimal.js) into the
 * shared chunk every subpath of the built package loads.
 * @internal
 * @example
 * ```ts
 * exactDecimal.times('30', 420);          // '12600'
 * exactDecimal.shift('12600', -2);        // '126'
 * exactDecimal.compare('75.6', exactDecimal.times('0.6', '126')); // 0
 * exactDecimal.sum(['40', '30', '10.5']); // '80.5'
 * ```
 */
export const exactDecimal = {
  /** `a × b`. */
  times(a: string | number, b: string | number): string {
    const [x, s] = parts(String(a));
    const [y, t] = parts(String(b));
    return text(x * y, s + t);
  },
  /** `a × 10^places` (a negative `places` divides, exactly). */
  shift(a: string | number, places: number): string {
    const [x, s] = parts(String(a));
    return places >= 0 ? text(x * 10n ** BigInt(places), s) : text(x, s - places);
  },
  /** The sum of the values (`"0"` for none). */
  sum(values: readonly (string | number)[]): string {
    let total = 0n;
    let scale = 0;
    for (const v of values) {
      const [x, s] = parts(String(v));
      if (s > scale) {
        total *= 10n ** BigInt(s - scale);
        scale = s;
      }
      total += x * 10n ** BigInt(scale - s);
    }
    return text(total, scale);
  },
  /** -1, 0 or 1 as `a` is below, equal to or above `b`. */
  compare(a: string | number, b: string | number): -1 | 0 | 1 {
    const [x, s] = parts(String(a));
    const [y, t] = parts(String(b));
    const l = s >= t ? x : x * 10n ** BigInt(t - s);
    const r = t >= s ? y : y * 10n ** BigInt(s - t);
    return l === r ? 0 : l < r ? -1 : 1;
  },
};
