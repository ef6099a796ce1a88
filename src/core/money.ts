/**
 * Money in yuan: exact decimals through a private decimal.js constructor (never `Decimal.set`, which would change
 * the host's global Decimal), strings with two decimals at the API, rounding only where a rule declares it.
 * @module
 */
import { Decimal as DecimalBase } from 'decimal.js';
import { ErrorCode, fail, pathArg, quote, typeName, type IssuePath } from './errors.js';

/**
 * The library's private Decimal constructor: 120 significant digits, half-up by default, never exponent notation.
 * Decimals are accepted with at most {@link DECIMAL_RANGE} digits (36 significant), so a product of three of them
 * (base × coefficient × share) and any sum of such products are exact at this precision.
 * Internal: values never cross the public API as Decimal instances (dual-package hazard); they cross as strings.
 * @internal
 */
// Built in a pure call with no arguments (reading DecimalBase's constants counts as a side effect to a bundler): a
// bundle that computes no money (grades only) drops it, and decimal.js with it.
export const Dec = /* @__PURE__ */ (() =>
  DecimalBase.clone({ precision: 120, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -120, toExpPos: 120 }))();
/** An instance of the private constructor. @internal */
export type Dec = InstanceType<typeof Dec>;

/**
 * A yuan amount as a string with exactly two decimals, e.g. `"4830.50"` (negative amounts start with `-`).
 * @category Money
 */
export type Yuan = string;

/**
 * Named rounding modes. Money rounds `'half-up'` (四舍五入) unless a rule declares otherwise.
 * @category Money
 */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

/** The rounding modes, for validation and documentation. @category Money */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  'half-up',
  'half-even',
  'half-down',
  'up',
  'down',
  'ceil',
  'floor',
];

// In a pure call for the same reason as Dec.
const MODE: Record<RoundingMode, DecimalBase.Rounding> = /* @__PURE__ */ (() => ({
  up: DecimalBase.ROUND_UP,
  down: DecimalBase.ROUND_DOWN,
  ceil: DecimalBase.ROUND_CEIL,
  floor: DecimalBase.ROUND_FLOOR,
  'half-up': DecimalBase.ROUND_HALF_UP,
  'half-down': DecimalBase.ROUND_HALF_DOWN,
  'half-even': DecimalBase.ROUND_HALF_EVEN,
}))();

/** decimal.js rounding constant for a named mode. @internal */
export function roundingConstant(mode: RoundingMode): DecimalBase.Rounding {
  return MODE[mode];
}

const DECIMAL_RE = /^-?\d+(\.\d+)?$/;

/**
 * Parses an exact decimal given as a string (`"1.48"`, `"5000"`, `"-3.5"`). Numbers are refused: a float such as
 * `0.1 + 0.2` has already lost exactness before it arrives. Integers that are safe integers are accepted.
 * @internal
 */
export function toDec(value: unknown, path: IssuePath = []): Dec {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return new Dec(value);
  if (typeof value !== 'string') {
    if (value === undefined) fail(ErrorCode.Required, path, '缺少数值', 'A value is required');
    return fail(
      ErrorCode.InvalidType,
      path,
      `数值应为十进制字符串，实际为 ${typeName(value)}`,
      `A decimal must be given as a string, got ${typeName(value)}`,
      {
        expected: 'decimal string',
        received: typeName(value),
      },
    );
  }
  if (!DECIMAL_RE.test(value)) {
    return fail(
      ErrorCode.InvalidAmount,
      path,
      `不是有效的十进制数：“${quote(value)}”`,
      `Not a decimal number: "${quote(value)}"`,
    );
  }
  if (!inDecimalRange(value)) {
    return fail(
      ErrorCode.OutOfRange,
      path,
      `数值超出支持范围：整数部分至多 ${DECIMAL_RANGE.integerDigits} 位，小数至多 ${DECIMAL_RANGE.fractionDigits} 位`,
      `The number is outside the supported range: at most ${DECIMAL_RANGE.integerDigits} digits before the decimal point and ${DECIMAL_RANGE.fractionDigits} after`,
      { ...DECIMAL_RANGE },
    );
  }
  return new Dec(value);
}

// In its own module so that reading profiles does not pull decimal.js into a bundle.
export { isDecimalString } from './decimal-string.js';
import { DECIMAL_RANGE, inDecimalRange } from './decimal-string.js';
export { DECIMAL_RANGE, inDecimalRange };

/**
 * Rounds an exact decimal (string) to two decimals with a named mode and returns a {@link Yuan} string.
 * @category Money
 * @example
 * ```ts
 * roundYuan('1234.565');               // '1234.57'
 * roundYuan('1234.565', 'half-even');  // '1234.56'
 * ```
 */
export function roundYuan(amount: string, mode: RoundingMode = 'half-up'): Yuan {
  return formatYuan(toDec(amount, ['amount']), roundingMode(mode, ['mode']));
}

/** A rounding mode argument, else `unknown_enum_value`. @internal */
export function roundingMode(mode: unknown, path: IssuePath): RoundingMode {
  if (!ROUNDING_MODES.includes(mode as RoundingMode)) {
    fail(
      ErrorCode.UnknownEnumValue,
      path,
      `舍入方式应为：${ROUNDING_MODES.join('、')}`,
      `The rounding mode must be one of: ${ROUNDING_MODES.join(', ')}`,
      { allowed: ROUNDING_MODES },
    );
  }
  return mode as RoundingMode;
}

/** Formats a Decimal as yuan with two decimals. @internal */
export function formatYuan(value: Dec, mode: RoundingMode = 'half-up'): Yuan {
  const s = value.toFixed(2, MODE[mode]);
  return s === '-0.00' ? '0.00' : s;
}

/**
 * Adds yuan amounts exactly.
 * @category Money
 * @example
 * ```ts
 * sumYuan(['0.10', '0.20']); // '0.30'
 * ```
 */
export function sumYuan(amounts: readonly string[]): Yuan {
  if (!Array.isArray(amounts))
    fail(
      ErrorCode.InvalidType,
      ['amounts'],
      `金额列表应为数组，实际为 ${typeName(amounts)}`,
      `amounts must be an array, got ${typeName(amounts)}`,
    );
  let total = new Dec(0);
  amounts.forEach((a, i) => {
    total = total.plus(toDec(a, [i]));
  });
  return formatYuan(total);
}

const YUAN_RE = /^-?\d+\.\d{2}$/;

/**
 * An exact running total of yuan amounts (a payroll, a per-post sum): amounts are added as {@link Yuan} strings,
 * optionally each a number of times, and the total never rounds or overflows (integer fen in a bigint). Totals of
 * results are built with it, so a total is always the exact sum of its lines.
 * @category Money
 * @example
 * ```ts
 * const t = new YuanSum();
 * t.add('0.10');
 * t.add('1400.00', 3); // three rows with the same pay
 * t.value; // '4200.10'
 * ```
 */
export class YuanSum {
  // Fen as a number while it is a safe integer (the common case, and cheap), in a bigint beyond.
  private small = 0;
  private big: bigint | undefined;

  /**
   * Adds `amount` (a yuan string with two decimals) `times` times (a non-negative safe integer, default 1).
   * Throws a PolicyError for anything else (a float, `"12.5"`, a negative count).
   */
  add(amount: Yuan, times = 1): void {
    if (typeof amount !== 'string' || !YUAN_RE.test(amount)) {
      fail(
        ErrorCode.InvalidAmount,
        ['amount'],
        `金额应为两位小数的元字符串，实际为“${String(amount).slice(0, 30)}”`,
        `An amount must be a yuan string with two decimals, got "${String(amount).slice(0, 30)}"`,
      );
    }
    if (!Number.isSafeInteger(times) || times < 0)
      fail(ErrorCode.OutOfRange, ['times'], '次数应为非负整数', 'times must be a non-negative integer');
    const dot = amount.length - 3;
    const digits = amount.slice(0, dot) + amount.slice(dot + 1);
    if (this.big === undefined) {
      const next = this.small + Number(digits) * times;
      if (Number.isSafeInteger(next) && digits.length < 16) {
        this.small = next;
        return;
      }
      this.big = BigInt(this.small);
    }
    this.big += BigInt(digits) * BigInt(times);
  }

  /** The total so far, as yuan with two decimals (`"0.00"` when nothing was added). */
  get value(): Yuan {
    const fen = this.big ?? this.small;
    const negative = fen < 0;
    const digits = String(negative ? -fen : fen).padStart(3, '0');
    return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  }
}

/**
 * True for a string written as yuan with exactly two decimals (`"4830.50"`).
 * @category Money
 * @example
 * ```ts
 * isYuan('4830.50'); // true
 * isYuan('4830.5');  // false
 * ```
 */
export function isYuan(value: unknown): value is Yuan {
  return typeof value === 'string' && YUAN_RE.test(value);
}

/**
 * Validates a yuan amount given as a decimal string (any number of decimals is accepted on input, e.g. `"5000"`)
 * and returns it rounded half-up to two decimals. Throws `invalid_type` / `invalid_amount`.
 * @category Money
 * @example
 * ```ts
 * parseYuan('5000');    // '5000.00'
 * parseYuan(0.1);       // throws PolicyError 'invalid_type' (floats are refused)
 * ```
 */
export function parseYuan(value: unknown, path: IssuePath = []): Yuan {
  return formatYuan(toDec(value, pathArg(path)));
}
