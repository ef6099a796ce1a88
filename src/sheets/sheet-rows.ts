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

/** A row above the header that is a title, not data: a title merged across the columns, a 填报单位 line. @category Sheets */
export interface TitleRow {
  /** Row number as the spreadsheet shows it. */
  readonly row: number;
  /** Its one filled cell. */
  readonly text: string;
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

/** Splits rows into the header, the title rows above it and numbered data rows (see {@link HeaderSearch}). @internal */
export function rowsOf(
  rows: SheetRowsInput,
  firstRow = 1,
): { header: readonly SheetCell[]; titles: readonly TitleRow[]; body: [readonly SheetCell[], number][] } {
  if (!Array.isArray(rows)) throw new PolicyError([M.issue('sheet_rows_type', [], { got: typeName(rows) })]);
  if (!Number.isSafeInteger(firstRow) || firstRow < 1)
    throw new PolicyError([M.issue('sheet_rows_type', ['firstRow'], { got: String(firstRow) })]);
  const search = new HeaderSearch<{ cells: readonly SheetCell[]; row: number }>();
  const body: [readonly SheetCell[], number][] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!Array.isArray(r)) throw new PolicyError([M.issue('sheet_rows_type', [i], { got: 'array' })]);
    if (search.header !== undefined) body.push([r, firstRow + i]);
    else if (!isBlank(r)) for (const d of search.push({ cells: r, row: firstRow + i })) body.push([d.cells, d.row]);
  }
  for (const d of search.end()) body.push([d.cells, d.row]);
  if (search.header === undefined) throw new PolicyError([M.issue('sheet_no_header', [])]);
  return { header: search.header.cells, titles: search.titles, body };
}
