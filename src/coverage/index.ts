/**
 * 五个全覆盖: coverage indicators over a division tree (两企三新 party coverage, 双审双培, 村(居)委会标准化建设,
 * 志愿服务队伍, 镇街社工站, 社工证持证率) with exact rates, roll-ups by level, gap lists, targets per county, and
 * the party-organization formation rules of 《中国共产党支部工作条例(试行)》 第四条.
 * @module coverage
 */
export { computeCoverage, COVERAGE_INDICATORS, type CoverageOptions, type IndicatorInfo } from './compute.js';
export type { ValidationMode } from './context.js';
export { requiredPartyOrganization, type PartyOrganizationRequirement } from './party-organization.js';
export { coverageProfiles, getCoverageProfile, huaianCoverageProfile } from './profile.js';
export { formatRate, RATE_PLACES, type RateText } from '../core/rate.js';
export {
  ASSOCIATION_EVENT_TYPES,
  associationEventSchema,
  checklistItemSchema,
  checklistResultSchema,
  communityWorkerSchema,
  coverageRegistrySchema,
  FORMATIONS,
  ORGANIZATION_CATEGORIES,
  organizationRecordSchema,
  PARTY_ORGANIZATION_TYPES,
  parseCoverageRegistry,
  partyOrganizationRecordSchema,
  safeParseCoverageRegistry,
  stationSchema,
  TRAINING_ROLES,
  trainingRecordSchema,
  volunteerTeamRecordSchema,
  WORK_COVERAGE_MEANS,
  type AssociationEventRecord,
  type ChecklistItem,
  type ChecklistResult,
  type CollectionName,
  type CommunityWorkerRecord,
  type CoverageRegistry,
  type OrganizationCategory,
  type OrganizationRecord,
  type PartyOrganizationRecord,
  type StationRecord,
  type TrainingRecord,
  type VolunteerTeamRecord,
  type WorkCoverageMeans,
} from './registry.js';
export { coverageReport, type CoverageReport, type TargetStanding, type TargetStatus } from './report.js';
export {
  CoverageIssueCode,
  GAP_REASONS,
  type CoverageGap,
  type CoverageResult,
  type CoverageRollup,
  type GapReason,
  type IndicatorId,
  type MeasureResult,
  type MustFormEntry,
  type RollupRow,
} from './result.js';
