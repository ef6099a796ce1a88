/**
 * `petitionStatus`: each milestone of a 信访事项 on a date: due, days left, overdue; overdue obligations as findings
 * citing the article and the violation (第四十四条第三项, 第四十五条第一项).
 * @module
 */
import {
  engineRef,
  envelope,
  explainedScope,
  profileAt,
  profileRef,
  readOptions,
  runBatch,
  Scope,
  type Explanation,
  type ParametersAt,
  type ResultEnvelope,
  type Warning,
  type WorkCalendar,
  type ValidationMode,
} from '../core/index.js';
import { readRow } from '../core/validation.js';
import type { Petition } from '../entities/petition.js';
import { DOMAIN, evaluateDeadlines, type PetitionBatch } from './deadlines.js';
import { petitionMessages as M } from './messages.js';
import type { PetitionContext } from './milestones.js';
import { BATCH_OPTIONS, ITEM_OPTIONS, type PetitionBatchOptions, type PetitionOptions } from './options.js';
import { petitionCaseRecord } from './records.js';
import { milestoneStatus, type MilestoneStatus, type StatusFinding } from './rules/milestone-status.js';

/** What a status decided: `fail` when an obligation is overdue or was done late, `undetermined` when a milestone cannot be decided, else `pass` (or `not_applicable` when no milestone applies). @category Petitions */
export type StatusOutcome = 'pass' | 'fail' | 'undetermined' | 'not_applicable';

/** The status of one item. @internal */
export interface StatusEvaluation {
  readonly outcome: StatusOutcome;
  readonly milestones: MilestoneStatus[];
  readonly findings: StatusFinding[];
}

/** The readable path: the deadlines, then where each stands on the scope's date. @internal */
export function evaluateStatus(p: Petition, ctx: PetitionContext): StatusEvaluation {
  const d = evaluateDeadlines(p, ctx);
  const milestones: MilestoneStatus[] = [];
  const findings: StatusFinding[] = [];
  for (const m of d.milestones) {
    const r = milestoneStatus(m, p, ctx);
    milestones.push(r.status);
    if (r.finding !== undefined) findings.push(r.finding);
  }
  const fail = findings.some((f) => f.outcome === 'fail');
  const open = findings.some((f) => f.outcome === 'undetermined');
  const outcome: StatusOutcome = fail
    ? 'fail'
    : open
      ? 'undetermined'
      : d.outcome === 'computed'
        ? 'pass'
        : 'not_applicable';
  return { outcome, milestones, findings };
}

/** The one-line summary of a status. @internal */
export function statusSummary(asOf: string, milestones: readonly MilestoneStatus[]) {
  let overdue = 0;
  let late = 0;
  let pending = 0;
  let undetermined = 0;
  for (const m of milestones) {
    if (m.state === 'overdue') overdue++;
    else if (m.state === 'done_late') late++;
    else if (m.state === 'pending' || m.state === 'open') pending++;
    else if (m.state === 'undetermined') undetermined++;
  }
  return M.text('summary_status', { asOf, overdue, late, pending, undetermined });
}

/**
 * The status of one 信访事项 on a date.
 * @category Petitions
 */
export interface PetitionStatus extends ResultEnvelope<'petition-status', StatusOutcome> {
  /** The item's id, if it has one. */
  readonly id: string | null;
  /** The office that keeps the item, if given. */
  readonly office: string | null;
  /** Every milestone with where it stands. */
  readonly milestones: readonly MilestoneStatus[];
  /** Obligations overdue or done late (`fail`) and milestones that cannot be decided (`undetermined`). */
  readonly findings: readonly StatusFinding[];
}

/**
 * Where each milestone of a 信访事项 stands on `asOf`: an obligation pending (with the days left), overdue or done
 * (late or in time); a window open, closed or used. An obligation overdue or done late is a `fail` finding citing the
 * article that sets the deadline and the violation the regulations name: 第四十四条第三项 (未在规定期限内书面告知) for
 * the written notice, 第四十五条第一项 (未在规定期限内办结) for 办结 and the 复查/复核 opinions. Only entries dated on or
 * before `asOf` count. Deadlines are computed as in {@link petitionDeadlines}.
 * @param petition - a 信访事项
 * @param options - `asOf` (required: the date asked about, and the date parameters are read on), `profile`, `calendar`
 * @category Petitions
 * @example
 * ```ts
 * const s = petitionStatus({ intake: 'direct', receivedOn: '2026-02-10' }, { asOf: '2026-03-01' });
 * s.outcome;                 // 'fail': the written notice was due 2026-02-25
 * s.findings[0].violation;   // { key: 'U2', title: '《信访工作条例》', article: '第四十四条第三项' }
 * ```
 */
export function petitionStatus(petition: unknown, options: PetitionOptions): PetitionStatus {
  const o = readOptions(options, ITEM_OPTIONS);
  const p = petitionCaseRecord.parse(petition);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const r = evaluateStatus(p, { scope, calendar: o.calendar });
  return {
    ...envelope(DOMAIN, 'petition-status', r.outcome, scope, explain(statusSummary(o.asOf, r.milestones))),
    id: p.id ?? null,
    office: p.office ?? null,
    milestones: r.milestones,
    findings: r.findings,
  };
}

/**
 * One row of {@link petitionStatusBatch}.
 * @category Petitions
 */
export interface PetitionStatusRow {
  /** Position in the input. */
  readonly index: number;
  /** As in {@link PetitionStatus}. */
  readonly outcome: StatusOutcome;
  /** The item's id, if it has one. */
  readonly id: string | null;
  /** The office, if given. */
  readonly office: string | null;
  /** Every milestone with where it stands. */
  readonly milestones: readonly MilestoneStatus[];
  /** Overdue, late and undetermined milestones. */
  readonly findings: readonly StatusFinding[];
  /** Warnings of this row. */
  readonly warnings: readonly Warning[];
  /** What this row is missing. */
  readonly missing: readonly string[];
  /** With `explain: true`. */
  readonly explanation?: Explanation;
}

/** One row of a status batch on the readable path. @internal */
export function statusRow(
  raw: unknown,
  index: number,
  at: ParametersAt,
  calendar: WorkCalendar,
  explain: boolean,
  mode: ValidationMode = 'checked',
): PetitionStatusRow {
  const p = readRow(petitionCaseRecord, raw, index, mode);
  const head = { index, id: p.id ?? null, office: p.office ?? null };
  if (explain) {
    const { scope, explain: finish } = explainedScope(at);
    const r = evaluateStatus(p, { scope, calendar });
    return {
      ...head,
      outcome: r.outcome,
      milestones: r.milestones,
      findings: r.findings,
      warnings: scope.warnings,
      missing: scope.missing,
      explanation: finish(statusSummary(at.date, r.milestones)),
    };
  }
  const scope = new Scope(at);
  const r = evaluateStatus(p, { scope, calendar });
  return {
    ...head,
    outcome: r.outcome,
    milestones: r.milestones,
    findings: r.findings,
    warnings: scope.warnings,
    missing: scope.missing,
  };
}

/**
 * {@link petitionStatus} for a 台账: one row per item, in order; refused items are `error` rows; the counts add up.
 * @param petitions - the items
 * @param options - `asOf` (required), `profile`, `calendar`, `explain`
 * @category Petitions
 * @example
 * ```ts
 * const ledger = [{ intake: 'direct', receivedOn: '2026-02-10' }, { intake: 'transferred', category: 'claim', route: '六', receivedOn: '2025-09-20', acceptedOn: '2025-09-22' }];
 * const { rows, counts } = petitionStatusBatch(ledger, { asOf: '2026-03-01' });
 * counts.fail; // 2: items with an obligation overdue or done late
 * ```
 */
export function petitionStatusBatch(
  petitions: unknown,
  options: PetitionBatchOptions,
): PetitionBatch<'petition-status-batch', PetitionStatusRow> {
  const o = readOptions(options, BATCH_OPTIONS);
  const at = profileAt(o.profile, o.asOf);
  const { rows, counts } = runBatch(
    petitions,
    (raw, i) => statusRow(raw, i, at, o.calendar, o.explain, o.validate),
    [],
    o.validate,
  );
  return {
    kind: 'petition-status-batch',
    asOf: o.asOf,
    profile: profileRef(o.profile),
    engine: engineRef(DOMAIN),
    rows,
    counts,
  };
}
