/**
 * `huaian-sw workforce`: the Jiangsu 《关于加强社区工作者队伍建设的16条措施》 over a roster (社区工作者队伍), a thin shell
 * over `/workforce`'s {@link createWorkforceReport}: the roster is streamed in chunks of 1,000 rows (memory holds one
 * chunk's rows and the per-unit counts), each worker's certification deadline and exit cases are written as they come,
 * and the roster's staffing (from the `--residents` sheet of urban resident counts), average pay and targets are
 * summed up at the end. Bad rows are reported on stderr with their row, column and reason; the others are still
 * computed; rows read = rows computed + rows with errors + blank rows + totals rows (合计 …, skipped).
 * @module
 */
import { explain as explainResult, type PolicyIssue, type Profile, type Warning } from '../../core/index.js';
import { normaliseHeader } from '../../sheets/columns.js';
import { StreamDecoder } from '../../sheets/encoding.js';
import { recordReader, type RecordReader, type RecordRow } from '../../sheets/records.js';
import { salaryProfiles } from '../../salary/index.js';
import {
  createWorkforceReport,
  residentCountRecord,
  workforceProfiles,
  workforceWorkerRecord,
  type WorkerRow,
  type WorkforceReportOptions,
  type WorkforceRowError,
  type WorkforceSummary,
} from '../../workforce/index.js';
import { fieldLabel } from '../../workforce/worker.js';
import {
  EXIT,
  UsageError,
  encodingOf,
  formatOf,
  inputFile,
  multilineOf,
  requireOption,
  showErrorsOf,
  type CommandArgs,
  type Lang,
} from '../args.js';
import {
  applyOverrides,
  encodingProblem,
  fileError,
  orUsage,
  profileFromJson,
  profileOption,
  readJsonFile,
  divisionsOption,
} from '../common.js';
import { Diagnostics } from '../diagnostics.js';
import type { CliIO } from '../io.js';
import { JsonArrayReader, JsonStreamError } from '../json-stream.js';
import { count, formatRowIssue, msg, msgPair, nameList, type Location } from '../messages.js';
import { jsonWriter, sheetWriter, tableWriter, type CellWriter, type ColumnKind, type JsonWriter } from '../output.js';
import { openOutput } from '../output-file.js';
import { Progress, readSheetFile, readWholeSheet, type SheetCounts } from '../sheet.js';
import { sheetIssueLine, sheetOf, sheetReaderError, sheetRowIssues } from '../sheet-errors.js';
import { warningLines } from '../warnings.js';

/** Help text of `huaian-sw workforce`. */
export const WORKFORCE_HELP = {
  zh: `用法：huaian-sw workforce <花名册.csv|.xlsx|.json> --as-of YYYY-MM-DD [--residents <城镇常住人口.csv|.xlsx|.json>] [选项]

按江苏省《关于加强社区工作者队伍建设的16条措施》核查社区工作者队伍：
  配备：每万城镇常住人口拥有18名社区工作者（取整方法原文未写，默认进一，可在配置中改），按区划树逐级汇总应配、实有和缺口；
  平均薪酬：在岗人员平均年薪酬（按三岗十八级计算）不低于上年度本地区全口径城镇单位就业人员平均工资（淮安的数额未找到，
    须用 --overrides 提供，否则为“无法判定”）；
  持证和学历：持证人数占比60%以上、大专以上学历人数占比90%以上（学历或证书不详的列为“不详”，不算达标）；
  取证期限：16条施行后入职的，具备社会工作者职业资格考试报考条件之日起3年内取证，逾期列为“不符合”；
  退出：连续两年考核不合格或连续三年基本合格，以及使用方认定的其他退出情形。
缺少的信息列为“无法判定”，不作推测。

输入：Excel 另存的 CSV（UTF-8 或 GBK/GB18030，自动识别）、Excel 工作簿（.xlsx，第一个工作表或 --sheet 指定的工作表）
  或 JSON 数组（每项一名社区工作者，字段同 /workforce 的工作人员记录）。
  花名册列名可用中文或英文：编号、姓名、所在区划代码（村、社区或镇街的区划代码）、岗位（正职、副职、其他社区工作者）、
  最高学历（大专及以下、本科、硕士、博士）、大专及以下学历的层次（大专、高中或中专、初中及以下）、取得最高学历日期、
  参加社区工作时间、是否具有社会工作专业学历（是/否）、证书等级、取得证书日期、年度考核（写作 2023:合格;2024:基本合格，
  或每年一列「2024年度考核」）、本岗位任职起始日期、本岗位任职截止日期、使用方认定的退出情形。
  城镇常住人口（--residents）列名：区划代码、单位名称、城镇常住人口（人）、统计年度；每个区划一行，可以是社区、镇街或县区。
  日期可写 2026-02-10、2026/2/10 或 2026年2月10日。

选项：
  --as-of <日期>            查询日期（必需）：是否在岗、取证是否逾期、参数取值都按这一天判断
  --residents <文件>        各区划的城镇常住人口（CSV、.xlsx 或 JSON）；不给则不核算配备
  --profile <名称|文件>     配置：huaian（默认），或本地的 JSON 配置文件
  --overrides <文件>        覆盖配置中的参数（JSON：参数 → 新值，同 withOverrides），如上年度平均工资基准
  --salary-profile <名称|文件>  计算薪酬所用的三岗十八级配置（默认 huaian，其薪酬数额未找到）
  --divisions <文件>          区划树 JSON（汇总和配备所依据的区划；默认内置的淮安区划）
  --sheet <名称>            花名册工作簿中要读取的工作表（默认第一个）
  --out, -o <文件>          写入 .csv、.xlsx（Excel 工作簿）或 .json；不给则在终端显示表格
  --format <格式>           table、csv、xlsx 或 json（默认按 --out 的扩展名）
  --explain                 每名工作人员和队伍整体附上计算说明（所用条款、参数和缺少的信息）
  --encoding <编码>         输入编码：auto（默认）、utf8、gb18030（gbk）；带 BOM 的 UTF-16 自动识别
  --multiline <列名>        允许这一列的单元格内有换行（可多次给出，或用逗号分隔多个列名）
  --multiline-limit <行数>  一个单元格最多占的物理行数（默认 50）
  --show-errors <数量|all>  同一种错误在标准错误中最多逐条列出的行数（默认 20）；其余只计数
  --quiet, -q               不显示读取进度
  --lang <zh|en>            输出语言（默认 zh）
  --help, -h                显示本说明

花名册按每 1000 行一块读取和计算，内存占用不随花名册大小增长。输出文件先写到同一文件夹中的临时文件，成功后才替换原文件；
输出文件不能是任何一个输入文件。

退出码：0 各项均符合或无法判定，且各行均可计算；1 有不符合的项目（逾期未取证、退出情形、配备或薪酬未达标、目标到期未达到），
或有行数据有误（已在标准错误输出逐行说明）；2 用法或文件错误。

示例：
  huaian-sw workforce 花名册.xlsx --residents 常住人口.xlsx --as-of 2026-06-30
  huaian-sw workforce 花名册.csv --residents 常住人口.csv --as-of 2026-06-30 --overrides 平均工资.json --out 队伍核查.csv`,
  en: `Usage: huaian-sw workforce <roster.csv|.xlsx|.json> --as-of YYYY-MM-DD [--residents <residents.csv|.xlsx|.json>] [options]

Checks a roster of community workers against Jiangsu's 16 measures on the community workforce:
  staffing: 18 workers per 10,000 urban residents (the rounding is not stated: up by default, a profile parameter),
    required, actual and the gap per unit, rolled up over the division tree;
  average pay: the average annual pay of the workers in service (computed by the pay engine) at least last year's
    local all-units average wage (not found for Huai'an: undetermined until supplied with --overrides);
  targets: 60% certified and 90% with a college education or above (unknown facts are listed, never counted as met);
  certification: a worker hired after the rule must be certified within 3 years of meeting the exam conditions;
  exit: two years assessed 不合格 or three years 基本合格 in a row, and the exit cases the host records.
Missing facts are undetermined, never guessed.

Input: a CSV saved by Excel (UTF-8 or GBK/GB18030, detected), an Excel workbook (.xlsx: the first sheet, or --sheet)
  or a JSON array (one worker per item, the fields of the /workforce worker record).
  Roster headers in Chinese or English: id, name, divisionCode, post, education, subBachelorEducation,
  educationObtained, serviceStart, socialWorkDegree, certificate.level, certificate.obtained, assessments (written
  2023:合格;2024:基本合格, or one column per year, "2024年度考核"), employedFrom, employedUntil, exitFlags.
  Resident counts (--residents): divisionCode, name, urbanResidents, year; one row per unit (a community, a township
  or a county). Dates as 2026-02-10, 2026/2/10 or 2026年2月10日.

Options:
  --as-of <date>            the date checked (required): service, overdue certificates and parameters are read on it
  --residents <file>        urban resident counts per unit (CSV, .xlsx or JSON); without it staffing is not checked
  --profile <id|file>       profile: huaian (default), or a JSON profile file
  --overrides <file>        replace parameters of the profile (JSON: parameter → value, as withOverrides), e.g. the wage benchmark
  --salary-profile <id|file>  the pay profile pay is computed with (default huaian, whose amounts were not found)
  --divisions <file>          a division tree JSON (the units counts roll up over; default the built-in 淮安 tree)
  --sheet <name>            the roster workbook's sheet to read (default the first)
  --out, -o <file>          write .csv, .xlsx (an Excel workbook) or .json; default: a table on the terminal
  --format <format>         table, csv, xlsx or json (default: from the --out extension)
  --explain                 add each worker's explanation and the roster's (rules, parameters, what is missing)
  --encoding <enc>          input encoding: auto (default), utf8, gb18030 (gbk); UTF-16 with a BOM is detected
  --multiline <column>      allow line breaks inside the cells of this column
  --multiline-limit <n>     most physical lines one cell may take (default 50)
  --show-errors <n|all>     rows of one kind of error listed on stderr (default 20); the rest are counted
  --quiet, -q               no progress lines
  --lang <zh|en>            output language (default zh)
  --help, -h                show this help

The roster is read and computed 1,000 rows at a time: memory does not grow with the roster. The output file is
written to a temporary file in the same folder and replaces the old one only on success; it may not be one of the
input files.

Exit codes: 0 everything passes or is undetermined and every row computed; 1 something fails (a certificate overdue,
an exit case, staffing or pay behind, a target missed after its year) or some rows have bad data (each reported on
stderr); 2 usage or file error.

Examples:
  huaian-sw workforce roster.xlsx --residents residents.xlsx --as-of 2026-06-30 --lang en
  huaian-sw workforce roster.csv --residents residents.csv --as-of 2026-06-30 --overrides wage.json --out checks.csv`,
};

/** Rows of the roster read, computed and written at a time. */
const CHUNK = 1000;

/** Header spellings clerks use beyond the record's labels (as the salary roster reads them). */
const WORKER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['序号', '工号', '人员编号', '职工编号'],
  name: ['名字', '职工姓名', '人员姓名'],
  divisionCode: ['区划代码', '行政区划代码', '村（社区）区划代码', '社区区划代码', '所在村（社区）区划代码'],
  post: ['岗位类别', '岗位类型', '职务', '现任职务', '现任岗位'],
  education: ['学历', '文化程度', '学历学位'],
  subBachelorEducation: ['大专及以下层次', '具体学历'],
  educationObtained: ['取得学历日期', '学历取得日期', '毕业日期', '毕业时间'],
  serviceStart: ['参加社区工作日期', '社区工作起始时间', '社区工作起始日期', '入职时间', '入职日期'],
  socialWorkDegree: ['社会工作专业', '是否社会工作专业', '是否社工专业'],
  'certificate.level': ['证书', '社工证', '职业资格', '职业资格证书', '证书级别', '持证情况'],
  'certificate.obtained': ['取证日期', '取证时间', '证书取得日期', '发证日期'],
  assessments: ['考核', '考核结果', '历年考核', '年度考核结果'],
  employedFrom: ['任职起始日期', '本岗位起始日期'],
  employedUntil: ['任职截止日期', '离职日期', '离岗日期'],
  exitFlags: ['退出情形'],
};

const RESIDENT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  divisionCode: ['行政区划代码', '所在区划代码', '区划'],
  name: ['名称', '区划名称', '社区', '单位'],
  urbanResidents: ['城镇常住人口', '常住人口', '城镇常住人口数', '人口'],
  year: ['年度', '年份'],
};

/** A per-year assessment column: `2024年度考核`, `2024年考核结果`, `assessments2024`. */
const YEAR_COLUMN = [
  /^(\d{4})年?度?考核(?:结果|等次|情况|等级)?$/,
  /^assessments?(\d{4})$/,
  /^考核(?:结果)?(\d{4})年?度?$/,
];
/** One entry of an assessments cell: `2024:合格`, `2024年：基本合格`. */
const ENTRY = /^(\d{4})\s*年?度?\s*[:：]\s*(.+)$/;
/** Certificate cells meaning none. */
const NO_CERTIFICATE = new Set(['无', '没有', '暂无', '未取得', '未持证', '-', '—', '/', 'none', 'n/a', 'no']);

/** One worker of the roster on its way to the library. */
interface Item {
  readonly where: Location;
  readonly worker: unknown;
  readonly issues: readonly PolicyIssue[];
  /** The sheet row read (absent for JSON). */
  readonly read?: RecordRow;
}

interface Chunk {
  readonly items: readonly Item[];
  readonly reader?: WorkerSheet;
  readonly counts?: Readonly<SheetCounts>;
}

/** A roster sheet's reader: the record reader and the per-year assessment columns it does not know. */
interface WorkerSheet {
  readonly reader: RecordReader;
  readonly years: readonly { readonly index: number; readonly year: string; readonly header: string }[];
}

function workerSheet(header: readonly string[], date1904: boolean): WorkerSheet {
  const years: { index: number; year: string; header: string }[] = [];
  header.forEach((h, index) => {
    const key = normaliseHeader(h);
    for (const re of YEAR_COLUMN) {
      const m = re.exec(key);
      if (m !== null) {
        years.push({ index, year: m[1]!, header: h });
        return;
      }
    }
  });
  // The year columns are read here; the record reader is given the header without them.
  const skip = new Set(years.map((y) => y.index));
  const reader = recordReader(
    header.map((h, i) => (skip.has(i) ? '' : h)),
    workforceWorkerRecord as never,
    { aliases: WORKER_ALIASES, date1904 },
  );
  return { reader, years };
}

/** A sheet row as the worker record takes it: assessments gathered from their cells, "无" certificates dropped. */
function shapeWorker(sheet: WorkerSheet, read: RecordRow, cells: readonly unknown[]): Record<string, unknown> {
  const w = read.value;
  let assessments: Record<string, unknown> | undefined;
  if (typeof w.assessments === 'string') {
    const text = w.assessments;
    const parts = text.split(/[;；,，、\s\u3000]+/).filter((p) => p !== '');
    const entries = parts.map((p) => ENTRY.exec(p));
    // An entry that cannot be read is left to the record to refuse, with the column located.
    if (entries.every((m) => m !== null)) assessments = Object.fromEntries(entries.map((m) => [m![1]!, m![2]!.trim()]));
  } else if (typeof w.assessments === 'object' && w.assessments !== null)
    assessments = { ...(w.assessments as Record<string, unknown>) };
  for (const y of sheet.years) {
    const c = cells[y.index];
    const text = typeof c === 'string' ? c.trim() : c === null || c === undefined ? '' : String(c);
    if (text !== '') (assessments ??= {})[y.year] = text;
  }
  if (assessments !== undefined) w.assessments = assessments;
  const cert = w.certificate as { level?: unknown; obtained?: unknown } | undefined;
  if (
    cert !== undefined &&
    typeof cert.level === 'string' &&
    NO_CERTIFICATE.has(cert.level.toLowerCase()) &&
    cert.obtained === undefined
  )
    delete w.certificate;
  return w;
}

/** The line of an issue about a roster row: located by the sheet reader (row, column, value), or by item. */
function rosterIssueLine(lang: Lang, item: Item, issue: PolicyIssue, sheet: WorkerSheet | undefined): string {
  if (sheet === undefined || item.read === undefined) return formatRowIssue(lang, item.where, issue);
  const year =
    issue.path[0] === 'assessments' && typeof issue.path[1] === 'string'
      ? sheet.years.find((y) => y.year === issue.path[1])
      : undefined;
  if (year !== undefined) return formatRowIssue(lang, item.where, issue, year.header);
  return issue.params?.row !== undefined
    ? sheetIssueLine(lang, issue)
    : sheetIssueLine(lang, sheet.reader.locate(issue, item.read));
}

/** The roster as chunks of items: a CSV or workbook streamed, a JSON array streamed element by element. */
async function* rosterChunks(
  io: CliIO,
  file: string,
  args: CommandArgs,
  progress: Progress | undefined,
): AsyncGenerator<Chunk> {
  const lang = args.lang;
  if (/\.json$/i.test(file)) {
    const reader = new JsonArrayReader();
    const decoder = new StreamDecoder(encodingOf(args));
    let items: Item[] = [];
    let n = 0;
    const take = (values: unknown[]) => {
      for (const w of values)
        items.push({ where: { row: ++n, item: true, id: (w as { id?: unknown } | null)?.id }, worker: w, issues: [] });
    };
    try {
      for await (const bytes of io.openRead(file)) {
        take(reader.push(decoder.write(bytes)));
        while (items.length >= CHUNK) {
          yield { items: items.slice(0, CHUNK) };
          items = items.slice(CHUNK);
        }
      }
      take(reader.push(decoder.end()));
      reader.end();
    } catch (e) {
      if (!(e instanceof JsonStreamError) || n > 0)
        throw e instanceof JsonStreamError ? new UsageError('file_detail', { file, detail: e.detail }) : e;
      const list = (await readJsonFile(io, file, args)) as { workers?: unknown } | null;
      if (!Array.isArray(list?.workers)) throw new UsageError('not_a_list', { file, key: 'workers', what: 'workers' });
      take(list.workers as unknown[]);
    }
    for (let i = 0; i < items.length || i === 0; i += CHUNK) yield { items: items.slice(i, i + CHUNK) };
    return;
  }
  let sheet: WorkerSheet | undefined;
  for await (const chunk of readSheetFile(io, file, {
    lang: args.lang,
    file,
    encoding: encodingOf(args),
    chunkSize: CHUNK,
    sheet: sheetOf(args),
    progress,
    ...multilineOf(args),
  })) {
    if (sheet === undefined) {
      sheet = sheetReaderError(file, () => workerSheet(chunk.header, chunk.date1904 === true), chunk);
      const unknown = sheet.reader.map.unknown.filter((h) => normaliseHeader(h) !== '');
      if (unknown.length > 0)
        await io.stderr.write(msg(lang, 'unknown_columns', { file, list: nameList(lang, unknown) }));
    }
    const s = sheet;
    const items = chunk.rows.map((row): Item => {
      const read = s.reader.read(row.cells, row.row);
      const issues = sheetRowIssues(row.row, read.id, row.issues, read.issues);
      return { where: { row: row.row, id: read.id }, worker: shapeWorker(s, read, row.cells), issues, read };
    });
    yield { items, reader: s, counts: chunk.counts };
  }
  if (sheet === undefined) throw new UsageError('empty_file', { file });
}

/** The resident counts, read whole (one row per unit: small). */
interface Residents {
  readonly file: string;
  /** The counts passed to the library, in order. */
  readonly values: unknown[];
  /** Where each of them is. */
  readonly where: Location[];
  /** The sheet rows of them (absent for JSON). */
  readonly reads?: RecordRow[];
  readonly reader?: RecordReader;
  /** Rows refused by the sheet reader (a count that is not a whole number, …), with their lines. */
  readonly refused: { readonly code: string; readonly line: string }[];
  /** Rows read (blank and totals rows included, for a sheet). */
  readonly rows: number;
  readonly blank: number;
  /** Totals rows (合计 …), skipped. */
  readonly totals: number;
}

async function readResidents(io: CliIO, file: string, args: CommandArgs): Promise<Residents> {
  const lang = args.lang;
  if (/\.json$/i.test(file)) {
    const json = await readJsonFile(io, file, args);
    const list = Array.isArray(json) ? json : (json as { residents?: unknown } | null)?.residents;
    if (!Array.isArray(list)) throw new UsageError('not_a_list', { file, key: 'residents', what: 'residents' });
    return {
      file,
      values: list,
      where: list.map((r, i) => ({
        row: i + 1,
        item: true,
        id: (r as { divisionCode?: unknown } | null)?.divisionCode,
      })),
      refused: [],
      rows: list.length,
      blank: 0,
      totals: 0,
    };
  }
  const sheet = await readWholeSheet(io, file, {
    file,
    lang: args.lang,
    encoding: encodingOf(args),
    ...multilineOf(args),
  });
  if (sheet.header.length === 0) throw new UsageError('empty_file', { file });
  const reader = sheetReaderError(
    file,
    () =>
      recordReader(sheet.header, residentCountRecord as never, {
        aliases: RESIDENT_ALIASES,
        required: ['divisionCode', 'urbanResidents'],
      }),
    sheet,
  );
  if (reader.map.unknown.length > 0)
    await io.stderr.write(msg(lang, 'unknown_columns', { file, list: nameList(lang, reader.map.unknown) }));
  const values: unknown[] = [];
  const where: Location[] = [];
  const reads: RecordRow[] = [];
  const refused: Residents['refused'] = [];
  for (const r of sheet.rows) {
    const read = reader.read(r.cells, r.row);
    const issues = [...(r.issues ?? []), ...read.issues];
    if (issues.length > 0) {
      for (const i of issues)
        refused.push({
          code: i.code,
          line: msg(lang, 'residents_row', {
            file,
            line: i.params?.row !== undefined ? sheetIssueLine(lang, i) : formatRowIssue(lang, { row: r.row }, i),
          }),
        });
      continue;
    }
    values.push(read.value);
    where.push({ row: r.row, id: read.value.divisionCode });
    reads.push(read);
  }
  return {
    file,
    values,
    where,
    reads,
    reader,
    refused,
    rows: sheet.counts.rows,
    blank: sheet.counts.blank,
    totals: sheet.counts.totals,
  };
}

/** The line of a resident count the library refused (a code not in the tree, a count given twice, …). */
function residentIssueLines(lang: Lang, residents: Residents, e: WorkforceRowError): { code: string; line: string }[] {
  const k = e.index;
  return e.error.issues.map((i) => {
    const inner = { ...i, path: typeof i.path[0] === 'number' ? i.path.slice(1) : i.path };
    const read = residents.reads?.[k];
    const line =
      read !== undefined && residents.reader !== undefined
        ? sheetIssueLine(lang, residents.reader.locate(inner, read))
        : formatRowIssue(lang, residents.where[k] ?? { row: k + 1, item: true }, inner);
    return { code: i.code, line: msg(lang, 'residents_row', { file: residents.file, line }) };
  });
}

/** A profile option: a shipped id as given, or a JSON file parsed. */
async function salaryProfileOf(args: CommandArgs, io: CliIO): Promise<unknown> {
  const v = args.values['salary-profile'];
  if (typeof v !== 'string') return undefined;
  if (/\.json$/i.test(v) || v.includes('/') || v.includes('\\')) return await readJsonFile(io, v);
  return v;
}

/** What a missing item is called: a parameter by its label in either profile, an input by its field label. */
function missingText(lang: Lang, name: string, profiles: readonly Profile[]): string {
  if (name.startsWith('parameter:')) {
    const id = name.slice('parameter:'.length);
    for (const p of profiles)
      if (Object.prototype.hasOwnProperty.call(p.parameters, id))
        return lang === 'zh' ? p.parameters[id]!.label.zh : p.parameters[id]!.label.en;
    return id;
  }
  const label = fieldLabel(name);
  return lang === 'zh' ? label.zh : label.en === 'Input' ? name : label.en;
}

const warningKey = (w: Warning) => `${w.code}|${w.en}`;

function header(lang: Lang, explainColumn: boolean): string[] {
  const cols = [
    'col_row',
    'col_id',
    'col_name',
    'col_division',
    'col_in_service',
    'col_status',
    'col_deadline',
    'col_exit',
    'col_certified',
    'col_college',
    'col_pay',
    'col_outcome',
    'col_notes',
  ] as const;
  return [...cols, ...(explainColumn ? ['col_explanation' as const] : [])].map((c) => msg(lang, c));
}

/** The columns' kinds in a workbook: the row as a number, pay as money, the explanation wrapped, the rest text. */
const KINDS: readonly ColumnKind[] = ['integer', ...Array<ColumnKind>(9).fill('text'), 'money', 'text', 'text', 'wrap'];

function classText(lang: Lang, c: 'yes' | 'no' | 'unknown' | undefined): string {
  return c === undefined ? '' : msg(lang, c === 'yes' ? 'yes' : c === 'no' ? 'no' : 'unknown');
}

function okCells(lang: Lang, item: Item, r: WorkerRow, profiles: readonly Profile[]): string[] {
  const sep = lang === 'zh' ? '；' : '; ';
  const exit = (r.exit?.triggers ?? []).map((t) => {
    const label = lang === 'zh' ? t.label.zh : t.label.en;
    return t.years === undefined
      ? label
      : msg(lang, 'exit_years', { label, years: t.years.join(lang === 'zh' ? '、' : ', ') });
  });
  const notes =
    r.missing.length === 0
      ? ''
      : msg(lang, 'missing', {
          list: r.missing.map((m) => missingText(lang, m, profiles)).join(lang === 'zh' ? '、' : ', '),
        });
  return [
    String(item.where.row),
    r.id === undefined ? '' : String(r.id),
    r.name ?? '',
    r.divisionCode ?? '',
    msg(lang, r.inService ? 'yes' : 'no'),
    r.certification === null ? '' : msg(lang, 'status', r.certification.status),
    r.certification?.deadline ?? '',
    exit.join(sep),
    classText(lang, r.targets?.certified),
    classText(lang, r.targets?.college),
    r.pay?.annual ?? '',
    msg(lang, 'outcome', r.outcome),
    notes,
  ];
}

function failedCells(lang: Lang, item: Item, lines: readonly string[]): string[] {
  const name = (item.worker as { name?: unknown } | null)?.name;
  const id = item.where.id;
  return [
    String(item.where.row),
    id === undefined || id === null ? '' : String(id),
    typeof name === 'string' ? name : '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    msg(lang, 'outcome', 'error'),
    lines.join(lang === 'zh' ? '；' : '; '),
  ];
}

/** Running totals over the chunks. */
interface Totals {
  rows: number;
  failed: number;
  outcomes: Record<string, number>;
  sheet?: Readonly<SheetCounts>;
  warnings: Map<string, Warning>;
}

function summaryText(
  lang: Lang,
  asOf: string,
  t: Totals,
  s: WorkforceSummary,
  residents: Residents | undefined,
  residentErrors: number,
  profiles: readonly Profile[],
): string {
  const out: string[] = [];
  const c = (n: number) => count(n);
  out.push(msg(lang, 'as_of_profile', { asOf, id: s.profile.id, version: s.profile.version }));
  const blank = t.sheet?.blank ?? 0;
  const totalsRows = t.sheet?.totals ?? 0;
  const read = t.sheet?.rows ?? t.rows;
  const o = (k: string) => c(t.outcomes[k] ?? 0);
  out.push(
    msg(lang, 'rows', {
      read: c(read),
      pass: o('pass'),
      fail: o('fail'),
      undetermined: o('undetermined'),
      notApplicable: o('not_applicable'),
      failed: c(t.failed),
      blank: blank > 0 ? c(blank) : null,
      totals: totalsRows > 0 ? c(totalsRows) : null,
    }),
  );
  out.push(
    msg(lang, 'workers', {
      inService: c(s.workers.inService),
      unplaced: c(s.workers.unplaced),
      notInService: c(s.workers.notInService),
    }),
  );
  if (s.staffing === null) out.push(msg(lang, 'staffing_none', { option: '--residents' }));
  else {
    const behind = s.staffing.units.filter((u) => u.status === 'behind');
    out.push(
      msg(lang, 'staffing', {
        outcome: msg(lang, 'outcome', s.staffing.outcome),
        units: c(s.staffing.units.length),
        behind: c(behind.length),
        gap: c(behind.reduce((n, u) => n + u.gap, 0)),
        residents: c((residents?.rows ?? 0) - (residents?.blank ?? 0) - (residents?.totals ?? 0)),
        errors: c(residentErrors),
      }),
    );
    for (const u of behind.slice(0, 10))
      out.push(
        msg(lang, 'staffing_unit', {
          name: u.name,
          residents: c(u.urbanResidents),
          required: u.required,
          actual: u.actual,
          gap: u.gap,
        }),
      );
    if (behind.length > 10)
      out.push(msg(lang, 'more_units', { n: c(behind.length - 10), option: '--format json', option2: '--explain' }));
  }
  out.push(msg(lang, 'pay', { outcome: msg(lang, 'outcome', s.pay.outcome) }));
  for (const u of s.pay.units)
    out.push(
      msg(lang, 'pay_unit', {
        name: u.name,
        workers: u.workers,
        average: u.average,
        threshold: u.threshold,
        status: u.status,
      }),
    );
  const city = s.targets.units[0];
  const share = (x: { percent: string | null; met: number; total: number; unknown: number } | undefined) =>
    x === undefined || x.percent === null
      ? msg(lang, 'share_none')
      : msg(lang, 'share', { percent: x.percent, met: x.met, total: x.total, unknown: x.unknown });
  out.push(
    msg(lang, 'targets', {
      outcome: msg(lang, 'outcome', s.targets.outcome),
      certified: share(city?.certified),
      college: share(city?.college),
      year: s.targets.year === null ? msg(lang, 'target_year_unknown') : String(s.targets.year),
    }),
  );
  if (s.missing.length > 0)
    out.push(
      msg(lang, 'summary_missing', {
        option: '--overrides',
        option2: '--salary-profile',
        list: s.missing.map((m) => missingText(lang, m, profiles)).join(lang === 'zh' ? '、' : ', '),
      }),
    );
  out.push(msg(lang, 'overall', { outcome: msg(lang, 'outcome', s.outcome) }));
  out.push(...warningLines(lang, [...t.warnings.values(), ...s.warnings]));
  return out.join('\n') + '\n';
}

/**
 * Runs `huaian-sw workforce`.
 * @param args - parsed arguments
 * @param io - the outside world
 * @returns the exit code
 */
export async function workforceCommand(args: CommandArgs, io: CliIO): Promise<number> {
  const lang = args.lang;
  const file = inputFile(args);
  const asOf = requireOption(args, 'as-of');
  const format = formatOf(args);
  const explainRows = args.values.explain === true;
  const residentsFile = typeof args.values.residents === 'string' ? args.values.residents : undefined;
  multilineOf(args); // checked before anything is opened or read
  const diagnostics = new Diagnostics(io, lang, showErrorsOf(args));
  // Opened first: an output that is one of the inputs (the roster, the residents, a profile) is refused before anything is read.
  const out = await openOutput(args, io);
  const totals: Totals = { rows: 0, failed: 0, outcomes: {}, warnings: new Map() };
  let summary: WorkforceSummary;
  let text: string;
  let residentErrors = 0;
  try {
    let profile: unknown = await profileOption(args, io);
    if (typeof args.values.overrides === 'string') {
      const id =
        profile === undefined ? workforceProfiles.defaultId : typeof profile === 'string' ? profile : undefined;
      const base: Profile =
        id !== undefined
          ? orUsage(msgPair('unknown_profile'), () => workforceProfiles.get(id))
          : profileFromJson(profile, String(args.values.profile));
      profile = await applyOverrides(args, io, base);
    }
    const salaryProfile = await salaryProfileOf(args, io);
    const divisions = await divisionsOption(args, io);
    const options: WorkforceReportOptions = {
      asOf,
      explain: explainRows,
      ...(profile === undefined ? {} : { profile: profile as Profile }),
      ...(salaryProfile === undefined ? {} : { salaryProfile: salaryProfile as Profile }),
      ...(divisions === undefined ? {} : { divisions }),
    };
    // A bad profile or option refuses the whole run before any row is read.
    const report = orUsage(msgPair('invalid_options'), () => createWorkforceReport(options));
    const profiles = [workforceProfiles.resolve(options.profile), salaryProfiles.resolve(options.salaryProfile)];
    // The resident counts are small and read first: a bad file stops the run before the roster is read.
    const residents = residentsFile === undefined ? undefined : await readResidents(io, residentsFile, args);
    let cells: CellWriter | undefined;
    let json: JsonWriter | undefined;
    if (format === 'json') json = jsonWriter(out, 'rows', { asOf });
    else
      cells =
        format === 'table'
          ? tableWriter(out, header(lang, false), [0, 10], [7, 12])
          : sheetWriter(format, out, header(lang, explainRows), KINDS);
    const explanations: string[] = [];
    const progress =
      args.values.quiet === true || file === '-' ? undefined : new Progress(io, lang, await io.size?.(file));
    try {
      for await (const chunk of rosterChunks(io, file, args, progress)) {
        if (chunk.counts !== undefined) totals.sheet = chunk.counts;
        const good = chunk.items.filter((i) => i.issues.length === 0);
        const rows = orUsage(msgPair('computation'), () => report.add(good.map((i) => i.worker)));
        const cellRows: string[][] = [];
        const jsonRows: unknown[] = [];
        let k = 0;
        for (const item of chunk.items) {
          totals.rows++;
          let issues = item.issues;
          let done: WorkerRow | undefined;
          if (issues.length === 0) {
            const r = rows[k++]!;
            if (r.outcome !== 'error') done = r as WorkerRow;
            // The library locates issues in the batch (`[3].serviceStart`); the sheet's row and column are located here.
            else
              issues = (r as WorkforceRowError).error.issues.map((i) =>
                typeof i.path[0] === 'number' ? { ...i, path: i.path.slice(1) } : i,
              );
          }
          if (done !== undefined) {
            totals.outcomes[done.outcome] = (totals.outcomes[done.outcome] ?? 0) + 1;
            for (const w of done.warnings) totals.warnings.set(warningKey(w), w);
            if (json !== undefined) {
              const { index: _index, warnings: _w, explanation, ...rest } = done;
              jsonRows.push({
                row: item.where.row,
                ...rest,
                ...(explanation === undefined ? {} : { explanation: explainResult({ ...done, asOf }, { lang }) }),
              });
            } else {
              const line = okCells(lang, item, done, profiles);
              cellRows.push(line);
              if (explainRows) {
                const { index: _index, ...row } = done;
                // A sheet file has the explanation in its own column; a terminal table prints it under the rows.
                if (format !== 'table') line.push(explainResult({ ...row, asOf }, { lang }));
                else
                  explanations.push(
                    `${msg(lang, 'row_heading', { row: item.where.row, item: item.where.item === true, id: done.id === undefined ? '' : String(done.id) })}\n${explainResult({ ...row, asOf }, { lang }).replace(/^/gm, '  ')}\n`,
                  );
              }
            }
            continue;
          }
          totals.failed++;
          const lines = issues.map((i) => rosterIssueLine(lang, item, i, chunk.reader));
          for (let n = 0; n < issues.length; n++) await diagnostics.report(issues[n]!.code, lines[n]!);
          if (json !== undefined)
            jsonRows.push({
              row: item.where.row,
              outcome: 'error',
              id: item.where.id ?? null,
              errors: issues.map((i, n) => ({ code: i.code, path: i.path, zh: i.zh, en: i.en, line: lines[n] })),
            });
          else cellRows.push([...failedCells(lang, item, lines), ...(explainRows && format !== 'table' ? [''] : [])]);
        }
        if (json !== undefined) await json.items(jsonRows);
        else await cells!.rows(cellRows);
        // A table with --explain prints the explanations under the rows; a CSV keeps them for after the table.
        if (format === 'table' && explanations.length > 0 && explanations.length >= CHUNK) {
          await cells!.end();
          await out.write('\n' + explanations.splice(0).join('\n'));
          cells = tableWriter(out, header(lang, false), [0, 10], [7, 12]);
        }
      }
    } catch (e) {
      const problem = encodingProblem(e, file);
      if (problem !== e) throw problem;
      throw fileError(e, file);
    }
    await progress?.done();
    summary = orUsage(msgPair('computation'), () => report.finish(residents?.values));
    residentErrors = residents?.refused.length ?? 0;
    for (const r of residents?.refused ?? []) await diagnostics.report(r.code, r.line);
    const byRow = new Set<number>();
    for (const e of summary.errors) {
      byRow.add(e.index);
      for (const l of residentIssueLines(lang, residents!, e)) await diagnostics.report(l.code, l.line);
    }
    residentErrors += byRow.size;
    // Rows read = computed + with errors + blank + totals: the reader's count, not ours, so the sum is a real check.
    const read = totals.sheet?.rows ?? totals.rows;
    const computed = Object.values(totals.outcomes).reduce((a, b) => a + b, 0);
    const skipped = (totals.sheet?.blank ?? 0) + (totals.sheet?.totals ?? 0);
    if (read !== computed + totals.failed + skipped)
      throw new Error(`row counts do not add up: ${read} read, ${computed} + ${totals.failed} + ${skipped}`);
    // The library's count of the rows it was given: those computed and those it refused.
    if (summary.counts.total !== computed + summary.counts.error || summary.counts.error > totals.failed)
      throw new Error(
        `workforce counts do not add up: ${summary.counts.total} given, ${computed} computed, ${summary.counts.error} refused`,
      );
    await diagnostics.finish(
      json !== undefined ? msgPair('errors_in_rows', { term: 'errors' }) : msgPair('errors_in_notes_column'),
    );
    if (totals.rows === 0) await io.stderr.write(msg(lang, 'note_data_rows', { file }));
    text = summaryText(lang, asOf, totals, summary, residents, residentErrors, profiles);
    if (json !== undefined) {
      const { explanation: _e, warnings, ...rest } = summary;
      await json.end({
        summary: {
          ...rest,
          counts: { ...rest.counts, total: computed + totals.failed, error: totals.failed },
          rows: read,
          computed,
          failed: totals.failed,
          ...(totals.sheet === undefined
            ? {}
            : { skippedBlank: totals.sheet.blank, skippedTotals: totals.sheet.totals }),
          residents:
            residents === undefined
              ? null
              : { rows: residents.rows - residents.blank - residents.totals, failed: residentErrors },
        },
        ...(explainRows ? { explanation: explainResult(summary, { lang }) } : {}),
        warnings: [...new Map([...totals.warnings, ...warnings.map((w) => [warningKey(w), w] as const)]).values()],
      });
    } else {
      await cells!.end();
      if (explainRows && format === 'table')
        explanations.push(`${msg(lang, 'roster_heading')}\n${explainResult(summary, { lang }).replace(/^/gm, '  ')}\n`);
      if (explanations.length > 0) await out.write('\n' + explanations.join('\n'));
    }
    await out.close();
  } catch (e) {
    await out.abort();
    throw e;
  }
  // The summary goes with a terminal table; with a file or machine output it goes to stderr.
  if (format === 'table' && args.values.out === undefined) await io.stdout.write('\n' + text);
  else await io.stderr.write(text);
  return totals.failed > 0 || residentErrors > 0 || summary.outcome === 'fail' ? EXIT.findings : EXIT.ok;
}
