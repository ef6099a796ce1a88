/**
 * Rows of a 社会组织 register (a CSV or a workbook) → organizations as the ratings engine takes them. Only reshaping: cells
 * are trimmed (an empty cell is "not given"), dates written the Excel way become `YYYY-MM-DD`, 是/否 become booleans,
 * a column per year of 年度检查 (`2025年度年检结果`, `2025年年检`) becomes the year map, and the lists of penalties and
 * grade sanctions are read from one cell each (`无`; `2025-04-01 已执行`; `降低 2024-03-15`). Whether a value is allowed
 * is the library's decision (it refuses what it cannot read, naming the field).
 * @module
 */
import { cellTextsArg, headerMapArg } from './args.js';
import type { PolicyIssue } from '../core/errors.js';
import { mapHeaders, normaliseHeader, type ColumnRef, type ColumnSpec, type HeaderMap } from './columns.js';
import { normaliseDate } from './cells.js';
import { ratingOrganizationRecord } from '../ratings/records.js';
import { cellKinds, putRegisterCell, registerCell } from './register-cells.js';

/** @category Sheets
 * Columns of a 社会组织 register (input of `huaian-sw ratings`); the Chinese headers are the record's field labels. */
export const RATING_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', zh: '编号', en: 'id', aliases: ['组织编号', '序号', 'no'] },
  { key: 'name', zh: '名称', en: 'name', aliases: ['组织名称', '社会组织名称', '单位名称'] },
  { key: 'kind', zh: '组织类型', en: 'kind', aliases: ['类型', '组织类别'], required: true },
  { key: 'uscc', zh: '统一社会信用代码', en: 'uscc', aliases: ['信用代码'] },
  { key: 'divisionCode', zh: '所在区划代码', en: 'divisionCode', aliases: ['区划代码', '行政区划代码'] },
  { key: 'legalForm', zh: '社会组织类型', en: 'legalForm', aliases: ['登记类型', '法人类型'] },
  {
    key: 'registeredOn',
    zh: '登记日期',
    en: 'registeredOn',
    aliases: ['成立登记日期', '取得登记证书日期', '登记证书日期'],
  },
  {
    key: 'volunteerServiceOrganization',
    zh: '是否志愿服务组织',
    en: 'volunteerServiceOrganization',
    aliases: ['志愿服务组织'],
  },
  { key: 'rating', zh: '社会组织评估等级', en: 'rating', aliases: ['评估等级', '等级'] },
  { key: 'ratedOn', zh: '评估等级认定日期', en: 'ratedOn', aliases: ['认定日期', '评定日期', '评估日期', '定级日期'] },
  { key: 'penalties', zh: '行政处罚', en: 'penalties', aliases: ['行政处罚记录', '处罚'] },
  {
    key: 'underInvestigation',
    zh: '是否正在被立案调查',
    en: 'underInvestigation',
    aliases: ['立案调查', '是否被立案调查'],
  },
  { key: 'ratingSanctions', zh: '评估等级处理', en: 'ratingSanctions', aliases: ['降低或取消评估等级', '等级处理'] },
  { key: 'hasPartyOrganization', zh: '是否建立党组织', en: 'hasPartyOrganization', aliases: ['已建党组织', '党组织'] },
  { key: 'target', zh: '申报等级', en: 'target', aliases: ['拟申报等级', '申请等级'] },
];

const INSPECTION_COLUMN = [
  /^(\d{4})年?度?年度?检(?:查)?(?:结果)?$/,
  /^年度?检(?:查)?(?:结果)?(\d{4})年?度?$/,
  /^annualinspections?\.?(\d{4})$/,
];
// Cells are typed from the organization record's field table (dates, 是/否); penalties and sanctions are read below.
const CELLS = /* @__PURE__ */ cellKinds(ratingOrganizationRecord);
const NONE = new Set(['无', '没有', '暂无', '-', '—', '－', '/', 'none', 'n/a', 'na', '[]']);
const DATE_IN = /(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)/;

/**
 * The header map of a register: the known columns, and a column per year of 年度检查.
 * @param headers - the header row
 * @category Sheets
 * @example
 * ```ts
 * mapRatingHeaders(['编号', '2025年度年检结果']).columns[1]; // { key: 'annualInspections', year: '2025', header: '2025年度年检结果' }
 * ```
 */
export function mapRatingHeaders(headers: readonly string[]): HeaderMap {
  const map = mapHeaders(headers, RATING_COLUMNS);
  const columns: (ColumnRef | undefined)[] = [...map.columns];
  const unknown: string[] = [];
  headers.forEach((header, i) => {
    if (columns[i] !== undefined) return;
    const norm = normaliseHeader(header);
    for (const re of INSPECTION_COLUMN) {
      const m = re.exec(norm);
      if (m) {
        columns[i] = { key: 'annualInspections', year: m[1]!, header };
        return;
      }
    }
    if (norm !== '') unknown.push(header);
  });
  return { ...map, columns, unknown };
}

/** One cell of penalties: `无` → none; `2025-04-01 已执行；2024-06-01 未执行完毕` → a list. */
function penalties(text: string): unknown {
  if (NONE.has(text.toLowerCase())) return [];
  return text
    .split(/[;；\n、]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const d = DATE_IN.exec(s);
      const out: Record<string, unknown> = {
        decidedOn: d === null ? s : normaliseDate(d[1]!.replace(/[年月.]/g, '-').replace(/日$/, '')),
      };
      if (/未执行|执行中|尚未/.test(s)) out.executed = false;
      else if (/已执行|执行完毕/.test(s)) out.executed = true;
      return out;
    });
}

/** One cell of grade sanctions: `无` → none; `降低 2024-03-15；取消 2025-01-10` → a list. */
function sanctions(text: string): unknown {
  if (NONE.has(text.toLowerCase())) return [];
  return text
    .split(/[;；\n、]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const d = DATE_IN.exec(s);
      const kind = /取消/.test(s) ? 'cancelled' : /降低|降级/.test(s) ? 'lowered' : s.replace(DATE_IN, '').trim();
      return { kind, decidedOn: d === null ? s : normaliseDate(d[1]!.replace(/[年月.]/g, '-').replace(/日$/, '')) };
    });
}

/**
 * One sheet row as an organization. A column given twice must agree, else the row is refused with both values.
 * @param cells - the row's cells
 * @category Sheets
 * @param map - the header map of the sheet
 * @example
 * ```ts
 * rowToOrganization(['S1', '民办社会工作服务机构', '4A', '2021/6/30', '合格'], mapRatingHeaders(['编号', '组织类型', '评估等级', '认定日期', '2025年度年检结果']));
 * // { organization: { id: 'S1', kind: '民办社会工作服务机构', rating: '4A', ratedOn: '2021-06-30', annualInspections: { 2025: '合格' } }, issues: [] }
 * ```
 */
export function rowToOrganization(
  cells: readonly string[],
  map: HeaderMap,
): { organization: Record<string, unknown>; issues: PolicyIssue[] } {
  cellTextsArg(cells, 'cells');
  headerMapArg(map, 'map', new Set([...RATING_COLUMNS.map((c) => c.key), 'annualInspections']));
  const organization: Record<string, unknown> = {};
  const issues: PolicyIssue[] = [];
  map.columns.forEach((col, i) => {
    if (col === undefined) return;
    const text = (cells[i] ?? '').trim();
    if (text === '') return;
    if (col.key === 'annualInspections') {
      const years = (organization.annualInspections ??= {}) as Record<string, string>;
      years[col.year!] = text;
      return;
    }
    const key = col.key;
    const value =
      key === 'penalties'
        ? penalties(text)
        : key === 'ratingSanctions'
          ? sanctions(text)
          : registerCell(CELLS.get(key), text);
    putRegisterCell(organization, key, value, col.header, text, issues);
  });
  return { organization, issues };
}
