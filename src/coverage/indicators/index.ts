/**
 * The registered coverage indicators, in report order: the five full coverages of the seed article, then the
 * certification rate. Every list of indicator ids (options, the report, the CLI, the docs) derives from this one; a
 * new indicator is a file in this folder, one line here, and its parameters in the profile.
 * @module
 */
import { certificationRateIndicator } from './certification-rate.js';
import { committeeStandardizationIndicator } from './committee-standardization.js';
import { dualReviewIndicator } from './dual-review.js';
import { orgRatingsIndicator } from './org-ratings.js';
import { partyCoverageIndicator } from './party-coverage.js';
import { socialWorkStationsIndicator } from './social-work-stations.js';
import { volunteerTeamsIndicator } from './volunteer-teams.js';

/**
 * The indicators, in report order.
 * @category Coverage
 * @example
 * ```ts
 * COVERAGE_INDICATORS.map((d) => d.id); // ['party_coverage', 'dual_review', …, 'certification_rate']
 * ```
 */
export const INDICATORS = [
  partyCoverageIndicator,
  dualReviewIndicator,
  committeeStandardizationIndicator,
  volunteerTeamsIndicator,
  socialWorkStationsIndicator,
  certificationRateIndicator,
  orgRatingsIndicator,
] as const;

/**
 * The id of a registered indicator.
 * @category Coverage
 * @example
 * ```ts
 * const id: IndicatorId = 'social_work_stations';
 * ```
 */
export type IndicatorId = (typeof INDICATORS)[number]['id'];
