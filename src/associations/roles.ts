/**
 * The posts a 双审 review covers, with their Chinese and English names.
 * @module
 */
import type { Bilingual } from '../core/index.js';

/**
 * A post in an industry association or chamber of commerce (行业协会商会) that is reviewed before election:
 * - `president` 理事长(会长), `vice_president` 副理事长(副会长), `secretary_general` 秘书长: the 负责人 of
 *   民政部 2015 (S15);
 * - `legal_representative` 法定代表人 (条例 2016 art. 12 ¶3);
 * - `party_secretary` 党组织书记 (the second 审 of 双审, S12).
 * @category Associations
 */
export type Role = 'president' | 'vice_president' | 'secretary_general' | 'legal_representative' | 'party_secretary';

/**
 * Every role, in display order.
 * @category Associations
 */
export const ROLES: readonly Role[] = ['president', 'vice_president', 'secretary_general', 'legal_representative', 'party_secretary'];

/**
 * Names of the roles in Chinese and English.
 * @category Associations
 * @example
 * ```ts
 * ROLE_LABELS.president.zh; // '理事长（会长）'
 * ```
 */
export const ROLE_LABELS: Readonly<Record<Role, Bilingual>> = {
  president: { zh: '理事长（会长）', en: 'president' },
  vice_president: { zh: '副理事长（副会长）', en: 'vice-president' },
  secretary_general: { zh: '秘书长', en: 'secretary-general' },
  legal_representative: { zh: '法定代表人', en: 'legal representative' },
  party_secretary: { zh: '党组织书记', en: 'party organization secretary' },
};

/** The 负责人 posts of 民政部 2015 (S15) plus the legal representative, to whom the eligibility rules apply. @internal */
export const LEADER_ROLES: readonly Role[] = ['president', 'vice_president', 'secretary_general', 'legal_representative'];
