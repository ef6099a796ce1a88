/**
 * `huaian-sw committees`: the statutory checks of each 村(居)委会 of a 台账 on a date (村民委员会组织法 and 城市居民
 * 委员会组织法, 2018-12-29), computed by `checkCommitteesBatch`: size, women, ethnic groups, term, subcommittees, village
 * supervision, the representative assembly, disclosure and review; standard or not, what fails, what is missing.
 * Bad rows are reported on stderr with their row, column and reason; the others are still computed.
 * @module
 */
import { pick, explain as explainResult, type PolicyIssue, type Profile, type Warning } from '../../core/index.js';
import {
  checkCommitteesBatch,
  committeeKindLabels,
  committeeProfiles,
  type CommitteeBatchOptions,
  type CommitteeStandardRow,
} from '../../committees/index.js';
import { COMMITTEE_COLUMNS, mapCommitteeHeaders, rowToCommittee } from '../../sheets/committees.js';
import type { ColumnSpec, HeaderMap } from '../../sheets/columns.js';
import {
  EXIT,
  UsageError,
  formatOf,
  inputFile,
  multilineOf,
  requireOption,
  showErrorsOf,
  type CommandArgs,
  type Lang,
} from '../args.js';
import { applyOverrides, orUsage, profileFromJson, profileOption, readJsonFile } from '../common.js';
import { Diagnostics } from '../diagnostics.js';
import type { CliIO } from '../io.js';
import { count, formatRowIssue, preview, skippedClause, type Location, msgPair, msg } from '../messages.js';
import { sheetWriter, tableWriter } from '../output.js';
import { openOutput } from '../output-file.js';
import { type SheetCounts } from '../sheet.js';
import { readRegisterSheet } from '../register-sheet.js';
import { warningLines } from '../warnings.js';

/** Help text of `huaian-sw committees`. */
export const COMMITTEES_HELP = {
  zh: `用法：huaian-sw committees <村居委会.csv|.json> --as-of YYYY-MM-DD [选项]

按村民委员会组织法、城市居民委员会组织法（2018年修正）逐个核查台账中的村（居）民委员会截至查询日期是否达标：
村委会三至七人、有妇女成员、多民族居住的有人数较少的民族的成员、任期五年、人民调解、治安保卫、公共卫生与计划生育委员会、
村务监督委员会（不得有村委会成员及其近亲属，应有具备财会、管理知识的人员）、村民代表会议（每五户至十五户推选一人，代表占
五分之四以上，妇女代表占三分之一以上，每季度召开）、村务公开（每季度；财务往来较多的每月）和民主评议（每年）；居委会五至九人、
一般一百户至七百户（超出只作提示）、任期五年、人民调解、治安保卫、公共卫生委员会。缺少某项所需信息的列为“无法判定”，不作推测。
江苏省、淮安市的标准化建设评分表未找到；使用方有评分表时可用 --overrides 提供（参数 selfgov.scoreSheet）。

输入：Excel 工作簿（.xlsx，第一个工作表或 --sheet 指定的工作表）、Excel 另存的 CSV（UTF-8、GBK/GB18030 或 UTF-16，
  自动识别；逗号、制表符或分号分隔）或 JSON 数组（每项一个村（居）委会）。
  列名可用中文或英文：编号/id、村（社区）区划代码/divisionCode、名称/name、类型/kind（村委会、居委会）、成员人数、妇女成员人数、
  是否多民族居住（是/否）、人数较少的民族的成员人数、本届委员会产生日期、户数、下属委员会（用顿号分隔，如 人民调解、治安保卫）、
  不设下属委员会、由成员分工负责、是否设有村务监督委员会、村务监督机构成员人数、其中村委会成员及其近亲属人数、
  其中具备财会、管理知识的人数、是否设有村民代表会议、村民代表人数、妇女村民代表人数、村民代表推选方式（按户推选、由村民小组推选）、
  村民代表会议召开日期（用顿号分隔）、最近一次村务公开日期、集体财务往来是否较多、最近一次财务收支公开日期、最近一次民主评议日期。
  未填类型的按区划代码判断。日期可写 2026-02-10、2026/2/10 或 2026年2月10日。

选项：
  --as-of <日期>          查询日期（必需）：任期、公开是否逾期按这一天判断
  --profile <名称|文件>   配置：huaian（默认），或本地的 JSON 配置文件
  --overrides <文件>      覆盖配置中的参数（JSON：参数 → 新值，同 withOverrides），如本地评分表
  --out, -o <文件>        写入 .csv、.xlsx（Excel 工作簿）或 .json；不给则在终端显示表格
  --format <格式>         table、csv、xlsx 或 json（默认按 --out 的扩展名）
  --explain               每个村（居）委会附上计算说明（所用条款和参数）
  --encoding <编码>       输入编码：auto（默认）、utf8、gb18030（gbk）；带 BOM 的 UTF-16 自动识别
  --sheet <名称|序号>     读取工作簿中的哪个工作表（默认第一个）
  --multiline <列名>      允许这一列的单元格内有换行（可多次给出，或用逗号分隔多个列名）
  --multiline-limit <行数>  一个单元格最多占的物理行数（默认 50）
  --show-errors <数量|all>  同一种错误在标准错误中最多逐条列出的行数（默认 20）；其余只计数
  --lang <zh|en>          输出语言（默认 zh）
  --help, -h              显示本说明

输出文件先写到同一文件夹中的临时文件，成功后才替换原文件；输出文件不能是任何一个输入文件。

退出码：0 各村（居）委会均达标或无法判定且各行均可计算；1 有不达标的村（居）委会，或有行数据有误（已在标准错误输出逐行说明）；2 用法或文件错误。

示例：
  huaian-sw committees 村居委会.csv --as-of 2025-12-31
  huaian-sw committees 村居委会.csv --as-of 2025-12-31 --out 核查结果.csv --explain`,
  en: `Usage: huaian-sw committees <committees.csv|.json> --as-of YYYY-MM-DD [options]

Checks each village or residents' committee of a register against the two organic laws (as amended 2018): a villagers'
committee of 3 to 7 with a woman member (and a member of the smaller ethnic groups where several live), a five-year term,
committees for mediation, security, public health and family planning, a supervisory committee (no committee members or
their relatives, someone who knows accounting or management), a representative assembly (one per 5 to 15 households,
4/5 representatives, 1/3 women, meeting each quarter), disclosure each quarter (accounts monthly where frequent) and a
yearly democratic review; a residents' committee of 5 to 9, usually 100 to 700 households (outside is only a notice), a
five-year term, committees for mediation, security and public health. A check whose facts are missing is undetermined,
never guessed. No Jiangsu or Huai'an score sheet was found; a host supplies one with --overrides (selfgov.scoreSheet).

Input: an Excel workbook (.xlsx: the first sheet, or --sheet), a CSV saved by Excel (UTF-8, GBK/GB18030 or UTF-16,
  detected; comma, tab or semicolon) or a JSON array (one committee per item).
  Headers in Chinese (the record's labels) or English (the field names): id, divisionCode, name, kind (村委会, 居委会),
  memberCount, womenMembers, multiEthnic, smallerEthnicMembers, termStartedOn, households, subcommittees (separated by 、),
  subcommitteeDutiesAssigned, supervisoryBody, supervisoryMembers, supervisoryRelatedMembers, supervisoryExpertMembers,
  representativeAssembly, representatives, womenRepresentatives, representativesChosenBy, assemblyMeetings (dates
  separated by 、), generalDisclosedOn, financeFrequent, financeDisclosedOn, democraticReviewOn. Without a kind, the
  division code decides it. Dates as 2026-02-10, 2026/2/10 or 2026年2月10日.

Options:
  --as-of <date>          the date asked about (required): terms and overdue disclosures are judged on it
  --profile <id|file>     profile: huaian (default), or a JSON profile file
  --overrides <file>      replace parameters of the profile (JSON: parameter → value, as withOverrides), e.g. a score sheet
  --out, -o <file>        write .csv, .xlsx (an Excel workbook) or .json; default: a table on the terminal
  --format <format>       table, csv, xlsx or json (default: from the --out extension)
  --explain               add each committee's explanation (articles and parameters)
  --encoding <enc>        input encoding: auto (default), utf8, gb18030 (gbk); UTF-16 with a BOM is detected
  --sheet <name|number>   which sheet of a workbook to read (default the first)
  --multiline <column>    allow line breaks inside the cells of this column (repeat it, or separate names by commas)
  --multiline-limit <n>   most physical lines one cell may take (default 50)
  --show-errors <n|all>   rows of one kind of error listed on stderr (default 20); the rest are counted
  --lang <zh|en>          output language (default zh)
  --help, -h              show this help

The output file is written to a temporary file in the same folder and replaces the old one only on success; it may not
be one of the input files.

Exit codes: 0 every committee standard or undetermined and every row computed; 1 a committee is not standard, or some
rows have bad data (each reported on stderr); 2 usage or file error.

Examples:
  huaian-sw committees committees.csv --as-of 2025-12-31 --lang en
  huaian-sw committees committees.csv --as-of 2025-12-31 --out checks.csv --explain`,
};

/** One committee of the register on its way to the library. */
interface Item {
  readonly where: Location;
  readonly committee: unknown;
  readonly issues: readonly PolicyIssue[];
}

/** The register read whole. */
interface Register {
  readonly items: readonly Item[];
  readonly map?: HeaderMap;
  readonly counts?: Readonly<SheetCounts>;
}

async function readRegister(io: CliIO, file: string, args: CommandArgs): Promise<Register> {
  if (/\.json$/i.test(file)) {
    const json = await readJsonFile(io, file, args);
    const list = Array.isArray(json) ? json : (json as { committees?: unknown } | null)?.committees;
    if (!Array.isArray(list)) throw new UsageError('committees_not_list', { term: 'committees', file });
    return {
      items: list.map((c, i) => ({
        where: { row: i + 1, item: true, id: (c as { id?: unknown } | null)?.id },
        committee: c,
        issues: [],
      })),
    };
  }
  const { sheet, map } = await readRegisterSheet(
    io,
    file,
    args,
    COMMITTEE_COLUMNS,
    mapCommitteeHeaders,
    (map, header) => {
      if (!map.columns.some((c) => c !== undefined)) {
        throw new UsageError('no_known_column', {
          columns: COMMITTEE_COLUMNS.slice(1, 5).map((s: ColumnSpec) => s.zh),
          header: preview(header.join(',')),
        });
      }
    },
  );
  const idCol = map.columns.findIndex((c) => c?.key === 'id');
  const codeCol = map.columns.findIndex((c) => c?.key === 'divisionCode');
  const items = sheet.rows.map((r): Item => {
    const shaped = rowToCommittee(r.cells, map);
    const id =
      (idCol >= 0 ? r.cells[idCol]?.trim() : undefined) ||
      (codeCol >= 0 ? r.cells[codeCol]?.trim() : undefined) ||
      undefined;
    return {
      where: { row: r.row, id },
      committee: shaped.committee,
      issues: r.issues === undefined ? shaped.issues : [...r.issues, ...shaped.issues],
    };
  });
  return { items, map, counts: sheet.counts };
}

/** The header of the column an issue's path points into (the first key of the path). */
function columnOf(path: readonly (string | number)[], map: HeaderMap | undefined): string | undefined {
  const key = path[0];
  return map === undefined || typeof key !== 'string' ? undefined : map.columns.find((c) => c?.key === key)?.header;
}

const OUTCOME: Readonly<Record<string, { zh: string; en: string }>> = {
  pass: msgPair('standard'),
  fail: msgPair('not_standard'),
  undetermined: msgPair('undetermined'),
};

const warningKey = (w: Warning) => `${w.code}|${w.en}`;

function lineCells(lang: Lang, row: number, r: CommitteeStandardRow): string[] {
  const sep = lang === 'zh' ? '、' : ', ';
  const failing = [
    ...r.findings.filter((f) => f.outcome === 'fail').map((f) => pick(f.label, lang)),
    ...r.checklist.filter((m) => m.outcome === 'fail').map((m) => msg(lang, 'checklist', { itemId: m.itemId })),
  ];
  // Several rules may wait on one missing fact: its sentence is said once.
  const open = [...new Set(r.findings.filter((f) => f.outcome === 'undetermined').map((f) => pick(f, lang)))];
  const kind = r.committeeKind === null ? '' : pick(committeeKindLabels[r.committeeKind], lang);
  return [
    String(row),
    r.divisionCode ?? '',
    r.name ?? '',
    kind,
    pick(OUTCOME[r.outcome]!, lang),
    failing.join(sep),
    open.join(lang === 'zh' ? '；' : '; '),
  ];
}

/**
 * Runs `huaian-sw committees`.
 * @param args - parsed arguments
 * @param io - the outside world
 * @returns the exit code
 */
export async function committeesCommand(args: CommandArgs, io: CliIO): Promise<number> {
  const lang = args.lang;
  const file = inputFile(args);
  const asOf = requireOption(args, 'as-of');
  const format = formatOf(args);
  const explain = args.values.explain === true;
  multilineOf(args);
  const diagnostics = new Diagnostics(io, lang, showErrorsOf(args));
  const out = await openOutput(args, io);
  const warnings = new Map<string, Warning>();
  const outcomes: Record<string, number> = { pass: 0, fail: 0, undetermined: 0 };
  const failingRules = new Map<string, { label: { zh: string; en: string }; n: number }>();
  let failed = 0;
  let computed = 0;
  let itemsRead = 0;
  let summary: string;
  try {
    let profile: unknown = await profileOption(args, io);
    if (typeof args.values.overrides === 'string') {
      const id =
        profile === undefined ? committeeProfiles.defaultId : typeof profile === 'string' ? profile : undefined;
      const base: Profile =
        id !== undefined
          ? orUsage(msgPair('unknown_profile'), () => committeeProfiles.get(id))
          : profileFromJson(profile, String(args.values.profile));
      profile = await applyOverrides(args, io, base);
    }
    const options: CommitteeBatchOptions = {
      asOf,
      explain,
      ...(profile === undefined ? {} : { profile: profile as Profile }),
    };
    // A bad profile or option refuses the whole run before any row is read.
    orUsage(msgPair('profile_option_invalid'), () => checkCommitteesBatch([], options));
    const register = await readRegister(io, file, args);
    const good = register.items.filter((i) => i.issues.length === 0);
    const result = orUsage(msgPair('computation_failed'), () =>
      checkCommitteesBatch(
        good.map((i) => i.committee),
        options,
      ),
    );
    const lines: string[][] = [];
    const jsonItems: unknown[] = [];
    const explanations: string[] = [];
    let k = 0;
    for (const item of register.items) {
      itemsRead++;
      let issues = item.issues;
      let row: CommitteeStandardRow | undefined;
      if (issues.length === 0) {
        const r = result.rows[k++]!;
        if (r.outcome !== 'error') row = r;
        // The library locates issues in the batch (`[3].memberCount`); the sheet's row is located here.
        else issues = r.error.issues.map((i) => (typeof i.path[0] === 'number' ? { ...i, path: i.path.slice(1) } : i));
      }
      if (row === undefined) {
        failed++;
        for (const i of issues)
          await diagnostics.report(i.code, () => formatRowIssue(lang, item.where, i, columnOf(i.path, register.map)));
        if (format === 'json')
          jsonItems.push({
            row: item.where.row,
            ok: false,
            id: item.where.id ?? null,
            errors: issues.map((i) => ({ code: i.code, path: i.path, zh: i.zh, en: i.en })),
          });
        continue;
      }
      computed++;
      outcomes[row.outcome] = (outcomes[row.outcome] ?? 0) + 1;
      for (const w of row.warnings) warnings.set(warningKey(w), w);
      for (const f of row.findings) {
        if (f.outcome !== 'fail') continue;
        const e = failingRules.get(f.rule) ?? { label: f.label, n: 0 };
        e.n++;
        failingRules.set(f.rule, e);
      }
      lines.push(lineCells(lang, item.where.row, row));
      if (format === 'json') {
        const { index: _index, warnings: _w, ...rest } = row;
        jsonItems.push({ row: item.where.row, ok: true, ...rest });
      } else if (explain) {
        const text = explainResult(
          { ...row, kind: 'committee-standard', asOf: result.asOf, profile: result.profile, engine: result.engine },
          { lang },
        );
        const who =
          row.name === null
            ? row.divisionCode === null
              ? ''
              : `（${row.divisionCode}）`
            : msg(lang, 'division_code_suffix', { name: row.name, divisionCode: row.divisionCode ?? row.name });
        explanations.push(
          `${msg(lang, 'row_heading', { row: item.where.row, item: item.where.item === true, id: '' })}${who}\n${text.replace(/^/gm, '  ')}\n`,
        );
      }
    }
    const blank = register.counts?.blank ?? 0;
    const totals = register.counts?.totals ?? 0;
    const read = register.counts?.rows ?? itemsRead;
    // Rows read = computed + refused + blank + totals: the reader's count, not ours, so the sum is a real check.
    if (read !== computed + failed + blank + totals)
      throw new Error(`row counts do not add up: ${read} read, ${computed} + ${failed} + ${blank} + ${totals}`);
    await diagnostics.finish(
      format === 'json' ? msgPair('errors_in_items', { term: 'errors' }) : msgPair('errors_on_stderr'),
    );
    summary = summaryText(
      lang,
      asOf,
      result.profile,
      { read, computed, failed, blank, totals },
      outcomes,
      failingRules,
      warnings,
    );
    if (format === 'json') {
      await out.write(
        `${JSON.stringify(
          {
            asOf,
            profile: result.profile,
            engine: result.engine,
            items: jsonItems,
            summary: {
              rows: read,
              computed,
              failed,
              skippedBlank: blank,
              skippedTotals: totals,
              ...outcomes,
              failingChecks: Object.fromEntries([...failingRules].map(([rule, e]) => [rule, e.n])),
            },
            warnings: [...warnings.values()],
          },
          null,
          2,
        )}\n`,
      );
    } else {
      const header = [
        msg(lang, 'col_row'),
        msg(lang, 'code'),
        msg(lang, 'name'),
        msg(lang, 'kind'),
        msg(lang, 'result'),
        msg(lang, 'failing_checks'),
        msg(lang, 'undetermined'),
      ];
      const cells =
        format === 'csv' || format === 'xlsx'
          ? sheetWriter(format, out, header)
          : tableWriter(out, header, [0], [header.length - 1]);
      await cells.rows(lines);
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
  return failed > 0 || (outcomes.fail ?? 0) > 0 ? EXIT.findings : EXIT.ok;
}

function summaryText(
  lang: Lang,
  asOf: string,
  profile: { id: string; version: string },
  t: { read: number; computed: number; failed: number; blank: number; totals: number },
  outcomes: Readonly<Record<string, number>>,
  failing: ReadonlyMap<string, { label: { zh: string; en: string }; n: number }>,
  warnings: ReadonlyMap<string, Warning>,
): string {
  const out: string[] = [];
  out.push(msg(lang, 'as_of_profile', { asOf, id: profile.id, version: profile.version }));
  const skipped = skippedClause(lang, t);
  out.push(
    msg(lang, 'committees_summary', {
      read: count(t.read),
      pass: count(outcomes.pass ?? 0),
      fail: count(outcomes.fail ?? 0),
      undetermined: count(outcomes.undetermined ?? 0),
      failed: count(t.failed),
      skipped,
    }),
  );
  const top = [...failing.values()].sort((a, b) => b.n - a.n);
  if (top.length > 0) {
    out.push(
      msg(lang, 'failing_checks_list', {
        checks: top.map((e) => ({ label: e.label, count: count(e.n) })),
      }),
    );
  }
  out.push(...warningLines(lang, warnings.values()));
  return out.join('\n') + '\n';
}
