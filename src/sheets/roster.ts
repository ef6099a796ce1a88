/**
 * Rosters of community workers (花名册) as clerks keep them → worker records as the salary engine takes them. Headers
 * in Chinese or English in the spellings clerks use; education, post, assessment and certificate spellings from the
 * salary profile's tables; dates in every spreadsheet form; one column per assessment year or a `2023:优秀;2024:合格`
 * cell. Every problem names the row, the column as written in the header, the value and the accepted forms.
 * @module
 */
import { objectArg } from '../core/args.js';
import { booleanArg } from './args.js';
import type { PolicyIssue } from '../core/errors.js';
import { cellText, halfWidthDigits, sheetDate, type SheetCell } from './cells.js';
import { mapHeaders, type ColumnRef, type ColumnSpec, type HeaderMap } from './columns.js';
import { sheetsMessages as M, type CellAt } from './messages.js';
import { spellingsOf, type Spellings } from './spellings.js';
import { checkHeader, headerTexts, isBlank, type SheetRowsInput, rowsOf, type TitleRow } from './sheet-rows.js';

const ASSESSMENT_YEARS = [
  /^(\d{4})年?度?考核(?:结果|等次|情况|等级)?$/,
  /^assessments?(\d{4})$/,
  /^(\d{4})assessments?$/,
  /^考核(?:结果)?(\d{4})年?度?$/,
];

/**
 * Columns of a roster of community workers: field, Chinese and English headers, and the spellings clerks use.
 * @category Sheets
 * @example
 * ```ts
 * ROSTER_COLUMNS.find((c) => c.key === 'serviceStart')?.zh; // '参加社区工作时间'
 * ```
 */
export const ROSTER_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', zh: '编号', en: 'id', aliases: ['序号', '工号', '人员编号', '职工编号', 'no', 'number'] },
  { key: 'name', zh: '姓名', en: 'name', aliases: ['名字', '职工姓名', '人员姓名'] },
  // Shown in the output only; the pay rules do not depend on where a worker works.
  {
    key: 'unit',
    zh: '所在村（社区）',
    en: 'unit',
    aliases: ['所在社区', '社区', '村居', '村（社区）', '单位', '所在单位', '社区名称', '工作单位'],
  },
  {
    key: 'post',
    zh: '岗位',
    en: 'post',
    aliases: ['岗位类别', '岗位类型', '岗位等级类别', '职务', '现任职务', '现任岗位', '岗位名称', '担任职务'],
    required: true,
  },
  {
    key: 'education',
    zh: '学历',
    en: 'education',
    aliases: ['最高学历', '文化程度', '学历层次', '学历学位', '全日制学历'],
    required: true,
  },
  {
    key: 'educationObtained',
    zh: '取得学历日期',
    en: 'educationObtained',
    aliases: ['取得最高学历日期', '学历取得日期', '毕业日期', '毕业时间', '取得学历时间'],
  },
  {
    key: 'serviceStart',
    zh: '参加社区工作时间',
    en: 'serviceStart',
    aliases: [
      '参加社区工作时间日期',
      '社区工作起始时间',
      '社区工作开始时间',
      '参加社区工作日期',
      '社区工作起始日期',
      '从事社区工作时间',
      '到社区工作时间',
      '进入社区工作时间',
      '入职时间',
      '入职日期',
      'servicestartdate',
    ],
    required: true,
  },
  {
    key: 'certificate',
    zh: '证书等级',
    en: 'certificate',
    aliases: [
      '证书',
      '社工证',
      '职业资格',
      '职业资格证书',
      '证书级别',
      '职业资格等级',
      '社工证等级',
      '持证情况',
      'certificatelevel',
    ],
  },
  {
    key: 'certificateObtained',
    zh: '取证日期',
    en: 'certificateObtained',
    aliases: ['取证时间', '证书取得日期', '发证日期', '发证时间', '获证时间', '证书取得时间', 'certificatedate'],
  },
  {
    key: 'assessments',
    zh: '考核',
    en: 'assessments',
    aliases: ['年度考核', '考核结果', '历年考核', '年度考核结果', '历年考核情况'],
    years: ASSESSMENT_YEARS,
  },
];

/** Options of the roster readers. @category Sheets */
export interface RosterOptions {
  /** The salary profile whose spelling tables are used (id, Profile or JSON; default `huaian`). */
  readonly profile?: unknown;
  /** The workbook counts dates from 1904 (serial numbers in date columns are read so). */
  readonly date1904?: boolean;
}

/** One roster row read: the worker record for the salary engine, or the problems that stopped it. @category Sheets */
export interface RosterRow {
  /** Row number as the spreadsheet shows it (the header is row 1 of a sheet that starts at the top). */
  readonly row: number;
  /**
   * The worker record (`computeSalaries` input); with `issues`, what could be read. Rows of one reader with the same
   * assessment cell (`2023:优秀;2024:合格`) and no other assessment column share one frozen `assessments` map: copy
   * it to change it.
   */
  readonly worker: Record<string, unknown>;
  /** The 编号 cell, if any. */
  readonly id?: string;
  /** The 所在村（社区） cell (shown in outputs, not an input of any rule). */
  readonly unit?: string;
  /** Problems of the row, each naming row, column, value and accepted forms; the worker is not computed when any. */
  readonly issues: readonly PolicyIssue[];
  /** The row's cells, as read. */
  readonly cells: readonly SheetCell[];
}

/** Reads the rows of one roster whose header it was made from. @category Sheets */
export interface RosterReader {
  /** How the header maps to fields (unknown columns, duplicates). */
  readonly map: HeaderMap;
  /**
   * Reads one row.
   * @param cells - the row's cells
   * @param row - its row number as the spreadsheet shows it
   */
  read(cells: readonly SheetCell[], row: number): RosterRow;
  /**
   * Words an issue of the salary engine about a row's worker (`['certificate', 'obtained']`) with the row, the
   * column as written in the header (or its usual header when the sheet lacks it: 「取证日期」) and the value.
   * @param issue - the engine's issue (its path inside the worker record)
   * @param row - the row read
   */
  locate(issue: PolicyIssue, row: RosterRow): PolicyIssue;
}

type Handler = (text: string, cell: SheetCell, col: ColumnRef, state: RowState) => void;

interface RowState {
  readonly w: Record<string, unknown>;
  readonly issues: PolicyIssue[];
  /** The row number and the 编号 cell, for {@link cellAt}. */
  readonly row: number;
  readonly rowId: string | undefined;
  level: string | undefined;
  obtained: string | undefined;
  assessments: Record<string, string> | undefined;
  /** True while `assessments` is the frozen year map shared by the rows with the same assessment cell. */
  sharedAssessments: boolean;
  unit: string | undefined;
  id: string | undefined;
}

/** Where a cell of the row is, for a problem's wording (the 编号 when the row has one). */
function cellAt(state: RowState, col: ColumnRef): CellAt {
  const id = state.rowId;
  return id === undefined || id === ''
    ? { row: state.row, column: col.header }
    : { row: state.row, column: col.header, id };
}

const NONE = new Set(['无', '没有', '暂无', '未取得', '未持证', '-', '—', '－', '/', 'none', 'n/a', 'na', 'no']);
// `2023:优秀`, `2023年：优秀`, `2023年度优秀`: after 年 or 年度 the colon may be left out; `2023优秀` stays unread.
const ENTRY = /^(\d{4})\s*(?:(?:年度|年)\s*[:：]?|[:：])\s*(\D.*)$/;

function spelled(
  s: Spellings,
  text: string,
  col: ColumnRef,
  state: RowState,
  path: readonly (string | number)[],
): string | undefined {
  const r = s.read(text);
  if (r !== undefined && 'value' in r) return r.value;
  if (r !== undefined)
    state.issues.push(
      M.issue('sheet_ambiguous_value', path, {
        ...cellAt(state, col),
        value: text,
        choices: r.choices.map((c) => s.label(c)),
      }),
    );
  else
    state.issues.push(
      M.issue('sheet_unknown_value', path, { ...cellAt(state, col), value: text, accepted: s.accepted }),
    );
  return undefined;
}

function date(
  text: string,
  cell: SheetCell,
  col: ColumnRef,
  state: RowState,
  path: readonly (string | number)[],
  date1904: boolean,
): string | undefined {
  const r = sheetDate(typeof cell === 'string' ? text : cell, date1904);
  if (r.ok) return r.date;
  state.issues.push(
    M.issue('sheet_invalid_date', path, {
      ...cellAt(state, col),
      value: text,
      ...(r.reason === 'invalid' ? {} : { reason: r.reason }),
    }),
  );
  return undefined;
}

function putAssessment(
  state: RowState,
  col: ColumnRef,
  year: string,
  result: string,
  text: string,
  label: (v: string) => string,
): void {
  if (state.assessments === undefined) state.assessments = {};
  const before = state.assessments[year];
  if (before !== undefined && before !== result) {
    state.issues.push(
      M.issue('sheet_assessment_conflict', ['assessments', year], {
        ...cellAt(state, col),
        year,
        first: label(before),
        second: text,
      }),
    );
    return;
  }
  if (before === result) return;
  // A shared year map is never changed: the row gets its own copy (keys are years, so the order stays ascending).
  if (state.sharedAssessments) {
    state.assessments = { ...state.assessments };
    state.sharedAssessments = false;
  }
  state.assessments[year] = result;
}

/** The first four characters of `part` are ASCII digits. */
function isYear(part: string): boolean {
  for (let i = 0; i < 4; i++) {
    const c = part.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** An assessment cell read without a problem: its entries (year, result, text as written) and the year map they make. */
interface AssessmentCell {
  readonly entries: readonly string[];
  /** Frozen, shared by the rows that take it whole; `undefined` for a cell without entries. */
  readonly map: Readonly<Record<string, string>> | undefined;
}

/** The year map of a cell's entries (year, result, text as written), frozen. */
function yearMap(entries: readonly string[]): Readonly<Record<string, string>> | undefined {
  if (entries.length === 0) return undefined;
  const map: Record<string, string> = {};
  for (let k = 0; k < entries.length; k += 3) map[entries[k]!] = entries[k + 1]!;
  return Object.freeze(map);
}

/** `;` `；` `,` `，` `、` and white space separate assessment entries. */
const SEPARATORS = /[;；,，、\s\u3000]+/;

/**
 * Makes a reader for the rows of a roster with this header.
 * @param header - the header row's cells
 * @param options - the salary profile (spelling tables) and the workbook's date system
 * @throws PolicyError `sheet_missing_columns` (岗位, 学历 or 参加社区工作时间 absent) or `sheet_conflicting_columns`
 * @category Sheets
 * @example
 * ```ts
 * const r = rosterReader(['姓名', '岗位', '学历', '参加社区工作时间']);
 * r.read(['张三', '居委会主任', '大学本科', '2014/9/1'], 2).worker;
 * // { name: '张三', post: 'principal', education: 'bachelor', serviceStart: '2014-09-01' }
 * r.read(['李四', '委员', '研究生', '2016/3/1 0:00'], 3).issues[0].zh;
 * // '第 3 行，列「学历」：「研究生」不明确，请写明是「硕士」还是「博士」'
 * ```
 */
export function rosterReader(header: readonly SheetCell[], options: RosterOptions = {}): RosterReader {
  objectArg(options, 'options');
  if (options.date1904 !== undefined) booleanArg(options.date1904, 'options.date1904');
  const texts = headerTexts(header);
  const map = mapHeaders(texts, ROSTER_COLUMNS);
  checkHeader(map, texts, ROSTER_COLUMNS);
  const date1904 = options.date1904 === true;
  const spell = {
    education: spellingsOf('education', options.profile),
    post: spellingsOf('post', options.profile),
    assessment: spellingsOf('assessment', options.profile),
    certificate: spellingsOf('certificate', options.profile),
  };
  const handlers: Record<string, Handler> = {
    id: (t, _c, _col, s) => {
      s.w.id = t;
      s.id = t;
    },
    name: (t, _c, _col, s) => (s.w.name = t),
    unit: (t, _c, _col, s) => (s.unit = t),
    post: (t, _c, col, s) => {
      const v = spelled(spell.post, t, col, s, ['post']);
      if (v !== undefined) s.w.post = v;
    },
    education: (t, _c, col, s) => {
      const v = spelled(spell.education, t, col, s, ['education']);
      if (v !== undefined) s.w.education = v;
    },
    serviceStart: (t, c, col, s) => {
      const v = date(t, c, col, s, ['serviceStart'], date1904);
      if (v !== undefined) s.w.serviceStart = v;
    },
    educationObtained: (t, c, col, s) => {
      const v = date(t, c, col, s, ['educationObtained'], date1904);
      if (v !== undefined) s.w.educationObtained = v;
    },
    certificate: (t, _c, col, s) => {
      if (NONE.has(t.toLowerCase())) return;
      const v = spelled(spell.certificate, t, col, s, ['certificate', 'level']);
      if (v !== undefined) s.level = v;
    },
    certificateObtained: (t, c, col, s) => {
      const v = date(t, c, col, s, ['certificate', 'obtained'], date1904);
      if (v !== undefined) s.obtained = v;
    },
    assessments: (t, _c, col, s) => {
      const one = (year: string, result: string) => {
        const v = spelled(spell.assessment, result, col, s, ['assessments', year]);
        if (v !== undefined) putAssessment(s, col, year, v, result, spell.assessment.label);
      };
      if (col.year !== undefined) return one(col.year, t);
      // A roster repeats a few assessment cells (`2023:优秀;2024:合格`) on most rows: a cell read without a problem
      // is remembered as its entries and as the year map they make. A row with nothing else in its year map takes
      // that map, shared and frozen (building a map keyed by years is costly: such objects are dictionaries); in
      // any other row the entries go in as the loop below puts them.
      const known = assessmentCells.get(t);
      if (known !== undefined) {
        if (s.assessments === undefined) {
          if (known.map !== undefined) {
            s.assessments = known.map;
            s.sharedAssessments = true;
          }
          return;
        }
        const entries = known.entries;
        for (let k = 0; k < entries.length; k += 3)
          putAssessment(s, col, entries[k]!, entries[k + 1]!, entries[k + 2]!, spell.assessment.label);
        return;
      }
      const before = s.issues.length;
      const entries: string[] = [];
      // Full-width digits and colons (２０２３：优秀) read as their ASCII forms.
      for (const part of halfWidthDigits(t).split(SEPARATORS)) {
        if (part === '') continue;
        let year: string;
        let result: string;
        // `2023:优秀`, the usual spelling, without a regular expression.
        if (part.length > 5 && part.charCodeAt(4) === 58 && isYear(part)) {
          year = part.slice(0, 4);
          result = part.slice(5);
        } else {
          const m = ENTRY.exec(part);
          if (m === null) {
            s.issues.push(M.issue('sheet_invalid_assessments', ['assessments'], { ...cellAt(s, col), value: t, part }));
            continue;
          }
          year = m[1]!;
          result = m[2]!;
        }
        const v = spelled(spell.assessment, result, col, s, ['assessments', year]);
        if (v === undefined) continue;
        putAssessment(s, col, year, v, result, spell.assessment.label);
        entries.push(year, v, result);
      }
      if (s.issues.length === before && assessmentCells.size < 10_000)
        assessmentCells.set(t, { entries, map: yearMap(entries) });
    },
  };
  const assessmentCells = new Map<string, AssessmentCell>();
  const columns = map.columns;
  const handlerOf = columns.map((c) => (c === undefined ? undefined : handlers[c.key]));
  const idCol = columns.findIndex((c) => c?.key === 'id');
  const dup = map.duplicates.length > 0;
  const read = (cells: readonly SheetCell[], row: number): RosterRow => {
    const id = idCol >= 0 ? cellText(cells[idCol]) : undefined;
    const issues: PolicyIssue[] = [];
    // Every field set from the start: one shape for every row.
    const state: RowState = {
      w: {},
      issues,
      row,
      rowId: id,
      level: undefined,
      obtained: undefined,
      assessments: undefined,
      sharedAssessments: false,
      unit: undefined,
      id: undefined,
    };
    const given = dup ? new Map<string, string>() : undefined;
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i];
      if (col === undefined) continue;
      const cell = cells[i];
      const text =
        typeof cell === 'string' &&
        cell.length > 0 &&
        cell.charCodeAt(0) > 32 &&
        cell.charCodeAt(cell.length - 1) > 32 &&
        cell.charCodeAt(0) !== 61
          ? cell
          : cellText(cell);
      if (text === '') continue;
      if (given !== undefined) {
        const k = col.year === undefined ? col.key : `${col.key}:${col.year}`;
        const before = given.get(k);
        if (before !== undefined) {
          if (before !== text)
            issues.push(
              M.issue('sheet_duplicate_column', col.year === undefined ? [col.key] : [col.key, col.year], {
                ...cellAt(state, col),
                first: before,
                second: text,
              }),
            );
          continue;
        }
        given.set(k, text);
      }
      handlerOf[i]!(text, cell, col, state);
    }
    if (state.level !== undefined || state.obtained !== undefined)
      state.w.certificate = { level: state.level, obtained: state.obtained };
    if (state.assessments !== undefined) state.w.assessments = state.assessments;
    const out: { -readonly [K in keyof RosterRow]: RosterRow[K] } = { row, worker: state.w, issues, cells };
    if (id !== undefined && id !== '') out.id = id;
    if (state.unit !== undefined) out.unit = state.unit;
    return out;
  };
  return { map, read, locate: (issue, row) => locateIssue(issue, row.row, row.id, row.cells, map) };
}

/** The column an engine path points to: `['certificate', 'obtained']` → 取证日期; `['assessments', '2023']` → its year column, else 考核. */
function columnFor(
  path: readonly (string | number)[],
  map: HeaderMap,
): { ref?: ColumnRef; index: number; spec: ColumnSpec | undefined } {
  const [head, sub] = path;
  let key = typeof head === 'string' ? head : undefined;
  if (key === 'certificate') key = sub === 'obtained' ? 'certificateObtained' : 'certificate';
  const spec = ROSTER_COLUMNS.find((c) => c.key === key);
  let index = -1;
  if (key === 'assessments' && typeof sub === 'string')
    index = map.columns.findIndex((c) => c !== undefined && c.key === key && c.year === sub);
  if (index < 0) index = map.columns.findIndex((c) => c !== undefined && c.key === key && c.year === undefined);
  if (index < 0) index = map.columns.findIndex((c) => c?.key === key);
  const ref = index < 0 ? undefined : map.columns[index];
  return ref === undefined ? { index, spec } : { ref, index, spec };
}

function locateIssue(
  issue: PolicyIssue,
  row: number,
  id: string | undefined,
  cells: readonly SheetCell[],
  map: HeaderMap,
): PolicyIssue {
  const { ref, index, spec } = columnFor(issue.path, map);
  const idPart = id === undefined || id === '' ? {} : { id };
  if (ref === undefined && spec === undefined) {
    const t = M.text('sheet_row', { row, ...idPart, reason: issue.zh });
    return {
      code: issue.code,
      path: issue.path,
      zh: t.zh,
      en: M.text('sheet_row', { row, ...idPart, reason: issue.en }).en,
      params: { row },
    };
  }
  const column = ref?.header ?? spec!.zh;
  const value = index >= 0 ? cellText(cells[index]) : '';
  const p = {
    row,
    column,
    ...idPart,
    ...(ref === undefined ? { absent: true } : {}),
    ...(value === '' ? {} : { value }),
  };
  return {
    code: issue.code,
    path: issue.path,
    zh: M.text('sheet_field', { ...p, reason: issue.zh }).zh,
    en: M.text('sheet_field', { ...p, reason: issue.en }).en,
    params: { row, column, ...(value === '' ? {} : { value }) },
  };
}

/** A whole roster read. @category Sheets */
export interface RosterRead {
  /** How the header maps to fields (unknown columns are listed there). */
  readonly map: HeaderMap;
  /** The data rows, in order, blank rows left out. */
  readonly rows: readonly RosterRow[];
  /** Blank rows skipped. */
  readonly blank: number;
  /** Title rows above the header (a title merged across the columns), not read. */
  readonly titles: readonly TitleRow[];
  /** Totals rows (合计, 小计, Total … as their first filled cell), skipped: not read, never reported as errors. */
  readonly totals: readonly TitleRow[];
}

/**
 * Reads a whole roster: the first row with two or more filled cells is the header (title rows above it, with one
 * filled cell, are listed in `titles`), the others are workers, except totals rows (合计, 小计, Total … as their first
 * filled cell), which are listed in `totals` and not read.
 * @param rows - the sheet's rows (arrays of cells), as a CSV parser or {@link readXlsx} gives them
 * @param options - the salary profile (spelling tables), the workbook's date system, and the row number of `rows[0]`
 * @throws PolicyError for a sheet that is not rows, has no header, or lacks a required column
 * @category Sheets
 * @example
 * ```ts
 * const r = readRoster([['岗位', '学历', '参加社区工作时间', '取证日期', '证书等级'], ['副书记', '硕士研究生', 41883, '', '中级']]);
 * r.rows[0].worker; // { post: 'deputy', education: 'master', serviceStart: '2014-09-01', certificate: { level: 'intermediate', obtained: undefined } }
 * readRoster([['编号', '岗位', '学历', '参加社区工作时间'], ['HA1', '书记', '大专', '2016/3/1'], ['合计', '1 人']]).totals; // [{ row: 3, text: '合计' }]
 * ```
 */
export function readRoster(
  rows: SheetRowsInput,
  options: RosterOptions & { readonly firstRow?: number } = {},
): RosterRead {
  objectArg(options, 'options');
  const { header, titles, totals, body } = rowsOf(rows, options.firstRow);
  const reader = rosterReader(header, options);
  const out: RosterRow[] = [];
  let blank = 0;
  for (const [cells, row] of body) {
    if (isBlank(cells)) blank++;
    else out.push(reader.read(cells, row));
  }
  return { map: reader.map, rows: out, blank, titles, totals };
}
