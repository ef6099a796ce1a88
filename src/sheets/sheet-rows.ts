/**
 * Rows as the readers take them: an array of rows, each an array of cells, the header first. Shared by every reader
 * (roster, registry collections, slates, 信访台账, 社会组织, and any record with a field table).
 * @module
 */
import { PolicyError, typeName } from '../core/errors.js';
import { cellText, type SheetCell } from './cells.js';
import type { ColumnSpec, HeaderMap } from './columns.js';
import { sheetsMessages as M } from './messages.js';

/** A sheet's rows: the header first (blank rows before it are skipped), then the data rows. @category Sheets */
export type SheetRowsInput = readonly (readonly SheetCell[])[];

/**
 * True for a row with no content (an empty line, or only empty cells as Excel writes below a table).
 * @param cells - the row
 * @category Sheets
 * @example
 * ```ts
 * isBlank(['', ' ', null]); // true
 * ```
 */
export function isBlank(cells: readonly SheetCell[]): boolean {
  // A predicate: what is not a row of cells is not a blank row (and a cell no sheet holds is not blank).
  if (!Array.isArray(cells)) return false;
  for (const c of cells) {
    if (c === null || c === undefined) continue;
    if (typeof c === 'object' && (Array.isArray(c) || typeof (c as { text?: unknown }).text !== 'string')) return false;
    if (typeof c !== 'object' && typeof c !== 'string' && typeof c !== 'number' && typeof c !== 'boolean') return false;
    if (cellText(c) !== '') return false;
  }
  return true;
}

/**
 * A row that is not data, reported rather than read: a title above the header (a title merged across the columns, a
 * 填报单位 line), or a totals row below it (see {@link totalsText}). @category Sheets
 */
export interface TitleRow {
  /** Row number as the spreadsheet shows it. */
  readonly row: number;
  /** Its one filled cell (a title), or its first (a totals row). */
  readonly text: string;
}

/**
 * The words a totals row starts with, as compared: white space removed, case folded (合 计, Grand Total). Sums and
 * subtotals as Excel exports end a table with; a worker, a station or a petition is never named so.
 */
const TOTALS_WORDS: ReadonlySet<string> = new Set([
  '合计',
  '总计',
  '小计',
  '共计',
  '总合计',
  'total',
  'subtotal',
  'grandtotal',
  'sum',
]);

/** Longest first cell worth comparing (the words padded with spaces); longer text is data without a look. */
const TOTALS_MAX_CHARS = 40;

/** The words' first characters: a cell starting otherwise (an id, a name) is data without the comparison. */
const TOTALS_FIRST: ReadonlySet<string> = new Set([...TOTALS_WORDS].map((w) => w[0]!));

/**
 * The first filled cell of a totals row (合计, 总计, 小计, 共计, 总合计, Total, Subtotal, Grand total, Sum; white
 * space, full-width too, and case ignored), or `undefined` for any other row. Only the first filled cell counts: a
 * row with 合计 in a later cell (a remark) is data. The readers skip such rows, never compute them, and list them in
 * `totals`; the command line does the same.
 * @param cells - a data row
 * @category Sheets
 * @example
 * ```ts
 * totalsText(['', '合 计', '', 12]); // '合 计'
 * totalsText(['Grand Total', 30]); // 'Grand Total'
 * totalsText(['HA1', '合计']); // undefined
 * ```
 */
export function totalsText(cells: readonly SheetCell[]): string | undefined {
  if (!Array.isArray(cells)) return undefined;
  for (const c of cells) {
    if (c === null || c === undefined) continue;
    // A number, a date or a yes/no is data; so is any text too long to be one of the words.
    if (typeof c !== 'string') return undefined;
    const t = c.trim();
    if (t === '') continue;
    if (t.length > TOTALS_MAX_CHARS || !TOTALS_FIRST.has(t[0]!.toLowerCase())) return undefined;
    return TOTALS_WORDS.has(t.replace(/\s+/g, '').toLowerCase()) ? t : undefined;
  }
  return undefined;
}

/** How many title rows above a header are looked past. */
const MAX_TITLE_ROWS = 5;

/** The text of a row's one filled cell, or `undefined` when it has none or several. */
function titleText(cells: readonly SheetCell[]): string | undefined {
  let text: string | undefined;
  for (const c of cells) {
    const t = c === null || c === undefined ? '' : cellText(c);
    if (t === '') continue;
    if (text !== undefined) return undefined;
    text = t;
  }
  return text;
}

/**
 * Finds the header among a sheet's first non-blank rows: the first with two or more filled cells. Rows above it with
 * one filled cell (a title merged across the columns, as rosters printed from Excel have; a 填报单位 line) are title
 * rows, reported and not read. When no such header comes within the first rows (a sheet of one column), the first row
 * is the header after all and the rows held after it are data. The one rule for the library's readers and the
 * command line. @internal
 */
export class HeaderSearch<R extends { readonly cells: readonly SheetCell[]; readonly row: number }> {
  /** The header row, once settled. */
  header: R | undefined;
  /** Title rows above the header. */
  titles: TitleRow[] = [];
  private held: R[] = [];

  /**
   * Takes the next non-blank row while the header is not settled.
   * @returns rows that turn out to be data (when the first row is taken as the header after all), else `[]`
   */
  push(r: R): R[] {
    const title = titleText(r.cells);
    if (title === undefined) {
      this.header = r;
      return [];
    }
    this.held.push(r);
    this.titles.push({ row: r.row, text: title });
    return this.held.length > MAX_TITLE_ROWS ? this.fallback() : [];
  }

  /** At the end of the sheet: a sheet whose rows all had one cell has its first as the header; the rest is data. */
  end(): R[] {
    return this.header === undefined && this.held.length > 0 ? this.fallback() : [];
  }

  private fallback(): R[] {
    this.header = this.held[0];
    this.titles = [];
    const data = this.held.slice(1);
    this.held = [];
    return data;
  }
}

/** The header's cells as text (a year written as a number, 2023, is `'2023'`). @internal */
export function headerTexts(header: readonly SheetCell[]): string[] {
  if (!Array.isArray(header))
    throw new PolicyError([M.issue('sheet_rows_type', ['header'], { got: typeName(header) })]);
  return header.map((c) => cellText(c));
}

/** Refuses a header without a required column, or with two headers meaning one field. @internal */
export function checkHeader(map: HeaderMap, texts: readonly string[], specs: readonly ColumnSpec[]): void {
  const preview = texts.join(',').slice(0, 200);
  if (map.missing.length > 0)
    throw new PolicyError([
      M.issue('sheet_missing_columns', ['header'], {
        columns: map.missing.map((s) => `${s.zh}/${s.en}`),
        header: preview,
      }),
    ]);
  if (map.conflicts.length > 0) {
    const c = map.conflicts[0]!;
    const spec = specs.find((s) => s.key === c.key);
    const field = spec === undefined ? { field: c.key } : { field: spec.zh, fieldEn: spec.en };
    throw new PolicyError([
      M.issue('sheet_conflicting_columns', ['header'], {
        columns: c.columns.map((k) => k.header),
        positions: c.columns.map((k) => k.index + 1),
        ...field,
      }),
    ]);
  }
}

/**
 * Splits rows into the header, the title rows above it, the totals rows below it and numbered data rows (see
 * {@link HeaderSearch} and {@link totalsText}). @internal
 */
export function rowsOf(
  rows: SheetRowsInput,
  firstRow = 1,
): {
  header: readonly SheetCell[];
  titles: readonly TitleRow[];
  totals: readonly TitleRow[];
  body: [readonly SheetCell[], number][];
} {
  if (!Array.isArray(rows)) throw new PolicyError([M.issue('sheet_rows_type', [], { got: typeName(rows) })]);
  if (!Number.isSafeInteger(firstRow) || firstRow < 1)
    throw new PolicyError([M.issue('sheet_rows_type', ['firstRow'], { got: String(firstRow) })]);
  const search = new HeaderSearch<{ cells: readonly SheetCell[]; row: number }>();
  const body: [readonly SheetCell[], number][] = [];
  const totals: TitleRow[] = [];
  // A totals row sums the rows above it: listed, never read as a row of data.
  const data = (cells: readonly SheetCell[], row: number) => {
    const total = totalsText(cells);
    if (total === undefined) body.push([cells, row]);
    else totals.push({ row, text: total });
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!Array.isArray(r)) throw new PolicyError([M.issue('sheet_rows_type', [i], { got: 'array' })]);
    if (search.header !== undefined) data(r, firstRow + i);
    else if (!isBlank(r)) for (const d of search.push({ cells: r, row: firstRow + i })) data(d.cells, d.row);
  }
  for (const d of search.end()) data(d.cells, d.row);
  if (search.header === undefined) throw new PolicyError([M.issue('sheet_no_header', [])]);
  return { header: search.header.cells, titles: search.titles, totals, body };
}
