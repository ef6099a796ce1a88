/**
 * A sheet read as text, laid out for a /sheets reader with each row at the number the spreadsheet shows, so that the
 * reader's row numbers (in its issues and rows) are the sheet's own and nothing needs renumbering.
 * @module
 */
import type { TextSheet } from './sheet.js';

/**
 * The header and rows of `text` as a grid: row `n` of the sheet is `grid[n - 1]`; rows the file does not hold (above
 * the header) and rows already skipped (blank and totals rows, counted in `text.counts`) are empty, which the readers
 * skip as blank.
 * @param text - the sheet as read
 */
export function gridOf(text: TextSheet): (readonly string[])[] {
  // The header is the row before the first data row (blank rows after the header are data rows the parser keeps).
  const headerRow = (text.rows[0]?.row ?? 2) - 1;
  const grid: (readonly string[])[] = [];
  while (grid.length < headerRow - 1) grid.push([]);
  grid.push(text.header);
  for (const r of text.rows) {
    while (grid.length < r.row - 1) grid.push([]);
    grid.push(r.cells);
  }
  return grid;
}
