/**
 * 双审双培 for industry associations and chambers of commerce (行业协会商会): reviewing candidates for leading
 * posts and party secretaries before election, and routing the review to the right body (双培 training coverage is
 * `trainingCoverage` in `/coverage`).
 * @module associations
 */
export { ROLES, ROLE_LABELS, type Role } from './roles.js';
export {
  parseCandidate,
  safeParseCandidate,
  parseAssociation,
  safeParseAssociation,
  parseSlate,
  safeParseSlate,
  type Candidate,
  type Association,
  type ManagementType,
  type OtherPost,
  type RetiredCadre,
  type CadreApproval,
  type SlateSeat,
  type RegistryEntry,
  type JsonValue,
} from './schema.js';
export { combineOutcomes, type Outcome, type Finding } from './findings.js';
export { BUILTIN_RULE_IDS, type ReviewPhase } from './rules.js';
export {
  parseHostRules,
  safeParseHostRules,
  type HostRule,
  type Condition,
  type RootCondition,
  type ComparisonOp,
  type RuleFacts,
} from './host-rules.js';
export { indexRegistry, type RegistryIndex } from './registry.js';
export {
  reviewCandidate,
  reviewSlate,
  type CommonReviewOptions,
  type ReviewCandidateOptions,
  type CandidateReview,
  type SlateReview,
} from './review.js';
export { reviewerFor, type ReviewerKind, type ReviewerContext, type ReviewerRouting } from './reviewer.js';
export { nationalAssociationProfile, associationProfiles, getAssociationProfile } from './profiles/index.js';
