/**
 * `huaian-sw petitions`: the due and overdue items of a 信访台账 on a date, per office (承办单位), computed by
 * `petitionStatusBatch` (《信访工作条例》 2022: 登记转送 and 书面告知 15日, 提出异议 5个工作日, 办结 60日 from 受理,
 * 复查 and 复核 30 + 30). Bad rows are reported on stderr with their row, column and reason; the others are still
 * computed. With `--explain`, each item's explanation (the articles, the counting rule, the parameters).
 * @module
 */
import { pick, explain as explainResult, type PolicyIssue, type Profile, type Warning } from '../../core/index.js';
import {
  petitionProfiles,
  petitionStatusBatch,
  type MilestoneStatus,
  type PetitionBatchOptions,
  type PetitionStatusRow,
} from '../../petitions/index.js';
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
import type { HeaderMap } from '../../sheets/columns.js';
import { applyOverrides, orUsage, profileFromJson, profileOption, readJsonFile } from '../common.js';
import { Diagnostics } from '../diagnostics.js';
import type { CliIO } from '../io.js';
import { count, formatRowIssue, skippedClause, type Location, msgPair, msg } from '../messages.js';
import { sheetWriter, tableWriter } from '../output.js';
import { openOutput } from '../output-file.js';
import { PETITION_COLUMNS, rowToPetition } from '../../sheets/petitions.js';
import { columnForPath } from '../sheet-errors.js';
import { type SheetCounts } from '../sheet.js';
import { readRegisterSheet } from '../register-sheet.js';
import { warningLines } from '../warnings.js';

/** Help text of `huaian-sw petitions`. */
export const PETITIONS_HELP = {
  zh: `用法：huaian-sw petitions <台账.csv|.json> --as-of YYYY-MM-DD [选项]

按《信访工作条例》（2022年）列出信访台账中各承办单位截至查询日期的待办和逾期事项：登记并转送、交办（15日，第二十二条）、
书面告知（15日，第二十三条）、提出异议（5个工作日，第二十三条第三款）、办结（自受理起60日，可延长不超过30日，仅第三十一条
第六项，第三十四条）、复查意见和复核意见（各30日，第三十五条、第三十六条）。逾期未书面告知属于第四十四条第三项、逾期未办结
属于第四十五条第一项规定的情形。“日”按自然日、按民法典第二百零一条至第二百零三条计算（最后一日遇休息日顺延）；工作日按
国务院办公厅放假安排。缺少日期或缺少某年放假安排的期限列为“无法确定”，不作推测。

输入：Excel 另存的 CSV（UTF-8 或 GBK/GB18030，自动识别）、Excel 工作簿（.xlsx，第一个工作表或 --sheet 指定的工作表）或 JSON 数组（每项一件信访事项）。
  列名可用中文或英文：编号/id、承办单位/office、收到方式/intake（信访部门收到、信访人直接提出、转送、交办）、
  信访形式/form、信访事项类别/category（建议意见类、检举控告类、申诉求决类）、申诉求决类办理途径/route（可写 六、第六项）、
  信访人姓名（名称）、住址不清/identityUnclear（是/否）、走访人数、推选代表人数、收到日期/receivedOn（必需）、
  转送、交办日期、书面告知日期、提出异议日期、受理日期、延长办理期限（日）、办结日期、信访人收到书面答复日期、
  收到复查请求日期、复查意见答复日期、信访人收到复查意见日期、收到复核请求日期、听证所需时间（日）、复核意见日期。
  日期可写 2026-02-10、2026/2/10 或 2026年2月10日。

选项：
  --as-of <日期>          查询日期（必需）：列出截至这一天的待办和逾期事项；只计这一天及以前的记录
  --profile <名称|文件>   配置：national-2022（默认），或本地的 JSON 配置文件
  --overrides <文件>      覆盖配置中的参数（JSON：参数 → 新值，同 withOverrides），如人民建议回复期限
  --calendar <文件>       加载某年的放假安排（JSON，国务院办公厅通知发布后即可加载），加入内置的2015—2026年日历
  --out, -o <文件>        写入 .csv、.xlsx（Excel 工作簿）或 .json；不给则在终端显示表格
  --format <格式>         table、csv、xlsx 或 json（默认按 --out 的扩展名）
  --explain               每件事项附上计算说明（所用条款、期间计算方法和参数）
  --encoding <编码>       输入编码：auto（默认）、utf8、gb18030（gbk）；带 BOM 的 UTF-16 自动识别
  --multiline <列名>      允许这一列的单元格内有换行（可多次给出，或用逗号分隔多个列名）
  --multiline-limit <行数>  一个单元格最多占的物理行数（默认 50）
  --show-errors <数量|all>  同一种错误在标准错误中最多逐条列出的行数（默认 20）；其余只计数
  --lang <zh|en>          输出语言（默认 zh）
  --help, -h              显示本说明

输出文件先写到同一文件夹中的临时文件，成功后才替换原文件；输出文件不能是任何一个输入文件。

退出码：0 没有逾期事项且各行均可计算；1 有逾期（或逾期办理）事项，或有行数据有误（已在标准错误输出逐行说明）；2 用法或文件错误。

示例：
  huaian-sw petitions 信访台账.csv --as-of 2026-03-01
  huaian-sw petitions 信访台账.csv --as-of 2027-01-10 --calendar 2027年放假安排.json --out 待办.csv --explain`,
  en: `Usage: huaian-sw petitions <ledger.csv|.json> --as-of YYYY-MM-DD [options]

Lists, per office, the due and overdue steps of a petition ledger on a date under the Regulations on Petition Work
(2022): registration and routing (15 days, art. 22), written notice (15 days, art. 23), objection (5 working days,
art. 23 para. 3), resolution (60 days from acceptance, extension of at most 30 only for art. 31(6), art. 34), review and
re-examination opinions (30 days each, arts. 35, 36). A late written notice falls under art. 44(3), a late resolution
under art. 45(1). Days are calendar days counted as in Civil Code arts. 201-203 (a last day on a rest day moves to the
next working day); working days follow the official holiday calendar. A deadline that lacks a date, or a year's holiday
calendar, is listed as undetermined, never guessed.

Input: a CSV saved by Excel (UTF-8 or GBK/GB18030, detected), an Excel workbook (.xlsx: the first sheet, or --sheet) or a JSON array (one item per petition).
  Headers in Chinese or English: id, office, intake (petition_office, direct, transferred), form, category (suggestion,
  accusation, claim), route (judicial … opinion, or 六), identityUnclear (true/false), visitors, representatives,
  receivedOn (required), routedOn, noticeGivenOn, objectedOn, acceptedOn, extensionDays, resolvedOn, answerReceivedOn,
  reviewRequestedOn, reviewDecidedOn, reviewAnswerReceivedOn, reexamRequestedOn, hearingDays, reexamDecidedOn.
  Dates as 2026-02-10, 2026/2/10 or 2026年2月10日.

Options:
  --as-of <date>          the date asked about (required); only entries dated on or before it count
  --profile <id|file>     profile: national-2022 (default), or a JSON profile file
  --overrides <file>      replace parameters of the profile (JSON: parameter → value, as withOverrides)
  --calendar <file>       load a year's holiday notice (JSON), added to the built-in 2015-2026 calendar
  --out, -o <file>        write .csv, .xlsx (an Excel workbook) or .json; default: a table on the terminal
  --format <format>       table, csv, xlsx or json (default: from the --out extension)
  --explain               add each item's explanation (articles, counting rule, parameters)
  --encoding <enc>        input encoding: auto (default), utf8, gb18030 (gbk); UTF-16 with a BOM is detected
  --multiline <column>    allow line breaks inside the cells of this column (repeat it, or separate names by commas)
  --multiline-limit <n>   most physical lines one cell may take (default 50)
  --show-errors <n|all>   rows of one kind of error listed on stderr (default 20); the rest are counted
  --lang <zh|en>          output language (default zh)
  --help, -h              show this help

The output file is written to a temporary file in the same folder and replaces the old one only on success; it may not
be one of the input files.

Exit codes: 0 nothing overdue and every row computed; 1 something overdue (or done late), or some rows have bad data
(each reported on stderr); 2 usage or file error.

Examples:
  huaian-sw petitions ledger.csv --as-of 2026-03-01 --lang en
  huaian-sw petitions ledger.csv --as-of 2027-01-10 --calendar notice-2027.json --out due.csv --explain`,
};

/** One item of the ledger on its way to the library. */
interface Item {
  readonly where: Location;
  readonly petition: unknown;
  readonly issues: readonly PolicyIssue[];
}

/** The ledger read whole: its items, the header map and counts of a sheet. */
interface Ledger {
  readonly items: readonly Item[];
  readonly map?: HeaderMap;
  readonly counts?: Readonly<SheetCounts>;
}

async function readLedger(io: CliIO, file: string, args: CommandArgs): Promise<Ledger> {
  if (/\.json$/i.test(file)) {
    const json = await readJsonFile(io, file, args);
    const list = Array.isArray(json)
      ? json
      : ((json as { petitions?: unknown; items?: unknown } | null)?.petitions ??
        (json as { items?: unknown } | null)?.items);
    if (!Array.isArray(list)) throw new UsageError('petitions_not_list', { term: 'petitions', file });
    return {
      items: list.map((p, i) => ({
        where: { row: i + 1, item: true, id: (p as { id?: unknown } | null)?.id },
        petition: p,
        issues: [],
      })),
    };
  }
  const { sheet, map } = await readRegisterSheet(io, file, args, PETITION_COLUMNS);
  const idCol = map.columns.findIndex((c) => c?.key === 'id');
  const items = sheet.rows.map((r): Item => {
    const shaped = rowToPetition(r.cells, map);
    const id = idCol >= 0 ? r.cells[idCol]?.trim() : undefined;
    return {
      where: { row: r.row, id },
      petition: shaped.petition,
      issues: r.issues === undefined ? shaped.issues : [...r.issues, ...shaped.issues],
    };
  });
  return { items, map, counts: sheet.counts };
}

/** The milestones an office has to see: obligations pending, overdue, late or undetermined, and open windows. */
const LISTED = new Set(['pending', 'overdue', 'done_late', 'open', 'undetermined']);
const ORDER: Readonly<Record<string, number>> = { overdue: 0, done_late: 1, pending: 2, open: 3, undetermined: 4 };

const STATE: Readonly<Record<string, { zh: string; en: string }>> = {
  pending: msgPair('due'),
  overdue: msgPair('overdue'),
  done_late: msgPair('done_late'),
  open: msgPair('open'),
  undetermined: msgPair('undetermined_value'),
};

/** One line of the listing. */
interface Line {
  readonly office: string;
  readonly row: number;
  readonly id: string;
  readonly milestone: MilestoneStatus;
}

function daysText(lang: Lang, m: MilestoneStatus): string {
  if (m.daysLeft !== null)
    return m.daysLeft === 0 ? msg(lang, 'due_today') : msg(lang, 'days_left', { daysLeft: m.daysLeft });
  if (m.daysOverdue !== null) return msg(lang, 'days_late', { daysOverdue: m.daysOverdue });
  return '';
}

function lineCells(lang: Lang, l: Line): string[] {
  const m = l.milestone;
  const basis = `${m.basis.title}${m.basis.article ?? ''}`;
  const note = m.state === 'undetermined' ? (m.reason == null ? '' : pick(m.reason, lang)) : '';
  return [
    l.office,
    String(l.row),
    l.id,
    pick(m.label, lang),
    m.due ?? '',
    daysText(lang, m),
    pick(STATE[m.state]!, lang),
    basis,
    note,
  ];
}

const warningKey = (w: Warning) => `${w.code}|${w.en}`;

/**
 * Runs `huaian-sw petitions`.
 * @param args - parsed arguments
 * @param io - the outside world
 * @returns the exit code
 */
export async function petitionsCommand(args: CommandArgs, io: CliIO): Promise<number> {
  const lang = args.lang;
  const file = inputFile(args);
  const asOf = requireOption(args, 'as-of');
  const format = formatOf(args);
  const explain = args.values.explain === true;
  multilineOf(args); // checked before anything is opened or read
  const diagnostics = new Diagnostics(io, lang, showErrorsOf(args));
  // Opened first: an output that is one of the inputs is refused before anything is read.
  const out = await openOutput(args, io);
  const warnings = new Map<string, Warning>();
  let failed = 0;
  let overdue = 0;
  let itemsRead = 0;
  let computedItems = 0;
  let blank = 0;
  let totalsRows = 0;
  let summary: string;
  try {
    let profile: unknown = await profileOption(args, io);
    if (typeof args.values.overrides === 'string') {
      const id = profile === undefined ? petitionProfiles.defaultId : typeof profile === 'string' ? profile : undefined;
      const base: Profile =
        id !== undefined
          ? orUsage(msgPair('unknown_profile'), () => petitionProfiles.get(id))
          : profileFromJson(profile, String(args.values.profile));
      profile = await applyOverrides(args, io, base);
    }
    const calendar =
      typeof args.values.calendar === 'string' ? await readJsonFile(io, args.values.calendar) : undefined;
    const options: PetitionBatchOptions = {
      asOf,
      explain,
      ...(profile === undefined ? {} : { profile: profile as Profile }),
      ...(calendar === undefined ? {} : { calendar: calendar as object }),
    };
    // A bad profile, calendar or option refuses the whole run before any row is read.
    orUsage(msgPair('petitions_options_invalid'), () => petitionStatusBatch([], options));
    const ledger = await readLedger(io, file, args);
    const good = ledger.items.filter((i) => i.issues.length === 0);
    const result = orUsage(msgPair('computation_failed'), () =>
      petitionStatusBatch(
        good.map((i) => i.petition),
        options,
      ),
    );
    const lines: Line[] = [];
    const explanations: string[] = [];
    const jsonItems: unknown[] = [];
    let k = 0;
    for (const item of ledger.items) {
      itemsRead++;
      let issues = item.issues;
      let row: PetitionStatusRow | undefined;
      if (issues.length === 0) {
        const r = result.rows[k++]!;
        if (r.outcome !== 'error') row = r;
        // The library locates issues in the batch (`[3].receivedOn`); the sheet's row is located here.
        else issues = r.error.issues.map((i) => (typeof i.path[0] === 'number' ? { ...i, path: i.path.slice(1) } : i));
      }
      if (row === undefined) {
        failed++;
        for (const i of issues) {
          const col = ledger.map === undefined ? undefined : columnForPath(i.path, ledger.map)?.header;
          await diagnostics.report(i.code, () => formatRowIssue(lang, item.where, i, col));
        }
        if (format === 'json')
          jsonItems.push({
            row: item.where.row,
            ok: false,
            id: item.where.id ?? null,
            errors: issues.map((i) => ({ code: i.code, path: i.path, zh: i.zh, en: i.en })),
          });
        continue;
      }
      computedItems++;
      for (const w of row.warnings) warnings.set(warningKey(w), w);
      if (row.findings.some((f) => f.outcome === 'fail')) overdue++;
      const office = row.office ?? msg(lang, 'no_office');
      const id = row.id ?? '';
      for (const m of row.milestones)
        if (LISTED.has(m.state)) lines.push({ office, row: item.where.row, id, milestone: m });
      if (format === 'json') {
        const { index: _index, warnings: _w, ...rest } = row;
        jsonItems.push({ row: item.where.row, ok: true, ...rest });
      } else if (explain) {
        const text = explainResult(
          { ...row, kind: 'petition-status', asOf: result.asOf, profile: result.profile, engine: result.engine },
          { lang },
        );
        const who = id === '' ? '' : msg(lang, 'id', { id });
        explanations.push(
          `${msg(lang, 'row_heading', { row: item.where.row, item: item.where.item === true, id: '' })}${who}\n${text.replace(/^/gm, '  ')}\n`,
        );
      }
    }
    blank = ledger.counts?.blank ?? 0;
    totalsRows = ledger.counts?.totals ?? 0;
    const read = ledger.counts?.rows ?? itemsRead;
    // Rows read = computed + refused + blank + totals: the reader's count, not ours, so the sum is a real check.
    if (read !== computedItems + failed + blank + totalsRows)
      throw new Error(
        `row counts do not add up: ${read} read, ${computedItems} + ${failed} + ${blank} + ${totalsRows}`,
      );
    lines.sort((a, b) =>
      a.office < b.office
        ? -1
        : a.office > b.office
          ? 1
          : ORDER[a.milestone.state]! - ORDER[b.milestone.state]! ||
            (a.milestone.due ?? '9').localeCompare(b.milestone.due ?? '9') ||
            a.row - b.row,
    );
    await diagnostics.finish(
      format === 'json' ? msgPair('errors_in_items', { term: 'errors' }) : msgPair('errors_on_stderr'),
    );
    summary = summaryText(
      lang,
      asOf,
      result.profile,
      { read, computed: computedItems, failed, blank, totals: totalsRows, overdue },
      lines,
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
              computed: computedItems,
              failed,
              skippedBlank: blank,
              skippedTotals: totalsRows,
              overdueItems: overdue,
              byOffice: byOffice(lines),
            },
            warnings: [...warnings.values()],
          },
          null,
          2,
        )}\n`,
      );
    } else {
      const header = [
        msg(lang, 'col_office'),
        msg(lang, 'col_row'),
        msg(lang, 'col_id'),
        msg(lang, 'step'),
        msg(lang, 'col_due'),
        msg(lang, 'days'),
        msg(lang, 'col_petition_status'),
        msg(lang, 'basis'),
        msg(lang, 'col_note'),
      ];
      const cells =
        format === 'csv' || format === 'xlsx' ? sheetWriter(format, out, header) : tableWriter(out, header, [1], [8]);
      await cells.rows(lines.map((l) => lineCells(lang, l)));
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
  return failed > 0 || overdue > 0 ? EXIT.findings : EXIT.ok;
}

function byOffice(lines: readonly Line[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const l of lines) {
    const o = (out[l.office] ??= { overdue: 0, done_late: 0, pending: 0, open: 0, undetermined: 0 });
    o[l.milestone.state] = (o[l.milestone.state] ?? 0) + 1;
  }
  return out;
}

function summaryText(
  lang: Lang,
  asOf: string,
  profile: { id: string; version: string },
  t: { read: number; computed: number; failed: number; blank: number; totals: number; overdue: number },
  lines: readonly Line[],
  warnings: ReadonlyMap<string, Warning>,
): string {
  const out: string[] = [];
  out.push(msg(lang, 'as_of_profile', { asOf, id: profile.id, version: profile.version }));
  const skipped = skippedClause(lang, t);
  out.push(
    msg(lang, 'petitions_summary', {
      read: count(t.read),
      computed: count(t.computed),
      failed: count(t.failed),
      skipped,
      overdue: count(t.overdue),
    }),
  );
  for (const [office, c] of Object.entries(byOffice(lines))) {
    out.push(
      msg(lang, 'petitions_state_counts', {
        office,
        overdue: c.overdue ?? 0,
        done_late: c.done_late ?? 0,
        pending: c.pending ?? 0,
        open: c.open ?? 0,
        undetermined: c.undetermined ?? 0,
      }),
    );
  }
  out.push(...warningLines(lang, warnings.values()));
  return out.join('\n') + '\n';
}
