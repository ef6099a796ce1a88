/**
 * Slates (双审双培 人选名单) from sheets: one row per seat, a 岗位 (role) column and the candidate's fields as columns
 * (the candidate record's fields or their labels: 编号, 出生日期, 公务员身份, 已连任届数 or 已任届数, 任前审核日期 or
 * 审核日期 …).
 * @module
 */
import { recordOptionsArg } from './args.js';
import type { PolicyIssue } from '../core/errors.js';
import { ASSOCIATION_ROLES, associationRoleLabels } from '../entities/association-post.js';
import { candidateRecord } from '../associations/records.js';
import { fields } from '../core/record.js';
import { cellText, type SheetCell } from './cells.js';
import { sheetsMessages as M } from './messages.js';
import { recordReader, type RecordRow, type RecordSheetOptions } from './records.js';
import { isBlank, rowsOf, type SheetRowsInput, type TitleRow } from './sheet-rows.js';

/** The candidate record with the seat's role, read from one row. */
const seatRecord = /* @__PURE__ */ candidateRecord.extend(
  'seat',
  { zh: '人选', en: 'Seat' },
  { role: fields.text().label('拟任职务', 'Role') },
);

const ROLE_SPELLINGS = ['岗位', '拟任岗位', '职务', '拟任职务', '人选岗位', 'role', 'seat'];

/** Headers clerks write for candidate fields besides their labels (已连任届数, 任前审核日期). */
const CANDIDATE_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  priorTerms: ['已任届数', '连任届数'],
  reviewDate: ['审核日期'],
};

/** One seat of a slate read from a sheet. @category Sheets */
export interface SlateSeatRow {
  /** Row number. */
  readonly row: number;
  /** The seat as `reviewSlate` takes it: `{ role, candidate }`. */
  readonly seat: { readonly role: unknown; readonly candidate: Record<string, unknown> };
  /** Problems of the row (cells that cannot be read, an unknown role). */
  readonly issues: readonly PolicyIssue[];
  /** The row as read (for {@link SlateSheet.locate}). */
  readonly read: RecordRow;
}

/** A slate read from a sheet. @category Sheets */
export interface SlateSheet {
  /** The seats, in order. */
  readonly rows: readonly SlateSeatRow[];
  /** Blank rows skipped. */
  readonly blank: number;
  /** Title rows above the header (a title merged across the columns), not read. */
  readonly titles: readonly TitleRow[];
  /** Totals rows (合计, 小计, Total … as their first filled cell), skipped: not read, never reported as errors. */
  readonly totals: readonly TitleRow[];
  /** Headers not recognised (ignored). */
  readonly unknown: readonly string[];
  /**
   * Words an issue of `reviewSlate` about seat `k` (`['slate', k, 'candidate', 'birthDate']`) with the row and column.
   * @param issue - the engine's issue
   */
  locate(issue: PolicyIssue): PolicyIssue;
}

/**
 * Reads a slate from a sheet: the first row with two or more filled cells is the header (title rows above it are
 * listed in `titles`); each other row is a seat (its 岗位 and the candidate's fields), except totals rows (合计, Total …
 * as their first filled cell), listed in `totals` and not read. The association, election date and registry come
 * from the call's options as before.
 * @param rows - the sheet's rows
 * @param options - date system, more header spellings, and the row number of `rows[0]`
 * @category Sheets
 * @example
 * ```ts
 * const s = readSlateSheet([['岗位', '编号', '出生日期', '已连任届数'], ['会长', 'p1', '1960/5/20', 1]]);
 * s.rows[0].seat; // { role: 'president', candidate: { id: 'p1', birthDate: '1960-05-20', priorTerms: 1 } }
 * ```
 */
export function readSlateSheet(
  rows: SheetRowsInput,
  options: RecordSheetOptions & { readonly firstRow?: number } = {},
): SlateSheet {
  recordOptionsArg(options);
  const { header, titles, totals, body } = rowsOf(rows, options.firstRow);
  const reader = recordReader(header, seatRecord as never, {
    ...options,
    aliases: { role: ROLE_SPELLINGS, ...CANDIDATE_SPELLINGS, ...(options.aliases ?? {}) },
    required: ['role'],
  });
  const roles = new Map<string, string>();
  for (const r of ASSOCIATION_ROLES) {
    roles.set(r, r);
    roles.set(associationRoleLabels[r].zh, r);
    roles.set(associationRoleLabels[r].en.toLowerCase(), r);
    // 理事长（会长） is written either way.
    for (const part of associationRoleLabels[r].zh.split(/[（）()]/)) if (part !== '') roles.set(part, r);
  }
  const out: SlateSeatRow[] = [];
  let blank = 0;
  for (const [cells, row] of body as [readonly SheetCell[], number][]) {
    if (isBlank(cells)) {
      blank++;
      continue;
    }
    const read = reader.read(cells, row);
    const { role, ...candidate } = read.value;
    const issues = [...read.issues];
    let mapped: unknown = role;
    if (typeof role === 'string') {
      mapped = roles.get(role) ?? roles.get(role.toLowerCase());
      if (mapped === undefined) {
        const col = reader.map.columns.find((c) => c?.key === 'role')!;
        issues.push(
          M.issue('sheet_unknown_value', ['role'], {
            row,
            column: col.header,
            ...(read.id === undefined ? {} : { id: read.id }),
            value: cellText(role),
            accepted: ASSOCIATION_ROLES.map((r) => associationRoleLabels[r].zh),
          }),
        );
      }
    }
    out.push({ row, seat: { role: mapped, candidate }, issues, read });
  }
  return {
    rows: out,
    blank,
    titles,
    totals,
    unknown: reader.map.unknown,
    locate(issue) {
      const [, k, part] = issue.path;
      const seat = typeof k === 'number' ? out[k] : undefined;
      if (seat === undefined) return issue;
      return reader.locate(issue, seat.read, part === 'candidate' ? 3 : 2);
    },
  };
}
