/**
 * The /sheets catalogue: every refusal of a cell, a header or a workbook, each naming the row, the column as written
 * in the header, the value and the accepted forms, in Chinese and English.
 * @module
 */
import { defineMessages, type Catalogue, type Messages } from '../core/messages.js';

/** Where a cell is: its row (as the spreadsheet shows it), the column as written in the header, the row's id if known. */
export interface CellAt {
  readonly row: number;
  readonly column: string;
  /** True when the sheet has no such column (the column is then named by its usual header). */
  readonly absent?: boolean;
  readonly id?: string;
}

const at = (p: CellAt, zh: boolean): string =>
  zh
    ? `第 ${p.row} 行${p.id === undefined || p.id === '' ? '' : `（编号 ${p.id}）`}，列「${p.column}」${p.absent === true ? '（表中没有这一列）' : ''}`
    : `row ${p.row}${p.id === undefined || p.id === '' ? '' : ` (id ${p.id})`}, column "${p.column}"${p.absent === true ? ' (not in the sheet)' : ''}`;

const list = (xs: readonly string[], zh: boolean, max = 16) =>
  xs
    .slice(0, max)
    .map((x) => (zh ? `「${x}」` : `"${x}"`))
    .join(zh ? '、' : ', ') +
  (xs.length > max ? (zh ? ` 等 ${xs.length} 种写法` : ` and ${xs.length - max} more spellings`) : '');

const DATE_FORMS = {
  zh: '2014-09-01、2014/9/1、2014.9.1、2014年9月1日、带时间的日期（2016/3/1 0:00）或 Excel 日期序号（如 41883）',
  en: '2014-09-01, 2014/9/1, 2014.9.1, 2014年9月1日, a date with a time (2016/3/1 0:00) or an Excel date serial (e.g. 41883)',
};

const CATALOGUE = {
  sheet_invalid_date: {
    raisedAs: 'invalid_date',
    zh: (p: CellAt & { value: string; reason?: 'no_day' | 'incomplete' }) =>
      `${at(p, true)}：「${p.value}」不是有效的日期${p.reason === 'no_day' ? '（日历上没有这一天）' : p.reason === 'incomplete' ? '（只有年份或年月，请写明哪一天）' : ''}；可写作 ${DATE_FORMS.zh}`,
    en: (p: CellAt & { value: string; reason?: 'no_day' | 'incomplete' }) =>
      `${at(p, false)}: "${p.value}" is not a valid date${p.reason === 'no_day' ? ' (no such day in the calendar)' : p.reason === 'incomplete' ? ' (a year, or a year and month: give the day)' : ''}; write ${DATE_FORMS.en}`,
  },
  sheet_unknown_value: {
    raisedAs: 'unknown_enum_value',
    zh: (p: CellAt & { value: string; accepted: readonly string[] }) =>
      `${at(p, true)}：无法识别「${p.value}」；可填 ${list(p.accepted, true)}`,
    en: (p: CellAt & { value: string; accepted: readonly string[] }) =>
      `${at(p, false)}: cannot read "${p.value}"; accepted: ${list(p.accepted, false)}`,
  },
  sheet_ambiguous_value: {
    raisedAs: 'ambiguous_value',
    zh: (p: CellAt & { value: string; choices: readonly string[] }) =>
      `${at(p, true)}：「${p.value}」不明确，请写明是${list(p.choices, true).replace(/、(?=[^、]*$)/, '还是')}`,
    en: (p: CellAt & { value: string; choices: readonly string[] }) =>
      `${at(p, false)}: "${p.value}" is ambiguous; write which one: ${list(p.choices, false)}`,
  },
  sheet_invalid_integer: {
    raisedAs: 'invalid_type',
    zh: (p: CellAt & { value: string }) => `${at(p, true)}：「${p.value}」不是整数；请填写阿拉伯数字，如 3`,
    en: (p: CellAt & { value: string }) => `${at(p, false)}: "${p.value}" is not a whole number; write digits, e.g. 3`,
  },
  sheet_invalid_boolean: {
    raisedAs: 'invalid_type',
    zh: (p: CellAt & { value: string }) => `${at(p, true)}：「${p.value}」不是“是”或“否”；可填 是/否、√/×、1/0`,
    en: (p: CellAt & { value: string }) =>
      `${at(p, false)}: "${p.value}" is not yes or no; accepted: 是/否, yes/no, true/false, 1/0`,
  },
  sheet_invalid_assessments: {
    raisedAs: 'invalid_format',
    zh: (p: CellAt & { value: string; part: string }) =>
      `${at(p, true)}：无法识别「${p.part}」；考核应写作「年份:结果」，以分号分隔，如「2023:优秀;2024:合格」`,
    en: (p: CellAt & { value: string; part: string }) =>
      `${at(p, false)}: cannot read "${p.part}"; assessments are written "year:result" separated by semicolons, e.g. "2023:优秀;2024:合格"`,
  },
  sheet_assessment_conflict: {
    raisedAs: 'inconsistent',
    zh: (p: CellAt & { year: string; first: string; second: string }) =>
      `${at(p, true)}：${p.year} 年的考核结果给了两次且不一致：「${p.first}」和「${p.second}」`,
    en: (p: CellAt & { year: string; first: string; second: string }) =>
      `${at(p, false)}: the assessment for ${p.year} is given twice, differently: "${p.first}" and "${p.second}"`,
  },
  sheet_duplicate_column: {
    raisedAs: 'inconsistent',
    zh: (p: CellAt & { first: string; second: string }) =>
      `${at(p, true)}：重复的列两处不一致：「${p.first}」和「${p.second}」`,
    en: (p: CellAt & { first: string; second: string }) =>
      `${at(p, false)}: the duplicate columns disagree: "${p.first}" and "${p.second}"`,
  },
  sheet_register_duplicate: {
    zh: (p: { header: string; first: string; second: string }) =>
      `重复的列「${p.header}」两处取值不一致：「${p.first}」和「${p.second}」`,
    en: (p: { header: string; first: string; second: string }) =>
      `the duplicate columns "${p.header}" disagree: "${p.first}" and "${p.second}"`,
  },
  sheet_field: {
    zh: (p: CellAt & { value?: string; reason: string }) =>
      `${at(p, true)}${p.value === undefined || p.value === '' ? '' : `，「${p.value}」`}：${p.reason}`,
    en: (p: CellAt & { value?: string; reason: string }) =>
      `${at(p, false)}${p.value === undefined || p.value === '' ? '' : `, "${p.value}"`}: ${p.reason}`,
  },
  sheet_row: {
    zh: (p: { row: number; id?: string; reason: string }) =>
      `第 ${p.row} 行${p.id === undefined || p.id === '' ? '' : `（编号 ${p.id}）`}：${p.reason}`,
    en: (p: { row: number; id?: string; reason: string }) =>
      `row ${p.row}${p.id === undefined || p.id === '' ? '' : ` (id ${p.id})`}: ${p.reason}`,
  },
  sheet_missing_columns: {
    zh: (p: { columns: readonly string[]; header: string }) =>
      `表头缺少必需的列：${list(p.columns, true)}。表头是：${p.header}`,
    en: (p: { columns: readonly string[]; header: string }) =>
      `the header row lacks required columns: ${list(p.columns, false)}. The header is: ${p.header}`,
  },
  sheet_conflicting_columns: {
    zh: (p: { columns: readonly string[]; positions?: readonly number[]; field: string; fieldEn?: string }) =>
      `表头${p.columns.map((c, i) => `${p.positions?.[i] === undefined ? '' : `第 ${p.positions[i]} 列`}「${c}」`).join('、')}都对应「${p.field}」，无法确定以哪一列为准：请删除或改名其中一列`,
    en: (p: { columns: readonly string[]; positions?: readonly number[]; field: string; fieldEn?: string }) =>
      `the header's ${p.columns.map((c, i) => `${p.positions?.[i] === undefined ? '' : `column ${p.positions[i]} `}"${c}"`).join(', ')} all mean "${p.fieldEn ?? p.field}": cannot tell which one to use; delete or rename one of them`,
  },
  sheet_no_header: {
    zh: () => '表格是空的：没有表头行',
    en: () => 'the sheet is empty: no header row',
  },
  sheet_rows_type: {
    zh: (p: { got: string }) =>
      '表格应为行的数组（第一行为表头，每行为单元格数组），而不是' +
      (p.got === 'array' ? '含非数组元素的数组' : `「${p.got}」`),
    en: (p: { got: string }) =>
      `a sheet must be an array of rows (the header first, each row an array of cells), not ${p.got}`,
  },
  sheet_unknown_collection: {
    zh: (p: { name: string; known: readonly string[] }) =>
      `无法判断「${p.name}」是哪一类记录；可用的名称：${p.known.join('、')}`,
    en: (p: { name: string; known: readonly string[] }) =>
      `cannot tell which records "${p.name}" holds; known names: ${p.known.join(', ')}`,
  },
  sheet_value_table: {
    zh: (p: { parameter: string }) =>
      `配置中的对照表「${p.parameter}」应为“写法 → 取值”的对象，取值为一个值或几个可能值的数组`,
    en: (p: { parameter: string }) =>
      `the table ${p.parameter} of the profile must map spellings to a value, or to an array of the possible values`,
  },
  sheet_unclosed_quote: {
    zh: (p: { row: number; lines: number }) =>
      `第 ${p.row} 行：带引号的单元格直到文件末尾（${p.lines} 行）都没有结束的引号：可能多了一个引号 "，或者文件不完整`,
    en: (p: { row: number; lines: number }) =>
      `row ${p.row}: a quoted cell has no closing quote up to the end of the file (${p.lines} lines): a stray quote ", or the file was cut short`,
  },
  sheet_not_text: {
    zh: (p: { kind: string }) => `不是文本表格（${p.kind}）：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx`,
    en: (p: { kind: string }) =>
      `not a text sheet (${p.kind}): save it from Excel as "CSV UTF-8 (Comma delimited)" or .xlsx`,
  },
  csv_unclosed: {
    zh: (p: { record: number; line: number; field: number; lines: number }) =>
      `第 ${p.record} 条记录（第 ${p.line} 行）第 ${p.field + 1} 个单元格：带引号的单元格直到文本末尾（${p.lines} 行）都没有结束的引号：可能多了一个引号 "，或者文件不完整`,
    en: (p: { record: number; line: number; field: number; lines: number }) =>
      `record ${p.record} (line ${p.line}), cell ${p.field + 1}: a quoted cell has no closing quote up to the end of the text (${p.lines} lines): a stray quote ", or the file was cut short`,
  },
  csv_too_many_lines: {
    zh: (p: { record: number; line: number; field: number; lines: number }) =>
      `第 ${p.record} 条记录（第 ${p.line} 行）第 ${p.field + 1} 个单元格：带引号的单元格超过 ${p.lines - 1} 行仍未结束：多半是多了一个引号 "，把后面的行吞进了这个单元格`,
    en: (p: { record: number; line: number; field: number; lines: number }) =>
      `record ${p.record} (line ${p.line}), cell ${p.field + 1}: a quoted cell runs over more than ${p.lines - 1} lines: most likely a stray quote " swallowed the lines after it`,
  },
  csv_too_long: {
    zh: (p: { record: number; line: number }) =>
      `第 ${p.record} 条记录（第 ${p.line} 行）超过字符数上限仍未结束：这不像是表格文件（CSV），或者文件中缺少换行`,
    en: (p: { record: number; line: number }) =>
      `record ${p.record} (line ${p.line}) runs over the character limit: this does not look like a sheet (CSV), or the file lacks line breaks`,
  },
  sheet_binary: {
    zh: (p: { kind: string; offset: number }) =>
      `不是文本文件（${({ xlsx: 'Excel 工作簿或其他压缩文件', xls: '旧版 Excel 工作簿', utf16: '没有字节顺序标记的 UTF-16 文本', binary: '二进制数据' } as Record<string, string>)[p.kind] ?? '二进制数据'}，第 ${p.offset} 字节是空字节）：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx`,
    en: (p: { kind: string; offset: number }) =>
      `not a text file (${p.kind}; byte ${p.offset} is a NUL byte): save it from Excel as "CSV UTF-8 (Comma delimited)" or .xlsx`,
  },
  sheet_bad_encoding: {
    zh: (p: { encoding: string; offset: number }) =>
      `第 ${p.offset} 字节附近不是有效的${({ utf8: ' UTF-8 ', gb18030: ' GB18030 ', utf16le: ' UTF-16 ', utf16be: ' UTF-16 ' } as Record<string, string>)[p.encoding] ?? ''}文本（文件可能不完整，或编码不对）`,
    en: (p: { encoding: string; offset: number }) =>
      `not valid ${p.encoding} text near byte ${p.offset} (the file may be cut short, or in another encoding)`,
  },
  xlsx_not_workbook: {
    zh: () => '不是有效的 Excel 工作簿（.xlsx）：文件可能已损坏，或是旧版 .xls（请在 Excel 中另存为 .xlsx）',
    en: () =>
      'not a valid Excel workbook (.xlsx): the file may be damaged, or an old .xls (save it from Excel as .xlsx)',
  },
  xlsx_no_sheet: {
    zh: (p: { name: string; sheets: readonly string[] }) =>
      `工作簿中没有名为「${p.name}」的工作表；工作表有：${list(p.sheets, true)}`,
    en: (p: { name: string; sheets: readonly string[] }) =>
      `the workbook has no sheet named "${p.name}"; its sheets: ${list(p.sheets, false)}`,
  },
  xlsx_empty: {
    zh: () => '工作簿中没有工作表',
    en: () => 'the workbook has no sheet',
  },
} satisfies Catalogue;

/**
 * The /sheets message catalogue (code → Chinese and English texts).
 * @category Sheets
 * @example
 * ```ts
 * sheetsMessages.text('sheet_invalid_date', { row: 3, column: '参加社区工作时间', value: '2014/13/1' }).zh.startsWith('第 3 行，列「参加社区工作时间」'); // true
 * ```
 */
export const sheetsMessages: Messages<typeof CATALOGUE> = /* @__PURE__ */ defineMessages('sheets', CATALOGUE);

/** The formats a date cell may take, in both languages (for help texts). @category Sheets */
export const SHEET_DATE_FORMS: { readonly zh: string; readonly en: string } = DATE_FORMS;
