/**
 * `checkRepresentativeAssembly` (村委会组织法 第二十五条、第二十六条第一款) and `checkMeetingQuorum` (村民会议、村民代表
 * 会议、村民小组会议、居民会议: 村委会组织法 第二十一条、第二十二条、第二十六条、第二十八条; 居委会组织法 第九条).
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
import { committeeKindLabels } from '../entities/committee.js';
import { DOMAIN, kindOf } from './committee.js';
import type { CommitteeFinding } from './finding.js';
import { committeeMessages as M } from './messages.js';
import { ITEM_OPTIONS, type CommitteeOptions } from './options.js';
import { assemblyRecord, meetingKindLabels, meetingRecord, type MeetingKind } from './records.js';
import { assembly } from './rules/assembly.js';
import { meetingFindings } from './rules/quorum.js';

function summaryOf(what: { zh: string; en: string }, findings: readonly CommitteeFinding[]) {
  return M.text('summary_check', {
    what,
    fail: findings.filter((f) => f.outcome === 'fail').map((f) => f.label),
    undetermined: findings.filter((f) => f.outcome === 'undetermined').length,
  });
}

/**
 * The check of a village's 村民代表会议.
 * @category Committees
 */
export interface AssemblyCheck extends ResultEnvelope<'assembly-check', Outcome> {
  /** The committee's id, if given. */
  readonly id: string | null;
  /** Its division code, if given. */
  readonly divisionCode: string | null;
  /** Its name, if given. */
  readonly name: string | null;
  /** `assembly.representation`, `assembly.representativeShare`, `assembly.womenShare`, `assembly.meetings`. */
  readonly findings: readonly CommitteeFinding[];
}

/**
 * Checks a village's 村民代表会议 (村委会组织法 第二十五条、第二十六条第一款):
 * - `assembly.representation`: one representative per 5 to 15 households (5 × representatives ≤ households ≤ 15 ×
 *   representatives; not applicable to representatives chosen by the 村民小组; undetermined when the ratio fails and
 *   the way they were chosen is not given);
 * - `assembly.representativeShare`: representatives ≥ 4/5 of the assembly (representatives + committee members);
 * - `assembly.womenShare`: women representatives ≥ 1/3 of the assembly (exactly 1/3 passes: integers, no floats);
 * - `assembly.meetings`: a meeting in each of the four calendar quarters before the quarter of `asOf`.
 * Without an assembly (`representativeAssembly: false`, it is optional: 第二十五条 "可以设立") every finding is not
 * applicable. A residents' committee is refused (`wrong_kind`).
 * @param committee - the village's households, `memberCount` and assembly facts
 * @param options - `asOf` (required), `profile`
 * @category Committees
 * @example
 * ```ts
 * const r = checkRepresentativeAssembly({ households: 300, memberCount: 5, representativeAssembly: true, representatives: 25,
 *   womenRepresentatives: 10, representativesChosenBy: 'households', assemblyMeetings: ['2025-02-10', '2025-05-10', '2025-08-10', '2025-11-10'] }, { asOf: '2026-01-05' });
 * r.findings.map((f) => f.outcome); // ['pass', 'pass', 'pass', 'pass']: 10 of 30 is exactly one third
 * ```
 */
export function checkRepresentativeAssembly(committee: unknown, options: CommitteeOptions): AssemblyCheck {
  const o = readOptions(options, ITEM_OPTIONS);
  const c = assemblyRecord.parse(committee);
  const k = kindOf(c);
  if (k === 'residents_committee')
    M.fail('wrong_kind', [c.kind === undefined ? 'divisionCode' : 'kind'], {
      expected: committeeKindLabels.villagers_committee,
      received: committeeKindLabels.residents_committee,
    });
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const findings: CommitteeFinding[] = [];
  assembly(c, { scope }, findings);
  return {
    ...envelope(
      DOMAIN,
      'assembly-check',
      combineOutcomes(findings.map((f) => f.outcome)),
      scope,
      explain(summaryOf({ zh: '村民代表会议', en: 'Representative assembly' }, findings)),
    ),
    id: c.id ?? null,
    divisionCode: c.divisionCode ?? null,
    name: c.name ?? null,
    findings,
  };
}

/**
 * The check of a meeting's quorum, decision and notice.
 * @category Committees
 */
export interface MeetingCheck extends ResultEnvelope<'meeting-check', Outcome> {
  /** The meeting's id, if given. */
  readonly id: string | null;
  /** Which meeting. */
  readonly meeting: MeetingKind;
  /** `meeting.quorum`, `meeting.decision` (not applicable without a vote), and for a 村民会议 `meeting.notice`. */
  readonly findings: readonly CommitteeFinding[];
}

/**
 * Checks a meeting against its quorum, the majority for its decision and (村民会议) its notice:
 * - 村民会议: more than half of the adults, or two thirds or more of the households (either suffices; 第二十二条);
 *   announced ten days ahead (第二十一条第二款: the 10th day before the meeting, the meeting day not counted, is the last
 *   day under the default reading);
 * - 村民代表会议: two thirds or more of its members (第二十六条第二款);
 * - 村民小组会议: two thirds or more of the group's adults, or of its households (第二十八条);
 * - 居民会议: more than half of the adults, the household representatives or the group delegates, whichever form it
 *   takes (居委会组织法 第九条).
 * A decision needs more than half of those present (`attendees`, or the one attendance count given). Shares are exact:
 * 15 of 30 is not 过半数, 20 of 30 is 三分之二以上.
 * @param meeting - the kind and counts (`adults`/`adultsPresent`, `households`/`householdsRepresented`,
 *   `members`/`membersPresent`, `attendees`, `votesFor`, `heldOn`, `noticeGivenOn`)
 * @param options - `asOf` (required), `profile`
 * @category Committees
 * @example
 * ```ts
 * checkMeetingQuorum({ kind: '村民会议', adults: 800, adultsPresent: 400, households: 300, householdsRepresented: 200 }, { asOf: '2026-03-01' })
 *   .findings[0].outcome; // 'pass': 400 of 800 is not more than half, but 200 of 300 households is two thirds
 * ```
 */
export function checkMeetingQuorum(meeting: unknown, options: CommitteeOptions): MeetingCheck {
  const o = readOptions(options, ITEM_OPTIONS);
  const m = meetingRecord.parse(meeting);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const findings = meetingFindings(m, { scope });
  return {
    ...envelope(
      DOMAIN,
      'meeting-check',
      combineOutcomes(findings.map((f) => f.outcome)),
      scope,
      explain(summaryOf(meetingKindLabels[m.kind], findings)),
    ),
    id: m.id ?? null,
    meeting: m.kind,
    findings,
  };
}
