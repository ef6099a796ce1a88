/**
 * `huaian-sw coverage`: the five full coverages (and the certification rate) of a registry, by county, with targets
 * and gaps, as a terminal report, a CSV of every unit's figures, or the library's full JSON report.
 * @module
 */
import { explain, pick } from '../../core/index.js';
import type { PolicyIssue, Profile } from '../../core/index.js';
import {
  COVERAGE_INDICATORS,
  coverageProfiles,
  coverageReport,
  type CoverageOptions,
  type CoverageReport,
  type CoverageReportRow,
  type CoverageResult,
  type IndicatorId,
  type TargetStanding,
} from '../../coverage/index.js';
import { huaianDivisions, type DivisionTree } from '../../divisions/index.js';
import {
  EXIT,
  UsageError,
  encodingOf,
  formatOf,
  multilineOf,
  requireOption,
  showErrorsOf,
  type CommandArgs,
  type Lang,
} from '../args.js';
import { sheetWriter } from '../output.js';
import { withOutput } from '../output-file.js';
import {
  applyOverrides,
  decodeFile,
  divisionsOption,
  orUsage,
  profileOption,
  readBytes,
  readJsonFile,
} from '../common.js';
import {
  COLLECTIONS,
  COLLECTION_LIST,
  collectionOfFile,
  readCollection,
  sheetIssue,
  type CsvCollection,
} from '../registry-sheet.js';
import { isXlsxName, readWholeSheet } from '../sheet.js';
import { sheetOf } from '../sheet-errors.js';
import { isXlsx, readXlsx } from '../../sheets/xlsx.js';
import type { CliIO } from '../io.js';
import { count, nameList, msgPair, msg } from '../messages.js';
import { Diagnostics } from '../diagnostics.js';
import { renderTable } from '../table.js';
import { warningLines } from '../warnings.js';

/** Help text of `huaian-sw coverage`. */
export const COVERAGE_HELP = {
  zh: `用法：huaian-sw coverage <登记册.json | 各类记录.csv…> --as-of YYYY-MM-DD [选项]

计算“五个全覆盖”（两企三新党的覆盖、行业协会商会双审双培、村（居）委会标准化建设、镇街和社区志愿服务队伍、
镇街社会工作站）及社区工作者持证率：全市和各县区的覆盖率、目标完成情况和缺口清单。

输入：JSON 对象，可含 organizations、partyOrganizations、associationEvents、trainees、checklistItems、
  checklistResults、volunteerTeams、socialWorkStations、socialWorkRooms、communityWorkers 各数组（与 /entities 的
  记录同名同义，字段见文档）；或一个或多个 CSV（UTF-8、GBK/GB18030 或 UTF-16，逗号、制表符或分号分隔），每个文件
  一类记录，文件名即类名，英文或中文均可（如 socialWorkStations.csv、社工站.csv、组织.csv）；或 Excel 工作簿
  （.xlsx），以类名命名的工作表各读一类（或用 --sheet 指定一个）。列名为字段名或其中文名称；是/否、分号分隔的
  列表均可。

选项：
  --as-of <日期>          统计日期（必需）
  --indicators <指标>     只统计这些指标（指标代号或中文名称，逗号分隔，如 social_work_stations,社区工作者社工证持证率）
  --collection <类名>     单个 CSV 的记录类别（文件名不是类名时）
  --sheet <名称|序号>     只读工作簿中的这个工作表
  --encoding <编码>       CSV 编码：auto（默认）、utf8、gb18030（gbk）
  --period-from <日期>    双审双培统计期起（默认 --as-of 当年 1 月 1 日）
  --period-to <日期>      双审双培统计期止（默认 --as-of）
  --profile <名称|文件>   配置：huaian（默认）或本地 JSON 配置文件
  --overrides <文件>      覆盖配置中的参数（JSON：参数 → 新值，如各项目标）
  --divisions <文件>      区划树 JSON（默认内置的淮安区划）
  --gaps <数量>           每项指标在终端列出的缺口数（默认 5；all 为全部）
  --multiline <列名>      允许 CSV 中这一列的单元格内有换行（可多次给出）；其他列跨行的单元格会被拒绝
  --multiline-limit <行数>  一个单元格最多占的物理行数（默认 50）
  --show-errors <数量|all>  同一种问题在标准错误中最多逐条列出的条数（默认 20）
  --out, -o <文件>        .csv 或 .xlsx（各级单位各测度的数字）或 .json（完整报告）；
                          先写临时文件，成功后才替换，出错时原文件不变；不能是输入文件
  --format <格式>         table、csv、xlsx 或 json
  --explain               在报告后附上每项指标的计算说明（所用规则、参数和中间结果；json 输出总是包含）
  --lang <zh|en>          输出语言（默认 zh）
  --quiet, -q             不在标准错误中显示读取条数等提示
  --help, -h              显示本说明

退出码：0 数据无误；1 数据中有问题记录（已在标准错误输出列出，其余照常统计）；2 用法或文件错误。
覆盖率未达目标不影响退出码，见报告中的“状态”；缺少信息而无法判定的单位单独列出。

示例：
  huaian-sw coverage 登记册.json --as-of 2025-12-31
  huaian-sw coverage registry.json --as-of 2025-12-31 --out coverage.csv
  huaian-sw coverage organizations.csv partyOrganizations.csv socialWorkStations.csv --as-of 2025-12-31`,
  en: `Usage: huaian-sw coverage <registry.json | collection.csv…> --as-of YYYY-MM-DD [options]

Computes the five full coverages (两企三新 party coverage, association dual review and training, standardization of
village and residents committees, volunteer teams, township social work stations) and the certification rate of
community workers: rates for the city and each county, standing against targets, and the gap list.

Input: a JSON object with any of the arrays organizations, partyOrganizations, associationEvents, trainees,
  checklistItems, checklistResults, volunteerTeams, socialWorkStations, socialWorkRooms, communityWorkers (the
  /entities records, fields: see the guide); or one or more CSV files (UTF-8, GBK/GB18030 or UTF-16; comma, tab or
  semicolon), one collection each, named by the file in English or Chinese (socialWorkStations.csv, 社工站.csv,
  组织.csv); or an Excel workbook (.xlsx) whose sheets named after collections are read (or one, with --sheet).
  Headers = field names or their Chinese labels; booleans as 是/否 or true/false, lists separated by ";".

Options:
  --as-of <date>          date counted for (required)
  --indicators <list>     only these indicators (ids or Chinese names, comma-separated, e.g. social_work_stations)
  --collection <name>     the collection of a single CSV (when its file name is not one)
  --sheet <name|number>   read only this sheet of a workbook
  --encoding <enc>        CSV encoding: auto (default), utf8, gb18030 (gbk)
  --period-from <date>    start of the dual-review period (default: 1 January of --as-of's year)
  --period-to <date>      end of the dual-review period (default: --as-of)
  --profile <id|file>     profile: huaian (default) or a JSON profile file
  --overrides <file>      replace parameters of the profile (JSON: parameter → value, e.g. the targets)
  --divisions <file>      a division tree JSON (default: the built-in 淮安 tree)
  --gaps <n>              gaps listed per indicator on the terminal (default 5; all for every one)
  --multiline <column>    allow line breaks inside the cells of this CSV column (repeatable); elsewhere they are refused
  --multiline-limit <n>   most physical lines one cell may take (default 50)
  --show-errors <n|all>   problems of one kind listed on stderr (default 20)
  --out, -o <file>        .csv or .xlsx (every unit's figures per measure) or .json (the full report);
                          written to a temporary file that replaces it only on success; never an input file
  --format <format>       table, csv, xlsx or json
  --explain               add each indicator's explanation after the report (rules, parameters, intermediate
                          results; the json output always has them)
  --lang <zh|en>          output language (default zh)
  --quiet, -q             no notes on stderr (rows read, …)
  --help, -h              show this help

Exit codes: 0 the data is clean; 1 some records have problems (listed on stderr, the rest counted);
2 usage or file error. Coverage below target does not change the exit code: see "status" in the report;
units that cannot be classified for missing information are listed apart.

Examples:
  huaian-sw coverage registry.json --as-of 2025-12-31 --lang en
  huaian-sw coverage registry.json --as-of 2025-12-31 --out coverage.csv
  huaian-sw coverage organizations.csv partyOrganizations.csv socialWorkStations.csv --as-of 2025-12-31`,
};

/**
 * Builds the library options from the command line: the profile (a shipped id or a JSON file, with `--overrides`
 * applied), the division tree, and the period of 双审双培.
 * @param args - parsed arguments
 * @param io - the outside world
 */
export async function coverageOptions(
  args: CommandArgs,
  io: CliIO,
): Promise<CoverageOptions & { readonly divisions: DivisionTree; readonly indicators?: readonly IndicatorId[] }> {
  const asOf = requireOption(args, 'as-of');
  const given = await profileOption(args, io);
  let profile: Profile | undefined =
    given === undefined ? undefined : orUsage(msgPair('profile_invalid'), () => coverageProfiles.resolve(given));
  if (typeof args.values.overrides === 'string')
    profile = await applyOverrides(args, io, profile ?? coverageProfiles.get(coverageProfiles.defaultId));
  const divisions = (await divisionsOption(args, io)) ?? huaianDivisions();
  const from = args.values['period-from'];
  const to = args.values['period-to'];
  const period =
    typeof from === 'string' || typeof to === 'string'
      ? { from: typeof from === 'string' ? from : `${asOf.slice(0, 4)}-01-01`, to: typeof to === 'string' ? to : asOf }
      : undefined;
  const indicators = indicatorsOf(args);
  return {
    asOf,
    divisions,
    ...(profile === undefined ? {} : { profile }),
    ...(period === undefined ? {} : { period }),
    ...(indicators === undefined ? {} : { indicators }),
  };
}

/**
 * `--indicators`: indicator ids or their Chinese names, separated by commas (，) or semicolons. An unknown one is left
 * to the library, which refuses it with the closest id.
 * @param args - parsed arguments
 */
function indicatorsOf(args: CommandArgs): IndicatorId[] | undefined {
  const v = args.values.indicators;
  if (typeof v !== 'string') return undefined;
  return v
    .split(/[,，;；]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => (COVERAGE_INDICATORS.find((d) => d.label.zh === s)?.id ?? s) as IndicatorId);
}

const label = (lang: Lang, b: { zh: string; en: string }) => (lang === 'zh' ? b.zh : b.en);

/** The indicator results of a report (rows that ran). */
export function reportResults(report: CoverageReport): CoverageResult[] {
  return report.rows.filter((r): r is CoverageReportRow => r.outcome !== 'error');
}

/** The label of a gap reason, from the indicator that gave it. */
function reasonLabel(lang: Lang, indicator: string, reason: string): string {
  const r = COVERAGE_INDICATORS.find((d) => d.id === indicator)?.reasons[reason];
  return r === undefined ? reason : label(lang, r);
}

/**
 * The terminal report: the targets table (city and each county), then for each indicator its headline gaps (the count
 * is the headline measure's, as in the table), what could not be classified, and the other measures' gap counts.
 * @param lang - output language
 * @param report - the library's report
 * @param tree - the division tree (for unit names)
 * @param gapLimit - gaps listed per indicator
 * @param itemNames - names of the host's checklist items, to show instead of their ids
 */
export function coverageText(
  lang: Lang,
  report: CoverageReport,
  tree: DivisionTree,
  gapLimit: number,
  itemNames: ReadonlyMap<string, string> = new Map(),
): string {
  const out: string[] = [];
  out.push(
    msg(lang, 'coverage_heading', {
      asOf: report.asOf,
      id: report.profile.id,
      version: report.profile.version,
    }),
  );
  out.push('');
  const counties = report.targets[0]?.counties ?? [];
  const header = [msg(lang, 'measure'), msg(lang, 'target'), msg(lang, 'city'), ...counties.map((c) => c.name)];
  const mark: Record<TargetStanding['status'], string> = {
    met: '',
    behind: '*',
    undetermined: '?',
    no_data: '',
    not_applicable: '',
  };
  const rows = report.targets.map((t) => {
    // A count target (每个县不少于2个) shows the counts; a rate target the percents.
    const cell = (s: TargetStanding) =>
      s.status === 'no_data' || s.status === 'not_applicable'
        ? '—'
        : t.minimum !== undefined
          ? `${s.numerator}${mark[s.status]}`
          : `${s.percent ?? '—'}${mark[s.status]}`;
    const goal =
      t.minimum === undefined
        ? pct(t.target)
        : msg(lang, 'at_least', { atLeast: t.minimum.atLeast, perCounty: t.minimum.per === 'county' });
    const cells = t.counties.length > 0 ? t.counties.map(cell) : counties.map(() => '—');
    return [label(lang, t.label), goal, cell(t.city), ...cells];
  });
  out.push(renderTable(header, rows, header.map((_, i) => i).slice(1)).trimEnd());
  out.push(msg(lang, 'coverage_legend'));
  out.push('');
  for (const t of report.targets) {
    const c = t.city;
    const more = c.undetermined > 0 ? msg(lang, 'more_unclassified', { undetermined: count(c.undetermined) }) : '';
    if (c.status === 'behind' && c.shortfall !== undefined) {
      out.push(
        msg(lang, 'city_short_of_target', {
          value: label(lang, t.label),
          numerator: c.numerator,
          denominator: c.denominator,
          more,
          units: count(c.shortfall.units),
        }),
      );
    } else if (c.status === 'undetermined') {
      out.push(
        msg(lang, 'city_target_open', {
          value: label(lang, t.label),
          numerator: c.numerator,
          denominator: c.denominator,
          more,
        }),
      );
    }
  }
  for (const r of reportResults(report)) {
    const head = r.measures.find((m) => m.id === r.measure);
    if (head === undefined) continue;
    const lines: string[] = [];
    if (head.gapCount > 0) {
      lines.push(
        msg(lang, 'gaps', {
          label: r.label,
          headLabel: head.label,
          gapCount: count(head.gapCount),
          shown: gapLimit < head.gapCount ? gapLimit : undefined,
        }),
      );
      for (const g of head.gaps.slice(0, gapLimit)) {
        const path = [...tree.ancestors(g.unit)]
          .reverse()
          .slice(1)
          .map((u) => u.name);
        const unit = tree.get(g.unit);
        const where = [...path, unit?.name ?? g.unit].join(lang === 'zh' ? '' : ' / ');
        const detail =
          g.detail === undefined
            ? ''
            : msg(lang, 'parenthesised', {
                items: g.detail.split(',').map((d) => itemNames.get(d) ?? d),
              });
        lines.push(
          `  ${where}${g.record === undefined ? '' : ` ${g.record}`}${msg(lang, 'colon')}${reasonLabel(lang, r.indicator, g.reason)}${detail}`,
        );
      }
    }
    if (head.undetermined > 0) {
      // The missing fields by their labels, as the result's explanation names them.
      const labels = new Map((r.explanation?.missing ?? []).map((m) => [m.name, label(lang, m.label)]));
      const missing = [...new Set(head.unclassified.flatMap((u) => u.missing))].map((n) => labels.get(n) ?? n);
      lines.push(
        msg(lang, 'unclassified_missing', {
          undetermined: count(head.undetermined),
          missing,
        }),
      );
    }
    const others = r.measures.filter((m) => m.id !== r.measure && m.gapCount > 0 && !m.id.startsWith('item:'));
    if (others.length > 0)
      lines.push(
        msg(lang, 'other_measures_gaps', {
          gaps: others.map((m) => ({ label: m.label, count: count(m.gapCount) })),
        }),
      );
    if (r.mustForm !== undefined && r.mustForm.length > 0) {
      const out0 = r.mustForm.filter((e) => e.scope !== 'in').length;
      lines.push(
        msg(lang, 'must_form', {
          mustFormCount: count(r.mustForm.length),
          outside: out0 > 0 ? count(out0) : undefined,
        }),
      );
    }
    if (lines.length > 0) out.push('', ...lines);
  }
  if (report.warnings.length > 0 || reportResults(report).some((r) => r.warnings.length > 0)) {
    const all = [...report.warnings];
    for (const r of reportResults(report))
      for (const w of r.warnings) if (!all.some((x) => x.code === w.code && x.en === w.en)) all.push(w);
    out.push('');
    out.push(...warningLines(lang, all));
  }
  return out.join('\n') + '\n';
}

/** `"1"` → `"100%"`, `"0.6"` → `"60%"`: a target as a percent (formatting only). */
function pct(rate: string): string {
  const [int = '0', frac = ''] = rate.split('.');
  const f = frac.padEnd(4, '0');
  const whole = Number(int) * 100 + Number(f.slice(0, 2));
  const rest = f.slice(2).replace(/0+$/, '');
  return `${whole}${rest === '' ? '' : `.${rest}`}%`;
}

/**
 * One line per data issue: `organizations[12].employees：<reason> [code]`.
 * @param lang - output language
 * @param issues - the report's issues
 */
export function issueLines(
  lang: Lang,
  issues: readonly PolicyIssue[],
  sources: ReadonlyMap<string, CsvCollection> = new Map(),
): string[] {
  return issues.map((i) => {
    const at = sheetIssue(i, sources);
    if (at !== undefined) return `${at.file} ${pick(at.issue, lang)} [${i.code}]`;
    const where =
      i.path.length === 0
        ? ''
        : `${i.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? p : `.${p}`)).join('')}${msg(lang, 'colon')}`;
    return `${where}${pick(i, lang)} [${i.code}]`;
  });
}

/** The host's checklist item names by id (shown in gap lines instead of the ids). */
function checklistNames(data: unknown): Map<string, string> {
  const items = (data as { checklistItems?: unknown } | null)?.checklistItems;
  const names = new Map<string, string>();
  if (Array.isArray(items))
    for (const i of items as { id?: unknown; name?: unknown }[])
      if (typeof i?.id === 'string' && typeof i.name === 'string') names.set(i.id, i.name);
  return names;
}

/**
 * What was read from one CSV, adding up: rows = records read + rows with errors + blank rows + totals rows.
 * @param lang - output language
 * @param c - the collection read
 */
export function countLine(lang: Lang, c: CsvCollection): string {
  const broken = c.problems.length;
  const parts = [msg(lang, 'records_read', { recordsCount: count(c.records.length) })];
  if (broken > 0) parts.push(msg(lang, 'broken_records', { broken: count(broken) }));
  if (c.counts.blank > 0) parts.push(msg(lang, 'blank_skipped', { blank: count(c.counts.blank) }));
  if (c.counts.totals > 0) parts.push(msg(lang, 'totals_skipped', { totals: count(c.counts.totals) }));
  if (c.counts.lines !== c.counts.records) parts.push(msg(lang, 'physical_lines', { lines: count(c.counts.lines) }));
  return msg(lang, 'collection_rows', {
    file: c.file,
    rows: count(c.counts.rows),
    parts,
  });
}

/**
 * Reads the registry: one JSON file (the registry object, or `{ registry }`), or several files, each a JSON registry
 * part or a CSV of one collection (named by the file, e.g. `stations.csv`, or by `--collection`).
 * @param args - parsed arguments
 * @param io - the outside world
 */
export async function readRegistry(
  args: CommandArgs,
  io: CliIO,
): Promise<{ data: unknown; sources: Map<string, CsvCollection> }> {
  const files = args.positionals;
  const sources = new Map<string, CsvCollection>();
  if (files.length === 0) throw new UsageError('registry_file_required');
  const only = files[0]!;
  const isSheet = (f: string) => /\.(csv|txt|tsv)$/i.test(f) || isXlsxName(f);
  if (files.length === 1 && !isSheet(only)) {
    const json = await readJsonFile(io, only, args);
    return { data: (json as { registry?: unknown } | null)?.registry ?? json, sources };
  }
  const data: Record<string, unknown> = {};
  const put = (collection: string, value: unknown, file: string) => {
    if (collection in data) throw new UsageError('collection_repeated', { collection, file });
    data[collection] = value;
  };
  for (const file of files) {
    if (isSheet(file)) {
      const given =
        typeof args.values.collection === 'string' && files.length === 1 ? args.values.collection : undefined;
      // A workbook without --sheet: every sheet named after a collection (社工站, 组织, …) is read.
      let sheets: (string | undefined)[] = [sheetOf(args)];
      if (isXlsxName(file) && sheetOf(args) === undefined && given === undefined) {
        const bytes = await readBytes(io, file);
        if (isXlsx(bytes)) {
          const book = await readXlsx(bytes).catch((e: unknown) =>
            orUsage(msgPair('cannot_read', { file }), () => {
              throw e;
            }),
          );
          const named = book.sheets.filter((s) => collectionOfFile(s) !== undefined);
          if (named.length > 0) sheets = named;
        }
      }
      for (const sheetName of sheets) {
        const where = sheetName === undefined ? file : `${file}[${sheetName}]`;
        const named =
          given ??
          (sheetName !== undefined ? (collectionOfFile(sheetName) ?? collectionOfFile(file)) : collectionOfFile(file));
        if (named === undefined || collectionOfFile(named) === undefined)
          throw new UsageError('unknown_collection', {
            option: '--collection',
            where,
            names: COLLECTION_LIST,
          });
        const text = await readWholeSheet(io, file, {
          lang: args.lang,
          file: where,
          encoding: encodingOf(args),
          sheet: sheetName,
          ...multilineOf(args),
        });
        const c = readCollection(text, named, where);
        if (c.unknown.length > 0)
          await io.stderr.write(
            msg(args.lang, 'note_unknown_columns_of', { where, value: nameList(args.lang, c.unknown) }),
          );
        if (args.values.quiet !== true) await io.stderr.write(countLine(args.lang, c) + '\n');
        put(c.collection, c.records, where);
        sources.set(c.collection, c);
      }
    } else {
      const json = await readJsonFile(io, file, args);
      const part = (json as { registry?: unknown } | null)?.registry ?? json;
      if (part === null || typeof part !== 'object' || Array.isArray(part))
        throw new UsageError('registry_not_object', { file });
      for (const [k, v] of Object.entries(part)) put(k, v, file);
    }
  }
  return { data, sources };
}

/**
 * Runs `huaian-sw coverage`.
 * @param args - parsed arguments
 * @param io - the outside world
 * @returns the exit code
 */
export async function coverageCommand(args: CommandArgs, io: CliIO): Promise<number> {
  const lang = args.lang;
  const format = formatOf(args);
  const gapsArg = args.values.gaps;
  const gapLimit = gapsArg === undefined ? 5 : gapsArg === 'all' ? Infinity : Number(gapsArg);
  if (!(gapLimit >= 0) || (Number.isFinite(gapLimit) && !Number.isInteger(gapLimit)))
    throw new UsageError('bad_gaps', { option: '--gaps', term: 'all', gapsArg: String(gapsArg) });
  // Opened first: an output that is one of the inputs is refused before anything is read.
  const { report, dataIssues } = await withOutput(args, io, async (out) => {
    const options = await coverageOptions(args, io);
    const { data, sources } = await readRegistry(args, io);
    const report = orUsage(msgPair('cannot_compute_coverages'), () => coverageReport(data, options));
    const tree = options.divisions;
    // Refused rows (row-level errors of the library, broken CSV rows) make the exit code 1; warnings about the
    // registry as a whole (a zero denominator, a joint branch over its usual size) are printed but are not bad data.
    const broken = [...sources.values()].flatMap((c) =>
      c.problems.flatMap((p) => p.issues.map((i) => ({ c, row: p.row, i }))),
    );
    const refused = report.errors.flatMap((e) => e.error.issues);
    const dataIssues = [...refused, ...broken.map((b) => b.i)];
    const diagnostics = new Diagnostics(io, lang, showErrorsOf(args));
    for (const b of broken) await diagnostics.report(b.i.code, `${b.c.file} ${pick(b.i, lang)} [${b.i.code}]`);
    const lines = issueLines(lang, refused, sources);
    for (let k = 0; k < lines.length; k++) await diagnostics.report(refused[k]!.code, lines[k]!);
    await diagnostics.finish(
      format === 'json'
        ? msgPair('errors_in_output_json', { term: 'errors' })
        : msgPair('errors_with_format_json', { option: '--format json' }),
    );
    if (format === 'json') await out.write(JSON.stringify(report, null, 2) + '\n');
    else if (format === 'csv' || format === 'xlsx') {
      const header = [
        msg(lang, 'indicator'),
        msg(lang, 'measure'),
        msg(lang, 'level'),
        msg(lang, 'code'),
        msg(lang, 'name'),
        msg(lang, 'covered'),
        msg(lang, 'scope'),
        msg(lang, 'col_undetermined_count'),
        msg(lang, 'rate'),
        msg(lang, 'percent'),
      ];
      // In a workbook the counts are numbers and the percent (two places) is formatted 0.00 like money.
      const w = sheetWriter(format, out, header, [
        'text',
        'text',
        'text',
        'text',
        'text',
        'integer',
        'integer',
        'integer',
        'text',
        'money',
      ]);
      for (const r of reportResults(report))
        for (const m of r.measures)
          for (const level of ['city', 'county', 'township', 'village'] as const)
            await w.rows(
              m.rollup[level].map((u) => [
                label(lang, r.label),
                label(lang, m.label),
                level,
                u.code,
                u.name,
                String(u.numerator),
                String(u.denominator),
                String(u.undetermined),
                u.rate ?? '',
                u.percent ?? '',
              ]),
            );
      await w.end();
    } else {
      await out.write(coverageText(lang, report, tree, gapLimit, checklistNames(data)));
      // --explain: each indicator's explanation after the report (the JSON output always has them).
      if (args.values.explain === true) await out.write(`\n${explain(report, { lang })}\n`);
    }
    return { report, dataIssues };
  });
  if (format !== 'table' || typeof args.values.out === 'string') {
    const behind = report.targets.filter((t) => t.city.status === 'behind').length;
    await io.stderr.write(msg(lang, 'targets_behind', { targetsCount: report.targets.length, behind }));
  }
  return dataIssues.length > 0 ? EXIT.findings : EXIT.ok;
}
