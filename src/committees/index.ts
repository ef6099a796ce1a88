/**
 * 村(居)民委员会标准化: the statutory checks of 《村民委员会组织法》 and 《城市居民委员会组织法》 (both as amended
 * 2018-12-29), the meeting quorums and election steps, 村务公开 and 民主评议, and the 社区综合服务设施 ratios of the 2021
 * national plan:
 * - {@link checkVillageCommittee}, {@link checkResidentsCommittee}: size, women, ethnic groups, term, subcommittees,
 *   village supervision; households of a residents' committee (一般: a notice, not a failure);
 * - {@link checkRepresentativeAssembly}: one representative per 5–15 户, 4/5 representatives, 1/3 women, quarterly;
 * - {@link checkMeetingQuorum}: 村民会议, 村民代表会议, 村民小组会议, 居民会议 (exact shares: 1/3 is met by exactly 1/3);
 * - {@link electionSchedule}, {@link checkElectionResult}: voter list 20 日 before, objections 5 日, decisions 3 日,
 *   handover 10 日 (民法典 periods); valid votes, elected candidates, recalls;
 * - {@link disclosureDue}: 村务 each quarter, finances monthly where frequent, 民主评议 each year; overdue on a date;
 * - {@link facilityAdequacy}: 30 ㎡ per 100 户, activity area 60% (exact decimals);
 * - {@link checkCommittee} / {@link checkCommitteesBatch}: every statutory check with the host's checklist and, when
 *   the host supplies one, a local score sheet (none was found: `selfgov.scoreSheet` is not found).
 * Every result renders with {@link explain}. Readings the laws leave open are provisional parameters, each with a note.
 * @module committees
 */
export { explain } from '../core/index.js';
export { committeeProfiles } from './registry.js';
export type { CommitteeOptions, CommitteeCalendarOptions, CommitteeBatchOptions } from './options.js';
export {
  COMMITTEE_KINDS,
  committeeKindLabels,
  REPRESENTATIVE_SELECTIONS,
  representativeSelectionLabels,
  SUBCOMMITTEE_KINDS,
  subcommitteeKindLabels,
  type Committee,
  type CommitteeKind,
  type RepresentativeSelection,
  type SubcommitteeKind,
} from '../entities/committee.js';
export {
  assemblyRecord,
  BALLOT_KINDS,
  ballotKindLabels,
  ballotRecord,
  committeeCheckRecord,
  committeeStandardRecord,
  disclosureRecord,
  electionRecord,
  facilityRecord,
  MEETING_KINDS,
  meetingKindLabels,
  meetingRecord,
  type AssemblyInput,
  type BallotInput,
  type BallotKind,
  type CommitteeStandardInput,
  type DisclosureInput,
  type ElectionInput,
  type FacilityInput,
  type MeetingInput,
  type MeetingKind,
} from './records.js';
export { COMMITTEE_RULES, type CommitteeFinding, type CommitteeRuleId } from './finding.js';
export {
  checkCommittee,
  checkCommitteesBatch,
  checkResidentsCommittee,
  checkVillageCommittee,
  type ChecklistOutcome,
  type CommitteeBatch,
  type CommitteeCheck,
  type CommitteeScore,
  type CommitteeStandard,
  type CommitteeStandardRow,
  type ScoreItemOutcome,
} from './committee.js';
export {
  checkMeetingQuorum,
  checkRepresentativeAssembly,
  type AssemblyCheck,
  type MeetingCheck,
} from './assembly-check.js';
export { disclosureDue, type DisclosureDue } from './disclosure-due.js';
export { DISCLOSURE_ITEMS, type DisclosureItem, type DisclosureItemId } from './rules/disclosure.js';
export { facilityAdequacy, type FacilityAdequacy } from './facility-adequacy.js';
export type { FacilityFigures } from './rules/facility.js';
export { checkElectionResult, electionSchedule, type ElectionResult, type ElectionSchedule } from './election.js';
export {
  ELECTION_STEPS,
  type ElectionStep,
  type ElectionStepId,
  type ElectionStepState,
} from './rules/election-steps.js';
export type { CandidateResult } from './rules/ballot.js';
