/**
 * 五个全覆盖: coverage indicators over a division tree (两企三新 party coverage, 双审双培, 村(居)委会标准化建设,
 * 志愿服务队伍, 镇街社工站, 社工证持证率) with exact rates, roll-ups by level, gaps per measure, members that cannot be
 * classified, targets per county, the 应建未建 list, the party-organization thresholds
 * (`requiredPartyOrganization`) and 双培 training coverage. Indicators are registered modules (`defineIndicator`);
 * the registry's records are the `/entities` records.
 * @module coverage
 */
export { computeCoverage, coverageCatalogue, coverageCollections, type CoverageOptions } from './compute.js';
export {
  coverageReport,
  type CountTarget,
  type CoverageReport,
  type CoverageReportRow,
  type TargetStanding,
  type TargetStatus,
} from './report.js';
export { coverageProfiles } from './profile.js';
export { INDICATORS as COVERAGE_INDICATORS, type IndicatorId } from './indicators/index.js';
export { partyCoverageIndicator, WORK_COVERAGE_MEANS, type WorkCoverageMeans } from './indicators/party-coverage.js';
export { dualReviewIndicator } from './indicators/dual-review.js';
export { committeeStandardizationIndicator, COMMITTEE_MODES } from './indicators/committee-standardization.js';
export { volunteerTeamsIndicator } from './indicators/volunteer-teams.js';
export { socialWorkStationsIndicator } from './indicators/social-work-stations.js';
export { certificationRateIndicator } from './indicators/certification-rate.js';
export { orgRatingsIndicator } from './indicators/org-ratings.js';
export {
  defineIndicator,
  MeasureCounter,
  type IndicatorContext,
  type IndicatorDefinition,
  type IndicatorExtras,
  type MeasureDeclaration,
} from './indicator.js';
export { defineCollection, type AnyCollection, type Collection, type CollectionUnit } from './collection.js';
export { stateOn, UnitStates, type RecordState } from './indicators/unit-status.js';
export type { CheckedRows } from './registry.js';
// The validation modes are the core's (every batch takes `validate`); coverage, which had them first, still exports them.
export { VALIDATION_MODES, type ValidationMode } from '../core/validation.js';
export { divisionsOption, periodOption, type Period } from './options.js';
export * from './records.js';
export {
  evaluatePartyOrganization,
  PARTY_UNIT_TYPES,
  partyOrganizationQuestionRecord,
  partyUnitTypeLabels,
  requiredPartyOrganization,
  type PartyOrganizationQuestion,
  type PartyOrganizationRequirement,
  type PartyUnitType,
} from './party-organization.js';
export {
  trainingCoverage,
  trainingStandings,
  type TraineeStanding,
  type TrainingCoverage,
  type TrainingRatio,
} from './training.js';
export { formatRate, RATE_PLACES, type RateText } from '../core/rate.js';
export type {
  CoverageGap,
  CoverageResult,
  CoverageRollup,
  MeasureResult,
  MustFormEntry,
  RecordCounts,
  RegistryRowError,
  RollupRow,
  Unclassified,
} from './result.js';
export type { UnitIndex } from './units.js';
