/**
 * Rows of a roster sheet → worker records as the salary library takes them. Only reshaping: cell text is trimmed,
 * dates written the Excel way (`2020/3/15`, `2020年3月15日`) become `2020-03-15`, the certificate's two columns
 * become one object and the assessment cell (`2023:优秀;2024:合格`) becomes a year → result record. Whether a value
 * is allowed is the library's decision (it accepts the Chinese names 正职, 本科, 社会工作师, 优秀, …).
 * @module
 */
import { ErrorCode, issue, type IssuePath, type PolicyIssue } from '../core/index.js';
import type { ColumnRef, HeaderMap } from './columns.js';

const EXCEL_DATE = /^(\d{4})\s*[/.年-]\s*(\d{1,2})\s*[/.月-]\s*(\d{1,2})\s*日?$/;

/**
 * Rewrites a date the way spreadsheets display it as `YYYY-MM-DD`; other text is returned unchanged (and the library
 * rejects it if it is not a date). No calendar check here: `2023/2/29` becomes `2023-02-29`, which the library refuses.
 * @param text - cell text
 * @example
 * ```ts
 * normaliseDate('2020/3/15'); // '2020-03-15'
 * normaliseDate('2020年3月5日'); // '2020-03-05'
 * ```
 */
export function normaliseDate(text: string): string {
  // Fast path for the common case, already YYYY-MM-DD (a million-row roster is mostly this).
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) return text;
  const m = EXCEL_DATE.exec(text);
  if (!m) return text;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

// Cells that mean "no certificate".
const NONE = new Set(['无', '没有', '暂无', '-', '—', '－', '/', 'none', 'n/a', 'na', 'no']);

/** `;` `；` `,` `，` `、` and white space (ASCII, no-break, ideographic) separate assessment entries. */
function isSeparator(c: number): boolean {
  return c === 59 || c === 0xff1b || c === 44 || c === 0xff0c || c === 0x3001 || c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}
const isDigit = (s: string, k: number) => {
  const c = s.charCodeAt(k);
  return c >= 48 && c <= 57;
};
const ENTRY = /^(\d{4})\s*年?\s*[:：]\s*(.+)$/;

/**
 * Parses an assessment cell: `2023:优秀;2024:合格` (also full-width `：` `；`, or `,` between entries).
 * @param text - cell text
 * @param path - where the cell's value goes, for the error
 * @returns the year → result record, or the issue describing the malformed entry
 */
export function parseAssessmentCell(
  text: string,
  path: IssuePath,
): { ok: true; value: Record<string, string> } | { ok: false; issue: PolicyIssue } {
  const out: Record<string, string> = {};
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSeparator(text.charCodeAt(i))) i++;
    if (i >= n) break;
    let j = i;
    while (j < n && !isSeparator(text.charCodeAt(j))) j++;
    const part = text.slice(i, j);
    i = j;
    // `2023:优秀` is by far the most common spelling: read it without a regular expression.
    if (part.length > 5 && part.charCodeAt(4) === 58 && isDigit(part, 0) && isDigit(part, 1) && isDigit(part, 2) && isDigit(part, 3)) {
      const clash = putAssessment(out, part.slice(0, 4), part.slice(5), [...path, part.slice(0, 4)]);
      if (clash !== undefined) return { ok: false, issue: clash };
      continue;
    }
    const m = ENTRY.exec(part);
    if (!m) {
      return {
        ok: false,
        issue: issue(
          ErrorCode.InvalidFormat,
          path,
          `考核应写作「年份:结果」，以分号分隔，如「2023:优秀;2024:合格」；无法识别「${part}」`,
          `Assessments must be written "year:result" separated by semicolons, e.g. "2023:excellent;2024:pass"; cannot read "${part}"`,
        ),
      };
    }
    const clash = putAssessment(out, m[1]!, m[2]!, [...path, m[1]!]);
    if (clash !== undefined) return { ok: false, issue: clash };
  }
  return { ok: true, value: out };
}

/**
 * Records one year's assessment; a year given twice with different results (`2022:优秀;2022:不合格`, or a 考核
 * cell and a 2022年考核 column that disagree) is refused rather than letting the last one win unseen.
 * @returns the issue when the year already has a different result
 */
function putAssessment(into: Record<string, string>, year: string, result: string, path: IssuePath): PolicyIssue | undefined {
  const before = into[year];
  if (before !== undefined && before !== result)
    return issue(
      ErrorCode.Inconsistent,
      path,
      `${year} 年的考核结果给了两次且不一致：「${before}」和「${result}」`,
      `the assessment for ${year} is given twice, differently: "${before}" and "${result}"`,
    );
  into[year] = result;
  return undefined;
}

/** A roster row reshaped for the library, or the CLI-level problem that stopped it. */
export interface RosterRow {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  readonly row: number;
  /** The raw worker record for `computeSalaries`. */
  readonly worker: Record<string, unknown>;
  /** The 所在村（社区） cell, shown in the output only (not an input of any rule). */
  readonly unit?: string;
  /** Problems found while reshaping (the worker is then not computed). */
  readonly issues: readonly PolicyIssue[];
}

/**
 * Builds the raw worker record from one row.
 * @param cells - the row's cells
 * @param map - the sheet's header map
 * @param row - row number as the spreadsheet shows it
 * @example
 * ```ts
 * const map = mapHeaders(['岗位', '学历', '参加社区工作时间', '考核'], ROSTER_COLUMNS);
 * rowToWorker(['正职', '本科', '2020/3/15', '2023:优秀'], map, 2).worker;
 * // { post: '正职', education: '本科', serviceStart: '2020-03-15', assessments: { '2023': '优秀' } }
 * ```
 */
export function rowToWorker(cells: readonly string[], map: HeaderMap, row: number): RosterRow {
  const w: Record<string, unknown> = {};
  const issues: PolicyIssue[] = [];
  let level: string | undefined;
  let obtained: string | undefined;
  let assessments: Record<string, string> | undefined;
  let unit: string | undefined;
  // Cells already read per field: a duplicate column (same header twice) must agree with the first one.
  const given = new Map<string, string>();
  for (let i = 0; i < map.columns.length; i++) {
    const col = map.columns[i];
    if (col === undefined) continue;
    const text = (cells[i] ?? '').trim();
    if (text === '') continue;
    if (map.duplicates.length > 0) {
      const id = col.year === undefined ? col.key : `${col.key}:${col.year}`;
      const before = given.get(id);
      if (before !== undefined) {
        if (before !== text)
          issues.push(
            issue(
              ErrorCode.Inconsistent,
              col.year === undefined ? [col.key] : [col.key, col.year],
              `重复的列「${col.header}」两处不一致：「${before}」和「${text}」`,
              `the duplicate columns "${col.header}" disagree: "${before}" and "${text}"`,
            ),
          );
        continue;
      }
      given.set(id, text);
    }
    switch (col.key) {
      case 'unit':
        unit = text;
        break;
      case 'serviceStart':
      case 'educationObtained':
        w[col.key] = normaliseDate(text);
        break;
      case 'certificate':
        if (!NONE.has(text.toLowerCase())) level = text;
        break;
      case 'certificateObtained':
        obtained = normaliseDate(text);
        break;
      case 'assessments': {
        assessments ??= {};
        if (col.year !== undefined) {
          const clash = putAssessment(assessments, col.year, text, ['assessments', col.year]);
          if (clash !== undefined) issues.push(clash);
        } else {
          const r = parseAssessmentCell(text, ['assessments']);
          if (!r.ok) issues.push(r.issue);
          else
            for (const [year, result] of Object.entries(r.value)) {
              const clash = putAssessment(assessments, year, result, ['assessments', year]);
              if (clash !== undefined) issues.push(clash);
            }
        }
        break;
      }
      default:
        w[col.key] = text;
    }
  }
  if (level !== undefined || obtained !== undefined) w.certificate = { level, obtained };
  if (assessments !== undefined) w.assessments = assessments;
  return unit === undefined ? { row, worker: w, issues } : { row, worker: w, issues, unit };
}

/**
 * The column a library error path points to: `['certificate', 'obtained']` → the 取证日期 column,
 * `['assessments', '2023']` → the `2023年考核` column if the sheet has one, else the 考核 column.
 * @param path - the issue's path inside one worker record
 * @param map - the sheet's header map
 */
export function columnForPath(path: IssuePath, map: HeaderMap): ColumnRef | undefined {
  const [head, sub] = path;
  let key = typeof head === 'string' ? head : undefined;
  if (key === 'certificate') key = sub === 'obtained' ? 'certificateObtained' : 'certificate';
  if (key === undefined) return undefined;
  const cols = map.columns.filter((c): c is ColumnRef => c !== undefined && c.key === key);
  if (key === 'assessments' && typeof sub === 'string') return cols.find((c) => c.year === sub) ?? cols.find((c) => c.year === undefined) ?? cols[0];
  if (key === 'certificate' && cols.length === 0) return map.columns.find((c) => c?.key === 'certificateObtained');
  return cols[0];
}
