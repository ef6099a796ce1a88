/**
 * CSV in and out (RFC 4180: comma-separated (or tab or semicolon, see {@link sniffDelimiter}), fields quoted with `"`
 * and `""` inside quotes, CRLF or LF line ends).
 * The reader is incremental: text is pushed chunk by chunk and complete records come out, so memory stays bounded
 * by the longest record (itself limited), not by the file.
 * @module
 */
import { arrayArg, countArg, objectArg, stringArg } from '../core/args.js';
import { coreMessages } from '../core/core-messages.js';
import { PolicyError, typeName } from '../core/errors.js';
import { booleanArg, stringListArg } from './args.js';
import { sheetsMessages } from './messages.js';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Index of the first delimiter or line break at or after `i` (or the end of `s`): where an unquoted field stops. */
function fieldEnd(s: string, i: number, delimiter: number): number {
  let k = i;
  while (k < s.length) {
    const c = s.charCodeAt(k);
    if (c === delimiter || c === LF || c === CR) break;
    k++;
  }
  return k;
}

/** Line breaks (LF, CRLF or a lone CR) in `s` between `from` and `to`. */
function breaksIn(s: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === LF || (c === CR && s.charCodeAt(k + 1) !== LF)) n++;
  }
  return n;
}

/** A quoted field that spans more than one physical line (a cell with line breaks, or a stray quote). */
export interface MultilineField {
  /** The record it is in, 1-based (the row number a spreadsheet shows). */
  readonly record: number;
  /** The physical line the field starts on, 1-based. */
  readonly line: number;
  /** The field's index in its record, 0-based. */
  readonly field: number;
  /** How many physical lines it takes. */
  readonly lines: number;
}

/** Why the reader cannot go on: a quoted field not closed within the limit or by the end, or a record too long. */
export class CsvError extends PolicyError {
  /**
   * @param kind - `unclosed`: the end of the text came first; `too_many_lines`: more lines than the limit;
   *   `too_long`: a record longer than the character limit
   * @param at - where the field starts; `lines` is how many physical lines it took (for `too_many_lines`, the limit + 1)
   */
  constructor(
    readonly kind: 'unclosed' | 'too_many_lines' | 'too_long',
    readonly at: MultilineField,
  ) {
    // A PolicyError (name 'PolicyError', code csv_<kind>) like every refusal of the package; `instanceof CsvError` tells it apart.
    super([sheetsMessages.issue(csvCode(kind), [], checkedAt(at))]);
  }

  /** The records completed before the error in the same call (the header may be one: it names the column). */
  before: string[][] = [];
}

const CSV_KINDS = ['unclosed', 'too_many_lines', 'too_long'] as const;

function csvCode(kind: unknown): 'csv_unclosed' | 'csv_too_many_lines' | 'csv_too_long' {
  if (!CSV_KINDS.includes(kind as never))
    coreMessages.fail('unknown_enum_value', ['kind'], { allowed: CSV_KINDS, received: typeName(kind) });
  return `csv_${kind as (typeof CSV_KINDS)[number]}`;
}

function checkedAt(at: unknown): MultilineField {
  objectArg(at, 'at');
  const a = at as Record<string, unknown>;
  countArg(a.record, 'at.record', 1);
  countArg(a.line, 'at.line', 1);
  countArg(a.field, 'at.field', 0);
  countArg(a.lines, 'at.lines', 1);
  return { record: a.record, line: a.line, field: a.field, lines: a.lines } as MultilineField;
}

/** Limits of {@link CsvReader}: they bound the memory a malformed file can take. */
export interface CsvLimits {
  /** Most physical lines one quoted field may take (default 50). */
  readonly maxFieldLines?: number;
  /** Most characters one record may take (default 4,194,304). */
  readonly maxRecordChars?: number;
  /** The field delimiter: `,` (default), `\t` or `;`. */
  readonly delimiter?: string;
}

/** Default of {@link CsvLimits.maxFieldLines}. */
export const DEFAULT_FIELD_LINES = 50;
/** Default of {@link CsvLimits.maxRecordChars}: far above any real row (10,000 columns of 400 characters). */
export const DEFAULT_RECORD_CHARS = 1 << 22;

/**
 * Incremental CSV reader: `push` text, get the records completed so far; `end` flushes the last one.
 *
 * A quote that is never closed would otherwise swallow every later row into one cell. So a quoted field may take at
 * most `maxFieldLines` physical lines and the text may not end inside one (both throw {@link CsvError}); every field
 * that does take several lines is listed in {@link multiline}, for the caller to accept only where the user allowed
 * it. An unfinished record is held until it completes, at most `maxRecordChars` characters.
 */
export class CsvReader {
  private rest = '';
  private readonly maxLines: number;
  private readonly maxChars: number;
  private readonly delimiter: number;
  /** Records completed so far. */
  records = 0;
  /** Physical lines taken by the completed records. */
  lines = 0;
  /** True once `end` found a last record without a line break after it (a file cut short may end so). */
  unterminated = false;
  /** Fields of completed records that take several lines, in order; the caller empties it as it reads them. */
  readonly multiline: MultilineField[] = [];

  /** @param limits - see {@link CsvLimits} */
  constructor(limits: CsvLimits = {}) {
    objectArg(limits, 'limits');
    const { maxFieldLines, maxRecordChars, delimiter } = limits;
    if (maxFieldLines !== undefined && maxFieldLines !== Infinity) countArg(maxFieldLines, 'limits.maxFieldLines', 1);
    if (maxRecordChars !== undefined && maxRecordChars !== Infinity)
      countArg(maxRecordChars, 'limits.maxRecordChars', 1);
    if (delimiter !== undefined) delimiterArg(delimiter, 'limits.delimiter');
    this.maxLines = limits.maxFieldLines ?? DEFAULT_FIELD_LINES;
    this.maxChars = limits.maxRecordChars ?? DEFAULT_RECORD_CHARS;
    this.delimiter = (limits.delimiter ?? ',').charCodeAt(0);
  }

  /**
   * Parses the next piece of text.
   * @param text - next decoded chunk
   * @returns the records completed by this chunk (a record cut by the chunk's end waits for the next one)
   * @throws CsvError when a quoted field takes more lines than allowed, or the unfinished record is too long
   */
  push(text: string): string[][] {
    stringArg(text, 'text', true);
    return this.guarded(this.rest + text, false);
  }

  /**
   * Flushes the last record (a file need not end with a line break).
   * @throws CsvError when the text ends inside a quoted field
   */
  end(): string[][] {
    return this.guarded(this.rest, true);
  }

  private guarded(s: string, final: boolean): string[][] {
    const out: string[][] = [];
    try {
      return this.parse(s, final, out);
    } catch (e) {
      if (e instanceof CsvError) e.before = out;
      throw e;
    }
  }

  private parse(s: string, final: boolean, out: string[][]): string[][] {
    const n = s.length;
    let i = 0;
    let recStart = 0;
    let row: string[] = [];
    let line = this.lines + 1; // physical line the current record starts on
    let breaks = 0; // line breaks inside the quoted fields of the current record
    let spans: MultilineField[] = [];
    const complete = () => {
      out.push(row);
      row = [];
      for (const m of spans) this.multiline.push(m);
      spans = [];
      this.records++;
      line += 1 + breaks;
      this.lines = line - 1;
      breaks = 0;
    };
    for (;;) {
      if (i === n) {
        // End of text at the start of a field: a trailing comma on the last line left one empty field.
        if (final && row.length > 0) {
          row.push('');
          complete();
          this.unterminated = true;
        }
        recStart = final ? n : recStart;
        break;
      }
      let value: string;
      if (s.charCodeAt(i) === QUOTE) {
        const at = { record: this.records + 1, line: line + breaks, field: row.length };
        let j = i + 1;
        let seg = j;
        let text = '';
        let inner = 0; // line breaks inside this field
        let incomplete = false;
        for (;;) {
          const q = s.indexOf('"', j);
          inner += breaksIn(s, j, q < 0 ? n : q);
          if (1 + inner > this.maxLines) throw new CsvError('too_many_lines', { ...at, lines: this.maxLines + 1 });
          if (q < 0) {
            if (!final) incomplete = true;
            else {
              const trailing = n > j && (s.charCodeAt(n - 1) === LF || s.charCodeAt(n - 1) === CR) ? 1 : 0;
              throw new CsvError('unclosed', { ...at, lines: Math.max(1, 1 + inner - trailing) });
            }
            break;
          }
          if (q + 1 === n && !final) {
            incomplete = true; // could be the first half of a `""` escape
            break;
          }
          if (s.charCodeAt(q + 1) === QUOTE) {
            text += s.slice(seg, q + 1);
            j = q + 2;
            seg = j;
            continue;
          }
          text += s.slice(seg, q);
          i = q + 1;
          break;
        }
        if (incomplete) break;
        if (inner > 0) {
          spans.push({ ...at, lines: 1 + inner });
          breaks += inner;
        }
        // Text between a closing quote and the delimiter is kept, as Excel does.
        const k = fieldEnd(s, i, this.delimiter);
        if (k === n && !final) break;
        value = k > i ? text + s.slice(i, k) : text;
        i = k;
      } else {
        const k = fieldEnd(s, i, this.delimiter);
        if (k === n && !final) break;
        value = s.slice(i, k);
        i = k;
      }
      row.push(value);
      if (i === n) {
        complete();
        this.unterminated = true;
        recStart = n;
        break;
      }
      const c = s.charCodeAt(i);
      if (c === this.delimiter) {
        i++;
        continue;
      }
      if (c === CR) {
        if (i + 1 === n && !final) break; // the LF may be in the next chunk
        i += s.charCodeAt(i + 1) === LF ? 2 : 1;
      } else i++;
      complete();
      recStart = i;
    }
    if (!final && n - recStart > this.maxChars)
      throw new CsvError('too_long', { record: this.records + 1, line, field: row.length, lines: 1 + breaks });
    this.rest = recStart === 0 ? s : s.slice(recStart);
    if (final) this.rest = '';
    return out;
  }
}

/**
 * Parses a whole CSV text (no limit on the lines of a quoted field: the text is already in memory).
 * @param text - the decoded file
 * @param delimiter - `,` (default), `\t` or `;` ({@link sniffDelimiter} tells which a file uses)
 * @example
 * ```ts
 * parseCsv('姓名;岗位\r\n张三;正职\r\n', ';'); // [['姓名', '岗位'], ['张三', '正职']]
 * ```
 * @throws CsvError when the text ends inside a quoted field
 */
export function parseCsv(text: string, delimiter?: string): string[][] {
  stringArg(text, 'text', true);
  if (delimiter !== undefined) delimiterArg(delimiter, 'delimiter');
  const r = new CsvReader({ maxFieldLines: Infinity, maxRecordChars: Infinity, delimiter: delimiter ?? ',' });
  const rows = r.push(text);
  for (const row of r.end()) rows.push(row);
  return rows;
}

/** When a CSV field must be quoted (the readable rule {@link needsQuotes} follows). @internal */
export const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * The delimiter of a delimited text, from its first line: the one of comma, tab and semicolon that occurs most often
 * outside quotes (comma on a tie or when none occurs). Excel writes commas ("CSV"), tabs ("Unicode 文本") or, in
 * locales whose decimal mark is a comma, semicolons.
 * @param text - the start of the text (its first line is enough)
 * @example
 * ```ts
 * sniffDelimiter('姓名\t岗位\n'); // '\t'
 * sniffDelimiter('a;b;"c,d"\n'); // ';'
 * ```
 */
export function sniffDelimiter(text: string): ',' | '\t' | ';' {
  stringArg(text, 'text', true);
  let comma = 0;
  let tab = 0;
  let semi = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === LF || c === CR) {
      if (comma + tab + semi > 0) break;
    } else if (c === COMMA) comma++;
    else if (c === 9) tab++;
    else if (c === 59) semi++;
  }
  if (tab > comma && tab >= semi) return '\t';
  if (semi > comma && semi > tab) return ';';
  return ',';
}

/**
 * Text Excel would turn into a number and show differently: 12 or more digits (shown as 3.20803E+11, and past 15
 * digits rounded), or digits with a leading zero (the zero dropped). The readable rule {@link excelNumeric} follows.
 * @internal
 */
export const EXCEL_NUMERIC = /^(?:\d{12,}|0\d+)$/;

/**
 * Text Excel would run as a formula: it starts with `=`, `+`, `-` or `@` (or a tab or carriage return before one)
 * and is not a plain number (`-5.00` stays a number). A name or ID taken from a sheet, written back as it is, would
 * otherwise be evaluated when the output is opened (CSV injection). @internal
 */
export function excelFormulaLike(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c !== 61 && c !== 43 && c !== 45 && c !== 64 && c !== 9 && c !== 13) return false;
  return !/^[+-]?\d+(?:\.\d+)?$/.test(value);
}

/**
 * One CSV field: quoted when it contains a comma, quote or line break (or leading/trailing space), quotes doubled.
 * With `excelText`, a long digit string (a 12-digit division code, an 18-digit ID) or one with a leading zero is
 * written `="320803000000"`, which Excel shows as that text instead of `3.20803E+11`; and text Excel would run as a
 * formula (`=HYPERLINK(…)`, `-2+3`, `@cmd`) gets a leading `'`, so it is shown as text and never evaluated.
 * @param value - cell text
 * @param excelText - keep long digit strings as text for Excel, and formulas from being run
 * @example
 * ```ts
 * csvField('a,b'); // '"a,b"'
 * csvField('320803000000', true); // '="320803000000"'
 * csvField('=1+1', true); // "'=1+1"
 * ```
 */
export function csvField(value: string, excelText = false): string {
  stringArg(value, 'value', true);
  booleanArg(excelText, 'excelText');
  return field(value, excelText);
}

/** {@link csvField} of checked arguments. */
function field(value: string, excelText: boolean): string {
  if (excelText && excelNumeric(value)) return `="${value}"`;
  const text = excelText && excelFormulaLike(value) ? `'${value}` : value;
  return needsQuotes(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * {@link NEEDS_QUOTES} by character codes when the field starts and ends with a character that is plainly not white
 * space (printable ASCII, or above U+3000 but the BOM: CJK text and its punctuation), else by the regular expression.
 * A differential test holds it to the regular expression.
 * @internal
 */
export function needsQuotes(value: string): boolean {
  const n = value.length;
  if (n === 0) return false;
  if (!notSpace(value.charCodeAt(0)) || !notSpace(value.charCodeAt(n - 1))) return NEEDS_QUOTES.test(value);
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === QUOTE || c === COMMA || c === LF || c === CR) return true;
  }
  return false;
}

/** A character that `\s` does not match, among the common ones (others are left to the regular expression). */
const notSpace = (c: number) => (c > 32 && c < 127) || (c > 0x3000 && c !== 0xfeff);

/** {@link EXCEL_NUMERIC} by character codes: 12 or more ASCII digits, or 2 or more starting with 0. @internal */
export function excelNumeric(value: string): boolean {
  const n = value.length;
  if (n < 2 || (n < 12 && value.charCodeAt(0) !== 48)) return false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * One CSV record ending in CRLF, the line end Excel writes and expects.
 * @param values - cell texts
 * @param excelText - keep long digit strings as text for Excel (see {@link csvField})
 * @example
 * ```ts
 * csvLine(['320803000000', '清江浦区'], true); // '="320803000000",清江浦区\r\n'
 * ```
 */
export function csvLine(values: readonly string[], excelText = false): string {
  stringListArg(values, 'values');
  booleanArg(excelText, 'excelText');
  return line(values, excelText);
}

/** {@link csvLine} of checked arguments. */
function line(values: readonly string[], excelText: boolean): string {
  let out = '';
  for (let i = 0; i < values.length; i++) out += (i === 0 ? '' : ',') + field(values[i]!, excelText);
  return out + '\r\n';
}

/** Where {@link csvBytes} builds its output; grown as needed, copied out at the end of each call. */
let scratch: Uint8Array = /* @__PURE__ */ new Uint8Array(1 << 16);
const encoder = /* @__PURE__ */ new TextEncoder();

/** The scratch buffer holds at least `need` bytes, keeping its first `pos`. */
function room(pos: number, need: number): Uint8Array {
  if (need > scratch.length) {
    const grown = new Uint8Array(Math.max(scratch.length * 2, need));
    grown.set(scratch.subarray(0, pos));
    scratch = grown;
  }
  return scratch;
}

/**
 * Several CSV records as UTF-8 bytes: what {@link csvLine} gives for each row, joined and encoded (the readable path,
 * which a differential test holds it to), written straight into bytes. This is the CSV writer's kernel: a
 * million-row output built as a line of text per row, then joined and encoded, spent most of its time making
 * strings. A field is written as it is when it plainly needs neither quotes nor the Excel guard: its first and last
 * characters are not white space (see {@link needsQuotes}), it holds no comma, quote or line break, and with
 * `excelText` it neither starts like a formula nor is a digit string Excel would reshape. Any other field, or one
 * holding a surrogate, sends its record the readable way.
 * @param rows - the records' cell texts
 * @param excelText - keep long digit strings as text for Excel, and formulas from being run (see {@link csvField})
 * @internal
 */
export function csvBytes(rows: readonly (readonly string[])[], excelText = false): Uint8Array {
  arrayArg(rows, 'rows');
  booleanArg(excelText, 'excelText');
  let buf = scratch;
  let pos = 0;
  for (let r = 0; r < rows.length; r++) {
    const values = rows[r];
    // The argument checks name the row only when they fail (no text built per row).
    if (!Array.isArray(values)) stringListArg(values, `rows[${r}]`);
    for (let i = 0; i < values.length; i++) if (typeof values[i] !== 'string') stringListArg(values, `rows[${r}]`);
    const start = pos;
    let plain = true;
    for (let i = 0; plain && i < values.length; i++) {
      const v = values[i]!;
      const n = v.length;
      if (pos + 3 * n + 3 > buf.length) buf = room(pos, pos + 3 * n + 3);
      if (i > 0) buf[pos++] = COMMA;
      if (n === 0) continue;
      const first = v.charCodeAt(0);
      if (!notSpace(first) || !notSpace(v.charCodeAt(n - 1))) plain = false;
      else if (excelText && (first === 61 || first === 43 || first === 45 || first === 64)) plain = false;
      let digits = true;
      for (let k = 0; plain && k < n; k++) {
        const c = v.charCodeAt(k);
        if (c < 0x80) {
          if (c === COMMA || c === QUOTE || c === LF || c === CR) plain = false;
          if (c < 48 || c > 57) digits = false;
          buf[pos++] = c;
        } else if (c < 0x800) {
          digits = false;
          buf[pos++] = 0xc0 | (c >> 6);
          buf[pos++] = 0x80 | (c & 63);
        } else if (c >= 0xd800 && c < 0xe000) plain = false;
        else {
          digits = false;
          buf[pos++] = 0xe0 | (c >> 12);
          buf[pos++] = 0x80 | ((c >> 6) & 63);
          buf[pos++] = 0x80 | (c & 63);
        }
      }
      if (plain && excelText && digits && (n >= 12 || (n >= 2 && first === 48))) plain = false;
    }
    if (plain) {
      if (pos + 2 > buf.length) buf = room(pos, pos + 2);
      buf[pos++] = CR;
      buf[pos++] = LF;
      continue;
    }
    // The readable way: the record as csvLine writes it, encoded.
    pos = start;
    const text = line(values, excelText);
    buf = room(pos, pos + 3 * text.length);
    pos += encoder.encodeInto(text, buf.subarray(pos)).written;
  }
  return buf.slice(0, pos);
}

/** The UTF-8 byte order mark: with it, Excel opens a UTF-8 CSV with Chinese text correctly. */
export const UTF8_BOM = '\ufeff';

/**
 * True for a record with no content (an empty line, or only empty cells as Excel writes below a table).
 * @param row - a record
 */
export function isBlankRow(row: readonly string[]): boolean {
  // A predicate: what is not a row of text is not a blank row (an empty cell may be null or undefined).
  if (!Array.isArray(row)) return false;
  for (const cell of row)
    if (cell !== null && cell !== undefined && (typeof cell !== 'string' || cell.trim() !== '')) return false;
  return true;
}

/** Refuses a delimiter other than `,`, `\t` and `;`. */
function delimiterArg(value: unknown, name: string): void {
  if (value !== ',' && value !== '\t' && value !== ';')
    coreMessages.fail('unknown_enum_value', [name], { allowed: [',', 'tab', ';'], received: typeName(value) });
}
