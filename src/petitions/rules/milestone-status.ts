/**
 * Where a milestone stands on a date: an obligation is pending (days left), overdue, done, or done late; a window is
 * open, closed, used or used late. Only events on or before the date count (a status as of an earlier date ignores
 * later entries). An obligation overdue or done late is a finding that cites its article and the violation the
 * regulations name: 第四十四条第三项 for the written notice (未在规定期限内书面告知信访人是否受理), 第四十五条第一项
 * for 办结, 复查 and 复核 opinions (未在规定期限内办结信访事项).
 * @module
 * @internal
 */
import { daysBetween, type Bilingual, type CalendarDate, type Source } from '../../core/index.js';
import type { Petition } from '../../entities/petition.js';
import { petitionMessages as M } from '../messages.js';
import {
  MILESTONES,
  basisText,
  stripEn,
  type Milestone,
  type MilestoneId,
  type PetitionContext,
} from '../milestones.js';

/**
 * Where a milestone stands:
 * - obligations: `pending` (due on or after the date), `overdue` (past due, not done), `done`, `done_late`;
 * - windows: `open`, `closed` (past due, not used), `used`, `used_late`;
 * - `not_started` (its event is after the date), `undetermined`, `not_applicable` (as the milestone).
 * @category Petitions
 */
export type MilestoneState =
  | 'pending'
  | 'overdue'
  | 'done'
  | 'done_late'
  | 'open'
  | 'closed'
  | 'used'
  | 'used_late'
  | 'not_started'
  | 'undetermined'
  | 'not_applicable';

/**
 * A milestone and where it stands on the date asked about.
 * @category Petitions
 */
export interface MilestoneStatus extends Milestone {
  /** Where it stands. */
  readonly state: MilestoneState;
  /** The day it was done (on or before the date asked about), or `null`. */
  readonly doneOn: CalendarDate | null;
  /** For `pending` and `open`: whole days from the date asked about to the deadline (0: due that day). */
  readonly daysLeft: number | null;
  /** For `overdue`, `closed`, `done_late` and `used_late`: days past the deadline (on the date, or when it was done). */
  readonly daysOverdue: number | null;
  /** Where it stands, in words. */
  readonly note: Bilingual | null;
}

/**
 * An obligation found overdue or done late, or a milestone that cannot be decided.
 * @category Petitions
 */
export interface StatusFinding {
  /** Stable rule id (`petition.status.notice`). */
  readonly rule: string;
  /** The milestone. */
  readonly milestone: MilestoneId;
  /** The milestone's name. */
  readonly label: Bilingual;
  /** `fail` (overdue or late) or `undetermined`. */
  readonly outcome: 'fail' | 'undetermined';
  /** Why, in Chinese. */
  readonly zh: string;
  /** Why, in English. */
  readonly en: string;
  /** The article that sets the deadline. */
  readonly citation: Source;
  /** The violation the regulations name for it (第四十四条第三项, 第四十五条第一项), or `null`. */
  readonly violation: Source | null;
  /** For `undetermined`: what is missing. */
  readonly missing: readonly string[];
}

/** A milestone's status and, for an obligation overdue or late or an undetermined milestone, a finding. @internal */
export function milestoneStatus(
  m: Milestone,
  p: Petition,
  ctx: PetitionContext,
): { status: MilestoneStatus; finding?: StatusFinding } {
  const def = MILESTONES[m.id];
  const asOf = ctx.scope.asOf;
  const base = { ...m, doneOn: null, daysLeft: null, daysOverdue: null, note: null };
  if (m.outcome === 'not_applicable') return { status: { ...base, state: 'not_applicable' } };
  if (m.outcome === 'undetermined') {
    const reason = m.reason ?? { zh: '', en: '' };
    return {
      status: { ...base, state: 'undetermined', note: m.reason },
      finding: {
        rule: `petition.status.${m.id}`,
        milestone: m.id,
        label: m.label,
        outcome: 'undetermined',
        zh: reason.zh,
        en: reason.en,
        citation: m.basis,
        violation: null,
        missing: m.missing,
      },
    };
  }
  const due = m.due!;
  const from = m.from!;
  const trace = ctx.scope.trace;
  if (from > asOf) {
    const note = M.text('status_not_started', { label: m.label, event: def.event, from });
    if (trace.recording) trace.rule({ rule: `petition.status.${m.id}`, text: note, source: m.basis });
    return { status: { ...base, state: 'not_started', note } };
  }
  const recorded = p[def.done];
  const doneOn = recorded !== undefined && recorded <= asOf ? recorded : null;
  const obligation = m.kind === 'obligation';
  const basis = basisText(m.basis);
  const violation = def.violation === undefined ? undefined : basisText(def.violation);
  let state: MilestoneState;
  let note: Bilingual;
  let daysLeft: number | null = null;
  let daysOverdue: number | null = null;
  if (doneOn !== null) {
    const late = doneOn > due;
    if (late) daysOverdue = daysBetween(due, doneOn);
    state = obligation ? (late ? 'done_late' : 'done') : late ? 'used_late' : 'used';
    note = !late
      ? M.text(obligation ? 'status_done' : 'status_used', { label: m.label, on: doneOn, due })
      : obligation
        ? M.text('status_done_late', {
            label: m.label,
            on: doneOn,
            due,
            days: daysOverdue!,
            basis,
            ...(violation === undefined ? {} : { violation }),
          })
        : M.text('status_used_late', { label: m.label, on: doneOn, due, days: daysOverdue! });
  } else if (asOf <= due) {
    daysLeft = daysBetween(asOf, due);
    state = obligation ? 'pending' : 'open';
    note = M.text(obligation ? 'status_pending' : 'status_open', { label: m.label, due, days: daysLeft });
  } else {
    daysOverdue = daysBetween(due, asOf);
    state = obligation ? 'overdue' : 'closed';
    note = obligation
      ? M.text('status_overdue', {
          label: m.label,
          due,
          days: daysOverdue,
          basis,
          ...(violation === undefined ? {} : { violation }),
        })
      : M.text('status_closed', { label: m.label, due });
  }
  const fails = state === 'overdue' || state === 'done_late';
  if (trace.recording)
    trace.rule({
      rule: `petition.status.${m.id}`,
      text: note,
      ...(fails ? { outcome: 'fail' as const } : {}),
      source: m.basis,
    });
  const status: MilestoneStatus = { ...base, state, doneOn, daysLeft, daysOverdue, note };
  if (!fails) return { status };
  return {
    status,
    finding: {
      rule: `petition.status.${m.id}`,
      milestone: m.id,
      label: m.label,
      outcome: 'fail',
      zh: note.zh,
      en: note.en,
      citation: m.basis,
      violation: def.violation === undefined ? null : stripEn(def.violation),
      missing: [],
    },
  };
}
