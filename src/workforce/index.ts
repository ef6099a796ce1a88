/**
 * 社区工作者队伍: the Jiangsu 《关于加强社区工作者队伍建设的16条措施》 (省委组织部、省委社会工作部 and 5 other bodies;
 * known from a broadcaster's report, U31, medium confidence, its date and number not seen) over a roster, on the engine
 * contract:
 * - {@link staffingRequirement}: 18 community workers per 10,000 urban residents, required against actual per unit,
 *   rolled up over the division tree (the rounding is a declared reading: up by default);
 * - {@link averagePayCheck}: the roster's average pay, computed by `/salary`, against last year's local
 *   全口径城镇单位就业人员平均工资, per county and city (淮安's figure was not found: undetermined until supplied);
 * - {@link rosterTargets}: 持证 ≥ 60% and 大专以上 ≥ 90% per unit, with the workers behind each gap (unknown facts
 *   listed, never counted as met; the target year was not found);
 * - {@link certificationDeadline}: the day a new hire first meets the exam conditions (U33) + 3 years;
 * - {@link exitTriggers}: 2 years 不合格 or 3 years 基本合格 in a row, and the exit cases the host records;
 * - {@link workforceReport} (and {@link createWorkforceReport} for a roster read in chunks): all of them.
 * Every result renders with {@link explain}.
 * @module workforce
 */
export { explain } from '../core/index.js';
export { workforceProfiles } from './registry.js';
export type { WorkforceOptions, WorkforcePayOptions, WorkforceReportOptions } from './options.js';
export {
  EXIT_FLAGS,
  exitFlagLabels,
  residentCountRecord,
  SUB_BACHELOR_LEVELS,
  subBachelorLevelLabels,
  workforceWorkerRecord,
  type ExitFlag,
  type ResidentCount,
  type SubBachelorLevel,
  type WorkforceWorker,
} from './records.js';
export type { WorkforceFinding } from './finding.js';
export { EXAM_EDUCATION, type ExamEducation, type ExamRoute, type StaffingRounding } from './params.js';
export { certificationDeadline, type CertificationDeadline, type CertificationStatus } from './certification.js';
export { exitTriggers, type ExitTrigger, type ExitTriggers } from './exit.js';
export type { TargetClass, TargetGap, WorkerRow, WorkforceRowError } from './roster.js';
export type { PayUnit, StaffingUnit, WorkforceTargetStanding, TargetUnit } from './sections.js';
export {
  averagePayCheck,
  createWorkforceReport,
  rosterTargets,
  staffingRequirement,
  workforceReport,
  type AveragePayCheck,
  type RosterTargets,
  type StaffingRequirement,
  type WorkerCounts,
  type WorkforceReport,
  type WorkforceReportBuilder,
  type WorkforceSummary,
} from './checks.js';
