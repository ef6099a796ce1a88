/**
 * Helpers shared by every command that reads a sheet: `--sheet`, a reader's refusal of a header turned into a usage
 * error naming the file, an issue worded for stderr.
 * @module
 */
import { pick, isPolicyError, type PolicyIssue } from '../core/index.js';
import type { ColumnRef, HeaderMap } from '../sheets/columns.js';
import { UsageError, type CommandArgs, type Lang } from './args.js';

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
export function sheetReaderError<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (!isPolicyError(e)) throw e;
    const tabs = '';
    throw new UsageError('sheet_refused', {
      file,
      value: e.issues.map((i) => i.zh).join('；'),
      tabs,
      value2: e.issues.map((i) => i.en).join('; '),
    });
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
