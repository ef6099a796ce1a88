/**
 * The statutory checks of a committee: `checkVillageCommittee` (村委会组织法 第六条、第七条、第十一条、第三十二条),
 * `checkResidentsCommittee` (居委会组织法 第六条、第七条、第八条、第十三条), and `checkCommittee`, every statutory check of
 * either kind (a village adds its 村民代表会议, 村务公开 and 民主评议) with the host's checklist and, where the host
 * supplies one, the local score sheet: what "标准化" means for the coverage indicator.
 * @module
 */
import {
  derived,
  engineRef,
  envelope,
  explainedScope,
  isGap,
  isPolicyError,
  profileAt,
  profileRef,
  readOptions,
  runBatch,
  Scope,
  sharedList,
  type PolicyIssue,
  type Bilingual,
  type EngineRef,
  type ErrorRow,
  type Explanation,
  type Outcome,
  type OutcomeCounts,
  type ParameterRead,
  type ParametersAt,
  type ProfileRef,
  type ResultEnvelope,
  type Warning,
  type ValidationMode,
} from '../core/index.js';
import { exactDecimal } from '../core/decimal-string.js';
import { committeeKindLabels, type Committee, type CommitteeKind } from '../entities/committee.js';
import { villageKindOfCode } from '../validators/division-code.js';
import { badParameter, type CommitteeContext } from './context.js';
import { COMMITTEE_RULES, makeFinding, traced, type CommitteeFinding, type CommitteeRuleId } from './finding.js';
import { committeeMessages as M } from './messages.js';
import { BATCH_OPTIONS, ITEM_OPTIONS, type CommitteeBatchOptions, type CommitteeOptions } from './options.js';
import { committeeCheckRecord, committeeStandardRecord, type CommitteeStandardInput } from './records.js';
import { assembly } from './rules/assembly.js';
import { residentsComposition, villageComposition } from './rules/composition.js';
import { disclosure } from './rules/disclosure.js';
import { subcommittees } from './rules/subcommittees.js';
import { supervision } from './rules/supervision.js';
import { term } from './rules/term.js';

/** The domain name in results. @internal */
export const DOMAIN = 'committees';

/** The findings of `checkVillageCommittee`, added to `out`: size, women, ethnic, term, subcommittees, supervision. @internal */
export function villageFindings(c: Committee, ctx: CommitteeContext, out: CommitteeFinding[] = []): CommitteeFinding[] {
  villageComposition(c, ctx, out);
  out.push(term(c, 'villagers_committee', ctx), subcommittees(c, 'villagers_committee', ctx));
  supervision(c, ctx, out);
  return out;
}

/** The findings of `checkResidentsCommittee`, added to `out`: size, ethnic, households, term, subcommittees. @internal */
export function residentsFindings(
  c: Committee,
  ctx: CommitteeContext,
  out: CommitteeFinding[] = [],
): CommitteeFinding[] {
  residentsComposition(c, ctx, out);
  out.push(term(c, 'residents_committee', ctx), subcommittees(c, 'residents_committee', ctx));
  return out;
}

/** The committee's kind: as given, else from its division code (NBS rules), else `undefined`. @internal */
export function kindOf(c: Pick<Committee, 'kind' | 'divisionCode'>): CommitteeKind | undefined {
  if (c.kind !== undefined) return c.kind;
  if (c.divisionCode === undefined) return undefined;
  try {
    const k = villageKindOfCode(c.divisionCode);
    return k === 'residents_committee' || k === 'villagers_committee' ? k : undefined;
  } catch (e) {
    if (isPolicyError(e)) return undefined;
    throw e;
  }
}

/** Refuses a committee of the other kind (given, or read from its code). */
function requireKind(c: Committee, expected: CommitteeKind, path: readonly (string | number)[]): void {
  const k = kindOf(c);
  if (k !== undefined && k !== expected)
    M.fail('wrong_kind', [...path, c.kind === undefined ? 'divisionCode' : 'kind'], {
      expected: committeeKindLabels[expected],
      received: committeeKindLabels[k],
    });
}

function summary(what: Bilingual, findings: readonly CommitteeFinding[]): Bilingual {
  let undetermined = 0;
  const fail: Bilingual[] = [];
  for (const f of findings) {
    if (f.outcome === 'fail') fail.push(f.label);
    else if (f.outcome === 'undetermined') undetermined++;
  }
  return M.text('summary_check', { what, fail, undetermined });
}

/** The worst outcome of the findings (as `combineOutcomes`), without building a list of outcomes. @internal */
export function outcomeOf(findings: readonly CommitteeFinding[]): Outcome {
  let fail = false;
  let open = false;
  let some = false;
  for (let i = 0; i < findings.length; i++) {
    const o = findings[i]!.outcome;
    if (o === 'fail') fail = true;
    else if (o === 'undetermined') open = true;
    else if (o === 'pass') some = true;
  }
  return fail
    ? 'fail'
    : open
      ? 'undetermined'
      : some
        ? 'pass'
        : findings.length === 0
          ? 'undetermined'
          : 'not_applicable';
}

/**
 * The checks of one committee.
 * @category Committees
 */
export interface CommitteeCheck<
  K extends string = 'village-committee-check' | 'residents-committee-check',
> extends ResultEnvelope<K, Outcome> {
  /** The committee's id, if given. */
  readonly id: string | null;
  /** Its division code, if given. */
  readonly divisionCode: string | null;
  /** Its name, if given. */
  readonly name: string | null;
  /** Its kind (given, or read from the division code), or `null` when neither says. */
  readonly committeeKind: CommitteeKind | null;
  /** One finding per check, in the order of the law. */
  readonly findings: readonly CommitteeFinding[];
}

function checkOne<K extends 'village-committee-check' | 'residents-committee-check'>(
  kind: CommitteeKind,
  resultKind: K,
  input: unknown,
  options: CommitteeOptions,
): CommitteeCheck<K> {
  const o = readOptions(options, ITEM_OPTIONS);
  const c = committeeCheckRecord.parse(input);
  requireKind(c, kind, []);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const findings = kind === 'villagers_committee' ? villageFindings(c, { scope }) : residentsFindings(c, { scope });
  return {
    ...envelope(DOMAIN, resultKind, outcomeOf(findings), scope, explain(summary(committeeKindLabels[kind], findings))),
    id: c.id ?? null,
    divisionCode: c.divisionCode ?? null,
    name: c.name ?? null,
    committeeKind: kind,
    findings,
  };
}

/**
 * Checks a 村民委员会 against 《村民委员会组织法》 (2018-12-29):
 * - `committee.size`: 主任、副主任和委员共三至七人 (第六条第一款; 2 and 8 fail, 3 and 7 pass);
 * - `committee.women`: 应当有妇女成员 (第六条第二款);
 * - `committee.ethnic`: 多民族村民居住的村应当有人数较少的民族的成员 (第六条第二款; not applicable otherwise);
 * - `committee.term`: 每届任期五年 (第十一条第二款): `fail` once the term has ended without a new committee;
 * - `committee.subcommittees`: 人民调解、治安保卫、公共卫生与计划生育 (第七条), or the members sharing the duties;
 * - `village.supervisoryBody`, `village.supervisoryIndependence`, `village.supervisoryExpertise`: 村务监督委员会 set up,
 *   without committee members or their near relatives, with someone who knows accounting or management (第三十二条).
 * Each finding is `pass`, `fail`, `undetermined` (naming the missing input; missing data is never a pass) or
 * `not_applicable`; the outcome is the worst of them. A residents' committee is refused (`wrong_kind`).
 * @param committee - a committee (the `committee` entity)
 * @param options - `asOf` (required: the date asked about and the date parameters are read on), `profile`
 * @category Committees
 * @example
 * ```ts
 * const r = checkVillageCommittee({ kind: '村委会', memberCount: 8, womenMembers: 1, multiEthnic: false, termStartedOn: '2021-01-15',
 *   subcommittees: ['人民调解', '治安保卫', '公共卫生与计划生育'], supervisoryBody: true, supervisoryRelatedMembers: 0, supervisoryExpertMembers: 1 },
 *   { asOf: '2025-12-31' });
 * r.outcome;             // 'fail'
 * r.findings[0].zh;      // '成员8人，多于7人（应为3至7人）'
 * ```
 */
export function checkVillageCommittee(
  committee: unknown,
  options: CommitteeOptions,
): CommitteeCheck<'village-committee-check'> {
  return checkOne('villagers_committee', 'village-committee-check', committee, options);
}

/**
 * Checks a 居民委员会 against 《城市居民委员会组织法》 (2018-12-29):
 * - `committee.size`: 主任、副主任和委员共五至九人 (第七条; 4 and 10 fail, 5 and 9 pass);
 * - `committee.ethnic`: 多民族居住地区 … 应当有人数较少的民族的成员 (第七条);
 * - `committee.households`: 一般在一百户至七百户的范围内设立 (第六条): outside the range (99, 701) is a `pass` with a
 *   notice and a `households_warning` on the result, not a failure ("一般");
 * - `committee.term`: 每届任期五年 (第八条);
 * - `committee.subcommittees`: 人民调解、治安保卫、公共卫生 (第十三条), or the members sharing the duties.
 * The law has no rule on women members; none is checked. A villagers' committee is refused (`wrong_kind`).
 * @param committee - a committee (the `committee` entity)
 * @param options - `asOf` (required), `profile`
 * @category Committees
 * @example
 * ```ts
 * const r = checkResidentsCommittee({ kind: '居委会', memberCount: 5, multiEthnic: false, households: 701, termStartedOn: '2021-01-10',
 *   subcommittees: ['人民调解', '治安保卫', '公共卫生'] }, { asOf: '2025-12-31' });
 * r.outcome;             // 'pass'
 * r.warnings[0].code;    // 'households_warning'
 * ```
 */
export function checkResidentsCommittee(
  committee: unknown,
  options: CommitteeOptions,
): CommitteeCheck<'residents-committee-check'> {
  return checkOne('residents_committee', 'residents-committee-check', committee, options);
}

// ── The standard check: every statutory check, the host's checklist, the local score sheet ─────────────────────

/** A host's checklist item and what it decided. @category Committees */
export interface ChecklistOutcome {
  /** The item. */
  readonly itemId: string;
  /** `pass` (met), `fail` (not met, or never assessed: an item not assessed is not met). */
  readonly outcome: 'pass' | 'fail';
  /** True when the item was never assessed. */
  readonly notAssessed: boolean;
}

/** One item of a score sheet and what it scored. @category Committees */
export interface ScoreItemOutcome {
  /** The item's id. */
  readonly id: string;
  /** Its name. */
  readonly label: Bilingual;
  /** Its weight (a decimal string). */
  readonly weight: string;
  /** The statutory check it stands for, or the host checklist item. */
  readonly rule: string | null;
  /** The host checklist item it stands for. */
  readonly checklistItem: string | null;
  /** What the check (or item) decided; `not_applicable` scores the weight like `pass`. */
  readonly outcome: Outcome;
}

/** A committee's score under the local score sheet. @category Committees */
export interface CommitteeScore {
  /** Points of the items met (or not applicable). */
  readonly points: string;
  /** Points of the items that are undetermined. */
  readonly undetermined: string;
  /** The pass mark (reached: standard). */
  readonly passMark: string;
  /** Each item. */
  readonly items: readonly ScoreItemOutcome[];
}

interface SheetItem {
  readonly id: string;
  readonly label: Bilingual;
  readonly weightText: string;
  readonly rule: CommitteeRuleId | null;
  readonly checklistItem: string | null;
}
interface Sheet {
  readonly passText: string;
  readonly items: readonly SheetItem[];
}

const DECIMAL = /^\d+(\.\d+)?$/;

function sheetOf(read: ParameterRead): Sheet {
  const v = read.value as { passMark?: unknown; items?: unknown } | null;
  const bad = (zh: string, en: string): never => badParameter(read, { zh, en });
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return bad('应为含及格分和项目的表', 'expected { passMark, items }');
  for (const k of Object.keys(v))
    if (k !== 'passMark' && k !== 'items') bad('只能有及格分和项目两项', `unknown key ${k.slice(0, 20)}`);
  if (typeof v.passMark !== 'string' || !DECIMAL.test(v.passMark))
    bad('及格分应为十进制数字符串', 'passMark must be a decimal string');
  if (!Array.isArray(v.items) || v.items.length === 0) bad('项目应为非空列表', 'items must be a non-empty list');
  const ids = new Set<string>();
  const items = (v.items as unknown[]).map((raw, i): SheetItem => {
    const x = raw as {
      id?: unknown;
      label?: unknown;
      weight?: unknown;
      rule?: unknown;
      checklistItem?: unknown;
    } | null;
    const at = `第${i + 1}项`;
    if (typeof x !== 'object' || x === null || Array.isArray(x))
      return bad(`${at}应为对象`, `item ${i} must be an object`);
    if (typeof x.id !== 'string' || x.id === '' || ids.has(x.id))
      bad(`${at}的编号应为不重复的文本`, `item ${i}: id must be unique text`);
    ids.add(x.id as string);
    const l = x.label as { zh?: unknown; en?: unknown } | undefined;
    if (typeof l !== 'object' || l === null || typeof l.zh !== 'string' || typeof l.en !== 'string')
      bad(`${at}应有中英文名称`, `item ${i}: label needs zh and en`);
    if (typeof x.weight !== 'string' || !DECIMAL.test(x.weight))
      bad(`${at}的分值应为十进制数字符串`, `item ${i}: weight must be a decimal string`);
    const hasRule = x.rule !== undefined;
    const hasItem = x.checklistItem !== undefined;
    if (hasRule === hasItem)
      bad(`${at}应对应一项法定核查或一个清单项目（二者取一）`, `item ${i}: give exactly one of rule and checklistItem`);
    if (hasRule && !(COMMITTEE_RULES as readonly unknown[]).includes(x.rule))
      M.fail('score_unknown_rule', ['parameters', read.id, 'value', 'items', i, 'rule'], {
        item: String(x.id).slice(0, 40),
        rule: String(x.rule).slice(0, 40),
      });
    if (hasItem && (typeof x.checklistItem !== 'string' || x.checklistItem === ''))
      bad(`${at}的清单项目编号应为文本`, `item ${i}: checklistItem must be text`);
    return {
      id: x.id as string,
      label: { zh: (l as Bilingual).zh, en: (l as Bilingual).en },
      weightText: x.weight as string,
      rule: hasRule ? (x.rule as CommitteeRuleId) : null,
      checklistItem: hasItem ? (x.checklistItem as string) : null,
    };
  });
  return { passText: v.passMark as string, items };
}

const OUTCOME_TEXT: Readonly<Record<Outcome, Bilingual>> = {
  pass: { zh: '符合，得分', en: 'met: scores' },
  not_applicable: { zh: '不适用，得分', en: 'not applicable: scores' },
  computed: { zh: '已计算', en: 'computed' },
  fail: { zh: '不符合，不得分', en: 'not met: no points' },
  undetermined: { zh: '无法判定', en: 'undetermined' },
};
const STANDARD_TEXT: Readonly<Record<'pass' | 'fail' | 'undetermined', Bilingual>> = {
  pass: { zh: '达标', en: 'standard' },
  fail: { zh: '未达标', en: 'not standard' },
  undetermined: { zh: '无法判定', en: 'undetermined' },
};

/** What the standard check decided. @internal */
export interface StandardEvaluation {
  readonly outcome: 'pass' | 'fail' | 'undetermined';
  readonly committeeKind: CommitteeKind | null;
  readonly findings: CommitteeFinding[];
  readonly checklist: readonly ChecklistOutcome[];
  readonly score: CommitteeScore | null;
}

const KIND_FINDING = /* @__PURE__ */ (() => {
  let f: CommitteeFinding | undefined;
  return () =>
    (f ??= makeFinding(
      'committee.kind',
      { zh: '类型', en: 'Kind' },
      'undetermined',
      M.text('kind_missing'),
      { key: 'U27', title: '《村民委员会组织法》', article: '第二条' },
      ['kind'],
    ));
})();

const SHEET = 'selfgov.scoreSheet';
const EMPTY: readonly ChecklistOutcome[] = Object.freeze([]);

/** The readable path of `checkCommittee`. @internal */
export function evaluateStandard(c: CommitteeStandardInput, ctx: CommitteeContext): StandardEvaluation {
  const scope = ctx.scope;
  const kind = kindOf(c);
  let findings: CommitteeFinding[];
  if (kind === undefined) {
    scope.need('kind', committeeCheckRecord.fields.kind!.label);
    findings = [traced(scope, KIND_FINDING())];
  } else if (kind === 'villagers_committee') {
    findings = villageFindings(c, ctx);
    assembly(c, ctx, findings);
    disclosure(c, kind, ctx, findings);
  } else findings = residentsFindings(c, ctx);
  const checklist: readonly ChecklistOutcome[] =
    c.checklist === undefined
      ? EMPTY
      : c.checklist.map((m) => ({
          itemId: m.itemId,
          outcome: m.met === true ? 'pass' : 'fail',
          notAssessed: m.met === undefined,
        }));
  if (scope.trace.recording)
    for (const m of checklist)
      scope.trace.rule({
        rule: `checklist:${m.itemId}`,
        text: M.text('checklist_item', { item: m.itemId, met: m.notAssessed ? undefined : m.outcome === 'pass' }),
        outcome: m.outcome,
      });
  // The local score sheet, when the profile has one in force; otherwise every check and every item.
  const sheetRead = scope.at.get(SHEET);
  if (isGap(sheetRead)) {
    if (scope.trace.recording) scope.trace.rule({ rule: 'committee.standard', text: M.text('no_score_sheet') });
    let outcome = outcomeOf(findings);
    if (outcome !== 'fail' && checklist.some((m) => m.outcome === 'fail')) outcome = 'fail';
    return {
      outcome:
        outcome === 'pass' || outcome === 'fail' ? outcome : outcome === 'not_applicable' ? 'pass' : 'undetermined',
      committeeKind: kind ?? null,
      findings,
      checklist,
      score: null,
    };
  }
  const read = scope.param(SHEET)!;
  const sheet = derived(read, sheetOf);
  const met: string[] = [];
  const open: string[] = [];
  const items = sheet.items.map((it): ScoreItemOutcome => {
    let outcome: Outcome;
    if (it.rule !== null)
      outcome =
        findings.find((f) => f.rule === it.rule)?.outcome ?? (kind === undefined ? 'undetermined' : 'not_applicable');
    else outcome = checklist.find((m) => m.itemId === it.checklistItem)?.outcome ?? 'fail';
    if (outcome === 'pass' || outcome === 'not_applicable') met.push(it.weightText);
    else if (outcome === 'undetermined') open.push(it.weightText);
    if (scope.trace.recording)
      scope.trace.rule({
        rule: `score:${it.id}`,
        text: M.text('score_item', { item: it.label, weight: it.weightText, outcome: OUTCOME_TEXT[outcome] }),
        outcome,
        source: read.source,
      });
    return {
      id: it.id,
      label: it.label,
      weight: it.weightText,
      rule: it.rule,
      checklistItem: it.checklistItem,
      outcome,
    };
  });
  const points = exactDecimal.sum(met);
  const undetermined = exactDecimal.sum(open);
  const outcome =
    exactDecimal.compare(points, sheet.passText) >= 0
      ? 'pass'
      : exactDecimal.compare(exactDecimal.sum([points, undetermined]), sheet.passText) < 0
        ? 'fail'
        : 'undetermined';
  const score: CommitteeScore = { points, undetermined, passMark: sheet.passText, items };
  if (scope.trace.recording)
    scope.trace.rule({
      rule: 'committee.score',
      text: M.text('score_total', {
        score: score.points,
        open: score.undetermined,
        pass: score.passMark,
        outcome: STANDARD_TEXT[outcome],
      }),
      outcome,
      source: read.source,
    });
  return { outcome, committeeKind: kind ?? null, findings, checklist, score };
}

function standardSummary(r: StandardEvaluation): Bilingual {
  const what =
    r.committeeKind === null ? { zh: '村（居）民委员会', en: 'Committee' } : committeeKindLabels[r.committeeKind];
  const fail: Bilingual[] = [];
  let undetermined = 0;
  for (const f of r.findings)
    if (f.outcome === 'fail') fail.push(f.label);
    else if (f.outcome === 'undetermined') undetermined++;
  for (const m of r.checklist)
    if (m.outcome === 'fail') fail.push({ zh: `清单项目${m.itemId}`, en: `checklist item ${m.itemId}` });
  const base = M.text('summary_check', { what, fail, undetermined });
  if (r.score === null) return base;
  const s = M.text('score_total', {
    score: r.score.points,
    open: r.score.undetermined,
    pass: r.score.passMark,
    outcome: STANDARD_TEXT[r.outcome],
  });
  return { zh: `${base.zh}；${s.zh}`, en: `${base.en}; ${s.en}` };
}

/**
 * Every statutory check of one committee: what "标准化" means for the coverage indicator.
 * @category Committees
 */
export interface CommitteeStandard extends CommitteeCheck<'committee-standard'> {
  /** The host's checklist items, met or not (an item never assessed is not met). */
  readonly checklist: readonly ChecklistOutcome[];
  /** The score under the local score sheet, when the profile has one; `null` otherwise. */
  readonly score: CommitteeScore | null;
}

/**
 * Every statutory check of a committee of either kind, the host's checklist, and the local score sheet where the
 * profile has one:
 * - a 村民委员会: the checks of {@link checkVillageCommittee}, its 村民代表会议 (`assembly.*`: one representative per 5–15
 *   户, representatives ≥ 4/5 and women representatives ≥ 1/3 of the assembly, a meeting each quarter; not applicable
 *   where no assembly is set up) and its 村务公开 and 民主评议 (`disclosure.*`, overdue on `asOf` fails);
 * - a 居民委员会: the checks of {@link checkResidentsCommittee};
 * - the kind as given, or read from the division code (NBS rules); neither: `undetermined`, missing `kind`.
 * Without a score sheet (none was found for Jiangsu or 淮安: `selfgov.scoreSheet` is not found) the committee is
 * standard (`pass`) when every check passes or does not apply and every checklist item is met; `fail` when one fails;
 * `undetermined` otherwise. With a score sheet (a host's `withOverrides`), each item scores its weight when its check
 * (or checklist item) passes or does not apply, and the committee is standard when the points reach the pass mark
 * (`undetermined` while undetermined items could still decide it).
 * @param committee - a committee (the `committee` entity) with `checklist`: `[{ itemId, met? }]` (absent `met`: not assessed)
 * @param options - `asOf` (required), `profile`
 * @category Committees
 * @example
 * ```ts
 * const r = checkCommittee({ kind: '居委会', memberCount: 4, multiEthnic: false, households: 420, termStartedOn: '2021-01-10', subcommittees: ['人民调解', '治安保卫', '公共卫生'] }, { asOf: '2025-12-31' });
 * r.outcome;                                                          // 'fail'
 * r.findings.filter((f) => f.outcome === 'fail').map((f) => f.rule); // ['committee.size']
 * ```
 */
export function checkCommittee(committee: unknown, options: CommitteeOptions): CommitteeStandard {
  const o = readOptions(options, ITEM_OPTIONS);
  const c = committeeStandardRecord.parse(committee);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const r = evaluateStandard(c, { scope });
  return {
    ...envelope(DOMAIN, 'committee-standard', r.outcome, scope, explain(standardSummary(r))),
    missing: missingOf(r, scope),
    id: c.id ?? null,
    divisionCode: c.divisionCode ?? null,
    name: c.name ?? null,
    committeeKind: r.committeeKind,
    findings: r.findings,
    checklist: r.checklist,
    score: r.score,
  };
}

/**
 * One row of {@link checkCommitteesBatch}.
 * @category Committees
 */
export interface CommitteeStandardRow {
  /** Position in the input. */
  readonly index: number;
  /** As in {@link CommitteeStandard}. */
  readonly outcome: 'pass' | 'fail' | 'undetermined';
  /** The committee's id, if given. */
  readonly id: string | null;
  /** Its division code, if given. */
  readonly divisionCode: string | null;
  /** Its name, if given. */
  readonly name: string | null;
  /** Its kind, or `null`. */
  readonly committeeKind: CommitteeKind | null;
  /** One finding per check. */
  readonly findings: readonly CommitteeFinding[];
  /** The host's checklist items. */
  readonly checklist: readonly ChecklistOutcome[];
  /** The score, when the profile has a score sheet. */
  readonly score: CommitteeScore | null;
  /** Warnings of this row. */
  readonly warnings: readonly Warning[];
  /** What this row is missing. */
  readonly missing: readonly string[];
  /** With `explain: true`. */
  readonly explanation?: Explanation;
}

/**
 * The result of a batch: one row per input, in order (refused rows have `outcome: 'error'`), and the counts.
 * @category Committees
 */
export interface CommitteeBatch<K extends string, R> {
  /** The result type. */
  readonly kind: K;
  /** The date the parameters were read on. */
  readonly asOf: string;
  /** The profile used. */
  readonly profile: ProfileRef;
  /** The engine. */
  readonly engine: EngineRef;
  /** One row per input (`rows.length` = the input's length). */
  readonly rows: readonly (R | ErrorRow)[];
  /** Rows by outcome; `total` is the sum of the others. */
  readonly counts: OutcomeCounts;
}

const ROW_PATH: readonly (string | number)[] = Object.freeze(['row']);

function rowOf(index: number, c: CommitteeStandardInput, r: StandardEvaluation, scope: Scope): CommitteeStandardRow {
  return {
    index,
    outcome: r.outcome,
    id: c.id ?? null,
    divisionCode: c.divisionCode ?? null,
    name: c.name ?? null,
    committeeKind: r.committeeKind,
    findings: r.findings,
    checklist: r.checklist,
    score: r.score,
    // The rows of a batch mostly carry the same warnings and miss nothing: they share one list.
    warnings: sharedList(scope.warnings),
    missing: missingOf(r, scope),
  };
}

const NOTHING_MISSING: readonly string[] = Object.freeze([]);

/**
 * What a committee's result is missing: nothing for a standard committee. With a score sheet, the points reaching the
 * pass mark decide it (see {@link checkCommittee}): a check the sheet does not score, or an item beyond the pass mark,
 * may still lack a fact (its finding names it), but no fact can change the outcome, so none is missing from it. A
 * `fail` or `undetermined` committee keeps every fact its checks lacked. The single check and the batch row alike.
 */
function missingOf(r: StandardEvaluation, scope: Scope): readonly string[] {
  return r.outcome === 'pass' || scope.missing.length === 0 ? NOTHING_MISSING : scope.missing;
}
// The issues of the in-place check of a row that passes are none: one scratch list for every row.
const SCRATCH: PolicyIssue[] = [];

/** One row of a standard batch. @internal */
export function standardRow(
  raw: unknown,
  index: number,
  at: ParametersAt,
  explain: boolean,
  mode: ValidationMode = 'checked',
): CommitteeStandardRow {
  // Most rows pass their check: checked in place against a shared path; a refused row again at its own path. A
  // trusted row is taken as given.
  let c: CommitteeStandardInput | undefined;
  if (mode === 'trusted') c = raw as CommitteeStandardInput;
  else if ((c = committeeStandardRecord.checkInPlace(raw, ROW_PATH, SCRATCH)) === undefined) {
    SCRATCH.length = 0;
    c = committeeStandardRecord.parse(raw, [index]);
  }
  if (explain) {
    const { scope, explain: finish } = explainedScope(at);
    const r = evaluateStandard(c, { scope });
    return { ...rowOf(index, c, r, scope), explanation: finish(standardSummary(r)) };
  }
  const scope = new Scope(at);
  return rowOf(index, c, evaluateStandard(c, { scope }), scope);
}

/**
 * {@link checkCommittee} for a list of committees (a 台账 of a township or the city): one row per committee, in order; a
 * refused committee is a row with `outcome: 'error'` and its PolicyError (paths start with the row index), and the
 * batch goes on. `counts.total` is always the sum of the per-outcome counts.
 * @param committees - the committees
 * @param options - `asOf` (required), `profile`, `explain`, `validate`
 * @category Committees
 * @example
 * ```ts
 * const { rows, counts } = checkCommitteesBatch(ledger, { asOf: '2025-12-31' });
 * counts.pass; // committees that are standard
 * ```
 */
export function checkCommitteesBatch(
  committees: unknown,
  options: CommitteeBatchOptions,
): CommitteeBatch<'committee-standard-batch', CommitteeStandardRow> {
  const o = readOptions(options, BATCH_OPTIONS);
  const at = profileAt(o.profile, o.asOf);
  const { rows, counts } = runBatch(
    committees,
    (raw, i) => standardRow(raw, i, at, o.explain, o.validate),
    [],
    o.validate,
  );
  return {
    kind: 'committee-standard-batch',
    asOf: o.asOf,
    profile: profileRef(o.profile),
    engine: engineRef(DOMAIN),
    rows,
    counts,
  };
}
