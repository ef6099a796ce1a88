/**
 * Rows of a 信访台账 (a CSV or a workbook) → 信访事项 records as the petitions engine takes them. Only reshaping: cells are
 * trimmed (an empty cell is "not given"), dates written the Excel way become `YYYY-MM-DD`, 是/否 become booleans and
 * whole numbers become numbers. Whether a value is allowed is the library's decision (it reads 转送、交办, 申诉求决类,
 * 六 and the like, and refuses what it cannot read, naming the field).
 * @module
 */
import { cellTextsArg, headerMapArg } from './args.js';
import type { PolicyIssue } from '../core/errors.js';
import type { ColumnSpec, HeaderMap } from './columns.js';
import { petitionRecord } from '../entities/petition.js';
import { cellKinds, putRegisterCell, registerCell } from './register-cells.js';

/** @category Sheets
 * Columns of a 信访台账 (input of `huaian-sw petitions`); the Chinese headers are the record's field labels. */
export const PETITION_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', zh: '编号', en: 'id', aliases: ['信访编号', '件号', '登记编号', '信访件编号', 'no'] },
  { key: 'office', zh: '承办单位', en: 'office', aliases: ['责任单位', '办理单位', '办理机关', '单位'] },
  { key: 'intake', zh: '收到方式', en: 'intake', aliases: ['来源', '信访来源', '事项来源'] },
  { key: 'form', zh: '信访形式', en: 'form', aliases: ['形式', '信访方式'] },
  { key: 'category', zh: '信访事项类别', en: 'category', aliases: ['类别', '信访类别', '事项类别', '信访目的'] },
  { key: 'route', zh: '申诉求决类办理途径', en: 'route', aliases: ['办理途径', '途径', '处理途径'] },
  {
    key: 'identityUnclear',
    zh: '信访人姓名（名称）、住址不清',
    en: 'identityUnclear',
    aliases: ['姓名住址不清', '身份不清'],
  },
  { key: 'visitors', zh: '走访人数', en: 'visitors', aliases: ['来访人数'] },
  { key: 'representatives', zh: '推选代表人数', en: 'representatives', aliases: ['代表人数'] },
  {
    key: 'receivedOn',
    zh: '收到日期',
    en: 'receivedOn',
    aliases: ['收件日期', '登记日期', '来信日期', '来访日期', '收到时间'],
    required: true,
  },
  { key: 'routedOn', zh: '转送、交办日期', en: 'routedOn', aliases: ['转送日期', '交办日期', '转交日期'] },
  { key: 'noticeGivenOn', zh: '书面告知日期', en: 'noticeGivenOn', aliases: ['告知日期'] },
  { key: 'objectedOn', zh: '提出异议日期', en: 'objectedOn', aliases: ['异议日期'] },
  { key: 'acceptedOn', zh: '受理日期', en: 'acceptedOn', aliases: ['受理时间'] },
  {
    key: 'extensionDays',
    zh: '延长办理期限（日）',
    en: 'extensionDays',
    aliases: ['延长天数', '延期天数', '延长期限'],
  },
  { key: 'resolvedOn', zh: '办结日期', en: 'resolvedOn', aliases: ['办结时间', '答复日期'] },
  {
    key: 'answerReceivedOn',
    zh: '信访人收到书面答复日期',
    en: 'answerReceivedOn',
    aliases: ['收到答复日期', '送达日期'],
  },
  {
    key: 'reviewRequestedOn',
    zh: '收到复查请求日期',
    en: 'reviewRequestedOn',
    aliases: ['复查请求日期', '申请复查日期'],
  },
  { key: 'reviewDecidedOn', zh: '复查意见答复日期', en: 'reviewDecidedOn', aliases: ['复查意见日期', '复查答复日期'] },
  {
    key: 'reviewAnswerReceivedOn',
    zh: '信访人收到复查意见日期',
    en: 'reviewAnswerReceivedOn',
    aliases: ['收到复查意见日期'],
  },
  {
    key: 'reexamRequestedOn',
    zh: '收到复核请求日期',
    en: 'reexamRequestedOn',
    aliases: ['复核请求日期', '申请复核日期'],
  },
  { key: 'hearingDays', zh: '听证所需时间（日）', en: 'hearingDays', aliases: ['听证天数', '听证日数'] },
  { key: 'reexamDecidedOn', zh: '复核意见日期', en: 'reexamDecidedOn', aliases: ['复核意见答复日期'] },
];

// Cells are typed from the petition record's field table (dates, whole numbers, 是/否).
const CELLS = /* @__PURE__ */ cellKinds(petitionRecord);

const PETITION_KEYS: ReadonlySet<string> = new Set(PETITION_COLUMNS.map((c) => c.key));

/**
 * One sheet row as a 信访事项. A column given twice (the same header written twice) must agree, else the row is
 * refused with both values; otherwise the row's problems are the library's to find.
 * @param cells - the row's cells
 * @category Sheets
 * @param map - the header map of the sheet
 * @example
 * ```ts
 * rowToPetition(['XF-1', '甲局', '2026/2/10', '是'], mapHeaders(['编号', '承办单位', '收到日期', '姓名住址不清'], PETITION_COLUMNS));
 * // { petition: { id: 'XF-1', office: '甲局', receivedOn: '2026-02-10', identityUnclear: true }, issues: [] }
 * ```
 */
export function rowToPetition(
  cells: readonly string[],
  map: HeaderMap,
): { petition: Record<string, unknown>; issues: PolicyIssue[] } {
  cellTextsArg(cells, 'cells');
  headerMapArg(map, 'map', PETITION_KEYS);
  const petition: Record<string, unknown> = {};
  const issues: PolicyIssue[] = [];
  map.columns.forEach((col, i) => {
    if (col === undefined) return;
    const text = (cells[i] ?? '').trim();
    if (text === '') return;
    putRegisterCell(petition, col.key, registerCell(CELLS.get(col.key), text), col.header, text, issues);
  });
  return { petition, issues };
}
