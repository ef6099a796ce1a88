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
