/**
 * 双审双培 for industry associations and chambers of commerce (行业协会商会): reviewing candidates for leading posts and
 * party secretaries before election (`reviewCandidate`, `reviewSlate`) and routing the review to the right body
 * (`reviewerFor`); 双培 training coverage is `trainingCoverage` in `/coverage`. Inputs are `/entities` records (a candidate is a person, an association an
 * organization, the register rows association posts); rules and numbers come from the profile (`national-2015`).
 * @module associations
 */
export { explain } from '../core/render.js';
export { ASSOCIATION_ROLES, associationRoleLabels, type AssociationRole } from '../entities/association-post.js';
export {
  candidateRecord,
  associationRecord,
  slateSeatRecord,
  parseCandidate,
  safeParseCandidate,
  parseAssociation,
  safeParseAssociation,
  type Candidate,
  type SlateSeat,
} from './records.js';
export type { Association, HeldPost, ReviewPhase } from './rule.js';
export type { Finding } from './findings.js';
export type { JsonValue } from './json.js';
export { reviewRuleIds } from './rule-ids.js';
export {
  hostRuleRecord,
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
  type CommonReviewOptions,
  type ReviewCandidateOptions,
  type CandidateReview,
} from './review.js';
export { reviewSlate, type ReviewSlateOptions, type SeatReview, type SlateReview } from './slate.js';
export { reviewerFor, type ReviewerKind, type ReviewerOptions, type ReviewerRouting } from './reviewer.js';
export { associationProfiles } from './profiles/index.js';
