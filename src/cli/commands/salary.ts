/**
 * `huaian-sw salary`: grade and pay for every worker of a roster (CSV from Excel, or JSON), streamed in chunks
 * through `computeSalaries`. Bad rows are reported on stderr with their row, column and reason; the others are
 * still computed.
 * @module
 */
import { pick, explain, type ErrorRow, type PolicyIssue, type Profile, type Warning } from '../../core/index.js';
import { sumYuan } from '../../core/money.js';
import {
  computeSalaries,
  salaryProfiles,
  type SalariesOptions,
  type SalariesResult,
  type SalaryRow,
} from '../../salary/index.js';
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
import { headerFor, type HeaderMap } from '../../sheets/columns.js';
import { ROSTER_COLUMNS, rosterReader, type RosterReader, type RosterRow } from '../../sheets/roster.js';
import {
  applyOverrides,
  encodingProblem,
  fileError,
  orUsage,
  profileFromJson,
  profileOption,
  readJsonFile,
} from '../common.js';
import { StreamDecoder } from '../../sheets/encoding.js';
import { JsonArrayReader, JsonStreamError, MAX_ITEM_CHARS } from '../json-stream.js';
import type { CliIO } from '../io.js';
import { openOutput } from '../output-file.js';
import {
  POST_LABELS,
  count,
  formatRowIssue,
  nameList,
  preview,
  skippedClause,
  type Location,
  msg,
  msgPair,
} from '../messages.js';
import { jsonWriter, sheetWriter, tableWriter, type CellWriter, type ColumnKind, type JsonWriter } from '../output.js';
import { Progress, readSheetFile, type SheetCounts } from '../sheet.js';
import { sheetIssueLine, sheetOf, sheetReaderError, sheetRowIssues } from '../sheet-errors.js';
import { Diagnostics } from '../diagnostics.js';
import { warningLines } from '../warnings.js';

/** Help text of `huaian-sw salary`. */
export const SALARY_HELP = {
  zh: `用法：huaian-sw salary <花名册.csv|.json> --as-of YYYY-MM-DD [选项]

按三岗十八级计算花名册中每名社区工作者的岗位、等级和月工资。淮安的薪酬基数、等级系数和持证补贴标准
未找到：默认配置 huaian 只能算出等级，工资为“无法判定”，请用 --overrides 或 --profile 提供正式取值。

输入：Excel 工作簿（.xlsx，第一个工作表或 --sheet 指定的工作表）、Excel 另存的 CSV（UTF-8、GBK/GB18030 或
  UTF-16 的“Unicode 文本”，自动识别；逗号、制表符或分号分隔）或 JSON 数组。
  列名可用中文或英文：编号/id、姓名/name、所在村（社区）/unit、岗位/post（必需）、学历/education（必需）、
  参加社区工作时间/serviceStart（必需）、证书等级/certificate、取证日期/certificateObtained、
  考核/assessments（写作 2023:优秀;2024:合格，或每年一列「2023年考核」）。
  取值可用中文：正职/副职/其他工作人员；大专及以下/本科/硕士/博士；助理社会工作师/社会工作师/高级社会工作师；
  优秀/合格/基本合格/不合格；也认配置中的常见写法（大专、大学本科、硕士研究生、书记、主任……），只写“研究生”会报错。
  日期可写 2020-03-15、2020/3/15、2020.3.15、2020年3月15日、带时间的日期或 Excel 日期序号。

选项：
  --as-of <日期>          计算日期（必需）
  --profile <名称|文件>   配置：huaian（默认）、nanjing-2018 等，或本地的 JSON 配置文件
  --overrides <文件>      用官方取值覆盖配置中的参数（JSON：参数 → 新值，同 withOverrides）
  --benchmark <金额>      核对工资下限用的年基准工资（元/年）
  --benchmark-kind <种类> 基准工资的种类（默认 urban_non_private_average_wage：上年度城镇非私营单位从业人员平均工资）
  --floor-group <分组>    工资下限分组（如南京 2018 的 inner/outer）
  --out, -o <文件>        写入 .csv、.xlsx（Excel 工作簿）或 .json；不给则在终端显示表格
  --format <格式>         table、csv、xlsx 或 json（默认按 --out 的扩展名）
  --explain               每人附上逐条计算说明
  --encoding <编码>       输入编码：auto（默认）、utf8、gb18030（gbk）；带 BOM 的 UTF-16 自动识别
  --sheet <名称>          读取 .xlsx 中的这个工作表（默认第一个）
  --multiline <列名>      允许这一列的单元格内有换行（可多次给出，或用逗号分隔多个列名）
  --multiline-limit <行数>  一个单元格最多占的物理行数（默认 50）
  --show-errors <数量|all>  同一种错误在标准错误中最多逐条列出的行数（默认 20）；其余只计数
  --chunk-size <行数>     每批计算的行数（默认 1000）
  --stats                 结束时在标准错误输出行数、用时和内存峰值
  --quiet, -q             不显示进度（长时间运行时，终端上显示一行不断更新的进度；其他情况每隔几秒一行）
  --lang <zh|en>          输出语言（默认 zh）
  --help, -h              显示本说明

带引号的单元格跨行，只在 --multiline 指明的列中接受；其他列出现时（多半是多了一个引号 "，会把后面的行吞掉），
或引号直到文件末尾都没有结束时，程序报告起始行号、列名和所跨行数并停止，不输出结果。
输出文件先写到同一文件夹中的临时文件，成功后才替换原文件：出错或中断时原有的输出文件保持不变。
输出文件不能是任何一个输入文件（包括经由符号链接或硬链接）。

退出码：0 没有有误的行（缺少参数而无法判定的行在汇总中说明）；1 有行数据有误（已在标准错误输出逐行说明，
其余行照常计算）；2 用法或文件错误。

示例：
  huaian-sw salary 花名册.csv --as-of 2026-01-01 --out 工资.csv
  huaian-sw salary roster.json --as-of 2026-01-01 --profile my-city.json --explain --format json`,
  en: `Usage: huaian-sw salary <roster.csv|.json> --as-of YYYY-MM-DD [options]

Computes the post, grade (三岗十八级) and monthly pay of every community worker of a roster. Huai'an's pay base,
grade coefficients and certificate allowance were not found: the default huaian profile gives grades only and pay is
undetermined until you supply the official values with --overrides or --profile.

Input: an Excel workbook (.xlsx: the first sheet, or --sheet), a CSV saved by Excel (UTF-8, GBK/GB18030 or UTF-16
  "Unicode Text", detected; comma, tab or semicolon separated) or a JSON array.
  Headers in Chinese or English: 编号/id, 姓名/name, 所在村（社区）/unit, 岗位/post (required),
  学历/education (required), 取得学历日期/educationObtained, 参加社区工作时间/serviceStart (required), 证书等级/certificate,
  取证日期/certificateObtained, 考核/assessments ("2023:excellent;2024:pass", or one column per year, "assessment 2023").
  Values in English or Chinese: principal/deputy/staff (正职/副职/其他工作人员); college_or_below/bachelor/master/doctorate;
  assistant/intermediate/senior; excellent/pass/basic_pass/fail; also the usual spellings of the profile (大专,
  大学本科, 硕士研究生, 书记, 主任 …); 研究生 alone is an error. Dates as 2020-03-15, 2020/3/15, 2020.3.15, 2020年3月15日,
  a date with a time, or an Excel date serial.

Options:
  --as-of <date>          date to compute for (required)
  --profile <id|file>     profile: huaian (default), nanjing-2018, …, or a JSON profile file
  --overrides <file>      replace parameters of the profile with official values (JSON: parameter → value, as withOverrides)
  --benchmark <amount>    annual benchmark wage for the pay-floor checks (yuan/year)
  --benchmark-kind <kind> kind of benchmark (default urban_non_private_average_wage: last year's average wage of
                          urban non-private-unit employees)
  --floor-group <group>   pay-floor group (e.g. inner/outer for Nanjing 2018)
  --out, -o <file>        write .csv, .xlsx (an Excel workbook) or .json; default: a table on the terminal
  --format <format>       table, csv, xlsx or json (default: from the --out extension)
  --explain               add a line-by-line explanation for every worker
  --encoding <enc>        input encoding: auto (default), utf8, gb18030 (gbk); UTF-16 with a BOM is detected
  --sheet <name>          the sheet of an .xlsx to read (default the first)
  --multiline <column>    allow line breaks inside the cells of this column (repeat it, or separate names by commas)
  --multiline-limit <n>   most physical lines one cell may take (default 50)
  --show-errors <n|all>   rows of one kind of error listed on stderr (default 20); the rest are counted
  --chunk-size <rows>     rows computed per batch (default 1000)
  --stats                 print rows, time and peak memory on stderr at the end
  --quiet, -q             no progress (on long runs: one updating line on a terminal, otherwise a line every few seconds)
  --lang <zh|en>          output language (default zh)
  --help, -h              show this help

A quoted cell over several lines is accepted only in the columns named by --multiline. Anywhere else (most likely a
stray quote " swallowing the rows after it), or when a quote is still open at the end of the file, the run stops with
the row, column and number of lines, and writes no result.
The output file is written to a temporary file in the same folder and replaces the old one only on success: a failed
or interrupted run leaves the previous output as it was. The output may not be one of the input files (also through
a symbolic or hard link).

Exit codes: 0 no row has bad data (rows undetermined for lack of a parameter are said in the summary); 1 some rows
have bad data (each reported on stderr, the others computed); 2 usage or file error.

Examples:
  huaian-sw salary roster.csv --as-of 2026-01-01 --out pay.csv --lang en
  huaian-sw salary roster.json --as-of 2026-01-01 --profile my-city.json --explain --format json`,
};

/** One input row on its way to the library. */
interface Item {
  readonly where: Location;
  readonly worker: unknown;
  readonly unit?: string | undefined;
  /** Problems found reading the row; for a sheet row already worded with its row, column and value. */
  readonly issues: readonly PolicyIssue[];
  /** The sheet row read (absent for JSON): engine issues are worded through the reader. */
  readonly read?: RosterRow;
}

/** A chunk of input rows, and for a sheet its header map and counts so far. */
interface ItemChunk {
  readonly map?: HeaderMap;
  readonly reader?: RosterReader;
  readonly items: readonly Item[];
  readonly counts?: Readonly<SheetCounts>;
}

// Measured on 600,000 rows: 1,000 rows per batch peaks near 120-160 MB whatever the error rate, 10,000 near 250 MB,
// for the same speed (the batch's results are what the heap holds).
const DEFAULT_CHUNK = 1_000;

function chunkSizeOf(args: CommandArgs): number {
  const v = args.values['chunk-size'];
  if (v === undefined) return DEFAULT_CHUNK;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
    throw new UsageError('bad_chunk_size', { option: '--chunk-size', v: String(v) });
  return n;
}

/** The roster as chunks of items: a CSV streamed, a JSON array read whole. */
async function* rosterChunks(
  io: CliIO,
  file: string,
  args: CommandArgs,
  chunkSize: number,
  progress: Progress | undefined,
  spellingProfile: unknown,
): AsyncGenerator<ItemChunk> {
  const lang = args.lang;
  if (/\.json$/i.test(file)) {
    // A top-level array is streamed element by element; an object (`{ "workers": [...] }`) is read whole.
    const reader = new JsonArrayReader();
    const decoder = new StreamDecoder(encodingOf(args));
    let items: Item[] = [];
    let n = 0;
    const take = (values: unknown[]) => {
      for (const w of values) {
        n++;
        items.push({ where: { row: n, item: true, id: (w as { id?: unknown } | null)?.id }, worker: w, issues: [] });
      }
    };
    try {
      for await (const bytes of io.openRead(file)) {
        take(reader.push(decoder.write(bytes)));
        while (items.length >= chunkSize) {
          yield { items: items.slice(0, chunkSize) };
          items = items.slice(chunkSize);
        }
      }
      take(reader.push(decoder.end()));
      reader.end();
    } catch (e) {
      if (!(e instanceof JsonStreamError)) throw e;
      if (e.tooLong)
        throw new UsageError('json_item_too_long', {
          file,
          item: e.item,
          MAX_ITEM_CHARS: count(MAX_ITEM_CHARS),
        });
      if (e.item > 0) throw new UsageError('json_item_invalid', { file, item: e.item, detail: e.detail });
      if (n > 0 || e.detail !== 'not an array') throw new UsageError('invalid_json_array', { file, detail: e.detail });
      const json = await readJsonFile(io, file, args);
      const list = (json as { workers?: unknown } | null)?.workers;
      if (!Array.isArray(list)) throw new UsageError('workers_not_list', { term: 'workers', file });
      take(list);
    }
    for (let i = 0; i < items.length || i === 0; i += chunkSize) yield { items: items.slice(i, i + chunkSize) };
    return;
  }
  let reader: RosterReader | undefined;
  for await (const chunk of readSheetFile(io, file, {
    lang: args.lang,
    file,
    encoding: encodingOf(args),
    chunkSize,
    sheet: sheetOf(args),
    progress,
    ...multilineOf(args),
  })) {
    if (reader === undefined) {
      reader = sheetReaderError(
        file,
        () =>
          rosterReader(chunk.header, {
            date1904: chunk.date1904 === true,
            ...(spellingProfile === undefined ? {} : { profile: spellingProfile }),
          }),
        chunk,
      );
      const map = reader.map;
      if (map.unknown.length > 0)
        await io.stderr.write(msg(lang, 'note_unknown_columns', { value: nameList(lang, map.unknown) }));
      if (map.duplicates.length > 0)
        await io.stderr.write(msg(lang, 'note_duplicate_columns', { value: nameList(lang, map.duplicates) }));
    }
    const r = reader;
    const items = chunk.rows.map((row): Item => {
      const read = r.read(row.cells, row.row);
      const issues = sheetRowIssues(row.row, read.id, row.issues, read.issues);
      return { where: { row: row.row, id: read.id }, worker: read.worker, issues, unit: read.unit, read };
    });
    yield { map: r.map, reader: r, items, counts: chunk.counts };
  }
  if (reader === undefined) throw new UsageError('empty_file', { file });
}

/** Running totals over all chunks. */
interface Totals {
  /** Rows computed, undetermined, not applicable or with errors. */
  rows: number;
  computed: number;
  undetermined: number;
  notApplicable: number;
  failed: number;
  /** What the sheet reader counted (blank and totals rows, records, physical lines); absent for JSON. */
  sheet?: Readonly<SheetCounts>;
  byPost: Record<string, { count: number; computed: number; monthly: string; annual: string }>;
  monthly: string;
  annual: string;
  warnings: Map<string, Warning>;
  /** Missing items of undetermined rows, each once. */
  missing: Set<string>;
  profile?: { id: string; version: string };
}

const warningKey = (w: Warning) => `${w.code}|${w.en}`;

/** Columns of the cell output, fixed when the first chunk has been computed. */
interface Layout {
  readonly unit: boolean;
  readonly components: readonly { id: string; label: string }[];
  readonly explain: boolean;
  readonly header: readonly string[];
  /** How each column goes into a workbook: amounts as money, the row and grade as numbers, the rest as text. */
  readonly kinds: readonly ColumnKind[];
  readonly right: readonly number[];
  /** Columns a terminal table leaves out when they are empty (notes, errors). */
  readonly optional: readonly number[];
}

function layoutFor(
  lang: Lang,
  map: HeaderMap | undefined,
  rows: readonly (SalaryRow | ErrorRow)[],
  explain: boolean,
): Layout {
  const unit = map?.columns.some((c) => c?.key === 'unit') === true;
  const seen = new Map<string, string>();
  // A yearly line (paid once a year) is not part of the monthly total: its header says so.
  const year = msg(lang, 'per_year');
  for (const r of rows)
    if (r.outcome !== 'error')
      for (const l of r.lines)
        if (!seen.has(l.component)) seen.set(l.component, pick(l.label, lang) + (l.monthly === null ? year : ''));
  const components = [...seen].map(([id, label]) => ({ id, label }));
  const h = (key: string) => headerFor(ROSTER_COLUMNS, key, lang);
  const header = [
    msg(lang, 'col_row'),
    h('id'),
    h('name'),
    ...(unit ? [h('unit')] : []),
    h('post'),
    msg(lang, 'grade'),
    ...components.map((c) => c.label),
    msg(lang, 'monthly_total'),
    msg(lang, 'annual_total'),
    msg(lang, 'notes'),
    msg(lang, 'errors'),
    ...(explain ? [msg(lang, 'explanation')] : []),
  ];
  const post = unit ? 4 : 3; // index of the post column; grade and amounts follow
  const right = [
    0,
    post + 1,
    ...components.map((_, i) => post + 2 + i),
    post + 2 + components.length,
    post + 3 + components.length,
  ];
  const notes = post + 4 + components.length;
  const kinds = header.map((_, i): ColumnKind =>
    i === 0 || i === post + 1 ? 'integer' : i > post + 1 && i < notes ? 'money' : i === notes + 2 ? 'wrap' : 'text',
  );
  return { unit, components, explain, header, kinds, right, optional: [notes, notes + 1] };
}

/** The errors cell: sheet issues name their row and column already; a JSON item's name the field. */
function issueTexts(lang: Lang, issues: readonly PolicyIssue[]): string[] {
  return issues.map((i) =>
    i.params?.row !== undefined || i.path.length === 0
      ? pick(i, lang)
      : `${i.path.join('.')}${msg(lang, 'colon')}${pick(i, lang)}`,
  );
}

/** The profile of a batch result. */
function profileOf(result: SalariesResult): { id: string; version: string } {
  return result.profile;
}

/** What a missing item is called: a parameter by its label in the profile, an input by its field label. */
function missingText(lang: Lang, name: string, profile: Profile | undefined): string {
  const id = name.startsWith('parameter:') ? name.slice('parameter:'.length) : undefined;
  if (id !== undefined) {
    const p =
      profile !== undefined && Object.prototype.hasOwnProperty.call(profile.parameters, id)
        ? profile.parameters[id]
        : undefined;
    return p === undefined ? id : pick(p.label, lang);
  }
  const label = MISSING_LABELS[name];
  return label === undefined ? name : pick(label, lang);
}

const MISSING_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  'certificate.obtained': msgPair('col_certificate_obtained'),
  benchmark: msgPair('benchmark_option', { option: '--benchmark' }),
  floorGroup: msgPair('floor_group_option', { option: '--floor-group' }),
};

/**
 * The cells of a computed (or undetermined, or not applicable) row. Rows with the same pay share their `lines` and
 * `warnings` arrays (the library builds each pay entry once), so the amount and note cells are built once per entry.
 */
function okCells(
  lang: Lang,
  layout: Layout,
  item: Item,
  r: SalaryRow,
  shared: ReadonlySet<string>,
  profile: Profile | undefined,
  cache: CellCache,
): string[] {
  let amounts = cache.amounts.get(r.lines);
  if (amounts === undefined) {
    amounts = layout.components.map((c) => {
      const l = r.lines.find((x) => x.component === c.id);
      return l === undefined ? '' : (l.monthly ?? l.annual);
    });
    const notes: string[] = [];
    for (const l of r.lines)
      if (!layout.components.some((c) => c.id === l.component))
        notes.push(`${pick(l.label, lang)} ${l.monthly ?? l.annual}`);
    amounts.push(notes.join('；'));
    cache.amounts.set(r.lines, amounts);
  }
  let notes = cache.notes.get(r.warnings);
  if (notes === undefined) {
    notes = r.warnings
      .filter((w) => !shared.has(warningKey(w)))
      .map((w) => pick(w, lang))
      .join('；');
    cache.notes.set(r.warnings, notes);
  }
  let missing = cache.missing.get(r.missing);
  if (missing === undefined) {
    missing =
      r.missing.length === 0
        ? ''
        : msg(lang, 'salary_missing', {
            names: r.missing.map((m) => missingText(lang, m, profile)),
          });
    cache.missing.set(r.missing, missing);
  }
  const outcome = r.outcome === 'not_applicable' ? msg(lang, 'not_yet_in_service') : '';
  const lineNotes = amounts[amounts.length - 1]!;
  const post = POST_LABELS[r.post];
  // Filled by index into an array of the header's width: a million rows, one allocation each.
  const cells = new Array<string>(layout.header.length);
  let c = 0;
  cells[c++] = String(item.where.row);
  cells[c++] = r.id === undefined ? '' : String(r.id);
  cells[c++] = r.name ?? '';
  if (layout.unit) cells[c++] = item.unit ?? '';
  cells[c++] = post === undefined ? r.post : pick(post, lang);
  cells[c++] = r.grade === null ? '' : String(r.grade);
  for (let i = 0; i < amounts.length - 1; i++) cells[c++] = amounts[i]!;
  cells[c++] = r.monthly ?? '';
  cells[c++] = r.annual ?? '';
  cells[c++] = joinNotes(joinNotes(joinNotes(outcome, missing), lineNotes), notes);
  cells[c++] = '';
  if (layout.explain) cells[c++] = explain(r, { lang });
  return cells;
}

/** Two note texts joined by `；`, either possibly empty. */
const joinNotes = (a: string, b: string): string => (a === '' ? b : b === '' ? a : `${a}；${b}`);

/** Cells already built for a pay entry's `lines` and `warnings` arrays. */
interface CellCache {
  readonly amounts: WeakMap<object, string[]>;
  readonly notes: WeakMap<object, string>;
  readonly missing: WeakMap<object, string>;
}

function failedCells(layout: Layout, item: Item, errors: readonly string[], name: unknown): string[] {
  const blanks = (n: number) => Array.from({ length: n }, () => '');
  return [
    String(item.where.row),
    item.where.id === undefined || item.where.id === null ? '' : String(item.where.id),
    typeof name === 'string' ? name : '',
    ...(layout.unit ? [item.unit ?? ''] : []),
    ...blanks(2 + layout.components.length + 3),
    errors.join('；'),
    ...(layout.explain ? [''] : []),
  ];
}

function summaryText(lang: Lang, asOf: string, t: Totals, profile: Profile | undefined): string {
  const lines: string[] = [];
  const p = t.profile === undefined ? '' : msg(lang, 'profile', { id: t.profile.id, version: t.profile.version });
  lines.push(msg(lang, 'as_of', { asOf, value: p }));
  // Rows read = computed + undetermined + not applicable + with errors + blank + totals (both skipped): the reader's
  // count, not ours, so the sum is a real check.
  const blank = t.sheet?.blank ?? 0;
  const totalsRows = t.sheet?.totals ?? 0;
  const read = t.sheet?.rows ?? t.rows;
  const skipped = skippedClause(lang, { blank, totals: totalsRows });
  lines.push(
    msg(lang, 'rows_summary', {
      read: count(read),
      computed: count(t.computed),
      undetermined: t.undetermined > 0 ? count(t.undetermined) : undefined,
      notApplicable: t.notApplicable > 0 ? count(t.notApplicable) : undefined,
      failed: count(t.failed),
      skipped,
    }),
  );
  if (t.sheet !== undefined && t.sheet.lines !== t.sheet.records)
    lines.push(msg(lang, 'physical_lines_note', { lines: count(t.sheet.lines), records: count(t.sheet.records) }));
  const counted = t.computed + t.undetermined + t.notApplicable + t.failed;
  if (read !== counted + blank + totalsRows)
    throw new Error(`row counts do not add up: ${read} read, ${counted} + ${blank} + ${totalsRows}`);
  const posts = Object.entries(t.byPost)
    .filter(([, s]) => s.count > 0)
    .map(([post, s]) => {
      const label = POST_LABELS[post];
      return s.computed === 0
        ? msg(lang, 'post_count', { zh: label?.zh ?? post, count: count(s.count), en: label?.en ?? post })
        : msg(lang, 'post_count_monthly', {
            zh: label?.zh ?? post,
            count: count(s.count),
            monthly: s.monthly,
            en: label?.en ?? post,
          });
    });
  if (posts.length > 0) lines.push(msg(lang, 'by_post', { posts }));
  if (t.computed > 0) {
    const partial = t.undetermined > 0 || t.failed > 0;
    lines.push(
      msg(lang, 'payroll', {
        monthly: t.monthly,
        annual: t.annual,
        computedOnly: partial ? count(t.computed) : undefined,
      }),
    );
  }
  if (t.missing.size > 0) {
    const names = [...t.missing].map((m) => missingText(lang, m, profile));
    lines.push(
      msg(lang, 'undetermined_rows_lack', {
        option: '--overrides',
        option2: '--profile',
        names,
      }),
    );
  }
  lines.push(...warningLines(lang, t.warnings.values()));
  return lines.join('\n') + '\n';
}

/**
 * Runs `huaian-sw salary`.
 * @param args - parsed arguments
 * @param io - the outside world
 * @returns the exit code
 */
export async function salaryCommand(args: CommandArgs, io: CliIO): Promise<number> {
  const lang = args.lang;
  const file = inputFile(args);
  const asOf = requireOption(args, 'as-of');
  const format = formatOf(args);
  const chunkSize = chunkSizeOf(args);
  const explainRows = args.values.explain === true;
  const totals: Totals = {
    rows: 0,
    computed: 0,
    undetermined: 0,
    notApplicable: 0,
    failed: 0,
    byPost: {},
    monthly: '0.00',
    annual: '0.00',
    warnings: new Map(),
    missing: new Set(),
  };
  multilineOf(args); // checked before anything is opened or read
  const diagnostics = new Diagnostics(io, lang, showErrorsOf(args));
  const started = io.now();
  // Opened first: an output that is one of the inputs is refused before anything is read.
  const out = await openOutput(args, io);
  let summary: string;
  try {
    let profile = await profileOption(args, io);
    if (typeof args.values.overrides === 'string') {
      const id = profile === undefined ? salaryProfiles.defaultId : typeof profile === 'string' ? profile : undefined;
      const base =
        id !== undefined
          ? orUsage(msgPair('unknown_profile'), () => salaryProfiles.get(id))
          : profileFromJson(profile, String(args.values.profile));
      profile = await applyOverrides(args, io, base);
    }
    const benchmark =
      typeof args.values.benchmark === 'string'
        ? {
            kind:
              typeof args.values['benchmark-kind'] === 'string'
                ? args.values['benchmark-kind']
                : 'urban_non_private_average_wage',
            annual: args.values.benchmark,
          }
        : undefined;
    const options = {
      asOf,
      explain: explainRows,
      ...(profile === undefined ? {} : { profile }),
      ...(benchmark === undefined ? {} : { benchmark }),
      ...(typeof args.values['floor-group'] === 'string' ? { floorGroup: args.values['floor-group'] } : {}),
    } as SalariesOptions;
    // A bad profile or option refuses the whole run before any row is read.
    orUsage(msgPair('profile_option_invalid'), () => computeSalaries([], options));
    const resolved = orUsage(msgPair('profile_invalid'), () => salaryProfiles.resolve(options.profile));
    let layout: Layout | undefined;
    let cells: CellWriter | undefined;
    let json: JsonWriter | undefined;
    if (format === 'json') json = jsonWriter(out, 'rows', { asOf });
    let map: HeaderMap | undefined;
    const explanations: string[] = [];
    const progress =
      args.values.quiet === true || file === '-' ? undefined : new Progress(io, lang, await io.size?.(file));
    diagnostics.showsProgress(progress);
    try {
      for await (const chunk of rosterChunks(io, file, args, chunkSize, progress, resolved)) {
        map = chunk.map;
        if (chunk.counts !== undefined) totals.sheet = chunk.counts;
        const good = chunk.items.filter((i) => i.issues.length === 0);
        const result = orUsage(msgPair('computation_failed'), () =>
          computeSalaries(
            good.map((i) => i.worker),
            options,
          ),
        );
        for (const w of result.warnings) totals.warnings.set(warningKey(w), w);
        for (const m of result.missing) totals.missing.add(m);
        const shared = new Set(totals.warnings.keys());
        // Per chunk, because which warnings count as shared may grow from one chunk to the next.
        const cache: CellCache = { amounts: new WeakMap(), notes: new WeakMap(), missing: new WeakMap() };
        totals.profile ??= profileOf(result);
        if (json === undefined && layout === undefined) {
          layout = layoutFor(lang, map, result.rows, explainRows && format !== 'table');
          cells =
            format === 'table'
              ? tableWriter(out, layout.header, layout.right, layout.optional)
              : sheetWriter(format === 'xlsx' ? 'xlsx' : 'csv', out, layout.header, layout.kinds);
        }
        const rowsOut: string[][] = [];
        const jsonOut: unknown[] = [];
        let k = 0;
        for (const item of chunk.items) {
          totals.rows++;
          let issues: readonly PolicyIssue[] = item.issues;
          let done: SalaryRow | undefined;
          if (issues.length === 0) {
            const r = result.rows[k++]!;
            if (r.outcome !== 'error') done = r;
            // The library locates issues in the batch (`[3].education`); the sheet's row and column are located here.
            else {
              issues = r.error.issues.map((i) => (typeof i.path[0] === 'number' ? { ...i, path: i.path.slice(1) } : i));
              if (chunk.reader !== undefined && item.read !== undefined)
                issues = issues.map((i) => chunk.reader!.locate(i, item.read!));
            }
          }
          if (done !== undefined) {
            if (done.outcome === 'computed') totals.computed++;
            else if (done.outcome === 'undetermined') totals.undetermined++;
            else totals.notApplicable++;
            if (json !== undefined) {
              const { index: _index, ...rest } = done;
              // Warnings shared by every row are written once, at the end, not a million times.
              const warnings = rest.warnings.filter((w) => !shared.has(warningKey(w)));
              jsonOut.push({
                row: item.where.row,
                ...(item.unit === undefined ? {} : { unit: item.unit }),
                ...rest,
                warnings,
              });
            } else {
              const r = done;
              rowsOut.push(okCells(lang, layout!, item, r, shared, resolved, cache));
              // A table cannot hold a multi-line cell: explanations are printed under the table instead.
              if (explainRows && format === 'table') {
                const text = explain(r, { lang });
                const id =
                  item.where.id === undefined || item.where.id === ''
                    ? ''
                    : msg(lang, 'id', { id: String(item.where.id) });
                explanations.push(
                  `${msg(lang, 'row_plain', { row: item.where.row })}${id}\n${text.replace(/^/gm, '  ')}\n`,
                );
              }
            }
            continue;
          }
          totals.failed++;
          for (const i of issues)
            await diagnostics.report(i.code, () =>
              item.read !== undefined ? sheetIssueLine(lang, i) : formatRowIssue(lang, item.where, i),
            );
          const name = (item.worker as { name?: unknown } | null)?.name;
          if (json !== undefined) {
            const errors = issues.map((i) => {
              const col = typeof i.params?.column === 'string' ? i.params.column : undefined;
              return { code: i.code, path: i.path, ...(col === undefined ? {} : { column: col }), zh: i.zh, en: i.en };
            });
            jsonOut.push({ row: item.where.row, outcome: 'error', id: item.where.id ?? null, errors });
          } else rowsOut.push(failedCells(layout!, item, issueTexts(lang, issues), name));
        }
        for (const [post, s] of Object.entries(result.summary.byPost)) {
          const acc = (totals.byPost[post] ??= { count: 0, computed: 0, monthly: '0.00', annual: '0.00' });
          acc.count += s.count;
          acc.computed += s.computed;
          acc.monthly = sumYuan([acc.monthly, s.monthly]);
          acc.annual = sumYuan([acc.annual, s.annual]);
        }
        totals.monthly = sumYuan([totals.monthly, result.summary.monthly]);
        totals.annual = sumYuan([totals.annual, result.summary.annual]);
        if (json !== undefined) await json.items(jsonOut);
        else await cells!.rows(rowsOut);
      }
    } catch (e) {
      const problem = encodingProblem(e, file);
      if (problem !== e) throw problem;
      throw fileError(e, file);
    }
    await progress?.done();
    await diagnostics.finish(
      json !== undefined ? msgPair('errors_in_rows', { term: 'errors' }) : msgPair('errors_in_errors_column'),
    );
    if (totals.rows === 0) await io.stderr.write(msg(lang, 'note_data_rows', { file }));
    summary = summaryText(lang, asOf, totals, resolved);
    if (json !== undefined) {
      await json.end({
        summary: {
          counts: {
            total: totals.rows,
            computed: totals.computed,
            undetermined: totals.undetermined,
            not_applicable: totals.notApplicable,
            error: totals.failed,
          },
          ...(totals.sheet === undefined
            ? {}
            : {
                skippedBlank: totals.sheet.blank,
                skippedTotals: totals.sheet.totals,
                physicalLines: totals.sheet.lines,
              }),
          byPost: totals.byPost,
          monthly: totals.monthly,
          annual: totals.annual,
          complete: totals.undetermined === 0 && totals.failed === 0,
        },
        missing: [...totals.missing],
        warnings: [...totals.warnings.values()],
      });
    } else {
      if (cells === undefined) {
        layout = layoutFor(lang, map, [], explainRows && format !== 'table');
        cells =
          format === 'table'
            ? tableWriter(out, layout.header, layout.right, layout.optional)
            : sheetWriter(format === 'xlsx' ? 'xlsx' : 'csv', out, layout.header, layout.kinds);
      }
      await cells.end();
      if (explanations.length > 0) await out.write('\n' + explanations.join('\n'));
    }
    await out.close();
  } catch (e) {
    await out.abort();
    throw e;
  }
  // The summary goes with a terminal table; with a file or machine output it goes to stderr.
  if (format === 'table' && args.values.out === undefined) await io.stdout.write('\n' + summary);
  else await io.stderr.write(summary);
  if (args.values.stats === true) {
    const seconds = (io.now() - started) / 1000;
    const mb = io.maxRss() / (1024 * 1024);
    await io.stderr.write(
      msg(lang, 'stats', {
        unit: 'MB',
        rows: count(totals.rows),
        seconds: seconds.toFixed(1),
        perSecond: count(Math.round(totals.rows / Math.max(seconds, 1e-9))),
        mb: mb.toFixed(0),
      }),
    );
  }
  return totals.failed > 0 ? EXIT.findings : EXIT.ok;
}
