/**
 * `huaian-sw ratings`: the 社会组织评估 grades of a register on a date (《社会组织评估管理办法》 民政部令第39号): valid,
 * in the re-evaluation window, expired (视为无评估等级) or cancelled, the grounds of art. 30 the records show and the
 * certificate returns of art. 33, computed by `ratingStatusBatch`; with `--target` or `--registered-before`, whether
 * each may apply in the round (`ratingEligibilityBatch`: arts. 6, 7, 29, 31 and the profile's city rules). Bad rows are
 * reported on stderr with their row, column and reason; the others are still computed.
 * @module
 */
import { pick, explain as explainResult, type PolicyIssue, type Profile, type Warning } from '../../core/index.js';
import {
  gradeStateLabels,
  ratingEligibilityBatch,
  ratingProfiles,
  ratingStatusBatch,
  type EligibilityBatchOptions,
  type RatingEligibilityRow,
  type RatingStatusRow,
} from '../../ratings/index.js';
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
import { mapRatingHeaders, RATING_COLUMNS, rowToOrganization } from '../../sheets/ratings.js';
import { columnForPath } from '../sheet-errors.js';
import { type SheetCounts } from '../sheet.js';
import { readRegisterSheet } from '../register-sheet.js';
import { warningLines } from '../warnings.js';

/** Help text of `huaian-sw ratings`. */
export const RATINGS_HELP = {
  zh: `用法：huaian-sw ratings <社会组织.csv|.json> --as-of YYYY-MM-DD [选项]

按《社会组织评估管理办法》（民政部令第39号）列出各社会组织在查询日期的评估等级状态：有效期5年（第二十八条），有效期满前2年
可申请重新评估（第二十九条），满有效期未重新评估的视为无评估等级，被取消的不再有效；并列出年度检查、行政处罚所示的第三十条
情形，以及降低或取消等级后15日内退回证书、牌匾的期限（第三十三条）。给出 --target 或 --registered-before 时，另判断能否参加
本轮评估：第六条、第七条、第二十九条、第三十一条，以及配置中的城市规则（苏州：申报5A须持4A满2年；怀宁：未建党组织不得评5A）。
江苏分数段：5A 951分以上，4A 901–950分（950分为4A），3A 851–900分，2A 801–850分，1A 800分以下。缺少的信息列为“无法判定”，不作推测。

输入：Excel 另存的 CSV（UTF-8 或 GBK/GB18030，自动识别）或 JSON 数组（每项一个组织，字段同 /entities 的“组织”记录）。
  也可直接读 Excel 工作簿（.xlsx，第一个工作表或 --sheet 指定的工作表）。
  列名可用中文或英文：编号/id、名称/name、组织类型/kind（必需，如 民办社会工作服务机构、新社会组织）、所在区划代码、
  社会组织类型（社会团体、基金会、民办非企业单位）、登记日期、是否志愿服务组织、社会组织评估等级（4A、4A级、四级）、
  评估等级认定日期、行政处罚（无；2025-04-01 已执行；2024-06-01 未执行完毕）、是否正在被立案调查、
  评估等级处理（无；降低 2024-03-15；取消 2023-03-15）、是否建立党组织、申报等级，以及每年一列的年度检查结果
  （如「2025年度年检结果」：合格、基本合格、不合格、未参加年度检查）。日期可写 2026-02-10、2026/2/10 或 2026年2月10日。

选项：
  --as-of <日期>              查询日期（必需）：等级状态和申请资格都按这一天判断（“上年度”为其上一年）
  --profile <名称|文件>       配置：jiangsu（默认）、suzhou-2021、anhui-huaining，或本地的 JSON 配置文件
  --overrides <文件>          覆盖配置中的参数（JSON：参数 → 新值，同 withOverrides）
  --target <等级>             申报等级（各行未填“申报等级”时使用），如 4A
  --registered-before <日期>  本轮通知的登记截止日期：未获过评估等级的，此日及以前登记的满第六条第一项的两个年度
  --calendar <文件>           加载某年的放假安排（JSON），用于第三十三条15日期限的顺延
  --out, -o <文件>            写入 .csv、.xlsx（Excel 工作簿）或 .json；不给则在终端显示表格
  --format <格式>             table、csv、xlsx 或 json（默认按 --out 的扩展名）
  --explain                   每个组织附上计算说明（所用条款、期间计算方法和参数）
  --encoding <编码>           输入编码：auto（默认）、utf8、gb18030（gbk）；带 BOM 的 UTF-16 自动识别
  --multiline <列名>          允许这一列的单元格内有换行（可多次给出，或用逗号分隔多个列名）
  --multiline-limit <行数>    一个单元格最多占的物理行数（默认 50）
  --show-errors <数量|all>    同一种错误在标准错误中最多逐条列出的行数（默认 20）；其余只计数
  --lang <zh|en>              输出语言（默认 zh）
  --help, -h                  显示本说明

输出文件先写到同一文件夹中的临时文件，成功后才替换原文件；输出文件不能是任何一个输入文件。

退出码：0 各行均可计算且没有须处理的事项；1 有须处理的事项（第三十条情形、逾期未退回证书）、不能申请的组织，或有行数据
有误（已在标准错误输出逐行说明）；2 用法或文件错误。

示例：
  huaian-sw ratings 社会组织.csv --as-of 2026-03-01
  huaian-sw ratings 社会组织.csv --as-of 2026-05-01 --target 4A --registered-before 2024-04-30 --out 评估资格.csv`,
  en: `Usage: huaian-sw ratings <register.csv|.json> --as-of YYYY-MM-DD [options]

Lists the 社会组织评估 grade of each organization on a date under 民政部令第39号: valid for 5 years (art. 28), open for
re-evaluation in the last 2 (art. 29), expired (deemed to have no grade) or cancelled; the grounds of art. 30 that the
annual inspections and penalties show, and the 15 days to return the certificate after a lowered or cancelled grade
(art. 33). With --target or --registered-before, whether each may apply in the round: arts. 6, 7, 29, 31 and the
profile's city rules (Suzhou: 5A only after 4A held 2 years; 怀宁: no 5A without a party organization). Jiangsu bands:
5A 951 and above, 4A 901-950 (950 is 4A), 3A 851-900, 2A 801-850, 1A 800 and below. Missing facts are listed as
undetermined, never guessed.

Input: a CSV saved by Excel (UTF-8 or GBK/GB18030, detected) or a JSON array (one organization per item, the fields of
the /entities organization record). An Excel workbook (.xlsx) is read directly: the first sheet, or --sheet.
  Headers in Chinese or English: id, name, kind (required), divisionCode, legalForm, registeredOn,
  volunteerServiceOrganization, rating, ratedOn, penalties, underInvestigation, ratingSanctions, hasPartyOrganization,
  target, and one column per year of annual inspection ("2025年度年检结果" or annualInspections.2025).

Options:
  --as-of <date>              the date asked about (required); "last year" is the year before it
  --profile <id|file>         profile: jiangsu (default), suzhou-2021, anhui-huaining, or a JSON profile file
  --overrides <file>          replace parameters of the profile (JSON: parameter → value, as withOverrides)
  --target <grade>            the grade applied for, for rows that do not give one (e.g. 4A)
  --registered-before <date>  the round's registration cut-off (art. 6(1) for organizations never graded)
  --calendar <file>           load a year's holiday notice (JSON), for the 15 days of art. 33
  --out, -o <file>            write .csv, .xlsx (an Excel workbook) or .json; default: a table on the terminal
  --format <format>           table, csv, xlsx or json (default: from the --out extension)
  --explain                   add each organization's explanation
  --encoding <enc>            input encoding: auto (default), utf8, gb18030 (gbk); UTF-16 with a BOM is detected
  --multiline <column>        allow line breaks inside the cells of this column
  --multiline-limit <n>       most physical lines one cell may take (default 50)
  --show-errors <n|all>       rows of one kind of error listed on stderr (default 20); the rest are counted
  --lang <zh|en>              output language (default zh)
  --help, -h                  show this help

Exit codes: 0 every row computed and nothing to act on; 1 something to act on (art. 30 grounds, a certificate not
returned), an organization that may not apply, or rows with bad data (each reported on stderr); 2 usage or file error.

Examples:
  huaian-sw ratings register.csv --as-of 2026-03-01 --lang en
  huaian-sw ratings register.csv --as-of 2026-05-01 --target 4A --registered-before 2024-04-30 --out eligibility.csv`,
};

/** One organization of the register on its way to the library. */
interface Item {
  readonly where: Location;
  readonly organization: unknown;
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
    const list = Array.isArray(json) ? json : (json as { organizations?: unknown } | null)?.organizations;
    if (!Array.isArray(list)) throw new UsageError('organizations_not_list', { term: 'organizations', file });
    return {
      items: list.map((o, i) => ({
        where: { row: i + 1, item: true, id: (o as { id?: unknown } | null)?.id },
        organization: o,
        issues: [],
      })),
    };
  }
  const { sheet, map } = await readRegisterSheet(io, file, args, RATING_COLUMNS, mapRatingHeaders);
  const idCol = map.columns.findIndex((c) => c?.key === 'id');
  const items = sheet.rows.map((r): Item => {
    const shaped = rowToOrganization(r.cells, map);
    const id = idCol >= 0 ? r.cells[idCol]?.trim() : undefined;
    return {
      where: { row: r.row, id },
      organization: shaped.organization,
      issues: r.issues === undefined ? shaped.issues : [...r.issues, ...shaped.issues],
    };
  });
  return { items, map, counts: sheet.counts };
}

/** The column of an issue path, including a year of 年度检查. */
function columnOf(path: readonly (string | number)[], map: HeaderMap | undefined): string | undefined {
  if (map === undefined) return undefined;
  if (path[0] === 'annualInspections' && typeof path[1] === 'string')
    return map.columns.find((c) => c?.key === 'annualInspections' && c.year === path[1])?.header;
  return columnForPath(path, map)?.header;
}

const ELIGIBILITY: Readonly<Record<string, { zh: string; en: string }>> = {
  pass: msgPair('may_apply'),
  fail: msgPair('may_not_apply'),
  undetermined: msgPair('undetermined'),
  not_applicable: msgPair('not_applicable'),
};

const warningKey = (w: Warning) => `${w.code}|${w.en}`;

/** The notes of a row: findings to act on or undetermined, and the eligibility's failing rules. */
function notes(lang: Lang, status: RatingStatusRow, eligibility: RatingEligibilityRow | undefined): string {
  const out: string[] = [];
  for (const f of status.findings) if (f.outcome === 'fail' || f.outcome === 'undetermined') out.push(pick(f, lang));
  if (eligibility !== undefined)
    for (const f of eligibility.findings)
      if (f.outcome === 'fail' || f.outcome === 'undetermined') out.push(pick(f, lang));
  return out.join(lang === 'zh' ? '；' : '; ');
}

/**
 * Runs `huaian-sw ratings`.
 * @param args - parsed arguments
 * @param io - the outside world
 * @returns the exit code
 */
export async function ratingsCommand(args: CommandArgs, io: CliIO): Promise<number> {
  const lang = args.lang;
  const file = inputFile(args);
  const asOf = requireOption(args, 'as-of');
  const format = formatOf(args);
  const explain = args.values.explain === true;
  const target = typeof args.values.target === 'string' ? args.values.target : undefined;
  const registeredBefore =
    typeof args.values['registered-before'] === 'string' ? args.values['registered-before'] : undefined;
  const eligibility = target !== undefined || registeredBefore !== undefined;
  multilineOf(args);
  const diagnostics = new Diagnostics(io, lang, showErrorsOf(args));
  const out = await openOutput(args, io);
  const warnings = new Map<string, Warning>();
  const states: Record<string, number> = {};
  const applying: Record<string, number> = {};
  let failed = 0;
  let toAct = 0;
  let computed = 0;
  let itemsRead = 0;
  let summary: string;
  try {
    let profile: unknown = await profileOption(args, io);
    if (typeof args.values.overrides === 'string') {
      const id = profile === undefined ? ratingProfiles.defaultId : typeof profile === 'string' ? profile : undefined;
      const base: Profile =
        id !== undefined
          ? orUsage(msgPair('unknown_profile'), () => ratingProfiles.get(id))
          : profileFromJson(profile, String(args.values.profile));
      profile = await applyOverrides(args, io, base);
    }
    const calendar =
      typeof args.values.calendar === 'string' ? await readJsonFile(io, args.values.calendar) : undefined;
    const options = {
      asOf,
      explain,
      ...(profile === undefined ? {} : { profile: profile as Profile }),
      ...(calendar === undefined ? {} : { calendar: calendar as object }),
    };
    const eOptions: EligibilityBatchOptions = {
      ...options,
      ...(target === undefined ? {} : { target }),
      ...(registeredBefore === undefined ? {} : { registeredBefore }),
    };
    // A bad profile, calendar or option refuses the whole run before any row is read.
    orUsage(msgPair('petitions_options_invalid'), () =>
      eligibility ? ratingEligibilityBatch([], eOptions) : ratingStatusBatch([], options),
    );
    const register = await readRegister(io, file, args);
    const good = register.items.filter((i) => i.issues.length === 0);
    const statuses = orUsage(msgPair('computation_failed'), () =>
      ratingStatusBatch(
        good.map((i) => i.organization),
        options,
      ),
    );
    const checks = eligibility
      ? orUsage(msgPair('computation_failed'), () =>
          ratingEligibilityBatch(
            good.map((i) => i.organization),
            eOptions,
          ),
        )
      : undefined;
    const lines: string[][] = [];
    const jsonItems: unknown[] = [];
    const explanations: string[] = [];
    let k = 0;
    for (const item of register.items) {
      itemsRead++;
      let issues = item.issues;
      let status: RatingStatusRow | undefined;
      let check: RatingEligibilityRow | undefined;
      if (issues.length === 0) {
        const s = statuses.rows[k]!;
        const c = checks?.rows[k];
        k++;
        const refused = s.outcome === 'error' ? s : c?.outcome === 'error' ? c : undefined;
        if (refused === undefined) {
          status = s as RatingStatusRow;
          check = c as RatingEligibilityRow | undefined;
        } else
          issues = refused.error.issues.map((i) =>
            typeof i.path[0] === 'number' ? { ...i, path: i.path.slice(1) } : i,
          );
      }
      if (status === undefined) {
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
      for (const w of [...status.warnings, ...(check?.warnings ?? [])]) warnings.set(warningKey(w), w);
      const stateKey = status.validity.renewalOpen ? 'renewal' : status.state;
      states[stateKey] = (states[stateKey] ?? 0) + 1;
      if (status.outcome === 'fail') toAct++;
      if (check !== undefined) applying[check.outcome] = (applying[check.outcome] ?? 0) + 1;
      const v = status.validity;
      const state = status.validity.renewalOpen ? msgPair('valid_reevaluation_open') : gradeStateLabels[status.state];
      lines.push([
        String(item.where.row),
        status.id ?? '',
        v.grade ?? '',
        v.ratedOn ?? '',
        v.expiresOn ?? '',
        v.state === 'valid' ? (v.renewalOpensOn ?? '') : '',
        pick(state, lang),
        ...(check === undefined ? [] : [pick(ELIGIBILITY[check.outcome]!, lang)]),
        notes(lang, status, check),
      ]);
      if (format === 'json') {
        const { index: _i, warnings: _w, ...rest } = status;
        jsonItems.push({
          row: item.where.row,
          ok: true,
          ...rest,
          ...(check === undefined
            ? {}
            : {
                eligibility: {
                  outcome: check.outcome,
                  target: check.target,
                  findings: check.findings,
                  missing: check.missing,
                },
              }),
        });
      } else if (explain) {
        const text = explainResult(
          { ...status, kind: 'rating-status', asOf: statuses.asOf, profile: statuses.profile, engine: statuses.engine },
          { lang },
        );
        const more =
          check === undefined
            ? ''
            : `\n${explainResult({ ...check, kind: 'rating-eligibility', asOf: statuses.asOf, profile: statuses.profile, engine: statuses.engine }, { lang })}`;
        const who = status.id === null ? '' : msg(lang, 'id', { id: status.id });
        explanations.push(
          `${msg(lang, 'row_heading', { row: item.where.row, item: item.where.item === true, id: '' })}${who}\n${(text + more).replace(/^/gm, '  ')}\n`,
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
      statuses.profile,
      { read, computed, failed, blank, totals, toAct },
      states,
      eligibility ? applying : undefined,
      warnings,
    );
    if (format === 'json') {
      await out.write(
        `${JSON.stringify({ asOf, profile: statuses.profile, engine: statuses.engine, items: jsonItems, summary: { rows: read, computed, failed, skippedBlank: blank, skippedTotals: totals, toActOn: toAct, states, ...(eligibility ? { eligibility: applying } : {}) }, warnings: [...warnings.values()] }, null, 2)}\n`,
      );
    } else {
      const header = [
        msg(lang, 'col_row'),
        msg(lang, 'col_id'),
        msg(lang, 'grade'),
        msg(lang, 'awarded'),
        msg(lang, 'valid_through'),
        msg(lang, 're_evaluation'),
        msg(lang, 'state'),
        ...(eligibility ? [msg(lang, 'application')] : []),
        msg(lang, 'col_note'),
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
  if (format === 'table' && args.values.out === undefined) await io.stdout.write('\n' + summary);
  else await io.stderr.write(summary);
  return failed > 0 || toAct > 0 || (applying.fail ?? 0) > 0 ? EXIT.findings : EXIT.ok;
}

function summaryText(
  lang: Lang,
  asOf: string,
  profile: { id: string; version: string },
  t: { read: number; computed: number; failed: number; blank: number; totals: number; toAct: number },
  states: Readonly<Record<string, number>>,
  applying: Readonly<Record<string, number>> | undefined,
  warnings: ReadonlyMap<string, Warning>,
): string {
  const out: string[] = [];
  out.push(msg(lang, 'as_of_profile', { asOf, id: profile.id, version: profile.version }));
  const skipped = skippedClause(lang, t);
  out.push(
    msg(lang, 'ratings_summary', {
      read: count(t.read),
      computed: count(t.computed),
      failed: count(t.failed),
      skipped,
      toAct: count(t.toAct),
    }),
  );
  const s = (k: string) => states[k] ?? 0;
  out.push(
    msg(lang, 'rating_states_summary', {
      valid: s('valid') + s('renewal'),
      reopen: s('renewal'),
      expired: s('expired'),
      cancelled: s('cancelled'),
      none: s('none'),
      unknown: s('unknown'),
    }),
  );
  if (applying !== undefined) {
    const a = (k: string) => applying[k] ?? 0;
    out.push(msg(lang, 'eligibility_counts', { may: a('pass'), mayNot: a('fail'), undetermined: a('undetermined') }));
  }
  out.push(...warningLines(lang, warnings.values()));
  return out.join('\n') + '\n';
}
