/**
 * 信访 and 人民建议 (《信访工作条例》 2022, in force 2022-05-01): deadlines on the legal calendar, status on a date,
 * classification and the checks on accepting a submission, and the review of a 人民建议.
 * - {@link classifyPetition}: 建议意见 / 检举控告 / 申诉求决 (arts. 29–31) and the route of art. 31;
 * - {@link petitionDeadlines}: every dated milestone with its article and counting rule (arts. 22, 23, 34–36);
 * - {@link petitionStatus}: due, days left, overdue (findings citing arts. 44(三) and 45(一));
 * - {@link checkPetition}: group visits over 5 representatives (art. 20 ¶3), the same matter to a superior body within
 *   its deadlines (art. 19 ¶3), the same facts after 复核 (art. 36 ¶3);
 * - {@link reviewSuggestion}: a 人民建议's elements, exclusions and reply (art. 29; 上海 U21 as a comparator).
 * Each has a batch form (`…Batch`) and renders with {@link explain}. "日" are calendar days and periods are counted as
 * in 民法典 arts. 201–203 (both declared, provisional parameters); 5 个工作日 uses the official holiday calendar (the
 * `calendar` option loads next year's notice). A year without holiday data is `undetermined`, never guessed.
 * @module petitions
 */
export { explain } from '../core/index.js';
export { petitionProfiles } from './registry.js';
export type { PetitionOptions, PetitionBatchOptions } from './options.js';
export {
  petitionCaseRecord,
  petitionCheckRecord,
  petitionFactsRecord,
  suggestionRecord,
  type PetitionCheckInput,
  type PetitionFacts,
} from './records.js';
export {
  PETITION_CATEGORIES,
  PETITION_FORMS,
  PETITION_INTAKES,
  PETITION_ROUTES,
  petitionCategoryLabels,
  petitionFormLabels,
  petitionIntakeLabels,
  petitionRouteLabels,
  type PeopleSuggestion,
  type Petition,
  type PetitionCategory,
  type PetitionForm,
  type PetitionIntake,
  type PetitionRoute,
} from '../entities/petition.js';
export { MILESTONE_IDS, type Milestone, type MilestoneId, type MilestoneKind } from './milestones.js';
export type { CheckFinding } from './finding.js';
export type { MilestoneState, MilestoneStatus, StatusFinding } from './rules/milestone-status.js';
export {
  classifyPetition,
  classifyPetitionBatch,
  type PetitionClassification,
  type PetitionClassificationRow,
} from './classify.js';
export {
  petitionDeadlines,
  petitionDeadlinesBatch,
  type PetitionBatch,
  type PetitionDeadlines,
  type PetitionDeadlinesRow,
} from './deadlines.js';
export {
  petitionStatus,
  petitionStatusBatch,
  type PetitionStatus,
  type PetitionStatusRow,
  type StatusOutcome,
} from './status.js';
export { checkPetition, checkPetitionBatch, type PetitionCheck, type PetitionCheckRow } from './checks.js';
export {
  reviewSuggestion,
  reviewSuggestionBatch,
  type SuggestionReview,
  type SuggestionReviewRow,
} from './suggestion.js';
