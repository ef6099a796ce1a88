/**
 * `petitionDeadlines`: every dated milestone of a 信访事项 with its article and the counting rule used (arts. 22, 23,
 * 34, 35, 36), one rule per milestone, read through one scope.
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
  type EngineRef,
  type ErrorRow,
  type Explanation,
  type OutcomeCounts,
  type ParametersAt,
  type ProfileRef,
  type ResultEnvelope,
  type Warning,
  type WorkCalendar,
  type ValidationMode,
} from '../core/index.js';
import { readRow } from '../core/validation.js';
import type { Petition } from '../entities/petition.js';
import { petitionMessages as M } from './messages.js';
import type { Milestone, PetitionContext } from './milestones.js';
import { BATCH_OPTIONS, ITEM_OPTIONS, type PetitionBatchOptions, type PetitionOptions } from './options.js';
import { petitionCaseRecord } from './records.js';
import { noticeDue } from './rules/notice-due.js';
import { objectionDue } from './rules/objection-due.js';
import { reexamDue } from './rules/reexam-due.js';
import { reexamRequestDue } from './rules/reexam-request-due.js';
import { resolveDue } from './rules/resolve-due.js';
import { reviewDue } from './rules/review-due.js';
import { reviewRequestDue } from './rules/review-request-due.js';
import { routeDue } from './rules/route-due.js';
import { deadlinesKernel } from './petitions.kernel.js';

/** The domain name in results. @internal */
export const DOMAIN = 'petitions';

const RULES = [
  routeDue,
  noticeDue,
  objectionDue,
  resolveDue,
  reviewRequestDue,
  reviewDue,
  reexamRequestDue,
  reexamDue,
] as const;

/** What the deadlines of one item decided. @internal */
export interface DeadlinesEvaluation {
  readonly outcome: 'computed' | 'undetermined' | 'not_applicable';
  readonly milestones: Milestone[];
}

/** The readable path: every milestone's rule, in the order of the procedure. @internal */
export function evaluateDeadlines(p: Petition, ctx: PetitionContext): DeadlinesEvaluation {
  const milestones = RULES.map((rule) => rule(p, ctx));
  let computed = false;
  let open = false;
  for (const m of milestones) {
    if (m.outcome === 'undetermined') open = true;
    else if (m.outcome === 'computed') computed = true;
  }
  return { outcome: open ? 'undetermined' : computed ? 'computed' : 'not_applicable', milestones };
}

/** The one-line summary of a deadline list. @internal */
export function deadlinesSummary(milestones: readonly Milestone[]) {
  let next: Milestone | undefined;
  let computed = 0;
  let undetermined = 0;
  for (const m of milestones) {
    if (m.outcome === 'undetermined') undetermined++;
    if (m.outcome !== 'computed') continue;
    computed++;
    if (next === undefined || m.due! < next.due!) next = m;
  }
  return M.text(
    'summary_deadlines',
    next === undefined
      ? { computed, undetermined }
      : { computed, undetermined, next: { label: next.label, due: next.due! } },
  );
}

/**
 * The deadlines of one 信访事项.
 * @category Petitions
 */
export interface PetitionDeadlines extends ResultEnvelope<
  'petition-deadlines',
  'computed' | 'undetermined' | 'not_applicable'
> {
  /** The item's id, if it has one. */
  readonly id: string | null;
  /** The office that keeps the item, if given. */
  readonly office: string | null;
  /** Every milestone, in the order of the procedure (those that do not apply say why). */
  readonly milestones: readonly Milestone[];
}

/**
 * Every dated milestone of a 信访事项 (《信访工作条例》 2022), each with its deadline (the last day, inclusive), the
 * article it comes from and the counting rule used:
 * - 登记并转送、交办 within 15 日 of receipt (art. 22, items a petition office received);
 * - 书面告知 within 15 日 (art. 23 ¶2 for items submitted directly, unless the name or address is unclear; ¶3 for
 *   transferred or assigned items);
 * - 提出异议 within 5 个工作日 of receipt (art. 23 ¶3, transferred items);
 * - 办结 within 60 日 of 受理 plus an approved extension of at most 30 日, only for route (六) of art. 31 (art. 34);
 * - 请求复查 within 30 日 of the written answer and the 复查意见 within 30 日 of the request (art. 35);
 * - 请求复核 and the 复核意见 likewise (art. 36), hearing days not counted.
 *
 * "日" is read as calendar days and counted under the declared convention (民法典 arts. 201–203 by analogy: the start
 * day is not counted, a last day on a rest day moves to the next working day); both are profile parameters. A
 * missing date makes its milestone `undetermined` with the field in `missing`; a year without holiday data too
 * (`calendar:<year>`); nothing is guessed. An extension that is negative, over 30 日 or on a route without one is
 * refused (PolicyError naming art. 34); dates out of order are refused by the record (naming the article).
 * @param petition - a 信访事项 (the `petition` entity)
 * @param options - `asOf` (required), `profile`, `calendar`
 * @category Petitions
 * @example
 * ```ts
 * const r = petitionDeadlines({ intake: 'transferred', category: 'claim', route: '六', receivedOn: '2025-09-20', acceptedOn: '2025-09-22' }, { asOf: '2025-09-22' });
 * r.milestones.find((m) => m.id === 'notice')?.due;    // '2025-10-09' (15日 ends 10-05, a 国庆 holiday)
 * r.milestones.find((m) => m.id === 'objection')?.due; // '2025-09-26' (5个工作日)
 * r.milestones.find((m) => m.id === 'resolve')?.due;   // '2025-11-21' (60日)
 * console.log(explain(r));
 * ```
 */
export function petitionDeadlines(petition: unknown, options: PetitionOptions): PetitionDeadlines {
  const o = readOptions(options, ITEM_OPTIONS);
  const p = petitionCaseRecord.parse(petition);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const r = evaluateDeadlines(p, { scope, calendar: o.calendar });
  return {
    ...envelope(DOMAIN, 'petition-deadlines', r.outcome, scope, explain(deadlinesSummary(r.milestones))),
    id: p.id ?? null,
    office: p.office ?? null,
    milestones: r.milestones,
  };
}

/**
 * One row of {@link petitionDeadlinesBatch}.
 * @category Petitions
 */
export interface PetitionDeadlinesRow {
  /** Position in the input. */
  readonly index: number;
  /** As in {@link PetitionDeadlines}. */
  readonly outcome: 'computed' | 'undetermined' | 'not_applicable';
  /** The item's id, if it has one. */
  readonly id: string | null;
  /** The office, if given. */
  readonly office: string | null;
  /** Every milestone. */
  readonly milestones: readonly Milestone[];
  /** Warnings of this row. */
  readonly warnings: readonly Warning[];
  /** What this row is missing. */
  readonly missing: readonly string[];
  /** With `explain: true`. */
  readonly explanation?: Explanation;
}

/**
 * The result of a batch: one row per input, in order (refused rows have `outcome: 'error'`), and the counts.
 * @category Petitions
 */
export interface PetitionBatch<K extends string, R> {
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

/** Runs one row of a batch on the readable path (explained when asked). @internal */
export function deadlinesRow(
  raw: unknown,
  index: number,
  at: ParametersAt,
  calendar: WorkCalendar,
  explain: boolean,
  mode: ValidationMode = 'checked',
): PetitionDeadlinesRow {
  const p = readRow(petitionCaseRecord, raw, index, mode);
  if (explain) {
    const { scope, explain: finish } = explainedScope(at);
    const r = evaluateDeadlines(p, { scope, calendar });
    return {
      index,
      outcome: r.outcome,
      id: p.id ?? null,
      office: p.office ?? null,
      milestones: r.milestones,
      warnings: scope.warnings,
      missing: scope.missing,
      explanation: finish(deadlinesSummary(r.milestones)),
    };
  }
  const scope = new Scope(at);
  const r = evaluateDeadlines(p, { scope, calendar });
  return {
    index,
    outcome: r.outcome,
    id: p.id ?? null,
    office: p.office ?? null,
    milestones: r.milestones,
    warnings: scope.warnings,
    missing: scope.missing,
  };
}

/**
 * {@link petitionDeadlines} for a list of items (a 台账): one row per item, in order; a refused item is a row with
 * `outcome: 'error'` and its PolicyError (paths start with the row index), and the batch goes on.
 * @param petitions - the items
 * @param options - `asOf` (required), `profile`, `calendar`, `explain`, `validate`
 * @category Petitions
 * @example
 * ```ts
 * const ledger = [{ intake: 'direct', receivedOn: '2026-02-10' }, { intake: 'transferred', category: 'claim', route: '六', receivedOn: '2025-09-20', acceptedOn: '2025-09-22' }];
 * const { rows, counts } = petitionDeadlinesBatch(ledger, { asOf: '2026-03-01' });
 * counts.total === rows.length; // true
 * ```
 */
export function petitionDeadlinesBatch(
  petitions: unknown,
  options: PetitionBatchOptions,
): PetitionBatch<'petition-deadlines-batch', PetitionDeadlinesRow> {
  const o = readOptions(options, BATCH_OPTIONS);
  const at = profileAt(o.profile, o.asOf);
  // Without explanations the kernel gives the same rows faster (a differential test holds them equal).
  const { rows, counts } = o.explain
    ? runBatch(petitions, (raw, i) => deadlinesRow(raw, i, at, o.calendar, true, o.validate), [], o.validate)
    : deadlinesKernel(petitions, at, o.calendar, o.validate);
  return {
    kind: 'petition-deadlines-batch',
    asOf: o.asOf,
    profile: profileRef(o.profile),
    engine: engineRef(DOMAIN),
    rows,
    counts,
  };
}
