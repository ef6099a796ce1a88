/**
 * Helpers shared by every command that reads a sheet: `--sheet`, a reader's refusal of a header turned into a usage
 * error naming the file, an issue worded for stderr.
 * @module
 */
import { pick, isPolicyError, type PolicyIssue } from '../core/index.js';
import type { ColumnRef, HeaderMap } from '../sheets/columns.js';
import { sheetsMessages } from '../sheets/messages.js';
import { UsageError, type CommandArgs, type Lang } from './args.js';
import type { WorkbookSheets } from './sheet.js';

/**
 * The `--sheet` value.
 * @param args - parsed arguments
 */
export function sheetOf(args: CommandArgs): string | undefined {
  const v = args.values.sheet;
  return typeof v === 'string' ? v : undefined;
}

/**
 * Runs a sheet reader's setup (header checks); a PolicyError becomes a usage error naming the file.
 * @param file - the file's name
 * @param fn - the call
 */
export function sheetReaderError<T>(
  file: string,
  fn: () => T,
  from?: { readonly workbook?: WorkbookSheets | undefined },
): T {
  try {
    return fn();
  } catch (e) {
    if (!isPolicyError(e)) throw e;
    // The first sheet of a workbook with others (a 说明 sheet before the roster) is a likely wrong guess: name them.
    const w = from?.workbook;
    if (w !== undefined && !w.named && w.sheets.length > 1)
      throw new UsageError('sheet_refused_other_sheets', {
        file,
        issues: e.issues,
        sheet: w.sheet,
        others: w.sheets.filter((s) => s !== w.sheet),
        option: '--sheet',
      });
    throw new UsageError('sheet_refused', { file, issues: e.issues });
  }
}

/**
 * One line of stderr for an issue already worded with its row and column (a sheet reader's): its text and code.
 * @param lang - output language
 * @param issue - the issue
 */
export function sheetIssueLine(lang: Lang, issue: PolicyIssue): string {
  return `${pick(issue, lang)} [${issue.code}]`;
}

/**
 * The column an engine path points to, by its first key (`['receivedOn']` → the 收到日期 column as written; a
 * per-year path `['annualInspections', '2025']` → that year's column).
 * @param path - the issue's path inside one record
 * @param map - the sheet's header map
 */
export function columnForPath(path: readonly (string | number)[], map: HeaderMap): ColumnRef | undefined {
  const [head, sub] = path;
  if (typeof head !== 'string') return undefined;
  const cols = map.columns.filter((c): c is ColumnRef => c !== undefined && c.key === head);
  return (
    (typeof sub === 'string' ? cols.find((c) => c.year === sub) : undefined) ??
    cols.find((c) => c.year === undefined) ??
    cols[0]
  );
}

/**
 * The issues of a sheet row: the problems of the row as a row (cut short, cells beyond the header), worded here with
 * its row number and id, then the reader's own (already worded). The reader's list itself when the row has none.
 * @param row - the row number as the sheet shows it
 * @param id - the row's 编号, if read
 * @param rowIssues - the row's own problems (the CSV reader's)
 * @param readIssues - the reader's issues of the row's cells
 */
export function sheetRowIssues(
  row: number,
  id: string | undefined,
  rowIssues: readonly PolicyIssue[] | undefined,
  readIssues: readonly PolicyIssue[],
): readonly PolicyIssue[] {
  if (rowIssues === undefined || rowIssues.length === 0) return readIssues;
  const at = { row, ...(id === undefined ? {} : { id }) };
  return [
    ...rowIssues.map((i) => ({
      ...i,
      zh: sheetsMessages.text('sheet_row', { ...at, reason: i.zh }).zh,
      en: sheetsMessages.text('sheet_row', { ...at, reason: i.en }).en,
      params: { row },
    })),
    ...readIssues,
  ];
}
