/**
 * 居民身份证号码 (GB 11643-1999).
 * @module
 */
import { isCalendarDate, type CalendarDate } from '../core/calendar-date.js';
import { safeOf, type IssuePath, type SafeParseResult } from '../core/errors.js';
import { reject, stringInput, type Subject } from './reject.js';

const ID: Subject = ['身份证号码', 'Resident ID'];

/**
 * Masks a resident ID for display: keeps the region code (first 6 characters) and the sequence code and check
 * character that follow the birth date, and replaces the whole birth date with `*` (`320802199001011234` →
 * `320802********1234`; 15 digits: `110105491231002` → `110105******002`). Anything that is not 15 or 18
 * characters is fully masked; a value that is not a string is refused (`invalid_type`).
 * Use it wherever an ID is shown or logged; the validators' own messages already do.
 * @category Resident ID
 * @example
 * ```ts
 * maskResidentId('11010519491231002X'); // '110105********002X'
 * maskResidentId('12345');              // '*****'
 * ```
 */
export function maskResidentId(id: string): string {
  const s = stringInput(id, [], ID);
  const n = s.length;
  // The birth date is 8 digits of an 18-character ID and 6 of a 15-digit one.
  const birthDigits = n === 18 ? 8 : 6;
  return n !== 18 && n !== 15
    ? '*'.repeat(Math.min(n, 18))
    : `${s.slice(0, 6)}${'*'.repeat(birthDigits)}${s.slice(6 + birthDigits)}`;
}

/**
 * A valid 居民身份证号码 and what it says.
 * @category Resident ID
 */
export interface ParsedResidentId {
  /** The 18-character number, with an upper-case `X` check character. Treat as personal data. */
  readonly id: string;
  /** Birth date from characters 7–14. */
  readonly birthDate: CalendarDate;
  /** From the 顺序码 (characters 15–17): odd = male, even = female. */
  readonly sex: 'male' | 'female';
  /** 地址码 (characters 1–6), GB/T 2260, as issued (not checked against a division tree). */
  readonly regionCode: string;
  /** The masked form for display and logs (see {@link maskResidentId}). */
  readonly masked: string;
}

/** Options of {@link parseResidentId} (`null` counts as none). @category Resident ID */
export interface ResidentIdOptions {
  /** When given, a birth date after this date is refused (`out_of_range`). */
  readonly asOf?: CalendarDate;
  /** Where the value sits in a larger input. */
  readonly path?: IssuePath;
}

/**
 * The ISO 7064 MOD 11-2 check character for the first 17 digits (GB 11643-1999). Anything but 17 digits is refused
 * (`invalid_format`).
 * @category Resident ID
 * @example
 * ```ts
 * residentIdCheckChar('11010519491231002'); // 'X'
 * ```
 */
export function residentIdCheckChar(first17: string): string {
  const s = stringInput(first17, [], ID, /^\d{17}$/);
  let sum = 0;
  let w = 1; // weights are 2^(17-i) mod 11; built from the right: 1, 2, 4, 8, 5, …
  for (let i = 16; i >= 0; i--) {
    w = (w * 2) % 11;
    sum += Number(s.charAt(i)) * w;
  }
  return '10X98765432'.charAt(sum % 11);
}

const subject = (id: string, m = maskResidentId(id)): Subject => [`${ID[0]} ${m} `, `${ID[1]} ${m}`];

/** `YYYY-MM-DD` from the 8 birth-date digits at `start`. */
const birth = (id: string, start: number): string => id.slice(start, start + 8).replace(/(....)(..)/, '$1-$2-');

/**
 * Validates an 18-character 居民身份证号码 and reads its birth date, sex and region code. Throws a
 * {@link PolicyError}: `invalid_type`, `required`, `invalid_format` (not 17 digits + digit or X; a 15-digit number
 * is refused: convert it with {@link upgradeResidentId} first), `invalid_date` (characters 7–14 are not a real date,
 * or `options.asOf` is not one), `out_of_range` (birth date after `options.asOf`), `invalid_check_digit`.
 * A lower-case `x` is accepted. Messages and params show the number only masked.
 * @category Resident ID
 * @example
 * ```ts
 * const p = parseResidentId('11010519491231002X');
 * p.birthDate; // '1949-12-31'
 * p.sex;       // 'female'
 * p.masked;    // '110105********002X'
 * parseResidentId('11010519491231002X', { asOf: '1949-12-30' }); // throws 'out_of_range'
 * ```
 */
export function parseResidentId(value: unknown, options: ResidentIdOptions = {}): ParsedResidentId {
  // null counts as no options (a refusal would not fit the 3 KB budget of this entry; a null used to throw a TypeError).
  const { asOf, path = [] } = options ?? {};
  if (asOf !== undefined && !isCalendarDate(asOf)) reject('invalid_date', ['asOf'], ['asOf', 'asOf']);
  const raw = stringInput(value, path, ID);
  const s = subject(raw);
  if (!/^\d{17}[\dXx]$/.test(raw))
    reject(
      'invalid_format',
      path,
      s,
      raw.length === 15 ? ['（15 位须先升位）', ' (upgrade 15 digits first)'] : undefined,
      { length: raw.length },
    );
  const id = raw.toUpperCase();
  const birthDate = birth(id, 6);
  if (!isCalendarDate(birthDate)) reject('invalid_date', path, s);
  if (asOf !== undefined && birthDate > asOf) reject('out_of_range', path, s, [` ${asOf}`, ` ${asOf}`], { asOf });
  if (residentIdCheckChar(id.slice(0, 17)) !== id.charAt(17)) reject('invalid_check_digit', path, s);
  return {
    id,
    birthDate,
    sex: Number(id.charAt(16)) % 2 ? 'male' : 'female',
    regionCode: id.slice(0, 6),
    masked: maskResidentId(id),
  };
}

/**
 * Non-throwing {@link parseResidentId}.
 * @category Resident ID
 * @example
 * ```ts
 * safeParseResidentId('440524188001010014').success; // true
 * ```
 */
export const safeParseResidentId: (value: unknown, options?: ResidentIdOptions) => SafeParseResult<ParsedResidentId> =
  /* @__PURE__ */ safeOf(parseResidentId);

/**
 * True when `value` is a valid 18-character 居民身份证号码 (birth date not checked against any `asOf`).
 * @category Resident ID
 * @example
 * ```ts
 * isValidResidentId('11010519491231002X'); // true
 * isValidResidentId('110105194912310021'); // false
 * ```
 */
export function isValidResidentId(value: unknown): value is string {
  return safeParseResidentId(value).success;
}

/**
 * Converts an old 15-digit 居民身份证号码 to 18 characters: inserts `19` before the 6-digit birth date (15-digit
 * numbers were issued to people born in the 1900s) and appends the check character. Throws `invalid_type`,
 * `required`, `invalid_format` (not 15 digits) or `invalid_date`.
 * @param path - where the value sits in a larger input
 * @category Resident ID
 * @example
 * ```ts
 * upgradeResidentId('110105491231002'); // '11010519491231002X'
 * ```
 */
export function upgradeResidentId(value: unknown, path: IssuePath = []): string {
  const raw = stringInput(value, path, ID, /^\d{15}$/);
  const s = subject(raw);
  const first17 = `${raw.slice(0, 6)}19${raw.slice(6)}`;
  if (!isCalendarDate(birth(first17, 6))) reject('invalid_date', path, s);
  return first17 + residentIdCheckChar(first17);
}

/**
 * Non-throwing {@link upgradeResidentId}.
 * @category Resident ID
 * @example
 * ```ts
 * safeUpgradeResidentId('11010549123100').success; // false (14 digits)
 * ```
 */
export const safeUpgradeResidentId: (value: unknown, path?: IssuePath) => SafeParseResult<string> =
  /* @__PURE__ */ safeOf(upgradeResidentId);
