/**
 * `huaian-sw review`: the 双审 review of an association's leadership slate, seat by seat, with each rule's outcome,
 * reason and source.
 * @module
 */
import { PolicyError, pick, explain, type RowOutcome, type Source } from '../../core/index.js';
import {
  associationRoleLabels,
  reviewSlate,
  type Finding,
  type ReviewSlateOptions,
  type SeatReview,
  type SlateReview,
} from '../../associations/index.js';
import { readSlateSheet, type SlateSheet } from '../../sheets/slate.js';
import { EXIT, UsageError, formatOf, inputFile, type CommandArgs, type Lang } from '../args.js';
import { orUsage, profileOption, readJsonFile } from '../common.js';
import type { CliIO } from '../io.js';
import { msgPair, msg, nameList } from '../messages.js';
import { sheetWriter } from '../output.js';
import { withOutput } from '../output-file.js';
import { readSheetText } from '../register-sheet.js';
import { sheetReaderError, sheetRowIssues } from '../sheet-errors.js';
import { gridOf } from '../sheet-grid.js';
import { renderTable } from '../table.js';
import { warningLines } from '../warnings.js';

/** Help text of `huaian-sw review`. */
export const REVIEW_HELP = {
  zh: `用法：huaian-sw review <人选.json> [--election-date YYYY-MM-DD] [选项]
      huaian-sw review <人选.csv|.xlsx> --association <协会.json> --election-date YYYY-MM-DD [选项]

行业协会商会负责人和党组织书记人选的任前审核（双审）：逐人逐条给出“通过 / 不通过 / 无法判定”及理由和依据。
缺少的资料不会被当作通过，而是“无法判定”并列出缺少的项目。身份证号只显示脱敏后的形式。
人选的字段与 /entities 的人员记录相同（id、birthDate、civilServant、retiredCadre、associationPosts 等），
另加本次人选的事实（priorTerms、reviewDate 等）。某个岗位的输入有误时，该岗位标为“输入有误”，其余照常审核。

输入：JSON 对象
  { "association": { "id": "…", "name": "…", "management": "decoupled", "termYears": 5 },
    "electionDate": "2026-03-16",
    "slate": [ { "role": "president", "candidate": { "id": "…", "birthDate": "…", … } }, … ],
    "registry": [ { "personId": "…", "associationId": "…", "role": "secretary_general" } ] }
  岗位 role：president 理事长（会长）、vice_president 副理事长（副会长）、secretary_general 秘书长、
  legal_representative 法定代表人、party_secretary 党组织书记。
或人选表（Excel 另存的 CSV，UTF-8、GBK/GB18030 或 UTF-16；或 .xlsx 工作簿）：每行一个岗位，“岗位”列写会长、
  副会长、秘书长、法定代表人、党组织书记等，其余列为人选的字段或其中文名称（编号、姓名、出生日期、已连任届数、
  任前审核日期 …）；协会信息用 --association 给出。有无法读取的行时整张表不审核，逐条列出问题（行、列和值）。

选项：
  --election-date <日期>  选举日期（覆盖文件中的 electionDate）；规则参数按选举日期取值
  --association <文件>    协会信息（JSON 对象：id、name、management、termYears …）；人选表必需，JSON 人选文件中有则被覆盖
  --registry <文件>       其他社会团体任职登记（JSON 数组，覆盖文件中的 registry）
  --sheet <名称|序号>     读取工作簿中的哪个工作表（默认第一个）
  --encoding <编码>       文件编码：auto（默认）、utf8、gb18030（gbk）、utf16le、utf16be
  --profile <名称|文件>   规则配置：national-2015（默认）或本地 JSON 配置文件
  --explain               列出每人每条规则（包括通过的）及所用参数
  --out, -o <文件>        .csv 或 .xlsx（每人每条规则一行）或 .json（完整结果）；成功后才替换原文件，不能是输入文件
  --format <格式>         table、csv、xlsx 或 json
  --lang <zh|en>          输出语言（默认 zh）
  --help, -h              显示本说明

退出码：0 全部通过；1 有人选不通过、无法判定或输入有误；2 用法或文件错误。

示例：
  huaian-sw review 人选.json --election-date 2026-03-16
  huaian-sw review slate.json --out review.csv
  huaian-sw review 人选.csv --association 协会.json --election-date 2026-03-16`,
  en: `Usage: huaian-sw review <slate.json> [--election-date YYYY-MM-DD] [options]
       huaian-sw review <slate.csv|.xlsx> --association <association.json> --election-date YYYY-MM-DD [options]

Pre-election review (双审) of the candidates for an association's leading posts and party secretary: for each
person and rule, pass / fail / undetermined with the reason and its source. Missing data is never a pass: the rule
is undetermined and names what is missing. Resident IDs are shown only masked. A candidate is a person record of
/entities (id, birthDate, civilServant, retiredCadre, associationPosts, …) plus the facts of this candidacy
(priorTerms, reviewDate, …). A seat whose input is refused is marked so; the other seats are reviewed.

Input: a JSON object
  { "association": { "id": "…", "name": "…", "management": "decoupled", "termYears": 5 },
    "electionDate": "2026-03-16",
    "slate": [ { "role": "president", "candidate": { "id": "…", "birthDate": "…", … } }, … ],
    "registry": [ { "personId": "…", "associationId": "…", "role": "secretary_general" } ] }
  Roles: president, vice_president, secretary_general, legal_representative, party_secretary.
Or a slate sheet (a CSV saved by Excel, UTF-8, GBK/GB18030 or UTF-16; or an .xlsx workbook): one row per seat, a 岗位
  column (会长, 副会长, 秘书长, 法定代表人, 党组织书记 …) and the candidate's fields or their Chinese labels as the other
  columns (编号, 姓名, 出生日期, 已连任届数, 任前审核日期 …); the association comes from --association. A sheet with
  a row that cannot be read is not reviewed: every problem is listed (row, column and value).

Options:
  --election-date <date>  election date (overrides electionDate in the file); parameters are read on it
  --association <file>    the association (JSON object: id, name, management, termYears …); required with a
                          sheet, replaces the one in a JSON slate
  --registry <file>       posts held in other 社会团体 (JSON array; overrides registry in the file)
  --sheet <name|number>   which sheet of a workbook to read (default the first)
  --encoding <enc>        file encoding: auto (default), utf8, gb18030 (gbk), utf16le, utf16be
  --profile <id|file>     rule profile: national-2015 (default) or a JSON profile file
  --explain               list every rule for every person (passes too) and the parameters read
  --out, -o <file>        .csv or .xlsx (one row per person and rule) or .json (the full result); replaced
                          only on success, never an input file
  --format <format>       table, csv, xlsx or json
  --lang <zh|en>          output language (default zh)
  --help, -h              show this help

Exit codes: 0 every candidate passes; 1 a candidate fails, cannot be decided or was refused; 2 usage or file error.

Examples:
  huaian-sw review slate.json --election-date 2026-03-16 --lang en
  huaian-sw review slate.json --out review.csv
  huaian-sw review slate.csv --association association.json --election-date 2026-03-16 --lang en`,
};

const OUTCOME: Readonly<Record<RowOutcome, { zh: string; en: string }>> = {
  pass: msgPair('pass'),
  fail: msgPair('fail'),
  undetermined: msgPair('undetermined'),
  computed: msgPair('computed'),
  not_applicable: msgPair('not_applicable'),
  error: msgPair('input_refused'),
};

/** The slate file, as read. */
interface SlateFile {
  readonly association?: unknown;
  readonly electionDate?: unknown;
  readonly slate?: unknown;
  readonly seats?: unknown;
  readonly registry?: unknown;
  readonly rules?: unknown;
}

/** True for a slate given as JSON (a `.json` file, or standard input); anything else is read as a sheet. */
const isJsonInput = (file: string): boolean => file === '-' || /\.json$/i.test(file);

/**
 * Reads a slate sheet (CSV in any encoding, or a workbook's sheet): one row per seat, its 岗位 and the candidate's
 * fields. Refused (exit 2), with every problem named by row and column, when a row cannot be read: a slate is
 * reviewed whole or not at all, since a seat left out would change the findings on the slate as a whole.
 * @param io - the outside world
 * @param file - the sheet file
 * @param args - parsed arguments (`--encoding`, `--sheet`, `--multiline`)
 */
async function readSlateFile(io: CliIO, file: string, args: CommandArgs): Promise<SlateSheet> {
  const text = await readSheetText(io, file, args);
  const sheet = sheetReaderError(file, () => readSlateSheet(gridOf(text)), text);
  const byRow = new Map(text.rows.map((r) => [r.row, r]));
  const problems = sheet.rows.flatMap((s) => sheetRowIssues(s.row, s.read.id, byRow.get(s.row)?.issues, s.issues));
  if (problems.length > 0) throw new UsageError('sheet_refused', { file, issues: problems });
  if (sheet.unknown.length > 0)
    await io.stderr.write(msg(args.lang, 'note_unknown_columns', { value: nameList(args.lang, sheet.unknown) }));
  return sheet;
}

/**
 * Reads a slate file and the command line into the library call's arguments.
 * @param json - the slate file's content
 * @param args - parsed arguments
 * @param io - the outside world
 */
export async function reviewInput(
  json: unknown,
  args: CommandArgs,
  io: CliIO,
): Promise<{ slate: unknown; options: ReviewSlateOptions }> {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new UsageError('slate_not_object', { term: 'association 和 slate' });
  const given = json as SlateFile;
  // --association replaces the file's association (a sheet has none of its own).
  const f =
    typeof args.values.association === 'string'
      ? { ...given, association: await readJsonFile(io, args.values.association, args) }
      : given;
  const electionDate = typeof args.values['election-date'] === 'string' ? args.values['election-date'] : f.electionDate;
  if (electionDate === undefined) throw new UsageError('election_date_missing', { option: '--election-date' });
  const registry = typeof args.values.registry === 'string' ? await readJsonFile(io, args.values.registry) : f.registry;
  const profile = await profileOption(args, io);
  const options = {
    association: f.association,
    electionDate,
    ...(registry === undefined ? {} : { registry }),
    ...(f.rules === undefined ? {} : { rules: f.rules }),
    ...(profile === undefined ? {} : { profile }),
    ...(args.values.explain === true ? { explain: true } : {}),
  } as ReviewSlateOptions;
  return { slate: f.slate ?? f.seats, options };
}

const cite = (s: Source, lang: Lang) =>
  [s.key, s.title, s.article].filter((x) => x !== undefined && x !== '').join(msg(lang, 'comma'));

/** A seat's post and person, as the report shows them. */
function who(lang: Lang, s: SeatReview): { post: string; name: string } {
  return {
    post: pick(associationRoleLabels[s.role], lang),
    name: s.person.name ?? s.person.id ?? '',
  };
}

/**
 * The terminal report of a slate review.
 * @param lang - output language
 * @param review - the library's result
 * @param association - the association (for the title)
 * @param explained - list passes and each seat's explanation too
 */
export function reviewText(
  lang: Lang,
  review: SlateReview,
  association: { id?: unknown; name?: unknown },
  explained: boolean,
): string {
  const out: string[] = [];
  const name =
    typeof association.name === 'string' ? `${association.name}（${String(association.id)}）` : String(association.id);
  out.push(msg(lang, 'dual_review_election_date', { name, asOf: review.asOf }));
  out.push('');
  const rows = review.rows.map((r, i) => {
    if (r.outcome === 'error') return [msg(lang, 'item_number', { value: i + 1 }), '', '', pick(OUTCOME.error, lang)];
    const s = r as SeatReview;
    const w = who(lang, s);
    return [w.post, w.name, s.person.residentId ?? '', pick(OUTCOME[s.outcome], lang)];
  });
  out.push(
    renderTable(
      [msg(lang, 'post'), msg(lang, 'candidate'), msg(lang, 'resident_id'), msg(lang, 'col_conclusion')],
      rows,
    ).trimEnd(),
  );
  const line = (f: Finding) =>
    `    ${pick(OUTCOME[f.outcome], lang)}  ${msg(lang, 'source', { label: f.label, text: f.text, value: cite(f.source, lang) })}`;
  review.rows.forEach((r, i) => {
    if (r.outcome === 'error') {
      out.push('');
      out.push(msg(lang, 'review_item_refused', { value: i + 1 }));
      for (const issue of r.error.issues) out.push(`    ${pick(issue, lang)}`);
      return;
    }
    const s = r as SeatReview;
    const shown = s.findings.filter((f) => explained || f.outcome !== 'pass');
    if (shown.length === 0) return;
    out.push('');
    const w = who(lang, s);
    out.push(msg(lang, 'worker_with_post', { name: w.name, post: w.post }));
    for (const f of shown) out.push(line(f));
    if (explained) for (const l of explain(s, { lang }).split('\n')) out.push(`    ${l}`);
  });
  const cross = review.findings.filter((f) => explained || f.outcome !== 'pass');
  if (cross.length > 0) {
    out.push('');
    out.push(msg(lang, 'slate_whole'));
    for (const f of cross) out.push(line(f));
  }
  out.push('');
  out.push(msg(lang, 'review_overall', { value: OUTCOME[review.outcome] }));
  const warnings = warningLines(lang, review.warnings);
  if (warnings.length > 0) out.push(...warnings);
  return out.join('\n') + '\n';
}

/** The review with each refused seat's issues worded with the sheet's row and column. */
function located(review: SlateReview, sheet: SlateSheet): SlateReview {
  return {
    ...review,
    rows: review.rows.map((r) =>
      r.outcome === 'error' ? { ...r, error: new PolicyError(r.error.issues.map((i) => sheet.locate(i))) } : r,
    ),
  };
}

/**
 * Runs `huaian-sw review`.
 * @param args - parsed arguments
 * @param io - the outside world
 * @returns the exit code
 */
export async function reviewCommand(args: CommandArgs, io: CliIO): Promise<number> {
  const lang = args.lang;
  const file = inputFile(args);
  const format = formatOf(args);
  // Opened first: an output that is one of the inputs is refused before anything is read.
  const review = await withOutput(args, io, async (out) => {
    let json: unknown;
    let sheet: SlateSheet | undefined;
    if (isJsonInput(file)) json = await readJsonFile(io, file, args);
    else {
      if (typeof args.values.association !== 'string') throw new UsageError('option_required', { name: 'association' });
      sheet = await readSlateFile(io, file, args);
      json = { slate: sheet.rows.map((r) => r.seat) };
    }
    const { slate, options } = await reviewInput(json, args, io);
    const result = orUsage(msgPair('slate_option_invalid'), () => reviewSlate(slate, options));
    // A refused seat of a sheet is worded with its row and column.
    const review = sheet === undefined ? result : located(result, sheet);
    if (format === 'json') await out.write(JSON.stringify(review, null, 2) + '\n');
    else if (format === 'csv' || format === 'xlsx') {
      const w = sheetWriter(format, out, [
        msg(lang, 'post'),
        msg(lang, 'candidate'),
        msg(lang, 'person_id'),
        msg(lang, 'rule'),
        msg(lang, 'rule_name'),
        msg(lang, 'col_conclusion'),
        msg(lang, 'reason'),
        msg(lang, 'col_source'),
      ]);
      const row = (post: string, name: string, id: string, f: Finding) => [
        post,
        name,
        id,
        f.rule,
        pick(f.label, lang),
        lang === 'zh' ? OUTCOME[f.outcome].zh : f.outcome,
        pick(f.text, lang),
        cite(f.source, lang),
      ];
      for (const [i, r] of review.rows.entries()) {
        if (r.outcome === 'error') {
          await w.rows(
            r.error.issues.map((issue) => [
              msg(lang, 'item_number', { value: i + 1 }),
              '',
              '',
              '',
              '',
              lang === 'zh' ? OUTCOME.error.zh : 'error',
              pick(issue, lang),
              '',
            ]),
          );
          continue;
        }
        const s = r as SeatReview;
        await w.rows(
          s.findings.map((f) =>
            row(lang === 'zh' ? associationRoleLabels[s.role].zh : s.role, s.person.name ?? '', s.person.id ?? '', f),
          ),
        );
      }
      await w.rows(review.findings.map((f) => row(msg(lang, 'slate'), '', '', f)));
      await w.end();
    } else
      await out.write(
        reviewText(
          lang,
          review,
          (options.association ?? {}) as { id?: unknown; name?: unknown },
          args.values.explain === true,
        ),
      );
    return review;
  });
  if (format !== 'table' || typeof args.values.out === 'string')
    await io.stderr.write(msg(lang, 'review_overall_line', { value: OUTCOME[review.outcome] }));
  return review.outcome === 'pass' ? EXIT.ok : EXIT.findings;
}
