/**
 * `reviewSuggestion`: a 人民建议's required elements and exclusions (上海规定 第十条, U21, cited as a comparator) and
 * its reply deadline (art. 29 requires a reply; no time limit was found, so it is undetermined until the host sets it).
 * @module
 */
import {
  combineOutcomes,
  engineRef,
  envelope,
  explainedScope,
  profileAt,
  profileRef,
  readOptions,
  runBatch,
  Scope,
  type Explanation,
  type Outcome,
  type ParametersAt,
  type ResultEnvelope,
  type Warning,
  type WorkCalendar,
  type ValidationMode,
} from '../core/index.js';
import { readRow } from '../core/validation.js';
import type { PeopleSuggestion } from '../entities/petition.js';
import { DOMAIN, type PetitionBatch } from './deadlines.js';
import type { CheckFinding } from './finding.js';
import { petitionMessages as M } from './messages.js';
import type { Milestone, PetitionContext } from './milestones.js';
import { BATCH_OPTIONS, ITEM_OPTIONS, type PetitionBatchOptions, type PetitionOptions } from './options.js';
import { suggestionRecord } from './records.js';
import { suggestionElements } from './rules/suggestion-elements.js';
import { suggestionExclusions } from './rules/suggestion-exclusions.js';
import { suggestionReply } from './rules/suggestion-reply.js';

/** What a review decided. @internal */
export interface SuggestionEvaluation {
  readonly outcome: Outcome;
  readonly findings: CheckFinding[];
  readonly reply: Milestone<'reply'>;
}

/** The readable path: exclusions, elements, then the reply. @internal */
export function evaluateSuggestion(s: PeopleSuggestion, ctx: PetitionContext): SuggestionEvaluation {
  const exclusion = suggestionExclusions(s, ctx);
  const elements = suggestionElements(s, ctx);
  const findings = [...(exclusion === undefined ? [] : [exclusion]), ...(elements ?? [])];
  const excluded = exclusion?.outcome === 'fail';
  const reply = suggestionReply(s, excluded, ctx);
  const outcomes: Outcome[] = findings.map((f) => f.outcome);
  outcomes.push(reply.outcome === 'computed' ? 'pass' : reply.outcome);
  // A parameter without a value (the exclusions or the elements) is undetermined, never a pass.
  if (exclusion === undefined || elements === undefined) outcomes.push('undetermined');
  return { outcome: combineOutcomes(outcomes), findings, reply };
}

function summary(r: SuggestionEvaluation) {
  return M.text('summary_suggestion', {
    excluded: r.findings.some((f) => f.rule === 'suggestion.exclusion' && f.outcome === 'fail'),
    missing: r.findings
      .filter((f) => f.rule.startsWith('suggestion.element.') && f.outcome === 'fail')
      .map((f) => f.label),
    ...(r.reply.due === null ? {} : { due: r.reply.due }),
  });
}

/**
 * The review of one 人民建议.
 * @category Petitions
 */
export interface SuggestionReview extends ResultEnvelope<'suggestion-review', Outcome> {
  /** The suggestion's id, if it has one. */
  readonly id: string | null;
  /** The office, if given. */
  readonly office: string | null;
  /** The exclusion finding, then one finding per required element. */
  readonly findings: readonly CheckFinding[];
  /** The reply deadline: `undetermined` until the host sets `petition.suggestion.replyDueDays`. */
  readonly reply: Milestone<'reply'>;
}

/**
 * Reviews a 人民建议:
 * - exclusions: a personal claim, or a matter the law sends to litigation, arbitration, administrative reconsideration
 *   or another legal procedure, is not a suggestion (`fail`; handle it as a 信访事项 of its category, a claim under
 *   art. 31). Not knowing whether it is one is `undetermined`;
 * - elements: 建议主题、主要事由、对策建议、建议人基本信息, each present or `fail`;
 * - reply: art. 29 requires one, but no time limit was found: `petition.suggestion.replyDueDays` is `notFound`, so the
 *   reply deadline (and the review) is `undetermined` until the host sets it.
 * The elements and exclusions come from 上海市人民建议征集若干规定 第十条 (U21), cited as a comparator (no Jiangsu or
 * 淮安 rule was found); both are profile parameters a host can replace.
 * @param suggestion - a 人民建议 (the `people-suggestion` entity)
 * @param options - `asOf` (required), `profile`, `calendar`
 * @category Petitions
 * @example
 * ```ts
 * const s = { topic: '老旧小区加装电梯', reason: '老年居民上下楼难', proposal: '简化审批', proposer: '张某',
 *   personalClaim: false, legalChannel: 'none', receivedOn: '2026-03-02' };
 * reviewSuggestion(s, { asOf: '2026-03-02' }).outcome;        // 'undetermined' (no reply deadline)
 * const host = withOverrides(petitionProfiles.get('national-2022'), { 'petition.suggestion.replyDueDays': 30 });
 * reviewSuggestion(s, { asOf: '2026-03-02', profile: host }).reply.due; // '2026-04-01'
 * ```
 */
export function reviewSuggestion(suggestion: unknown, options: PetitionOptions): SuggestionReview {
  const o = readOptions(options, ITEM_OPTIONS);
  const s = suggestionRecord.parse(suggestion);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const r = evaluateSuggestion(s, { scope, calendar: o.calendar });
  return {
    ...envelope(DOMAIN, 'suggestion-review', r.outcome, scope, explain(summary(r))),
    id: s.id ?? null,
    office: s.office ?? null,
    findings: r.findings,
    reply: r.reply,
  };
}

/**
 * One row of {@link reviewSuggestionBatch}.
 * @category Petitions
 */
export interface SuggestionReviewRow {
  /** Position in the input. */
  readonly index: number;
  /** As in {@link SuggestionReview}. */
  readonly outcome: Outcome;
  /** The suggestion's id, if it has one. */
  readonly id: string | null;
  /** The office, if given. */
  readonly office: string | null;
  /** The findings. */
  readonly findings: readonly CheckFinding[];
  /** The reply deadline. */
  readonly reply: Milestone<'reply'>;
  /** Warnings of this row. */
  readonly warnings: readonly Warning[];
  /** What this row is missing. */
  readonly missing: readonly string[];
  /** With `explain: true`. */
  readonly explanation?: Explanation;
}

function suggestionRow(
  raw: unknown,
  index: number,
  at: ParametersAt,
  calendar: WorkCalendar,
  explain: boolean,
  mode: ValidationMode = 'checked',
): SuggestionReviewRow {
  const s = readRow(suggestionRecord, raw, index, mode);
  const { scope, explain: finish } = explain ? explainedScope(at) : { scope: new Scope(at), explain: undefined };
  const r = evaluateSuggestion(s, { scope, calendar });
  const row = {
    index,
    outcome: r.outcome,
    id: s.id ?? null,
    office: s.office ?? null,
    findings: r.findings,
    reply: r.reply,
    warnings: scope.warnings,
    missing: scope.missing,
  };
  return finish === undefined ? row : { ...row, explanation: finish(summary(r)) };
}

/**
 * {@link reviewSuggestion} for a list: one row per input, in order; refused inputs are `error` rows.
 * @param suggestions - the suggestions
 * @param options - `asOf` (required), `profile`, `calendar`, `explain`
 * @category Petitions
 * @example
 * ```ts
 * reviewSuggestionBatch([{ personalClaim: true }], { asOf: '2026-03-02' }).counts.fail; // 1
 * ```
 */
export function reviewSuggestionBatch(
  suggestions: unknown,
  options: PetitionBatchOptions,
): PetitionBatch<'suggestion-review-batch', SuggestionReviewRow> {
  const o = readOptions(options, BATCH_OPTIONS);
  const at = profileAt(o.profile, o.asOf);
  const { rows, counts } = runBatch(
    suggestions,
    (raw, i) => suggestionRow(raw, i, at, o.calendar, o.explain, o.validate),
    [],
    o.validate,
  );
  return {
    kind: 'suggestion-review-batch',
    asOf: o.asOf,
    profile: profileRef(o.profile),
    engine: engineRef(DOMAIN),
    rows,
    counts,
  };
}
