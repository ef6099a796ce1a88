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

/** Splits rows into the header and numbered data rows. @internal */
export function rowsOf(
  rows: SheetRowsInput,
  firstRow = 1,
): { header: readonly SheetCell[]; body: [readonly SheetCell[], number][] } {
  if (!Array.isArray(rows)) throw new PolicyError([M.issue('sheet_rows_type', [], { got: typeName(rows) })]);
  if (!Number.isSafeInteger(firstRow) || firstRow < 1)
    throw new PolicyError([M.issue('sheet_rows_type', ['firstRow'], { got: String(firstRow) })]);
  let h = 0;
  for (; h < rows.length; h++) {
    const r = rows[h];
    if (!Array.isArray(r)) throw new PolicyError([M.issue('sheet_rows_type', [h], { got: 'array' })]);
    if (!isBlank(r)) break;
  }
  if (h >= rows.length) throw new PolicyError([M.issue('sheet_no_header', [])]);
  const body: [readonly SheetCell[], number][] = [];
  for (let i = h + 1; i < rows.length; i++) {
    const r = rows[i];
    if (!Array.isArray(r)) throw new PolicyError([M.issue('sheet_rows_type', [i], { got: 'array' })]);
    body.push([r, firstRow + i]);
  }
  return { header: rows[h]!, body };
}
