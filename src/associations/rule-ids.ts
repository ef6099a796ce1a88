/**
 * The ids of the registered review rules, for hosts (a host rule may not reuse one) and for documentation.
 * @module
 */
import { REVIEW_RULES } from './rules/index.js';

/**
 * Ids of the built-in review rules, in the order their findings are listed.
 * @category Associations
 * @example
 * ```ts
 * reviewRuleIds[0]; // 'eligibility.age'
 * ```
 */
export const reviewRuleIds: readonly string[] = /* @__PURE__ */ REVIEW_RULES.map((r) => r.id);
