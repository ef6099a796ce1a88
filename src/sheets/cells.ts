/**
 * Cells as spreadsheets give them: text from a CSV, or from a workbook a string, a number, a boolean or a date cell.
 * Dates are read in every way clerks write them, and Excel serial numbers in both date systems.
 * @module
 */
import { stringArg } from '../core/args.js';
import { ymdOf } from '../core/calendar-date.js';
import { coreMessages } from '../core/core-messages.js';
import { typeName } from '../core/errors.js';

/**
 * A date cell of a workbook: its serial number and the date it shows (`YYYY-MM-DD`, with ` HH:MM` when it has a time).
 * @category Sheets
 */
export interface DateCell {
  /** The Excel serial number. */
  readonly serial: number;
  /** The date as text. */
  readonly text: string;
}

/**
 * One cell: text (CSV), or what a workbook holds (a number, a boolean, a date cell, nothing).
 * @category Sheets
 */
export type SheetCell = string | number | boolean | DateCell | null | undefined;

const DAY_MS = 86_400_000;

/** Largest serial Excel accepts (9999-12-31). */
const MAX_SERIAL = 2_958_465;

/**
 * The date (and time of day, when it has one) of an Excel serial number. In the 1900 system serial 1 is
 * 1900-01-01 and serial 60 is the 29 February 1900 that never was (Lotus 1-2-3's leap-year bug, kept by Excel), so
 * from 61 on the count is one day ahead; in the 1904 system (Excel for Mac before 2011) serial 0 is 1904-01-01.
 * @param serial - the serial (a fraction is the time of day)
 * @param date1904 - true for the 1904 system
 * @returns `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM[:SS]` when the serial has a time of day
 * @category Sheets
 * @example
 * ```ts
 * serialText(41883, false); // '2014-09-01'
 * serialText(40421, true); // '2014-09-01'
 * serialText(42430, false); // '2016-03-01'
 * serialText(42430.5, false); // '2016-03-01 12:00'
 * ```
 */
export function serialText(serial: number, date1904: boolean): string {
  // A serial Excel has (0 to 9999-12-31): anything else has no date to print.
  if (typeof serial !== 'number')
    coreMessages.fail('invalid_type', ['serial'], { expected: 'number', received: typeName(serial) });
  if (!(serial >= 0 && serial < MAX_SERIAL + 1))
    coreMessages.fail('out_of_range', ['serial'], { min: 0, max: MAX_SERIAL });
  if (typeof date1904 !== 'boolean')
    coreMessages.fail('invalid_type', ['date1904'], { expected: 'boolean', received: typeName(date1904) });
  let days = Math.floor(serial);
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 31);
  if (!date1904 && days >= 60) days -= 1;
  const d = new Date(base + days * DAY_MS);
  const date = `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  const secs = Math.round((serial - Math.floor(serial)) * 86_400);
  if (secs === 0 || secs >= 86_400) return date;
  const hh = String(Math.floor(secs / 3600)).padStart(2, '0');
  const mm = String(Math.floor((secs % 3600) / 60)).padStart(2, '0');
  const ss = secs % 60;
  return `${date} ${hh}:${mm}${ss === 0 ? '' : `:${String(ss).padStart(2, '0')}`}`;
}

/**
 * Full-width digits and the punctuation of dates and numbers (０–９ － ／ ． ： ， ＋ and the ideographic space), as a
 * Chinese input method in full-width mode types them, as their ASCII forms; other text as it is. For cells read as
 * dates, numbers and years only: a name is never changed.
 * @param text - a cell's text
 * @category Sheets
 * @example
 * ```ts
 * halfWidthDigits('２０１６－０３－０１'); // '2016-03-01'
 * ```
 */
export function halfWidthDigits(text: string): string {
  stringArg(text, 'text', true);
  // Most cells have nothing to fold: one scan, no new string.
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff0b && c <= 0xff1a) break;
    if (c === 0x3000) break;
  }
  if (i === text.length) return text;
  return text.replace(/[\uff0b-\uff1a\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * The text of a cell, trimmed: a number without exponent notation (a 12-digit code stays `320803000000`), a boolean
 * as `true`/`false`, a date cell as its date, and Excel's text guard `="0123"` unwrapped.
 * @param cell - the cell
 * @category Sheets
 * @example
 * ```ts
 * cellText(' 正职 '); // '正职'
 * cellText(320803000000); // '320803000000'
 * cellText('="320803000000"'); // '320803000000'
 * ```
 */
export function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') {
    const t = cell.trim();
    // `="…"`: how a CSV keeps digits as text for Excel (and how this package writes them).
    return t.length > 3 &&
      t.charCodeAt(0) === 61 &&
      t.charCodeAt(1) === 34 &&
      t.endsWith('"') &&
      t.indexOf('"', 2) === t.length - 1
      ? t.slice(2, -1)
      : t;
  }
  if (typeof cell === 'number') {
    // No sheet holds NaN or an infinity: such a cell has no text (the engine then finds the value missing).
    if (!Number.isFinite(cell)) return '';
    if (Number.isInteger(cell) && Math.abs(cell) < 1e21)
      return cell.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
    return plainNumber(cell);
  }
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'object' && !Array.isArray(cell) && typeof (cell as { text?: unknown }).text === 'string')
    return (cell as DateCell).text;
  return coreMessages.fail('invalid_type', ['cell'], { expected: 'string', received: typeName(cell) });
}

/** A finite number's decimal digits without exponent notation (`1e+21` → `1000000000000000000000`). */
function plainNumber(n: number): string {
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const negative = s.startsWith('-');
  const mantissa = s.slice(negative ? 1 : 0, e);
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot < 0 ? mantissa.length : dot) + Number(s.slice(e + 1));
  const text =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + text;
}

const DATE_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SERIAL_TEXT = /^\d{1,7}(?:\.\d+)?$/;
/**
 * A year and month without a day, with a separator (`2016-03`, `2016/3`, `2016年3月`) or a year alone (`2016年`):
 * how clerks write a date they half know. The forms without one (`2016`, `2016.3`) are serials Excel never writes for
 * a date of ours, and {@link fromSerial} refuses them alike.
 */
const YEAR_MONTH_TEXT = /^\d{4}\s*(?:年|[-/.年]\s*(?:0?[1-9]|1[0-2])\s*月?)$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A date read from a cell, or why it is not one: `no_day` a day the calendar does not have (2023-02-29),
 * `incomplete` a year or a year and month without a day (`2016.3`, `2016年3月`), `invalid` anything else.
 */
export type SheetDateResult =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly reason: 'invalid' | 'no_day' | 'incomplete' };

function ymd(y: string, m: string, d: string): SheetDateResult {
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return ymdOf(date) >= 0 ? { ok: true, date } : { ok: false, reason: 'no_day' };
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isDateSeparator = (c: number) => c === 45 || c === 47 || c === 46; // - / .

/** `-MM-DD` for month 0-12 and day 0-31 at `month * 32 + day`: the tail of a date written from its numbers. */
const MONTH_DAY = Array.from(
  { length: 13 * 32 },
  (_, k) => `-${String(k >> 5).padStart(2, '0')}-${String(k & 31).padStart(2, '0')}`,
);

/**
 * `2014/9/1`, `2014.09.01`, `2014-9-1`: four digits, then one or two, then one or two, separated by `-`, `/` or `.`
 * and nothing else (the form a CSV saved by Excel gives every date). Read by character codes, as {@link DATE_TEXT}
 * reads the same text; `undefined` for any other text, which then goes through the regular expressions. A
 * differential test holds it to the regular-expression reading.
 *
 * The date is written from the numbers read (year, then the `-MM-DD` of {@link MONTH_DAY}) rather than from slices
 * of the cell: a cell sliced from text with Chinese in it is a two-byte string, and so would be every date made
 * from it, which the engine then compares many times over.
 */
function numericDate(t: string): SheetDateResult | undefined {
  const n = t.length;
  if (n < 8 || n > 10) return undefined;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = t.charCodeAt(i);
    if (!isDigit(c)) return undefined;
    y = y * 10 + c - 48;
  }
  if (!isDateSeparator(t.charCodeAt(4))) return undefined;
  let i = 5;
  let m = 0;
  for (const start = i; i < n && i < start + 2 && isDigit(t.charCodeAt(i)); i++) m = m * 10 + t.charCodeAt(i) - 48;
  if (i === 5 || i === n || !isDateSeparator(t.charCodeAt(i))) return undefined;
  const dayAt = ++i;
  let d = 0;
  for (; i < n && isDigit(t.charCodeAt(i)); i++) d = d * 10 + t.charCodeAt(i) - 48;
  if (i !== n || i === dayAt || i - dayAt > 2) return undefined;
  // A month past 12 or a day past 31 is no day (ymdOf says the same of the text it would make).
  if (m > 12 || d > 31) return { ok: false, reason: 'no_day' };
  const date = (y < 1000 ? t.slice(0, 4) : String(y)) + MONTH_DAY[m * 32 + d]!;
  return ymdOf(date) >= 0 ? { ok: true, date } : { ok: false, reason: 'no_day' };
}

function fromSerial(serial: number, date1904: boolean): SheetDateResult {
  if (!(serial >= 1 && serial <= MAX_SERIAL)) return { ok: false, reason: 'invalid' };
  // Four digits before the point are a year (`2016`, `2016.3` typed into a cell: March 2016), not the serial of a day
  // in 1902-1927 (2016.3 would read as 1905-07-08).
  if (serial >= 1000 && serial < 10_000) return { ok: false, reason: 'incomplete' };
  // Serial 60 of the 1900 system is 29 February 1900, which does not exist.
  if (!date1904 && Math.floor(serial) === 60) return { ok: false, reason: 'no_day' };
  return { ok: true, date: serialText(serial, date1904).slice(0, 10) };
}

/**
 * Reads a date cell: `2014-09-01`, `2014/9/1`, `2014.9.1`, `2014年9月1日`, `20140901`, a date with a time
 * (`2016/3/1 0:00`, `2016-03-01T00:00:00`; the time is dropped), a workbook's date cell, or an Excel serial number
 * (a number, or digits as text: `41883`) in the 1900 system (with its 29 February 1900) or the 1904 system.
 * @param cell - the cell
 * @param date1904 - the workbook counts dates from 1904 (default false)
 * @returns the date as `YYYY-MM-DD`, or the reason it is not one (`no_day`: a day the calendar does not have)
 * @category Sheets
 * @example
 * ```ts
 * sheetDate('2014年9月1日'); // { ok: true, date: '2014-09-01' }
 * sheetDate('2016/3/1 0:00'); // { ok: true, date: '2016-03-01' }
 * sheetDate(41883); // { ok: true, date: '2014-09-01' }
 * sheetDate(40421, true); // { ok: true, date: '2014-09-01' }
 * sheetDate('2023/2/29'); // { ok: false, reason: 'no_day' }
 * sheetDate('2016.3'); // { ok: false, reason: 'incomplete' }
 * ```
 */
export function sheetDate(cell: SheetCell, date1904 = false): SheetDateResult {
  if (typeof date1904 !== 'boolean')
    coreMessages.fail('invalid_type', ['date1904'], { expected: 'boolean', received: typeName(date1904) });
  if (typeof cell === 'number') return fromSerial(cell, date1904);
  if (typeof cell === 'object' && cell !== null && typeof cell.text === 'string') cell = cell.text;
  if (typeof cell !== 'string') return { ok: false, reason: 'invalid' };
  const t = halfWidthDigits(cellText(cell));
  return numericDate(t) ?? dateText(t, date1904);
}

/**
 * {@link sheetDate} of trimmed text by its regular expressions alone: the readable reading, which {@link numericDate}
 * must agree with (a differential test compares them).
 * @internal
 */
export function dateText(t: string, date1904: boolean): SheetDateResult {
  // Already YYYY-MM-DD.
  if (t.length === 10 && t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45)
    return ymdOf(t) >= 0
      ? { ok: true, date: t }
      : /^\d{4}-\d{2}-\d{2}$/.test(t)
        ? { ok: false, reason: 'no_day' }
        : { ok: false, reason: 'invalid' };
  const m = DATE_TEXT.exec(t);
  if (m !== null) return ymd(m[1]!, m[2]!, m[3]!);
  const c = COMPACT.exec(t);
  if (c !== null) return ymd(c[1]!, c[2]!, c[3]!);
  if (YEAR_MONTH_TEXT.test(t)) return { ok: false, reason: 'incomplete' };
  if (SERIAL_TEXT.test(t)) return fromSerial(Number(t), date1904);
  return { ok: false, reason: 'invalid' };
}

/**
 * Units a count or an area is written with after its digits (`5人`, `1500户`, `600平方米`): the number is the digits.
 * A unit before them, or words around them (`5人以上`), leave the cell unread.
 */
const NUMBER_UNIT = /\s*(?:人|户|个|名|家|次|件|处|平方米|平米|㎡|m²)$/;

/**
 * A number cell: a workbook's number, or text with ASCII or full-width digits, thousands separators and a unit after
 * it (`１,２００户` → 1200); `undefined` for anything else. One reading for every sheet reader of counts and amounts.
 * @param cell - the cell
 * @internal
 */
export function sheetNumber(cell: SheetCell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  // Thousands separators dropped, full-width digits read: the text is normalised once.
  const digits = halfWidthDigits(cellText(cell)).replace(/,/g, '').replace(NUMBER_UNIT, '');
  return /^[+-]?\d+(?:\.\d+)?$/.test(digits) ? Number(digits) : undefined;
}

const YES = new Set(['是', '√', '✓', 'y', 'yes', 'true', '1', '有']);
const NO = new Set(['否', '×', '✗', 'n', 'no', 'false', '0', '无']);

/**
 * Reads a yes/no cell: 是/否, √/×, yes/no, true/false, 1/0, 有/无.
 * @param cell - the cell
 * @returns the boolean, or `undefined` when the cell is neither
 * @category Sheets
 * @example
 * ```ts
 * sheetBoolean('是'); // true
 * sheetBoolean('×'); // false
 * sheetBoolean('也许'); // undefined
 * ```
 */
export function sheetBoolean(cell: SheetCell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'object' && cell !== null && typeof (cell as { text?: unknown }).text !== 'string')
    return undefined;
  const t = cellText(cell).toLowerCase();
  return YES.has(t) ? true : NO.has(t) ? false : undefined;
}

/**
 * A date cell as `YYYY-MM-DD` when it reads as one ({@link sheetDate}); any other text unchanged, for the engine to
 * refuse naming its field.
 * @param text - cell text
 * @category Sheets
 * @example
 * ```ts
 * normaliseDate('2020年3月5日'); // '2020-03-05'
 * normaliseDate('三月'); // '三月'
 * ```
 */
export function normaliseDate(text: string): string {
  if (typeof text !== 'string')
    coreMessages.fail('invalid_type', ['text'], { expected: 'string', received: typeName(text) });
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) return text;
  const r = sheetDate(text);
  return r.ok ? r.date : text;
}
