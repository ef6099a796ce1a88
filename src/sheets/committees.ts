/**
 * Rows of a 村(居)委会台账 (CSV from Excel) → committee records as the committees engine takes them. Only reshaping:
 * cells are trimmed (an empty cell is "not given"), dates written the Excel way become `YYYY-MM-DD`, 是/否 become
 * booleans, whole numbers become numbers, a list cell (下属委员会, 村民代表会议召开日期) is split at 、 , ; or spaces.
 * Whether a value is allowed is the library's decision (it reads 村委会, 人民调解 and the like, and refuses what it
 * cannot read, naming the field). The Chinese headers are the `committee` record's field labels.
 * @module
 */
import type { PolicyIssue } from '../core/errors.js';
import { committeeRecord } from '../entities/committee.js';
import { mapHeaders, type ColumnSpec, type HeaderMap } from './columns.js';
import { cellKinds, putRegisterCell, registerCell } from './register-cells.js';

const col = (key: string, aliases: readonly string[] = []): ColumnSpec => ({
  key,
  zh: committeeRecord.fields[key]!.label.zh,
  en: key,
  aliases,
});

/**
 * Columns of a 村(居)委会台账 (input of `huaian-sw committees`).
 * @category Sheets
 * @example
 * ```ts
 * COMMITTEE_COLUMNS.find((c) => c.key === 'memberCount')?.zh; // '成员人数'
 * ```
 */
export const COMMITTEE_COLUMNS: readonly ColumnSpec[] = [
  col('id', ['序号']),
  col('divisionCode', ['区划代码', '统计用区划代码', '代码']),
  col('name', ['村（社区）名称', '村居名称', '村（居）委会名称']),
  col('kind', ['村居类型', '村（居）委会类型']),
  col('memberCount', ['委员会成员人数', '村（居）委会成员人数', '两委成员人数']),
  col('womenMembers', ['女性成员人数', '妇女委员人数']),
  col('multiEthnic', ['多民族居住']),
  col('smallerEthnicMembers', ['少数民族成员人数']),
  col('termStartedOn', ['产生日期', '换届日期', '任期起始日期', '本届任期起始日期']),
  col('households', ['居民户数', '村民户数', '总户数']),
  col('subcommittees', ['下属委员会设置']),
  col('subcommitteeDutiesAssigned', ['成员分工负责']),
  col('supervisoryBody', ['村务监督委员会']),
  col('supervisoryMembers', ['村务监督委员会成员人数']),
  col('supervisoryRelatedMembers', ['村委会成员及其近亲属人数']),
  col('supervisoryExpertMembers', ['具备财会、管理知识的人数']),
  col('representativeAssembly', ['村民代表会议']),
  col('representatives', ['代表人数']),
  col('womenRepresentatives', ['妇女代表人数']),
  col('representativesChosenBy', ['推选方式']),
  col('assemblyMeetings', ['代表会议日期', '村民代表会议日期']),
  col('generalDisclosedOn', ['村务公开日期']),
  col('financeFrequent', ['财务往来较多']),
  col('financeDisclosedOn', ['财务公开日期']),
  col('democraticReviewOn', ['民主评议日期']),
  col('serviceArea', ['服务设施面积', '综合服务设施面积']),
  col('activityArea', ['活动区域面积']),
];

// Cells are typed from the committee record's field table (whole numbers, 是/否, dates, lists of names or dates).
const CELLS = /* @__PURE__ */ cellKinds(committeeRecord);

/**
 * The header map of a 村(居)委会台账.
 * @param header - the header row
 * @category Sheets
 * @example
 * ```ts
 * mapCommitteeHeaders(['区划代码', '成员人数']).columns.map((c) => c?.key); // ['divisionCode', 'memberCount']
 * ```
 */
export function mapCommitteeHeaders(header: readonly string[]): HeaderMap {
  return mapHeaders(header, COMMITTEE_COLUMNS);
}

/**
 * One sheet row as a committee. A column given twice must agree, else the row is refused with both values; otherwise
 * the row's problems are the library's to find.
 * @param cells - the row's cells
 * @param map - the header map of the sheet
 * @category Sheets
 * @example
 * ```ts
 * rowToCommittee(['320803001001', '居委会', '7', '人民调解、治安保卫、公共卫生'], mapCommitteeHeaders(['区划代码', '类型', '成员人数', '下属委员会']));
 * // { committee: { divisionCode: '320803001001', kind: '居委会', memberCount: 7, subcommittees: ['人民调解', '治安保卫', '公共卫生'] }, issues: [] }
 * ```
 */
export function rowToCommittee(
  cells: readonly string[],
  map: HeaderMap,
): { committee: Record<string, unknown>; issues: PolicyIssue[] } {
  const committee: Record<string, unknown> = {};
  const issues: PolicyIssue[] = [];
  map.columns.forEach((c, i) => {
    if (c === undefined) return;
    const text = (cells[i] ?? '').trim();
    if (text === '') return;
    putRegisterCell(committee, c.key, registerCell(CELLS.get(c.key), text), c.header, text, issues);
  });
  return { committee, issues };
}
