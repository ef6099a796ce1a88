/**
 * `checkPetition`: the checks of a submission against the 条例's limits on accepting it: more than 5 representatives
 * of a group visit (art. 20 ¶3), the same matter submitted to a superior body while it is within its deadlines
 * (art. 19 ¶3), the same facts and reasons after 复核 (art. 36 ¶3).
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
import { DOMAIN, type PetitionBatch } from './deadlines.js';
import type { CheckFinding } from './finding.js';
import { petitionMessages as M } from './messages.js';
import type { PetitionContext } from './milestones.js';
import { BATCH_OPTIONS, ITEM_OPTIONS, type PetitionBatchOptions, type PetitionOptions } from './options.js';
import { petitionCheckRecord, type PetitionCheckInput } from './records.js';
import { afterReexam } from './rules/after-reexam.js';
import { groupVisit } from './rules/group-visit.js';
import { superiorDuplicate } from './rules/superior-duplicate.js';

/** The readable path: the three checks. @internal */
export function evaluateChecks(
  p: PetitionCheckInput,
  ctx: PetitionContext,
): { outcome: Outcome; findings: CheckFinding[] } {
  const findings = [groupVisit(p, ctx), superiorDuplicate(p, ctx), afterReexam(p, ctx)];
  return { outcome: combineOutcomes(findings.map((f) => f.outcome)), findings };
}

function summary(findings: readonly CheckFinding[]) {
  return M.text('summary_check', {
    fail: findings.filter((f) => f.outcome === 'fail').map((f) => f.label),
    undetermined: findings.filter((f) => f.outcome === 'undetermined').length,
  });
}

/**
 * The checks of one submission.
 * @category Petitions
 */
export interface PetitionCheck extends ResultEnvelope<'petition-check', Outcome> {
  /** The item's id, if it has one. */
  readonly id: string | null;
  /** The office, if given. */
  readonly office: string | null;
  /** One finding per check: group visit, superior duplicate, after 复核. */
  readonly findings: readonly CheckFinding[];
}

/**
 * Checks a submission against the 条例's limits on accepting it:
 * - `petition.groupVisit`: a group visit elects at most 5 representatives (art. 20 ¶3; 6 fails, 5 passes);
 * - `petition.superiorDuplicate`: the same matter, already accepted or being handled (办理, 复查 or 复核), submitted to a
 *   superior of the handling body within that step's deadline is not accepted (art. 19 ¶3); after the deadline, or once
 *   the step is finished, it is not barred;
 * - `petition.afterReexam`: after a 复核意见, a complaint on the same facts and reasons is not accepted again
 *   (art. 36 ¶3).
 * Each finding is `pass`, `fail`, `undetermined` (naming what is missing; missing data is never a pass) or
 * `not_applicable`; the outcome is the worst of them.
 * @param input - a 信访事项 with `prior` (the earlier item of the same matter), `toSuperior` and `sameFactsAndReasons`
 * @param options - `asOf` (required), `profile`, `calendar`
 * @category Petitions
 * @example
 * ```ts
 * checkPetition({ form: '走访', visitors: 12, representatives: 6 }, { asOf: '2026-03-01' }).outcome; // 'fail' (art. 20 ¶3)
 * checkPetition({ receivedOn: '2026-03-20', toSuperior: true,
 *   prior: { category: 'claim', route: 'opinion', receivedOn: '2026-02-01', acceptedOn: '2026-02-10' } }, { asOf: '2026-03-20' })
 *   .findings[1].outcome; // 'fail': within the 60 日 to 2026-04-13 (art. 19 ¶3)
 * ```
 */
export function checkPetition(input: unknown, options: PetitionOptions): PetitionCheck {
  const o = readOptions(options, ITEM_OPTIONS);
  const p = petitionCheckRecord.parse(input);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const r = evaluateChecks(p, { scope, calendar: o.calendar });
  return {
    ...envelope(DOMAIN, 'petition-check', r.outcome, scope, explain(summary(r.findings))),
    id: p.id ?? null,
    office: p.office ?? null,
    findings: r.findings,
  };
}

/**
 * One row of {@link checkPetitionBatch}.
 * @category Petitions
 */
export interface PetitionCheckRow {
  /** Position in the input. */
  readonly index: number;
  /** The worst finding. */
  readonly outcome: Outcome;
  /** The item's id, if it has one. */
  readonly id: string | null;
  /** The office, if given. */
  readonly office: string | null;
  /** One finding per check. */
  readonly findings: readonly CheckFinding[];
  /** Warnings of this row. */
  readonly warnings: readonly Warning[];
  /** What this row is missing. */
  readonly missing: readonly string[];
  /** With `explain: true`. */
  readonly explanation?: Explanation;
}

function checkRow(
  raw: unknown,
  index: number,
  at: ParametersAt,
  calendar: WorkCalendar,
  explain: boolean,
  mode: ValidationMode = 'checked',
): PetitionCheckRow {
  const p = readRow(petitionCheckRecord, raw, index, mode);
  const head = { index, id: p.id ?? null, office: p.office ?? null };
  if (explain) {
    const { scope, explain: finish } = explainedScope(at);
    const r = evaluateChecks(p, { scope, calendar });
    return {
      ...head,
      outcome: r.outcome,
      findings: r.findings,
      warnings: scope.warnings,
      missing: scope.missing,
      explanation: finish(summary(r.findings)),
    };
  }
  const scope = new Scope(at);
  const r = evaluateChecks(p, { scope, calendar });
  return { ...head, outcome: r.outcome, findings: r.findings, warnings: scope.warnings, missing: scope.missing };
}

/**
 * {@link checkPetition} for a list of submissions: one row per input, in order; refused inputs are `error` rows.
 * @param inputs - the submissions
 * @param options - `asOf` (required), `profile`, `calendar`, `explain`
 * @category Petitions
 * @example
 * ```ts
 * checkPetitionBatch([{ form: 'visit', visitors: 3 }, { form: 'letter' }], { asOf: '2026-03-01' }).counts; // { total: 2, pass: 1, not_applicable: 1, … }
 * ```
 */
export function checkPetitionBatch(
  inputs: unknown,
  options: PetitionBatchOptions,
): PetitionBatch<'petition-check-batch', PetitionCheckRow> {
  const o = readOptions(options, BATCH_OPTIONS);
  const at = profileAt(o.profile, o.asOf);
  const { rows, counts } = runBatch(
    inputs,
    (raw, i) => checkRow(raw, i, at, o.calendar, o.explain, o.validate),
    [],
    o.validate,
  );
  return {
    kind: 'petition-check-batch',
    asOf: o.asOf,
    profile: profileRef(o.profile),
    engine: engineRef(DOMAIN),
    rows,
    counts,
  };
}
