/**
 * `electionSchedule` (村委会组织法 第十四条、第二十条: the dated steps of an election) and `checkElectionResult`
 * (第十五条第二款、第十六条第二款: whether a vote is valid and who it elects or whether a recall passes).
 * @module
 */
import {
  combineOutcomes,
  envelope,
  explainedScope,
  profileAt,
  readOptions,
  type Outcome,
  type ResultEnvelope,
} from '../core/index.js';
import { DOMAIN } from './committee.js';
import type { CommitteeFinding } from './finding.js';
import { committeeMessages as M } from './messages.js';
import { CALENDAR_OPTIONS, ITEM_OPTIONS, type CommitteeCalendarOptions, type CommitteeOptions } from './options.js';
import { ballotKindLabels, ballotRecord, electionRecord, type BallotKind } from './records.js';
import { ballot, type CandidateResult } from './rules/ballot.js';
import { electionSteps, type ElectionStep } from './rules/election-steps.js';

/**
 * The schedule of an election.
 * @category Committees
 */
export interface ElectionSchedule extends ResultEnvelope<'election-schedule', 'computed' | 'undetermined' | 'fail'> {
  /** The election day. */
  readonly electionDay: string;
  /** The last day to publish the voter list, or `null`. */
  readonly publishBy: string | null;
  /** The steps in order: voter list, objection window, one decision per objection, handover. */
  readonly steps: readonly ElectionStep[];
}

/**
 * The dated steps of a 村民委员会 election on the legal calendar:
 * - `voterList`: published 20 日 before the election day: counted back, the election day not counted, so for an
 *   election on 2026-05-21 the list is published on 2026-05-01 at the latest (the reading is a provisional parameter,
 *   `selfgov.nthDayBeforeInTime`: false, twenty whole days between, makes it 2026-04-30);
 * - `objection`: a window of 5 日 from publication (from the last day allowed when the publication is not yet given);
 * - `objectionDecision`: 3 日 from receiving each objection;
 * - `handover`: 10 日 from the new committee (`constitutedOn`, or the election day, a provisional reading).
 * Forward periods: the first day not counted, a last day on a rest day moves to the next working day (民法典 arts.
 * 201–203 by analogy; the convention is a provisional parameter); a year without holiday data makes the step
 * undetermined (`calendar:<year>`). Steps done are `in_time` or `late`; steps not done are `pending` or `overdue` on
 * `asOf`. The outcome is `fail` when a step is late or overdue, `undetermined` when one cannot be computed, else
 * `computed`. The 居委会组织法 has no schedule: this is for a 村民委员会.
 * @param election - the election day (`'YYYY-MM-DD'`) or the election's dates (`electionDay`, `voterListPublishedOn`,
 *   `objections: [{ receivedOn, decidedOn? }]`, `constitutedOn`, `handoverCompletedOn`)
 * @param options - `asOf` (required), `profile`, `calendar`
 * @category Committees
 * @example
 * ```ts
 * const s = electionSchedule('2026-05-21', { asOf: '2026-04-01' });
 * s.publishBy;                                        // '2026-05-01'
 * s.steps.find((x) => x.id === 'objection')?.due;     // '2026-05-06'
 * s.steps.find((x) => x.id === 'handover')?.due;      // '2026-06-01' (10 日 end on Sunday 05-31)
 * ```
 */
export function electionSchedule(election: unknown, options: CommitteeCalendarOptions): ElectionSchedule {
  const o = readOptions(options, CALENDAR_OPTIONS);
  const e = electionRecord.parse(
    typeof election === 'string' ? { electionDay: election } : election,
    typeof election === 'string' ? ['election'] : [],
  );
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const steps = electionSteps(e, { scope, calendar: o.calendar });
  const late = steps.filter((s) => s.state === 'late' || s.state === 'overdue').length;
  const undetermined = steps.filter((s) => s.outcome === 'undetermined').length;
  const outcome = late > 0 ? 'fail' : undetermined > 0 ? 'undetermined' : 'computed';
  const publishBy = steps[0]!.due;
  return {
    ...envelope(
      DOMAIN,
      'election-schedule',
      outcome,
      scope,
      explain(M.text('summary_schedule', { election: e.electionDay, publishBy, late, undetermined })),
    ),
    electionDay: e.electionDay,
    publishBy,
    steps,
  };
}

/**
 * Whether a vote is valid, and whom it elects or whether a recall passes.
 * @category Committees
 */
export interface ElectionResult extends ResultEnvelope<'election-result', Outcome> {
  /** `election`, `runoff` or `recall`. */
  readonly ballot: BallotKind;
  /** The turnout, and for a recall the vote. */
  readonly findings: readonly CommitteeFinding[];
  /** Each candidate of an election or run-off, elected or not. */
  readonly candidates: readonly CandidateResult[];
}

/**
 * Checks a vote under 村委会组织法 第十五条第二款 and 第十六条第二款:
 * - `election`: valid when more than half of the registered voters vote (`election.turnout`); a candidate with more
 *   than half of the votes of those voting is elected (exactly half is not);
 * - `runoff` (另行选举): a candidate needs at least one third of the ballots cast (exactly one third suffices); the
 *   turnout applies as well under the default reading (`selfgov.runoffNeedsTurnout`, provisional);
 * - `recall`: more than half of the registered voters voting, and more than half of those voting in favour.
 * The outcome is `pass` (valid; the recall passes), `fail` or `undetermined`; candidates are listed with `elected`.
 * Counts that cannot be (more voting than registered, more votes than voters) are refused naming the field.
 * @param vote - `kind`, `registeredVoters`, `ballotsCast`, `candidates: [{ name?, votes }]` or `votesFor` (recall)
 * @param options - `asOf` (required), `profile`
 * @category Committees
 * @example
 * ```ts
 * const r = checkElectionResult({ kind: 'election', registeredVoters: 1000, ballotsCast: 501, candidates: [{ name: '张三', votes: 251 }, { name: '李四', votes: 250 }] }, { asOf: '2026-05-21' });
 * r.outcome;                              // 'pass': 501 of 1000 voted
 * r.candidates.map((c) => c.elected);     // [true, false]: 250 of 501 is not more than half
 * ```
 */
export function checkElectionResult(vote: unknown, options: CommitteeOptions): ElectionResult {
  const o = readOptions(options, ITEM_OPTIONS);
  const v = ballotRecord.parse(vote);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const r = ballot(v, { scope });
  const summary = M.text('summary_check', {
    what: ballotKindLabels[v.kind],
    fail: r.findings.filter((f) => f.outcome === 'fail').map((f) => f.label),
    undetermined: r.findings.filter((f) => f.outcome === 'undetermined').length,
  });
  return {
    ...envelope(DOMAIN, 'election-result', combineOutcomes(r.findings.map((f) => f.outcome)), scope, explain(summary)),
    ballot: v.kind,
    findings: r.findings,
    candidates: r.candidates,
  };
}
