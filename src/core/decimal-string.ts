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
