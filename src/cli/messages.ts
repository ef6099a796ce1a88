/**
 * Texts the CLI prints around the library's results: how a row error is located (row, column) and worded in the
 * chosen language. The reasons themselves come from the library's {@link PolicyIssue} messages.
 * @module
 */
import { formatPath, pick, type Bilingual, type MessageDef, type ParamArgs, type PolicyIssue } from '../core/index.js';
import { cliMessages, type CliCatalogue, type CliCode } from './cli-messages.js';
import type { Lang } from './args.js';

/**
 * A text of the CLI's catalogue in the output language.
 * @param lang - output language
 * @param code - its code in the `cli` catalogue
 * @param params - its params
 * @example
 * ```ts
 * msg('en', 'file_not_found', { path: 'a.csv' }); // 'file not found: a.csv'
 * ```
 */
export function msg<K extends CliCode>(lang: Lang, code: K, ...params: ParamArgs<CliCatalogue, K>): string {
  const def = cliMessages.catalogue[code] as MessageDef<unknown>;
  return lang === 'zh' ? def.zh(params[0]) : def.en(params[0]);
}

/**
 * Both texts of a code of the CLI's catalogue (for the helpers that take a `{ zh, en }` pair: `orUsage`,
 * `Diagnostics.finish`, label tables).
 * @param code - its code in the `cli` catalogue
 * @param params - its params
 */
export function msgPair<K extends CliCode>(code: K, ...params: ParamArgs<CliCatalogue, K>): Bilingual {
  const def = cliMessages.catalogue[code] as MessageDef<unknown>;
  return { zh: def.zh(params[0]), en: def.en(params[0]) };
}

/** Where a problem is: a spreadsheet row and column, or an item of a JSON array. */
export interface Location {
  /** Row number as the spreadsheet shows it, or the 1-based item number of a JSON array. */
  readonly row: number;
  /** True for a JSON item (worded "item" rather than "row"). */
  readonly item?: boolean;
  /** The worker's id, when known (helps find the row). */
  readonly id?: unknown;
}

/**
 * One line per issue: `第 5 行（编号 HA004），列「学历」：<reason> [code]`.
 * @param lang - output language
 * @param where - the row
 * @param issue - the library's issue
 * @param column - the header of the column the issue points to, when it points to one
 * @example
 * ```ts
 * formatRowIssue('en', { row: 5, id: 'HA004' }, { code: 'unknown_enum_value', path: ['education'], zh: '…', en: 'Must be one of …' }, '学历');
 * // 'row 5 (id HA004), column "学历": Must be one of … [unknown_enum_value]'
 * ```
 */
export function formatRowIssue(lang: Lang, where: Location, issue: PolicyIssue, column?: string): string {
  const id =
    where.id === undefined || where.id === null || where.id === '' ? '' : msg(lang, 'id', { id: String(where.id) });
  const row =
    where.item === true ? msg(lang, 'item', { row: where.row, id }) : msg(lang, 'row_label', { row: where.row, id });
  const field =
    column !== undefined
      ? msg(lang, 'column_named', { column })
      : issue.path.length > 0
        ? msg(lang, 'field', { path: formatPath(issue.path) })
        : '';
  return `${row}${field}${msg(lang, 'colon')}${pick(issue, lang)} [${issue.code}]`;
}

/** Names of the posts for output (the library's ids are `principal`, `deputy`, `staff`). */
export const POST_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  principal: msgPair('principal'),
  deputy: msgPair('deputy'),
  staff: msgPair('staff'),
};

/**
 * Formats an integer with thousands separators (for counts in summaries; never for money).
 * @param n - the count
 */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The rows a summary line says were skipped (`，空行 2 行（已跳过），合计行 1 行（已跳过）`), or `''` when none were.
 * @param lang - output language
 * @param skipped - blank rows and totals rows (合计 …) skipped
 */
export function skippedClause(lang: Lang, skipped: { readonly blank: number; readonly totals: number }): string {
  return (
    (skipped.blank > 0 ? msg(lang, 'blank_skipped_clause', { blank: count(skipped.blank) }) : '') +
    (skipped.totals > 0 ? msg(lang, 'totals_skipped_clause', { totals: count(skipped.totals) }) : '')
  );
}

/**
 * Text from a file, safe to show in a message: control characters (binary data, line breaks) become `�` and a long
 * text is cut with `…`, so a garbage header cannot flood or corrupt the terminal.
 * @param text - text from an input file
 * @param max - most characters shown
 */
export function preview(text: string, max = 200): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  // Never cut a character in half (a surrogate pair).
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * Names for a message, at most `max` of them, then how many more (a sheet of 10,000 unknown columns gives one short line).
 * @param lang - output language
 * @param names - e.g. column headers
 * @param max - most names listed
 */
export function nameList(lang: Lang, names: readonly string[], max = 20): string {
  const shown = names.slice(0, max).map((n) => preview(n, 40));
  const more = names.length - shown.length;
  if (lang === 'zh') return shown.join('、') + (more > 0 ? ` 等 ${count(names.length)} 列` : '');
  return shown.join(', ') + (more > 0 ? ` and ${count(more)} more` : '');
}
