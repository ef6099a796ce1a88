/**
 * The `cli` catalogue: every text the command-line tool prints around the library's results (usage errors, refusals,
 * notes and warnings on stderr, summary and count lines, table headings, status words), each by code in Chinese and
 * English. Commands ask it by code with params (`msg(lang, code, params)` in ./messages.ts), so one meaning has one
 * wording. The long `--help` documents are not messages: they live with their commands.
 * @module
 */
import { coreMessages } from '../core/core-messages.js';
import { defineMessages, formatPath, type Bilingual, type PolicyIssue } from '../core/index.js';

/** `path: ` before an issue's text, when the issue points into the input. */
const issuePath = (p: readonly (string | number)[]): string => (p.length > 0 ? `${formatPath(p)}: ` : '');

/** One unit of a workforce summary line (a name and numbers). */
interface UnitLine {
  readonly name: string;
}

/** The counts of the salary command's summary line (counts as formatted; a clause absent when its count is 0). */
interface RowCounts {
  readonly read: string;
  readonly computed: string;
  readonly undetermined: string | undefined;
  readonly notApplicable: string | undefined;
  readonly failed: string;
  readonly skipped: string;
}

/** Where an issue sits (`a.b[0]: `), or nothing for an issue about the whole input. */
/** A sheet refused in the first sheet of a workbook that has others. */
interface OtherSheets {
  readonly file: string;
  readonly issues: readonly PolicyIssue[];
  readonly sheet: string;
  readonly others: readonly string[];
  readonly option: string;
}

const issueWhere = (i: PolicyIssue): string => (i.path.length > 0 ? `${formatPath(i.path)}: ` : '');

const CATALOGUE = {
  // src/cli/sheet.ts
  multiline_names_column_header: {
    zh: (p: { wanted: string; file: string; value: string; option: string }) =>
      `${p.option} 给出的列「${p.wanted}」不在「${p.file}」的表头中。表头是：${p.value}`,
    en: (p: { wanted: string; file: string; value: string; option: string }) =>
      `--multiline names a column "${p.wanted}" that is not in the header of ${p.file}. The header is: ${p.value}`,
  },
  quoted_cell_spans_physical: {
    zh: (p: { w: { zh: string; en: string }; lines: number; flag: string; value: string }) =>
      `${p.w.zh}：带引号的单元格跨了 ${p.lines} 个物理行。这多半是单元格里多了一个引号 "，把后面的行吞进了这个单元格；请在 Excel 中检查这一行后重新导出。如果这一列确实有换行，请加 ${p.flag}`,
    en: (p: { w: { zh: string; en: string }; lines: number; flag: string; value: string }) =>
      `${p.w.en}: a quoted cell spans ${p.lines} physical lines. Most likely a stray quote " in the cell swallowed the lines after it; check this row in Excel and export again. If this column really holds line breaks, add ${p.value}`,
  },
  quoted_cell_closing_quote: {
    zh: (p: { w: { zh: string; en: string }; lines: string }) =>
      `${p.w.zh}：带引号的单元格直到文件末尾（${p.lines} 个物理行）都没有结束的引号：可能多了一个引号 "，或者文件不完整（被截断）`,
    en: (p: { w: { zh: string; en: string }; lines: string }) =>
      `${p.w.en}: a quoted cell has no closing quote up to the end of the file (${p.lines} physical lines): a stray quote ", or the file was cut short`,
  },
  quoted_cell_runs_over: {
    zh: (p: { w: { zh: string; en: string }; limit: string; option: string; option2: string }) =>
      `${p.w.zh}：带引号的单元格超过 ${p.limit} 个物理行仍未结束：多半是多了一个引号 "，把后面的行吞进了这个单元格。如果这一列确实有这么多行，请用 ${p.option} 指明这一列，并用 ${p.option2} 调大行数上限`,
    en: (p: { w: { zh: string; en: string }; limit: string; option: string; option2: string }) =>
      `${p.w.en}: a quoted cell runs over more than ${p.limit} physical lines: most likely a stray quote " swallowed the lines after it. If this column really holds that many lines, name it with --multiline and raise --multiline-limit`,
  },
  row_runs_over_characters: {
    zh: (p: { w: { zh: string; en: string }; DEFAULT_RECORD_CHARS: string }) =>
      `${p.w.zh}：这一行超过 ${p.DEFAULT_RECORD_CHARS} 个字符仍未结束：这不像是表格文件（CSV），或者文件中缺少换行`,
    en: (p: { w: { zh: string; en: string }; DEFAULT_RECORD_CHARS: string }) =>
      `${p.w.en}: the row runs over ${p.DEFAULT_RECORD_CHARS} characters: this does not look like a sheet (CSV), or the file lacks line breaks`,
  },
  workbook_xlsx_cannot_read: {
    zh: () => `工作簿（.xlsx）不能从标准输入读取：请给出文件名`,
    en: () => `a workbook (.xlsx) cannot be read from standard input: give its file name`,
  },
  file_issue: {
    zh: (p: { file: string; i: { zh: string; en: string } }) => `「${p.file}」：${p.i.zh}`,
    en: (p: { file: string; i: { zh: string; en: string } }) => `${p.file}: ${p.i.en}`,
  },

  // src/cli/common.ts
  invalid_json: {
    zh: (p: { path: string; m: string }) => `文件「${p.path}」不是有效的 JSON：${p.m}`,
    en: (p: { path: string; m: string }) => `${p.path} is not valid JSON: ${p.m}`,
  },
  invalid_utf16: {
    zh: (p: { file: { zh: string; en: string }; offset: number; term: string }) =>
      `${p.file.zh}在第 ${p.offset} 字节附近不是有效的 ${p.term} 文本（文件可能不完整）`,
    en: (p: { file: { zh: string; en: string }; offset: number; term: string }) =>
      `${p.file.en} is not valid UTF-16 text near byte ${p.offset} (the file may be cut short)`,
  },
  invalid_utf8: {
    zh: (p: { file: { zh: string; en: string }; offset: number; term: string; option: string }) =>
      `${p.file.zh}在第 ${p.offset} 字节附近不是有效的 UTF-8；如果是 ${p.term} 编码的文件，请加 ${p.option}`,
    en: (p: { file: { zh: string; en: string }; offset: number; term: string; option: string }) =>
      `${p.file.en} is not valid UTF-8 near byte ${p.offset}; for a GBK-encoded file add --encoding gb18030`,
  },
  not_a_csv: {
    zh: (p: { file: { zh: string; en: string }; what: { zh: string; en: string } }) =>
      `${p.file.zh}${p.what.zh}：请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”后再试`,
    en: (p: { file: { zh: string; en: string }; what: { zh: string; en: string } }) =>
      `${p.file.en} ${p.what.en}: save it from Excel as "CSV UTF-8 (Comma delimited)" and try again`,
  },
  file_not_found: {
    zh: (p: { path: string }) => `找不到文件「${p.path}」`,
    en: (p: { path: string }) => `file not found: ${p.path}`,
  },
  is_a_directory: {
    zh: (p: { path: string }) => `「${p.path}」是目录，不是文件`,
    en: (p: { path: string }) => `${p.path} is a directory, not a file`,
  },
  permission_denied: {
    zh: (p: { path: string }) => `没有权限读取「${p.path}」`,
    en: (p: { path: string }) => `permission denied: ${p.path}`,
  },
  refused_with_issues: {
    zh: (p: { what: Bilingual; issues: readonly PolicyIssue[] }) =>
      `${p.what.zh}：\n${p.issues.map((i) => ` ${issueWhere(i)}${i.zh} [${i.code}]`).join('\n')}`,
    en: (p: { what: Bilingual; issues: readonly PolicyIssue[] }) =>
      `${p.what.en}:\n${p.issues.map((i) => ` ${issueWhere(i)}${i.en} [${i.code}]`).join('\n')}`,
  },
  overrides_not_object: {
    zh: (p: { file: string }) => `「${p.file}」应为“参数 → 新值”的 JSON 对象`,
    en: (p: { file: string }) => `${p.file} must be a JSON object of parameter → new value`,
  },

  // src/cli/register-sheet.ts
  empty_file: {
    zh: (p: { file: string }) => `「${p.file}」是空文件（没有表头）`,
    en: (p: { file: string }) => `${p.file} is empty (no header row)`,
  },

  // src/cli/sheet-errors.ts
  sheet_refused: {
    zh: (p: { file: string; issues: readonly PolicyIssue[] }) =>
      `「${p.file}」：${p.issues.map((i) => i.zh).join('；')}`,
    en: (p: { file: string; issues: readonly PolicyIssue[] }) => `${p.file}: ${p.issues.map((i) => i.en).join('; ')}`,
  },
  sheet_refused_other_sheets: {
    zh: (p: OtherSheets) =>
      `「${p.file}」的第一个工作表「${p.sheet}」：${p.issues.map((i) => i.zh).join('；')}。工作簿中还有：${p.others.map((o) => `「${o}」`).join('、')}；用 ${p.option} 指定要读的工作表`,
    en: (p: OtherSheets) =>
      `${p.file}, first sheet "${p.sheet}": ${p.issues.map((i) => i.en).join('; ')}. The workbook also has ${p.others.map((o) => `"${o}"`).join(', ')}: choose the sheet to read with ${p.option}`,
  },

  // src/cli/output-file.ts
  output_is_folder: {
    zh: (p: { out: string }) => `输出「${p.out}」是一个文件夹，不是文件`,
    en: (p: { out: string }) => `the output ${p.out} is a folder, not a file`,
  },
  stdout_is_input: {
    zh: (p: { n: { zh: string; en: string }; option: string; term: string }) =>
      `标准输出被重定向到了${p.n.zh}：拒绝写入，以免覆盖正在读取的输入（用 > 重定向时，命令行程序在本程序启动前就已清空了该文件）。请把结果写到另一个文件，例如 ${p.option} 结果.${p.term}`,
    en: (p: { n: { zh: string; en: string }; option: string; term: string }) =>
      `standard output is redirected to ${p.n.en}: refusing to write over the input being read (with >, the shell emptied that file before this program started). Write the result to another file, e.g. --out result.csv`,
  },
  output_is_input: {
    zh: (p: { out: string; n: { zh: string; en: string }; link: { zh: string; en: string } }) =>
      `输出文件「${p.out}」和${p.n.zh}是同一个文件${p.link.zh}：拒绝写入，输入保持原样。请换一个输出文件名`,
    en: (p: { out: string; n: { zh: string; en: string }; link: { zh: string; en: string } }) =>
      `the output file ${p.out} is the same file as ${p.n.en}${p.link.en}: refusing to write; the input is untouched. Choose another output file name`,
  },

  // src/cli/args.ts
  // One wording with the library's own refusal of an unknown option (core's catalogue).
  unknown_option: {
    zh: (p: { name: string; suggestion: string | undefined; known: readonly string[] }) =>
      coreMessages.text('unknown_option', p).zh,
    en: (p: { name: string; suggestion: string | undefined; known: readonly string[] }) =>
      coreMessages.text('unknown_option', p).en,
  },
  option_needs_value: {
    zh: (p: { name: string }) => `选项 --${p.name} 缺少取值`,
    en: (p: { name: string }) => `option --${p.name} needs a value`,
  },
  option_takes_value: {
    zh: (p: { name: string }) => `选项 --${p.name} 不带取值`,
    en: (p: { name: string }) => `option --${p.name} takes no value`,
  },
  unknown_command: {
    zh: (p: { command: string }) => `未知命令「${p.command}」`,
    en: (p: { command: string }) => `unknown command "${p.command}"`,
  },
  bad_lang: {
    zh: (p: { lang: string; option: string; term: string }) => `${p.option} 只能是 ${p.term}，而不是「${p.lang}」`,
    en: (p: { lang: string; option: string; term: string }) => `--lang must be zh or en, not "${p.lang}"`,
  },
  bad_date_option: {
    zh: (p: { name: string; v: unknown; term: string }) => `--${p.name} 应为有效的 ${p.term} 日期，而不是「${p.v}」`,
    en: (p: { name: string; v: unknown; term: string }) => `--${p.name} must be a real YYYY-MM-DD date, not "${p.v}"`,
  },
  bad_encoding: {
    zh: (p: { enc: string; option: string; term: string; term2: string }) =>
      `${p.option} 只能是 ${p.term}或 ${p.term2}，而不是「${p.enc}」`,
    en: (p: { enc: string; option: string; term: string; term2: string }) =>
      `--encoding must be utf8, gb18030 (gbk) or auto, not "${p.enc}"`,
  },
  bad_format: {
    zh: (p: { fmt: string; option: string; term: string }) => `${p.option} 只能是 ${p.term}，而不是「${p.fmt}」`,
    en: (p: { fmt: string; option: string; term: string }) =>
      `--format must be table, csv, xlsx or json, not "${p.fmt}"`,
  },
  xlsx_needs_out: {
    zh: (p: { option: string }) => `Excel 工作簿（.xlsx）只能写入文件：请用 ${p.option} 给出文件名`,
    en: (p: { option: string }) => `a workbook (.xlsx) can only be written to a file: give its name with ${p.option}`,
  },
  unknown_output_format: {
    zh: (p: { out: string; term: string; term2: string; option: string }) =>
      `无法从文件名「${p.out}」判断输出格式：请用 .${p.term}、.xlsx 或 .${p.term2} 结尾，或加 ${p.option}`,
    en: (p: { out: string; term: string; term2: string; option: string }) =>
      `cannot tell the output format from "${p.out}": end it in .csv, .xlsx or .json, or add --format`,
  },
  option_required: {
    zh: (p: { name: string }) => `缺少 --${p.name}`,
    en: (p: { name: string }) => `--${p.name} is required`,
  },
  bad_multiline_limit: {
    zh: (p: { v: string; option: string }) => `${p.option} 应为 1 到 100000 之间的整数，而不是「${p.v}」`,
    en: (p: { v: string; option: string }) => `--multiline-limit must be an integer from 1 to 100000, not "${p.v}"`,
  },
  bad_show_errors: {
    zh: (p: { v: string; option: string; term: string }) => `${p.option} 应为非负整数或 ${p.term}，而不是「${p.v}」`,
    en: (p: { v: string; option: string; term: string }) =>
      `--show-errors must be a non-negative integer or all, not "${p.v}"`,
  },

  // src/cli/commands/workforce.ts
  file_detail: {
    zh: (p: { file: string; detail: string }) => `「${p.file}」：${p.detail}`,
    en: (p: { file: string; detail: string }) => `${p.file}: ${p.detail}`,
  },

  // src/cli/commands/review.ts
  slate_not_object: {
    zh: (p: { term: string }) => `人选文件应为含 ${p.term} 的 JSON 对象`,
    en: (p: { term: string }) => `the slate file must be a JSON object with association and slate`,
  },
  election_date_missing: {
    zh: (p: { option: string }) => `缺少选举日期：请加 ${p.option} 或在文件中给出 electionDate`,
    en: (p: { option: string }) => `no election date: add --election-date or electionDate in the file`,
  },

  // src/cli/commands/coverage.ts
  registry_file_required: {
    zh: () => `缺少登记册文件`,
    en: () => `a registry file is required`,
  },
  collection_repeated: {
    zh: (p: { collection: string; file: string }) => `「${p.collection}」给了不止一次（${p.file}）`,
    en: (p: { collection: string; file: string }) => `collection "${p.collection}" is given more than once (${p.file})`,
  },
  unknown_collection: {
    zh: (p: { where: string; names: readonly string[]; option: string }) =>
      `无法判断「${p.where}」是哪一类记录：请把文件或工作表命名为以下之一（英文或中文名）：${p.names.join('、')}，或加 ${p.option}`,
    en: (p: { where: string; names: readonly string[]; option: string }) =>
      `cannot tell which records ${p.where} holds: name the file or sheet one of (English or Chinese): ${p.names.join(', ')}, or add --collection`,
  },
  registry_not_object: {
    zh: (p: { file: string }) => `「${p.file}」应为登记册 JSON 对象`,
    en: (p: { file: string }) => `${p.file} must be a registry JSON object`,
  },
  bad_gaps: {
    zh: (p: { gapsArg: string; option: string; term: string }) =>
      `${p.option} 应为非负整数或 ${p.term}，而不是「${p.gapsArg}」`,
    en: (p: { gapsArg: string; option: string; term: string }) =>
      `--gaps must be a non-negative integer or all, not "${p.gapsArg}"`,
  },

  // src/cli/commands/demo.ts
  demo_data_missing: {
    zh: (p: { term: string }) => `找不到示例数据目录 ${p.term}（安装的包不完整？）`,
    en: (p: { term: string }) => `cannot find the demo data folder data/demo/ (incomplete installation?)`,
  },

  // src/cli/commands/salary.ts
  bad_chunk_size: {
    zh: (p: { v: string; option: string }) => `${p.option} 应为 1 到 1000000 之间的整数，而不是「${p.v}」`,
    en: (p: { v: string; option: string }) => `--chunk-size must be an integer from 1 to 1000000, not "${p.v}"`,
  },
  json_item_too_long: {
    zh: (p: { file: string; item: number; MAX_ITEM_CHARS: string }) =>
      `「${p.file}」第 ${p.item} 项超过 ${p.MAX_ITEM_CHARS} 个字符仍未结束：可能有没有闭合的引号或括号`,
    en: (p: { file: string; item: number; MAX_ITEM_CHARS: string }) =>
      `${p.file}, item ${p.item}: runs over ${p.MAX_ITEM_CHARS} characters without ending: an unclosed string or bracket?`,
  },
  json_item_invalid: {
    zh: (p: { file: string; item: number; detail: string }) =>
      `「${p.file}」第 ${p.item} 项不是有效的 JSON：${p.detail}`,
    en: (p: { file: string; item: number; detail: string }) => `${p.file}, item ${p.item}: not valid JSON: ${p.detail}`,
  },
  invalid_json_array: {
    zh: (p: { file: string; detail: string }) => `「${p.file}」不是有效的 JSON 数组：${p.detail}`,
    en: (p: { file: string; detail: string }) => `${p.file} is not a valid JSON array: ${p.detail}`,
  },
  workers_not_list: {
    zh: (p: { file: string; term: string }) => `「${p.file}」应为工作人员数组，或含 ${p.term} 数组的对象`,
    en: (p: { file: string; term: string }) =>
      `${p.file} must be an array of workers, or an object with a "workers" array`,
  },

  // src/cli/commands/petitions.ts
  petitions_not_list: {
    zh: (p: { file: string; term: string }) => `「${p.file}」应为信访事项数组，或含 ${p.term} 数组的对象`,
    en: (p: { file: string; term: string }) =>
      `${p.file} must be an array of petitions, or an object with a "petitions" array`,
  },

  // src/cli/commands/committees.ts
  committees_not_list: {
    zh: (p: { file: string; term: string }) => `「${p.file}」应为村（居）委会数组，或含 ${p.term} 数组的对象`,
    en: (p: { file: string; term: string }) =>
      `${p.file} must be an array of committees, or an object with a "committees" array`,
  },
  no_known_column: {
    zh: (p: { columns: readonly string[]; header: string }) =>
      `表头中没有可识别的列（如${p.columns.map((c) => `「${c}」`).join('、')}）。表头是：${p.header}`,
    en: (p: { columns: readonly string[]; header: string }) =>
      `the header row has no column this command reads (such as divisionCode, kind, memberCount). The header is: ${p.header}`,
  },

  // src/cli/commands/ratings.ts
  organizations_not_list: {
    zh: (p: { file: string; term: string }) => `「${p.file}」应为组织数组，或含 ${p.term} 数组的对象`,
    en: (p: { file: string; term: string }) =>
      `${p.file} must be an array of organizations, or an object with an "organizations" array`,
  },

  // src/cli/sheet.ts
  column: {
    zh: (p: { name: string }) => `列「${p.name}」`,
    en: (p: { name: string }) => `column "${p.name}"`,
  },
  column_number: {
    zh: (p: { index: number; header: boolean }) => `第 ${p.index} 列${p.header ? '（表头）' : ''}`,
    en: (p: { index: number; header: boolean }) => `column ${p.index}${p.header ? ' (header)' : ''}`,
  },
  empty: {
    zh: () => ``,
    en: () => ``,
  },
  physical_line: {
    zh: (p: { line: string }) => `（文件第 ${p.line} 个物理行）`,
    en: (p: { line: string }) => ` (physical line ${p.line})`,
  },
  row: {
    zh: (p: { file: string; record: string; line: { zh: string; en: string }; col: { zh: string; en: string } }) =>
      `「${p.file}」第 ${p.record} 行${p.line.zh}，${p.col.zh}`,
    en: (p: { file: string; record: string; line: { zh: string; en: string }; col: { zh: string; en: string } }) =>
      `${p.file}, row ${p.record}${p.line.en}, ${p.col.en}`,
  },
  rows_read: {
    zh: (p: { rows: string }) => `已读 ${p.rows} 行`,
    en: (p: { rows: string }) => `${p.rows} rows read`,
  },
  progress_eta: {
    zh: (p: { left: number }) => `，约 ${p.left} 秒后完成`,
    en: (p: { left: number }) => `, about ${p.left} s left`,
  },
  progress: {
    zh: (p: { rows: string; pct: string; eta: string }) => `已读 ${p.rows} 行（${p.pct}）${p.eta}`,
    en: (p: { rows: string; pct: string; eta: string }) => `${p.rows} rows read (${p.pct})${p.eta}`,
  },

  // src/cli/run.ts
  see_help: {
    zh: (p: { command: string; value: string; term: string; option: string }) =>
      `用 ${p.term} ${p.command}${p.value}${p.option} 查看用法\n`,
    en: (p: { command: string; value: string; term: string; option: string }) =>
      `see huaian-sw ${p.command}${p.value}--help\n`,
  },
  unknown_command_sentence: {
    zh: (p: { first: string }) => `未知命令「${p.first}」。`,
    en: (p: { first: string }) => `unknown command "${p.first}". `,
  },

  // src/cli/warnings.ts
  note_provisional_values_reading: {
    zh: () => `提示：以下参数为暂定取值（原文未定或为模板值，所取读法见计算说明；请以正式文件取值覆盖）`,
    en: () =>
      `Note: provisional values (a reading the text leaves open or a template value, explained in --explain; override them with the official ones)`,
  },
  note_low_confidence_sources: {
    zh: (p: { place: Bilingual | undefined }) =>
      `提示：以下参数的来源可信度低（通用模板或未注明地方的资料${p.place === undefined ? '' : `，并非${p.place.zh}的正式文件`}）`,
    en: (p: { place: Bilingual | undefined }) =>
      `Note: low-confidence sources (a generic template or a page naming no locality${p.place === undefined ? '' : `, not an official document of ${p.place.en}`})`,
  },
  note_unknown_dates_effect: {
    zh: () => `提示：以下参数的生效日期不详（按各日期均适用处理）`,
    en: () => `Note: unknown dates of effect (applied at every date)`,
  },
  note: {
    zh: (p: { w: { zh: string; en: string } }) => `提示：${p.w.zh}`,
    en: (p: { w: { zh: string; en: string } }) => `Note: ${p.w.en}`,
  },
  colon: {
    zh: () => `：`,
    en: () => `: `,
  },
  list_separator: {
    zh: () => `、`,
    en: () => `, `,
  },

  // src/cli/common.ts
  input: {
    zh: () => `输入`,
    en: () => `the input`,
  },
  is_xlsx: {
    zh: () => `是 Excel 工作簿（.xlsx）或其他压缩文件，不是 CSV`,
    en: () => `is an Excel workbook (.xlsx) or another ZIP file, not a CSV`,
  },
  is_xls: {
    zh: () => `是旧版 Excel 工作簿（.xls），不是 CSV`,
    en: () => `is an old Excel workbook (.xls), not a CSV`,
  },
  utf16_without_bom: {
    zh: (p: { term: string; term2: string }) => `看起来是没有字节顺序标记（${p.term}）的 ${p.term2} 文本`,
    en: (p: { term: string; term2: string }) => `looks like UTF-16 text without a byte order mark`,
  },
  binary_file: {
    zh: (p: { offset: number; term: string }) => `不是文本文件（第 ${p.offset} 字节是 ${p.term} 字节）`,
    en: (p: { offset: number; term: string }) => `is not a text file (byte ${p.offset} is a NUL byte)`,
  },
  overrides_file_invalid: {
    zh: (p: { file: string }) => `覆盖文件「${p.file}」有误`,
    en: (p: { file: string }) => `the overrides file ${p.file} is invalid`,
  },
  profile_file_invalid: {
    zh: (p: { file: string }) => `配置文件「${p.file}」有误`,
    en: (p: { file: string }) => `the profile file ${p.file} is invalid`,
  },

  // src/cli/register-sheet.ts
  note_title_rows: {
    zh: (p: { file: string; rows: readonly { row: number; text: string }[] }) =>
      `提示：「${p.file}」表头上方的标题行不作数据读取：${p.rows.map((r) => `第 ${r.row} 行「${r.text}」`).join('、')}\n`,
    en: (p: { file: string; rows: readonly { row: number; text: string }[] }) =>
      `note: ${p.file}: title rows above the header are not read as data: ${p.rows.map((r) => `row ${r.row} "${r.text}"`).join(', ')}\n`,
  },
  // Totals rows (合计 …) skipped, by row number: the first few, and how many in all when there are more.
  note_totals_rows: {
    zh: (p: { file: string; rows: readonly number[]; count: number }) =>
      `提示：「${p.file}」第 ${p.rows.join('、')}${p.count > p.rows.length ? ` 等共 ${p.count}` : ''} 行是合计行，未计算\n`,
    en: (p: { file: string; rows: readonly number[]; count: number }) =>
      `note: ${p.file}: ${p.count === 1 ? `row ${p.rows[0]} is a totals row` : `rows ${p.rows.join(', ')}${p.count > p.rows.length ? ` (${p.count} in all)` : ''} are totals rows`}, not computed\n`,
  },
  note_unknown_columns: {
    zh: (p: { value: string }) => `提示：忽略无法识别的列：${p.value}\n`,
    en: (p: { value: string }) => `note: ignoring unrecognised columns: ${p.value}\n`,
  },

  // src/cli/diagnostics.ts
  more_errors_not_listed: {
    zh: (p: { rest: string; code: string; perCode: string; where: { zh: string; en: string }; option: string }) =>
      `…另有 ${p.rest} 条 [${p.code}] 错误未逐条列出（同一种错误只列前 ${p.perCode} 条；${p.where.zh}，或加 ${p.option} 全部列出）\n`,
    en: (p: { rest: string; code: string; perCode: string; where: { zh: string; en: string }; option: string }) =>
      `… ${p.rest} more [${p.code}] errors not listed (only the first ${p.perCode} of each kind are; ${p.where.en}, or add --show-errors all to list them all)\n`,
  },

  // src/cli/messages.ts
  id: {
    zh: (p: { id: string }) => `（编号 ${p.id}）`,
    en: (p: { id: string }) => ` (id ${p.id})`,
  },
  item: {
    zh: (p: { row: number; id: string }) => `第 ${p.row} 项${p.id}`,
    en: (p: { row: number; id: string }) => `item ${p.row}${p.id}`,
  },
  row_label: {
    zh: (p: { row: number; id: string }) => `第 ${p.row} 行${p.id}`,
    en: (p: { row: number; id: string }) => `row ${p.row}${p.id}`,
  },
  column_named: {
    zh: (p: { column: string }) => `，列「${p.column}」`,
    en: (p: { column: string }) => `, column "${p.column}"`,
  },
  field: {
    zh: (p: { path: string }) => `，字段 ${p.path}`,
    en: (p: { path: string }) => `, field ${p.path}`,
  },
  principal: {
    zh: () => `正职`,
    en: () => `principal`,
  },
  deputy: {
    zh: () => `副职`,
    en: () => `deputy`,
  },
  staff: {
    zh: () => `其他社区工作者`,
    en: () => `staff`,
  },

  // src/cli/output-file.ts
  standard_input: {
    zh: () => `标准输入`,
    en: () => `standard input`,
  },
  input_file: {
    zh: (p: { path: string }) => `输入文件「${p.path}」`,
    en: (p: { path: string }) => `the input file ${p.path}`,
  },
  option_file: {
    zh: (p: { option: string; path: string }) => ` --${p.option} 读取的文件「${p.path}」`,
    en: (p: { option: string; path: string }) => `the file read by --${p.option}, ${p.path}`,
  },
  cannot_write_output_file: {
    zh: (p: { out: string }) => `无法写入输出文件「${p.out}」：`,
    en: (p: { out: string }) => `cannot write the output file ${p.out}: `,
  },
  through_link: {
    zh: () => `（经由符号链接或硬链接）`,
    en: () => ` (through a symbolic or hard link)`,
  },

  // src/cli/commands/review.ts
  pass: {
    zh: () => `通过`,
    en: () => `pass`,
  },
  fail: {
    zh: () => `不通过`,
    en: () => `FAIL`,
  },
  undetermined: {
    zh: () => `无法判定`,
    en: () => `undetermined`,
  },
  computed: {
    zh: () => `已计算`,
    en: () => `computed`,
  },
  not_applicable: {
    zh: () => `不适用`,
    en: () => `not applicable`,
  },
  input_refused: {
    zh: () => `输入有误`,
    en: () => `input refused`,
  },
  comma: {
    zh: () => `，`,
    en: () => `, `,
  },
  dual_review_election_date: {
    zh: (p: { name: string; asOf: string }) => `双审：${p.name}，选举日期 ${p.asOf}`,
    en: (p: { name: string; asOf: string }) => `Dual review: ${p.name}, election date ${p.asOf}`,
  },
  item_number: {
    zh: (p: { value: number }) => `第 ${p.value} 项`,
    en: (p: { value: number }) => `item ${p.value}`,
  },
  post: {
    zh: () => `岗位`,
    en: () => `post`,
  },
  candidate: {
    zh: () => `人选`,
    en: () => `candidate`,
  },
  resident_id: {
    zh: () => `身份证号`,
    en: () => `resident ID`,
  },
  col_conclusion: {
    zh: () => `结论`,
    en: () => `outcome`,
  },
  source: {
    zh: (p: { label: { zh: string; en: string }; text: { zh: string; en: string }; value: string }) =>
      `${p.label.zh}：${p.text.zh}（依据：${p.value}）`,
    en: (p: { label: { zh: string; en: string }; text: { zh: string; en: string }; value: string }) =>
      `${p.label.en}: ${p.text.en} (source: ${p.value})`,
  },
  review_item_refused: {
    zh: (p: { value: number }) => `  第 ${p.value} 项（输入有误）`,
    en: (p: { value: number }) => `  Item ${p.value} (input refused)`,
  },
  worker_with_post: {
    zh: (p: { name: string; post: string }) => `  ${p.name}（${p.post}）`,
    en: (p: { name: string; post: string }) => `  ${p.name} (${p.post})`,
  },
  slate_whole: {
    zh: () => `  班子整体`,
    en: () => `  Slate as a whole`,
  },
  review_overall: {
    zh: (p: { value: { zh: string; en: string } }) => `整体结论：${p.value.zh}`,
    en: (p: { value: { zh: string; en: string } }) => `Overall: ${p.value.en}`,
  },
  slate_option_invalid: {
    zh: () => `人选文件或选项有误`,
    en: () => `the slate or an option is invalid`,
  },
  person_id: {
    zh: () => `人员编号`,
    en: () => `person id`,
  },
  rule: {
    zh: () => `规则`,
    en: () => `rule`,
  },
  rule_name: {
    zh: () => `规则名称`,
    en: () => `rule name`,
  },
  reason: {
    zh: () => `理由`,
    en: () => `reason`,
  },
  col_source: {
    zh: () => `依据`,
    en: () => `source`,
  },
  slate: {
    zh: () => `班子整体`,
    en: () => `slate`,
  },
  review_overall_line: {
    zh: (p: { value: { zh: string; en: string } }) => `整体结论：${p.value.zh}\n`,
    en: (p: { value: { zh: string; en: string } }) => `Overall: ${p.value.en}\n`,
  },

  // src/cli/commands/coverage.ts
  profile_invalid: {
    zh: () => `配置有误`,
    en: () => `the profile is invalid`,
  },
  division_tree_invalid: {
    zh: (p: { file: string }) => `区划文件「${p.file}」有误`,
    en: (p: { file: string }) => `the division tree ${p.file} is invalid`,
  },
  coverage_heading: {
    zh: (p: { asOf: string; id: string; version: string }) =>
      `五个全覆盖　统计日期 ${p.asOf}，配置 ${p.id} ${p.version}`,
    en: (p: { asOf: string; id: string; version: string }) =>
      `Five full coverages, as of ${p.asOf}, profile ${p.id} ${p.version}`,
  },
  measure: {
    zh: () => `测度`,
    en: () => `measure`,
  },
  target: {
    zh: () => `目标`,
    en: () => `target`,
  },
  city: {
    zh: () => `全市`,
    en: () => `city`,
  },
  at_least: {
    zh: (p: { atLeast: number; perCounty: boolean }) => `${p.perCounty ? '每县' : '全市'}≥${p.atLeast}个`,
    en: (p: { atLeast: number; perCounty: boolean }) => `≥${p.atLeast}${p.perCounty ? ' per county' : ''}`,
  },
  coverage_legend: {
    zh: () => `* 未达目标；? 因缺少信息无法判定；— 无统计对象`,
    en: () => `* below target; ? cannot be decided (information missing); — nothing to count`,
  },
  more_unclassified: {
    zh: (p: { undetermined: string }) => `，另有 ${p.undetermined} 个无法判定`,
    en: (p: { undetermined: string }) => `, ${p.undetermined} more cannot be classified`,
  },
  city_short_of_target: {
    zh: (p: { value: string; numerator: number; denominator: number; more: string; units: string }) =>
      `${p.value}：全市 ${p.numerator}/${p.denominator}${p.more}，距目标还差 ${p.units} 个`,
    en: (p: { value: string; numerator: number; denominator: number; more: string; units: string }) =>
      `${p.value}: city ${p.numerator}/${p.denominator}${p.more}, ${p.units} short of the target`,
  },
  city_target_open: {
    zh: (p: { value: string; numerator: number; denominator: number; more: string }) =>
      `${p.value}：全市 ${p.numerator}/${p.denominator}${p.more}，是否达标取决于这些单位`,
    en: (p: { value: string; numerator: number; denominator: number; more: string }) =>
      `${p.value}: city ${p.numerator}/${p.denominator}${p.more}; whether the target is met depends on them`,
  },
  gaps: {
    zh: (p: { label: Bilingual; headLabel: Bilingual; gapCount: string; shown: number | undefined }) =>
      `【${p.label.zh}】${p.headLabel.zh}缺口 ${p.gapCount} 个${p.shown === undefined ? '：' : `，前 ${p.shown} 个：`}`,
    en: (p: { label: Bilingual; headLabel: Bilingual; gapCount: string; shown: number | undefined }) =>
      `[${p.label.en}] ${p.headLabel.en}: ${p.gapCount} gaps${p.shown === undefined ? ':' : `, first ${p.shown}:`}`,
  },
  parenthesised: {
    zh: (p: { items: readonly string[] }) => `（${p.items.join('、')}）`,
    en: (p: { items: readonly string[] }) => ` (${p.items.join(', ')})`,
  },
  unclassified_missing: {
    zh: (p: { undetermined: string; missing: readonly string[] }) =>
      `  因缺少信息无法判定 ${p.undetermined} 个（缺少${p.missing.join('、')}）`,
    en: (p: { undetermined: string; missing: readonly string[] }) =>
      `  ${p.undetermined} cannot be classified (missing: ${p.missing.join(', ')})`,
  },
  other_measures_gaps: {
    zh: (p: { gaps: readonly { label: Bilingual; count: string }[] }) =>
      `  其他测度缺口：${p.gaps.map((g) => `${g.label.zh} ${g.count} 个`).join('；')}`,
    en: (p: { gaps: readonly { label: Bilingual; count: string }[] }) =>
      `  Gaps of the other measures: ${p.gaps.map((g) => `${g.label.en} ${g.count}`).join('; ')}`,
  },
  must_form: {
    zh: (p: { mustFormCount: string; outside: string | undefined }) =>
      `  应建未建（正式党员 3 名以上而无本单位党组织）：${p.mustFormCount} 个${p.outside === undefined ? '' : `，其中 ${p.outside} 个不在摸排范围或无法判定`}`,
    en: (p: { mustFormCount: string; outside: string | undefined }) =>
      `  Must form (3+ formal members, no party organization of its own): ${p.mustFormCount}${p.outside === undefined ? '' : `, ${p.outside} of them outside the 摸排 scope or undetermined`}`,
  },
  records_read: {
    zh: (p: { recordsCount: string }) => `读入 ${p.recordsCount} 条记录`,
    en: (p: { recordsCount: string }) => `${p.recordsCount} records read`,
  },
  broken_records: {
    zh: (p: { broken: string }) => `有误 ${p.broken} 行（未读入）`,
    en: (p: { broken: string }) => `${p.broken} broken (not read)`,
  },
  blank_skipped: {
    zh: (p: { blank: string }) => `空行 ${p.blank} 行（已跳过）`,
    en: (p: { blank: string }) => `${p.blank} blank (skipped)`,
  },
  totals_skipped: {
    zh: (p: { totals: string }) => `合计行 ${p.totals} 行（已跳过）`,
    en: (p: { totals: string }) => `${p.totals} totals (skipped)`,
  },
  physical_lines: {
    zh: (p: { lines: string }) => `文件共 ${p.lines} 个物理行`,
    en: (p: { lines: string }) => `${p.lines} physical lines`,
  },
  collection_rows: {
    zh: (p: { file: string; rows: string; parts: readonly string[] }) =>
      `${p.file}：共 ${p.rows} 行：${p.parts.join('，')}`,
    en: (p: { file: string; rows: string; parts: readonly string[] }) =>
      `${p.file}: ${p.rows} rows: ${p.parts.join(', ')}`,
  },
  cannot_read: {
    zh: (p: { file: string }) => `「${p.file}」无法读取`,
    en: (p: { file: string }) => `${p.file} cannot be read`,
  },
  note_unknown_columns_of: {
    zh: (p: { where: string; value: string }) => `提示：${p.where} 中忽略无法识别的列：${p.value}\n`,
    en: (p: { where: string; value: string }) => `note: ignoring unrecognised columns of ${p.where}: ${p.value}\n`,
  },
  cannot_compute_coverages: {
    zh: () => `无法统计`,
    en: () => `cannot compute the coverages`,
  },
  errors_in_output_json: {
    zh: (p: { term: string }) => `全部问题见输出 JSON 的 ${p.term}`,
    en: (p: { term: string }) => `every one is in the errors of the output JSON`,
  },
  errors_with_format_json: {
    zh: (p: { option: string }) => `用 ${p.option} 可得到全部问题`,
    en: (p: { option: string }) => `--format json gives every one`,
  },
  indicator: {
    zh: () => `指标`,
    en: () => `indicator`,
  },
  level: {
    zh: () => `层级`,
    en: () => `level`,
  },
  code: {
    zh: () => `区划代码`,
    en: () => `code`,
  },
  name: {
    zh: () => `名称`,
    en: () => `name`,
  },
  covered: {
    zh: () => `覆盖数`,
    en: () => `covered`,
  },
  scope: {
    zh: () => `应覆盖数`,
    en: () => `in scope`,
  },
  col_undetermined_count: {
    zh: () => `无法判定数`,
    en: () => `undetermined`,
  },
  rate: {
    zh: () => `覆盖率`,
    en: () => `rate`,
  },
  percent: {
    zh: () => `百分比`,
    en: () => `percent`,
  },
  targets_behind: {
    zh: (p: { targetsCount: number; behind: number }) => `${p.targetsCount} 项目标，全市未达 ${p.behind} 项\n`,
    en: (p: { targetsCount: number; behind: number }) => `${p.targetsCount} targets, ${p.behind} behind for the city\n`,
  },

  // src/cli/commands/demo.ts
  more_rows_use_out: {
    zh: (p: { total: number; option: string; term: string }) =>
      `…（共 ${p.total} 行，完整结果请用 ${p.option} 工资.${p.term} 输出）`,
    en: (p: { total: number; option: string; term: string }) =>
      `… (${p.total} rows; write them all with --out pay.csv)`,
  },
  demo_heading: {
    zh: (p: { term: string }) => `${p.term} 示例报告（合成数据：人员、组织和证件号均为虚构）`,
    en: (p: { term: string }) =>
      `huaian-sw demo report (synthetic data: people, organizations and ID numbers are made up)`,
  },
  demo_data_folder: {
    zh: (p: { shownDir: string }) => `数据目录：${p.shownDir}`,
    en: (p: { shownDir: string }) => `Data: ${p.shownDir}`,
  },
  demo_salary_heading: {
    zh: (p: { DEMO_SALARY_AS_OF: string }) => `一、三岗十八级：社区工作者薪酬（${p.DEMO_SALARY_AS_OF}）`,
    en: (p: { DEMO_SALARY_AS_OF: string }) => `1. 三岗十八级: community workers' pay (${p.DEMO_SALARY_AS_OF})`,
  },
  demo_pay_note: {
    zh: () =>
      `  工资金额为示例值（非官方）：淮安的薪酬基数、等级系数和持证补贴标准未找到，这里用示例值演示计算过程；等级规则为通用模板，不是淮安文件。`,
    en: () =>
      `  Pay amounts are example values (not official): Huai'an's pay base, grade coefficients and certificate allowance were not found, so example values show how pay is computed; the grade rules are a common template, not a Huai'an document.`,
  },
  demo_salary_command: {
    zh: (p: { roster: string; asOf: string; overrides: string; command: string; option: string; option2: string }) =>
      `  $ ${p.command} ${p.roster} ${p.option} ${p.asOf} ${p.option2} ${p.overrides}`,
    en: (p: { roster: string; asOf: string; overrides: string; command: string; option: string; option2: string }) =>
      `  $ huaian-sw salary ${p.roster} --as-of ${p.asOf} --overrides ${p.overrides} --lang en`,
  },
  demo_explain_heading: {
    zh: (p: { option: string }) => `  第一名工作人员的计算说明（${p.option}）：`,
    en: (p: { option: string }) => `  How the first worker's pay was reached (--explain):`,
  },
  demo_coverage_heading: {
    zh: (p: { coverageAsOf: string }) => `二、五个全覆盖（${p.coverageAsOf}）`,
    en: (p: { coverageAsOf: string }) => `2. Five full coverages (${p.coverageAsOf})`,
  },
  demo_coverage_command: {
    zh: (p: { value: string; coverageAsOf: string; term: string; option: string; option2: string }) =>
      `  $ ${p.term} ${p.value} ${p.option} ${p.coverageAsOf} ${p.option2}`,
    en: (p: { value: string; coverageAsOf: string; term: string; option: string; option2: string }) =>
      `  $ huaian-sw coverage ${p.value} --as-of ${p.coverageAsOf} --gaps 2 --lang en`,
  },
  demo_review_heading: {
    zh: () => `三、双审：行业协会商会负责人人选`,
    en: () => `3. Dual review of an association's leadership slate`,
  },
  demo_review_command: {
    zh: (p: { value: string; term: string }) => `  $ ${p.term} ${p.value}`,
    en: (p: { value: string; term: string }) => `  $ huaian-sw review ${p.value} --lang en`,
  },
  demo_own_data: {
    zh: (p: { term: string; term2: string; option: string; option2: string; term3: string; option3: string }) =>
      `用自己的数据：${p.term} 花名册.${p.term2} ${p.option} ${p.option2} 工资.${p.term3}（各命令加 ${p.option3} 查看说明）`,
    en: (p: { term: string; term2: string; option: string; option2: string; term3: string; option3: string }) =>
      `With your own data: huaian-sw salary roster.csv --as-of 2026-01-01 --out pay.csv (add --help to any command)`,
  },

  // src/cli/commands/salary.ts
  note_duplicate_columns: {
    zh: (p: { value: string }) => `提示：有重复的列（${p.value}）：逐行核对，两列不一致的行报错\n`,
    en: (p: { value: string }) =>
      `note: duplicate columns (${p.value}): compared row by row; a row in which they differ is an error\n`,
  },
  per_year: {
    zh: () => `（每年）`,
    en: () => ` (per year)`,
  },
  grade: {
    zh: () => `等级`,
    en: () => `grade`,
  },
  monthly_total: {
    zh: () => `月合计`,
    en: () => `monthly total`,
  },
  annual_total: {
    zh: () => `年合计`,
    en: () => `annual total`,
  },
  notes: {
    zh: () => `提示`,
    en: () => `notes`,
  },
  errors: {
    zh: () => `错误`,
    en: () => `errors`,
  },
  explanation: {
    zh: () => `计算说明`,
    en: () => `explanation`,
  },
  col_certificate_obtained: {
    zh: () => `取证日期`,
    en: () => `certificateObtained`,
  },
  benchmark_option: {
    zh: (p: { option: string }) => `基准工资（${p.option}）`,
    en: (p: { option: string }) => `benchmark (--benchmark)`,
  },
  floor_group_option: {
    zh: (p: { option: string }) => `下限分组（${p.option}）`,
    en: (p: { option: string }) => `floor group (--floor-group)`,
  },
  salary_missing: {
    zh: (p: { names: readonly string[] }) => `缺少：${p.names.join('、')}`,
    en: (p: { names: readonly string[] }) => `missing: ${p.names.join(', ')}`,
  },
  not_yet_in_service: {
    zh: () => `计算日期尚未开始社区工作，不适用`,
    en: () => `not yet in service on the date: not applicable`,
  },
  profile: {
    zh: (p: { id: string; version: string }) => `，配置 ${p.id} ${p.version}`,
    en: (p: { id: string; version: string }) => `, profile ${p.id} ${p.version}`,
  },
  as_of: {
    zh: (p: { asOf: string; value: string }) => `计算日期 ${p.asOf}${p.value}`,
    en: (p: { asOf: string; value: string }) => `As of ${p.asOf}${p.value}`,
  },
  blank_skipped_clause: {
    zh: (p: { blank: string }) => `，空行 ${p.blank} 行（已跳过）`,
    en: (p: { blank: string }) => `, ${p.blank} blank (skipped)`,
  },
  totals_skipped_clause: {
    zh: (p: { totals: string }) => `，合计行 ${p.totals} 行（已跳过）`,
    en: (p: { totals: string }) => `, ${p.totals} totals (skipped)`,
  },
  // The computed and failed counts always; the undetermined and not-applicable ones when there are any.
  rows_summary: {
    zh: (p: RowCounts) =>
      `共 ${p.read} 行：${[
        `已计算 ${p.computed} 行`,
        p.undetermined === undefined ? '' : `无法判定 ${p.undetermined} 行`,
        p.notApplicable === undefined ? '' : `不适用 ${p.notApplicable} 行`,
        `有误 ${p.failed} 行`,
      ]
        .filter((x) => x !== '')
        .join('，')}${p.skipped}`,
    en: (p: RowCounts) =>
      `${p.read} rows: ${[
        `${p.computed} computed`,
        p.undetermined === undefined ? '' : `${p.undetermined} undetermined`,
        p.notApplicable === undefined ? '' : `${p.notApplicable} not applicable`,
        `${p.failed} with errors`,
      ]
        .filter((x) => x !== '')
        .join(', ')}${p.skipped}`,
  },
  physical_lines_note: {
    zh: (p: { lines: string; records: string }) =>
      `文件共 ${p.lines} 个物理行，合 ${p.records} 行（含表头；有的单元格内有换行）`,
    en: (p: { lines: string; records: string }) =>
      `The file has ${p.lines} physical lines making ${p.records} rows (header included; some cells hold line breaks)`,
  },
  post_count: {
    zh: (p: { zh: string; count: string; en: string }) => `${p.zh} ${p.count} 人`,
    en: (p: { zh: string; count: string; en: string }) => `${p.en} ${p.count}`,
  },
  post_count_monthly: {
    zh: (p: { zh: string; count: string; monthly: string; en: string }) =>
      `${p.zh} ${p.count} 人（月 ${p.monthly} 元）`,
    en: (p: { zh: string; count: string; monthly: string; en: string }) =>
      `${p.en} ${p.count} (monthly ${p.monthly} yuan)`,
  },
  by_post: {
    zh: (p: { posts: readonly string[] }) => `按岗位：${p.posts.join('，')}`,
    en: (p: { posts: readonly string[] }) => `By post: ${p.posts.join(', ')}`,
  },
  payroll: {
    zh: (p: { monthly: string; annual: string; computedOnly: string | undefined }) =>
      `月工资总额 ${p.monthly} 元，年工资总额 ${p.annual} 元${p.computedOnly === undefined ? '' : `（只含已计算的 ${p.computedOnly} 行）`}`,
    en: (p: { monthly: string; annual: string; computedOnly: string | undefined }) =>
      `Monthly payroll ${p.monthly} yuan, annual payroll ${p.annual} yuan${p.computedOnly === undefined ? '' : ` (the ${p.computedOnly} computed rows only)`}`,
  },
  undetermined_rows_lack: {
    zh: (p: { names: readonly string[]; option: string; option2: string }) =>
      `无法判定的行缺少：${p.names.join('、')}（用 ${p.option} 或 ${p.option2} 提供正式取值）`,
    en: (p: { names: readonly string[]; option: string; option2: string }) =>
      `Undetermined rows lack: ${p.names.join(', ')} (supply the official values with --overrides or --profile)`,
  },
  unknown_profile: {
    zh: () => `未知的配置`,
    en: () => `unknown profile`,
  },
  profile_option_invalid: {
    zh: () => `配置或选项有误`,
    en: () => `the profile or an option is invalid`,
  },
  computation_failed: {
    zh: () => `计算失败`,
    en: () => `computation failed`,
  },
  row_plain: {
    zh: (p: { row: number }) => `第 ${p.row} 行`,
    en: (p: { row: number }) => `Row ${p.row}`,
  },
  errors_in_rows: {
    zh: (p: { term: string }) => `全部错误见输出中各行的 ${p.term}`,
    en: (p: { term: string }) => `every error is in the errors of its row in the output`,
  },
  errors_in_errors_column: {
    zh: () => `全部错误见输出的「错误」列`,
    en: () => `every error is in the errors column of the output`,
  },
  note_data_rows: {
    zh: (p: { file: string }) => `提示：「${p.file}」中没有数据行\n`,
    en: (p: { file: string }) => `note: ${p.file} has no data rows\n`,
  },
  stats: {
    zh: (p: { rows: string; seconds: string; perSecond: string; mb: string; unit: string }) =>
      `统计：${p.rows} 行，用时 ${p.seconds} 秒（每秒 ${p.perSecond} 行），内存峰值 ${p.mb} ${p.unit}\n`,
    en: (p: { rows: string; seconds: string; perSecond: string; mb: string; unit: string }) =>
      `stats: ${p.rows} rows in ${p.seconds} s (${p.perSecond} rows/s), peak RSS ${p.mb} MB\n`,
  },

  // src/cli/commands/petitions.ts
  due: {
    zh: () => `待办`,
    en: () => `due`,
  },
  overdue: {
    zh: () => `逾期`,
    en: () => `OVERDUE`,
  },
  done_late: {
    zh: () => `逾期办理`,
    en: () => `done late`,
  },
  open: {
    zh: () => `可提出`,
    en: () => `open`,
  },
  undetermined_value: {
    zh: () => `无法确定`,
    en: () => `undetermined`,
  },
  due_today: {
    zh: () => `今日到期`,
    en: () => `due today`,
  },
  days_left: {
    zh: (p: { daysLeft: number }) => `剩 ${p.daysLeft} 日`,
    en: (p: { daysLeft: number }) => `${p.daysLeft} days left`,
  },
  days_late: {
    zh: (p: { daysOverdue: number }) => `逾期 ${p.daysOverdue} 日`,
    en: (p: { daysOverdue: number }) => `${p.daysOverdue} days late`,
  },
  petitions_options_invalid: {
    zh: () => `配置、放假安排或选项有误`,
    en: () => `the profile, the calendar or an option is invalid`,
  },
  no_office: {
    zh: () => `（未填承办单位）`,
    en: () => `(no office)`,
  },
  errors_in_items: {
    zh: (p: { term: string }) => `全部错误见输出中各项的 ${p.term}`,
    en: (p: { term: string }) => `every error is in the errors of its item in the output`,
  },
  errors_on_stderr: {
    zh: () => `全部错误见标准错误输出`,
    en: () => `every error is listed on stderr`,
  },
  col_office: {
    zh: () => `承办单位`,
    en: () => `office`,
  },
  step: {
    zh: () => `环节`,
    en: () => `step`,
  },
  col_due: {
    zh: () => `期限`,
    en: () => `due`,
  },
  days: {
    zh: () => `天数`,
    en: () => `days`,
  },
  col_petition_status: {
    zh: () => `状态`,
    en: () => `status`,
  },
  basis: {
    zh: () => `依据`,
    en: () => `basis`,
  },
  col_note: {
    zh: () => `说明`,
    en: () => `note`,
  },
  as_of_profile: {
    zh: (p: { asOf: string; id: string; version: string }) => `查询日期 ${p.asOf}，配置 ${p.id} ${p.version}`,
    en: (p: { asOf: string; id: string; version: string }) => `As of ${p.asOf}, profile ${p.id} ${p.version}`,
  },
  petitions_summary: {
    zh: (p: { read: string; computed: string; failed: string; skipped: string; overdue: string }) =>
      `共 ${p.read} 件：已计算 ${p.computed} 件，有误 ${p.failed} 件${p.skipped}；有逾期事项的 ${p.overdue} 件`,
    en: (p: { read: string; computed: string; failed: string; skipped: string; overdue: string }) =>
      `${p.read} items: ${p.computed} computed, ${p.failed} with errors${p.skipped}; ${p.overdue} with something overdue`,
  },
  petitions_state_counts: {
    zh: (p: {
      office: string;
      overdue: number;
      done_late: number;
      pending: number;
      open: number;
      undetermined: number;
    }) =>
      `${p.office}：逾期 ${p.overdue} 项，逾期办理 ${p.done_late} 项，待办 ${p.pending} 项，可提出异议或请求 ${p.open} 项，无法确定 ${p.undetermined} 项`,
    en: (p: {
      office: string;
      overdue: number;
      done_late: number;
      pending: number;
      open: number;
      undetermined: number;
    }) =>
      `${p.office}: ${p.overdue} overdue, ${p.done_late} done late, ${p.pending} due, ${p.open} open windows, ${p.undetermined} undetermined`,
  },

  // src/cli/commands/committees.ts
  standard: {
    zh: () => `达标`,
    en: () => `standard`,
  },
  not_standard: {
    zh: () => `不达标`,
    en: () => `NOT STANDARD`,
  },
  checklist: {
    zh: (p: { itemId: string }) => `清单项目${p.itemId}`,
    en: (p: { itemId: string }) => `checklist ${p.itemId}`,
  },
  division_code_suffix: {
    zh: (p: { name: string; divisionCode: string }) => `（${p.name}）`,
    en: (p: { name: string; divisionCode: string }) => ` (${p.divisionCode})`,
  },
  kind: {
    zh: () => `类型`,
    en: () => `kind`,
  },
  result: {
    zh: () => `结论`,
    en: () => `result`,
  },
  failing_checks: {
    zh: () => `不符合的项目`,
    en: () => `failing checks`,
  },
  committees_summary: {
    zh: (p: { read: string; pass: string; fail: string; undetermined: string; failed: string; skipped: string }) =>
      `共 ${p.read} 个村（居）委会：达标 ${p.pass} 个，不达标 ${p.fail} 个，无法判定 ${p.undetermined} 个，有误 ${p.failed} 个${p.skipped}`,
    en: (p: { read: string; pass: string; fail: string; undetermined: string; failed: string; skipped: string }) =>
      `${p.read} committees: ${p.pass} standard, ${p.fail} not standard, ${p.undetermined} undetermined, ${p.failed} with errors${p.skipped}`,
  },
  failing_checks_list: {
    zh: (p: { checks: readonly { label: Bilingual; count: string }[] }) =>
      `不符合的项目：${p.checks.map((c) => `${c.label.zh} ${c.count} 个`).join('，')}`,
    en: (p: { checks: readonly { label: Bilingual; count: string }[] }) =>
      `Failing checks: ${p.checks.map((c) => `${c.label.en} ${c.count}`).join(', ')}`,
  },

  // src/cli/commands/ratings.ts
  may_apply: {
    zh: () => `可以申请`,
    en: () => `may apply`,
  },
  may_not_apply: {
    zh: () => `不予评估`,
    en: () => `may not apply`,
  },
  valid_reevaluation_open: {
    zh: () => `有效，可申请重新评估`,
    en: () => `valid, re-evaluation open`,
  },
  awarded: {
    zh: () => `认定日期`,
    en: () => `awarded`,
  },
  valid_through: {
    zh: () => `有效期至`,
    en: () => `valid through`,
  },
  re_evaluation: {
    zh: () => `重新评估申请自`,
    en: () => `re-evaluation from`,
  },
  state: {
    zh: () => `状态`,
    en: () => `state`,
  },
  application: {
    zh: () => `申请评估`,
    en: () => `application`,
  },
  ratings_summary: {
    zh: (p: { read: string; computed: string; failed: string; skipped: string; toAct: string }) =>
      `共 ${p.read} 个组织：已计算 ${p.computed} 个，有误 ${p.failed} 个${p.skipped}；有须处理事项的 ${p.toAct} 个`,
    en: (p: { read: string; computed: string; failed: string; skipped: string; toAct: string }) =>
      `${p.read} organizations: ${p.computed} computed, ${p.failed} with errors${p.skipped}; ${p.toAct} with something to act on`,
  },
  rating_states_summary: {
    zh: (p: { valid: number; reopen: number; expired: number; cancelled: number; none: number; unknown: number }) =>
      `等级有效 ${p.valid} 个（其中可申请重新评估 ${p.reopen} 个），已满有效期视为无等级 ${p.expired} 个，已取消 ${p.cancelled} 个，无等级 ${p.none} 个，有效期无法确定 ${p.unknown} 个`,
    en: (p: { valid: number; reopen: number; expired: number; cancelled: number; none: number; unknown: number }) =>
      `valid ${p.valid} (re-evaluation open for ${p.reopen}), expired ${p.expired}, cancelled ${p.cancelled}, no grade ${p.none}, undetermined ${p.unknown}`,
  },
  eligibility_counts: {
    zh: (p: { may: number; mayNot: number; undetermined: number }) =>
      `本轮可以申请 ${p.may} 个，不予评估 ${p.mayNot} 个，无法判定 ${p.undetermined} 个`,
    en: (p: { may: number; mayNot: number; undetermined: number }) =>
      `may apply ${p.may}, may not ${p.mayNot}, undetermined ${p.undetermined}`,
  },

  // Written by hand: texts built from other texts.
  cannot_write_output: {
    zh: (p: { out: string; reason: Bilingual }) => `无法写入输出文件「${p.out}」：${p.reason.zh}`,
    en: (p: { out: string; reason: Bilingual }) => `cannot write the output file ${p.out}: ${p.reason.en}`,
  },
  output_folder_missing: {
    zh: (p: { dir: string }) => `文件夹「${p.dir}」不存在`,
    en: (p: { dir: string }) => `the folder ${p.dir} does not exist`,
  },
  output_path_not_folder: {
    zh: (p: { dir: string }) => `路径「${p.dir}」中有一段不是文件夹`,
    en: (p: { dir: string }) => `part of the path ${p.dir} is not a folder`,
  },
  output_permission_denied: {
    zh: (p: { dir: string }) => `没有权限（需要能在文件夹「${p.dir}」中新建文件）`,
    en: (p: { dir: string }) => `permission denied (a new file must be creatable in the folder ${p.dir})`,
  },
  output_read_only: { zh: () => '所在的文件系统是只读的', en: () => 'the file system is read-only' },
  output_no_space: { zh: () => '磁盘空间不足', en: () => 'no space left on the device' },
  output_system_error: {
    zh: (p: { code: string; detail: string }) => `${p.code}（${p.detail}）`,
    en: (p: { code: string; detail: string }) => `${p.code} (${p.detail})`,
  },
  unexpected_argument: {
    zh: (p: { detail: string }) => `多余的参数：${p.detail}`,
    en: (p: { detail: string }) => p.detail,
  },
  argument_error: {
    zh: (p: { detail: string }) => `参数错误：${p.detail}`,
    en: (p: { detail: string }) => p.detail,
  },
  input_file_missing: {
    zh: () => '缺少输入文件（用 - 表示标准输入）',
    en: () => 'an input file is required (- for standard input)',
  },
  input_file_too_many: {
    zh: (p: { n: number }) => `只能给一个输入文件，收到 ${p.n} 个`,
    en: (p: { n: number }) => `one input file expected, got ${p.n}`,
  },

  // src/cli/commands/workforce.ts
  invalid_options: { zh: () => '配置或选项有误', en: () => 'the profile or an option is invalid' },
  computation: { zh: () => '计算失败', en: () => 'computation failed' },
  not_a_list: {
    zh: (p: { file: string; key: string; what: string }) =>
      `「${p.file}」应为${p.what === 'workers' ? '工作人员' : '城镇常住人口'}数组，或含 ${p.key} 数组的对象`,
    en: (p: { file: string; key: string; what: string }) =>
      `${p.file} must be an array of ${p.what === 'workers' ? 'workers' : 'resident counts'}, or an object with a "${p.key}" array`,
  },
  unknown_columns: {
    zh: (p: { file: string; list: string }) => `提示：「${p.file}」中忽略无法识别的列：${p.list}\n`,
    en: (p: { file: string; list: string }) => `note: ${p.file}: ignoring unrecognised columns: ${p.list}\n`,
  },
  residents_row: {
    zh: (p: { file: string; line: string }) => `「${p.file}」${p.line}`,
    en: (p: { file: string; line: string }) => `${p.file}: ${p.line}`,
  },
  errors_in_notes_column: {
    zh: () => '全部错误见输出的「说明」列',
    en: () => 'every error is in the notes column of the output',
  },
  row_heading: {
    zh: (p: { row: number; item: boolean; id: string }) =>
      `${p.item ? `第 ${p.row} 项` : `第 ${p.row} 行`}${p.id === '' ? '' : `（编号 ${p.id}）`}`,
    en: (p: { row: number; item: boolean; id: string }) =>
      `${p.item ? `Item ${p.row}` : `Row ${p.row}`}${p.id === '' ? '' : ` (id ${p.id})`}`,
  },
  roster_heading: {
    zh: () => '队伍整体（配备、平均薪酬、持证和学历目标）',
    en: () => 'The roster as a whole (staffing, average pay, targets)',
  },
  // Column headers.
  col_row: { zh: () => '行号', en: () => 'row' },
  col_id: { zh: () => '编号', en: () => 'id' },
  col_name: { zh: () => '姓名', en: () => 'name' },
  col_division: { zh: () => '区划代码', en: () => 'division' },
  col_in_service: { zh: () => '在岗', en: () => 'in service' },
  col_status: { zh: () => '职业资格', en: () => 'certification' },
  col_deadline: { zh: () => '取证期限', en: () => 'deadline' },
  col_exit: { zh: () => '退出情形', en: () => 'exit cases' },
  col_certified: { zh: () => '持证', en: () => 'certified' },
  col_college: { zh: () => '大专以上', en: () => 'college+' },
  col_pay: { zh: () => '年薪酬', en: () => 'annual pay' },
  col_outcome: { zh: () => '结论', en: () => 'result' },
  col_notes: { zh: () => '说明', en: () => 'notes' },
  col_explanation: { zh: () => '计算说明', en: () => 'explanation' },
  // Cell values.
  yes: { zh: () => '是', en: () => 'yes' },
  no: { zh: () => '否', en: () => 'no' },
  unknown: { zh: () => '不详', en: () => 'unknown' },
  outcome: {
    zh: (o: string) =>
      ({
        computed: '已计算',
        pass: '符合',
        fail: '不符合',
        undetermined: '无法判定',
        not_applicable: '不适用',
        error: '有误',
      })[o] ?? o,
    en: (o: string) =>
      ({
        computed: 'computed',
        pass: 'pass',
        fail: 'FAIL',
        undetermined: 'undetermined',
        not_applicable: 'not applicable',
        error: 'error',
      })[o] ?? o,
  },
  status: {
    zh: (s: string) =>
      ({
        certified: '已按期取证',
        certified_late: '逾期后取证',
        pending: '期限内待取证',
        not_yet_eligible: '尚未具备报考条件',
        overdue: '逾期未取证',
        not_new_hire: '16条施行前入职',
        no_route: '无对应报考条件',
        not_in_service: '不在岗',
        undetermined: '无法判定',
      })[s] ?? s,
    en: (s: string) =>
      ({
        certified: 'certified in time',
        certified_late: 'certified late',
        pending: 'pending',
        not_yet_eligible: 'not yet eligible',
        overdue: 'OVERDUE',
        not_new_hire: 'hired before the rule',
        no_route: 'no exam route',
        not_in_service: 'not in service',
        undetermined: 'undetermined',
      })[s] ?? s,
  },
  exit_years: {
    zh: (p: { label: string; years: string }) => `${p.label}（${p.years}年度）`,
    en: (p: { label: string; years: string }) => `${p.label} (${p.years})`,
  },
  missing: { zh: (p: { list: string }) => `缺少：${p.list}`, en: (p: { list: string }) => `missing: ${p.list}` },
  // The summary.
  rows: {
    zh: (p: {
      read: string;
      pass: string;
      fail: string;
      undetermined: string;
      notApplicable: string;
      failed: string;
      blank: string | null;
      totals: string | null;
    }) =>
      `共 ${p.read} 行：符合 ${p.pass} 行，不符合 ${p.fail} 行，无法判定 ${p.undetermined} 行，不适用 ${p.notApplicable} 行，有误 ${p.failed} 行${p.blank === null ? '' : `，空行 ${p.blank} 行（已跳过）`}${p.totals === null ? '' : `，合计行 ${p.totals} 行（已跳过）`}`,
    en: (p: {
      read: string;
      pass: string;
      fail: string;
      undetermined: string;
      notApplicable: string;
      failed: string;
      blank: string | null;
      totals: string | null;
    }) =>
      `${p.read} rows: ${p.pass} pass, ${p.fail} fail, ${p.undetermined} undetermined, ${p.notApplicable} not applicable, ${p.failed} with errors${p.blank === null ? '' : `, ${p.blank} blank (skipped)`}${p.totals === null ? '' : `, ${p.totals} totals (skipped)`}`,
  },
  workers: {
    zh: (p: { inService: string; unplaced: string; notInService: string }) =>
      `在岗 ${p.inService} 人（其中未填区划代码、只计入全市的 ${p.unplaced} 人），不在岗 ${p.notInService} 人`,
    en: (p: { inService: string; unplaced: string; notInService: string }) =>
      `${p.inService} in service (${p.unplaced} without a division code, counted for the city only), ${p.notInService} not in service`,
  },
  staffing_none: {
    zh: (p: { option: string }) => `配备（每万城镇常住人口18人）：未给出 ${p.option}，不核算`,
    en: (p: { option: string }) => `Staffing (18 per 10,000 urban residents): not checked without ${p.option}`,
  },
  staffing: {
    zh: (p: { outcome: string; units: string; behind: string; gap: string; residents: string; errors: string }) =>
      `配备（每万城镇常住人口18人）：${p.outcome}；核算 ${p.units} 个单位（常住人口 ${p.residents} 行，有误 ${p.errors} 行），未达标 ${p.behind} 个，共缺 ${p.gap} 人`,
    en: (p: { outcome: string; units: string; behind: string; gap: string; residents: string; errors: string }) =>
      `Staffing (18 per 10,000 urban residents): ${p.outcome}; ${p.units} units checked (${p.residents} resident rows, ${p.errors} with errors), ${p.behind} behind, ${p.gap} workers short in all`,
  },
  staffing_unit: {
    zh: (p: UnitLine & { residents: string; required: number; actual: number; gap: number }) =>
      `  ${p.name}：城镇常住人口 ${p.residents} 人，应配 ${p.required} 人，实有 ${p.actual} 人，缺 ${p.gap} 人`,
    en: (p: UnitLine & { residents: string; required: number; actual: number; gap: number }) =>
      `  ${p.name}: ${p.residents} urban residents, ${p.required} required, ${p.actual} in service, ${p.gap} short`,
  },
  more_units: {
    zh: (p: { n: string; option: string; option2: string }) =>
      `  …另有 ${p.n} 个未达标单位（见 ${p.option} 或 ${p.option2}）`,
    en: (p: { n: string; option: string; option2: string }) =>
      `  … ${p.n} more units behind (see ${p.option} or ${p.option2})`,
  },
  pay: {
    zh: (p: { outcome: string }) => `平均薪酬（不低于上年度全口径城镇单位就业人员平均工资）：${p.outcome}`,
    en: (p: { outcome: string }) => `Average pay (at least last year's all-units average wage): ${p.outcome}`,
  },
  pay_unit: {
    zh: (p: UnitLine & { workers: number; average: string | null; threshold: string | null; status: string }) =>
      `  ${p.name}：在岗 ${p.workers} 人，平均年薪酬 ${p.average ?? '无法确定'}${p.threshold === null ? '，基准未提供' : `，应不低于 ${p.threshold}`}（${({ met: '达标', behind: '未达标', undetermined: '无法判定', no_workers: '没有在岗人员' } as Record<string, string>)[p.status] ?? p.status}）`,
    en: (p: UnitLine & { workers: number; average: string | null; threshold: string | null; status: string }) =>
      `  ${p.name}: ${p.workers} in service, average annual pay ${p.average ?? 'undetermined'}${p.threshold === null ? ', no benchmark supplied' : `, at least ${p.threshold}`} (${({ met: 'met', behind: 'BEHIND', undetermined: 'undetermined', no_workers: 'no workers' } as Record<string, string>)[p.status] ?? p.status})`,
  },
  targets: {
    zh: (p: { outcome: string; certified: string; college: string; year: string }) =>
      `持证和学历目标（持证占比60%以上、大专以上占比90%以上，目标年度 ${p.year}）：${p.outcome}；全市持证 ${p.certified}，大专以上 ${p.college}`,
    en: (p: { outcome: string; certified: string; college: string; year: string }) =>
      `Targets (60% certified, 90% college or above; target year ${p.year}): ${p.outcome}; city certified ${p.certified}, college or above ${p.college}`,
  },
  target_year_unknown: { zh: () => '未知', en: () => 'unknown' },
  share_none: { zh: () => '无在岗人员', en: () => 'no workers' },
  share: {
    zh: (p: { percent: string; met: number; total: number; unknown: number }) =>
      `${p.percent}（${p.met}/${p.total}，不详 ${p.unknown} 人）`,
    en: (p: { percent: string; met: number; total: number; unknown: number }) =>
      `${p.percent} (${p.met}/${p.total}, ${p.unknown} unknown)`,
  },
  summary_missing: {
    zh: (p: { list: string; option: string; option2: string }) =>
      `无法判定的项目缺少：${p.list}（可用 ${p.option}、${p.option2} 或补充花名册提供）`,
    en: (p: { list: string; option: string; option2: string }) =>
      `Undetermined items lack: ${p.list} (supply them with ${p.option}, ${p.option2} or in the roster)`,
  },
  overall: {
    zh: (p: { outcome: string }) => `总体结论：${p.outcome}`,
    en: (p: { outcome: string }) => `Overall: ${p.outcome}`,
  },
};

/** The CLI's catalogue, by code. */
export type CliCatalogue = typeof CATALOGUE;
/** A code of the CLI's catalogue. */
export type CliCode = keyof CliCatalogue & string;

/** The `cli` catalogue bound to its domain (listed in docs/messages.md). */
export const cliMessages = defineMessages('cli', CATALOGUE);
