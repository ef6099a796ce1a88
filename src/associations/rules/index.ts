/**
 * The review rules, registered in the order their findings are listed. A new rule is a file in this folder and a line
 * here (and its parameter in the profile); the candidate record, the message catalogue and the rule list in
 * `reviewCandidate`'s documentation are built from this list.
 * @module
 * @internal
 */
import { eligibilityAge } from './eligibility-age.js';
import { eligibilityCivilCapacity } from './eligibility-civil-capacity.js';
import { eligibilityPoliticalRights } from './eligibility-political-rights.js';
import { postsExclusive } from './posts-exclusive.js';
import { postsLegalRepresentative } from './posts-legal-representative.js';
import { procedurePublicNotice } from './procedure-public-notice.js';
import { procedureReviewBeforeElection } from './procedure-review-before-election.js';
import { retiredCadreAge } from './retired-cadre-age.js';
import { retiredCadreLegalRepresentative } from './retired-cadre-legal-representative.js';
import { retiredCadreOnePost } from './retired-cadre-one-post.js';
import { retiredCadreTerms } from './retired-cadre-terms.js';
import { retiredCadreUnpaid } from './retired-cadre-unpaid.js';
import { statusCivilServant } from './status-civil-servant.js';
import { statusRetiredCadre } from './status-retired-cadre.js';
import { termConsecutive } from './term-consecutive.js';
import { termLength } from './term-length.js';

/** The built-in rules, in the order findings are listed. @internal */
export const REVIEW_RULES = [
  eligibilityAge,
  termLength,
  termConsecutive,
  postsExclusive,
  postsLegalRepresentative,
  statusCivilServant,
  statusRetiredCadre,
  retiredCadreOnePost,
  retiredCadreLegalRepresentative,
  retiredCadreUnpaid,
  retiredCadreTerms,
  retiredCadreAge,
  eligibilityPoliticalRights,
  eligibilityCivilCapacity,
  procedureReviewBeforeElection,
  procedurePublicNotice,
] as const;
