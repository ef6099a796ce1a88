/**
 * 社会组织评估 (1A–5A), 《社会组织评估管理办法》 (民政部令第39号, in force 2011-03-01) with the Jiangsu bands and
 * practice as profile data:
 * - {@link gradeFromScore}: the grade of a score (Jiangsu: 5A ≥ 951, so 950 is 4A; 1A without a floor; the 安庆/怀宁
 *   profile: 5A ≥ 950, 1A from 701);
 * - {@link ratingEligibility}: who may apply (arts. 6, 29, the upgrade rule of the Jiangsu city notices), the
 *   exclusions of art. 7, the bars of art. 31 and a city's 5A rules, three-state with the missing facts listed;
 * - {@link ratingStatus}: valid for 5 years (art. 28), the re-evaluation window of the last 2 (art. 29), expired →
 *   视为无评估等级, the grounds of art. 30 and the certificate return of art. 33;
 * - {@link ratingBenefits}: 3A+ priority, certificate and the donation-deduction route, 4A+ simplified inspection;
 * - {@link projectCompliance}: Jiangsu's two ratios for government-purchased 社工 projects (75% professionals, 80%
 *   labour cost);
 * - {@link gradeValidity}: the validity of a grade on a date as a pure function (the coverage indicator
 *   `org_ratings` counts valid 3A+ and 4A+ 民办社工机构 and 志愿服务组织 per county with it).
 * Each has a batch form where a register is checked, and renders with {@link explain}.
 * @module ratings
 */
export { explain } from '../core/index.js';
export { ratingProfiles } from './registry.js';
export type {
  EligibilityBatchOptions,
  EligibilityOptions,
  ProjectOptions,
  RatingBatchOptions,
  RatingOptions,
} from './options.js';
export {
  projectStaffRecord,
  ratingOrganizationRecord,
  socialWorkProjectRecord,
  type ProjectStaff,
  type RatingOrganization,
  type SocialWorkProject,
} from './records.js';
export { RATINGS, ratingLabels, type Rating } from '../entities/organization.js';
export type { RatingFinding } from './finding.js';
export {
  GRADE_STATES,
  gradeValidity,
  type GradeFacts,
  type GradeState,
  type GradeValidity,
  type GradeValiditySettings,
} from './validity.js';
export { gradeFromScore, gradeFromScoreBatch, type GradeFromScore, type GradeRow } from './grade.js';
export {
  ratingEligibility,
  ratingEligibilityBatch,
  type RatingBatch,
  type RatingEligibility,
  type RatingEligibilityRow,
} from './eligibility.js';
export {
  gradeStateLabels,
  ratingStatus,
  ratingStatusBatch,
  type RatingStatus,
  type RatingStatusRow,
  type RatingStatusOutcome,
} from './status.js';
export { BENEFIT_IDS, ratingBenefits, type BenefitId, type RatingBenefit, type RatingBenefits } from './benefits.js';
export {
  PROFESSIONAL_CRITERIA,
  projectCompliance,
  type ProfessionalCriterion,
  type ProjectCompliance,
} from './project.js';
