/**
 * `huaian-sw review`: the 双审 review of an association's leadership slate, seat by seat, with each rule's outcome,
 * reason and source.
 * @module
 */
import { explain, type RowOutcome, type Source } from '../../core/index.js';
import {
  associationRoleLabels,
  reviewSlate,
  type Finding,
  type ReviewSlateOptions,
  type SeatReview,
  type SlateReview,
} from '../../associations/index.js';
import { EXIT, UsageError, formatOf, inputFile, type CommandArgs, type Lang } from '../args.js';
import { orUsage, profileOption, readJsonFile } from '../common.js';
import type { CliIO } from '../io.js';
import { say } from '../messages.js';
import { csvWriter } from '../output.js';
import { withOutput } from '../output-file.js';
import { renderTable } from '../table.js';
import { warningLines } from '../warnings.js';

/** Help text of `huaian-sw review`. */
export const REVIEW_HELP = {
  zh: `用法：huaian-sw review <人选.json> [--election-date YYYY-MM-DD] [选项]

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

选项：
  --election-date <日期>  选举日期（覆盖文件中的 electionDate）；规则参数按选举日期取值
  --registry <文件>       其他社会团体任职登记（JSON 数组，覆盖文件中的 registry）
  --profile <名称|文件>   规则配置：national-2015（默认）或本地 JSON 配置文件
  --explain               列出每人每条规则（包括通过的）及所用参数
  --out, -o <文件>        .csv（每人每条规则一行）或 .json（完整结果）；成功后才替换原文件，不能是输入文件
  --format <格式>         table、csv 或 json
  --lang <zh|en>          输出语言（默认 zh）

退出码：0 全部通过；1 有人选不通过、无法判定或输入有误；2 用法或文件错误。

示例：
  huaian-sw review 人选.json --election-date 2026-03-16
  huaian-sw review slate.json --out review.csv`,
  en: `Usage: huaian-sw review <slate.json> [--election-date YYYY-MM-DD] [options]

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

Options:
  --election-date <date>  election date (overrides electionDate in the file); parameters are read on it
  --registry <file>       posts held in other 社会团体 (JSON array; overrides registry in the file)
  --profile <id|file>     rule profile: national-2015 (default) or a JSON profile file
  --explain               list every rule for every person (passes too) and the parameters read
  --out, -o <file>        .csv (one row per person and rule) or .json (the full result); replaced only on
                          success, never an input file
  --format <format>       table, csv or json
  --lang <zh|en>          output language (default zh)

Exit codes: 0 every candidate passes; 1 a candidate fails, cannot be decided or was refused; 2 usage or file error.

Examples:
  huaian-sw review slate.json --election-date 2026-03-16 --lang en
  huaian-sw review slate.json --out review.csv`,
};

const OUTCOME: Readonly<Record<RowOutcome, { zh: string; en: string }>> = {
  pass: { zh: '通过', en: 'pass' },
  fail: { zh: '不通过', en: 'FAIL' },
  undetermined: { zh: '无法判定', en: 'undetermined' },
  computed: { zh: '已计算', en: 'computed' },
  not_applicable: { zh: '不适用', en: 'not applicable' },
  error: { zh: '输入有误', en: 'input refused' },
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
    throw new UsageError(
      '人选文件应为含 association 和 slate 的 JSON 对象',
      'the slate file must be a JSON object with association and slate',
    );
  const f = json as SlateFile;
  const electionDate = typeof args.values['election-date'] === 'string' ? args.values['election-date'] : f.electionDate;
  if (electionDate === undefined)
    throw new UsageError(
      '缺少选举日期：请加 --election-date 或在文件中给出 electionDate',
      'no election date: add --election-date or electionDate in the file',
    );
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
  [s.key, s.title, s.article].filter((x) => x !== undefined && x !== '').join(say(lang, '，', ', '));

/** A seat's post and person, as the report shows them. */
function who(lang: Lang, s: SeatReview): { post: string; name: string } {
  return {
    post: say(lang, associationRoleLabels[s.role].zh, associationRoleLabels[s.role].en),
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
  out.push(say(lang, `双审：${name}，选举日期 ${review.asOf}`, `Dual review: ${name}, election date ${review.asOf}`));
  out.push('');
  const rows = review.rows.map((r, i) => {
    if (r.outcome === 'error')
      return [say(lang, `第 ${i + 1} 项`, `item ${i + 1}`), '', '', say(lang, OUTCOME.error.zh, OUTCOME.error.en)];
    const s = r as SeatReview;
    const w = who(lang, s);
    return [w.post, w.name, s.person.residentId ?? '', say(lang, OUTCOME[s.outcome].zh, OUTCOME[s.outcome].en)];
  });
  out.push(
    renderTable(
      [
        say(lang, '岗位', 'post'),
        say(lang, '人选', 'candidate'),
        say(lang, '身份证号', 'resident ID'),
        say(lang, '结论', 'outcome'),
      ],
      rows,
    ).trimEnd(),
  );
  const line = (f: Finding) =>
    `    ${say(lang, OUTCOME[f.outcome].zh, OUTCOME[f.outcome].en)}  ${say(lang, `${f.label.zh}：${f.text.zh}（依据：${cite(f.source, lang)}）`, `${f.label.en}: ${f.text.en} (source: ${cite(f.source, lang)})`)}`;
  review.rows.forEach((r, i) => {
    if (r.outcome === 'error') {
      out.push('');
      out.push(say(lang, `  第 ${i + 1} 项（输入有误）`, `  Item ${i + 1} (input refused)`));
      for (const issue of r.error.issues) out.push(`    ${say(lang, issue.zh, issue.en)}`);
      return;
    }
    const s = r as SeatReview;
    const shown = s.findings.filter((f) => explained || f.outcome !== 'pass');
    if (shown.length === 0) return;
    out.push('');
    const w = who(lang, s);
    out.push(say(lang, `  ${w.name}（${w.post}）`, `  ${w.name} (${w.post})`));
    for (const f of shown) out.push(line(f));
    if (explained) for (const l of explain(s, { lang }).split('\n')) out.push(`    ${l}`);
  });
  const cross = review.findings.filter((f) => explained || f.outcome !== 'pass');
  if (cross.length > 0) {
    out.push('');
    out.push(say(lang, '  班子整体', '  Slate as a whole'));
    for (const f of cross) out.push(line(f));
  }
  out.push('');
  out.push(say(lang, `整体结论：${OUTCOME[review.outcome].zh}`, `Overall: ${OUTCOME[review.outcome].en}`));
  const warnings = warningLines(lang, review.warnings);
  if (warnings.length > 0) out.push(...warnings);
  return out.join('\n') + '\n';
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
    const json = await readJsonFile(io, file, args);
    const { slate, options } = await reviewInput(json, args, io);
    const review = orUsage({ zh: '人选文件或选项有误', en: 'the slate or an option is invalid' }, () =>
      reviewSlate(slate, options),
    );
    if (format === 'json') await out.write(JSON.stringify(review, null, 2) + '\n');
    else if (format === 'csv') {
      const w = csvWriter(out, [
        say(lang, '岗位', 'post'),
        say(lang, '人选', 'candidate'),
        say(lang, '人员编号', 'person id'),
        say(lang, '规则', 'rule'),
        say(lang, '规则名称', 'rule name'),
        say(lang, '结论', 'outcome'),
        say(lang, '理由', 'reason'),
        say(lang, '依据', 'source'),
      ]);
      const row = (post: string, name: string, id: string, f: Finding) => [
        post,
        name,
        id,
        f.rule,
        say(lang, f.label.zh, f.label.en),
        say(lang, OUTCOME[f.outcome].zh, f.outcome),
        say(lang, f.text.zh, f.text.en),
        cite(f.source, lang),
      ];
      for (const [i, r] of review.rows.entries()) {
        if (r.outcome === 'error') {
          await w.rows(
            r.error.issues.map((issue) => [
              say(lang, `第 ${i + 1} 项`, `item ${i + 1}`),
              '',
              '',
              '',
              '',
              say(lang, OUTCOME.error.zh, 'error'),
              say(lang, issue.zh, issue.en),
              '',
            ]),
          );
          continue;
        }
        const s = r as SeatReview;
        await w.rows(
          s.findings.map((f) =>
            row(say(lang, associationRoleLabels[s.role].zh, s.role), s.person.name ?? '', s.person.id ?? '', f),
          ),
        );
      }
      await w.rows(review.findings.map((f) => row(say(lang, '班子整体', 'slate'), '', '', f)));
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
    await io.stderr.write(
      say(lang, `整体结论：${OUTCOME[review.outcome].zh}\n`, `Overall: ${OUTCOME[review.outcome].en}\n`),
    );
  return review.outcome === 'pass' ? EXIT.ok : EXIT.findings;
}
