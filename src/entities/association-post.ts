/**
 * A post held in a 社会团体 (行业协会商会): who holds which post where. The host's register of office-holders is a list
 * of these (the associations engine's registry, for the rules on holding posts in two associations); a person's own
 * posts are listed on the person (`associationPosts`, without `personId`).
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { defineRecord, fields, type RecordOutput } from '../core/record.js';
import { idField, label, type ValueLabels } from './fields.js';

/**
 * Posts in a 行业协会商会 reviewed before election: the 负责人 (理事长/会长, 副理事长/副会长, 秘书长), the 法定代表人,
 * and the 党组织书记 (the second 审 of 双审).
 * @category Entities
 */
export const ASSOCIATION_ROLES = [
  'president',
  'vice_president',
  'secretary_general',
  'legal_representative',
  'party_secretary',
] as const;

/** A post in an association. @category Entities */
export type AssociationRole = (typeof ASSOCIATION_ROLES)[number];

/**
 * Labels of {@link AssociationRole} (the Chinese names, and 会长 / 副会长, are accepted as input).
 * @category Entities
 */
export const associationRoleLabels: ValueLabels<AssociationRole> = {
  president: label('理事长（会长）', 'President'),
  vice_president: label('副理事长（副会长）', 'Vice-president'),
  secretary_general: label('秘书长', 'Secretary-general'),
  legal_representative: label('法定代表人', 'Legal representative'),
  party_secretary: label('党组织书记', 'Party organization secretary'),
};

/**
 * The record of one post held in an association (one row of the host's register of office-holders).
 * @category Entities
 */
export const associationPostRecord = /* @__PURE__ */ defineRecord(
  'association-post',
  label('社会团体任职', 'Post in an association'),
  {
    personId: idField().label('人员编号', 'Person'),
    associationId: idField().label('社会团体编号', 'Association'),
    role: fields
      .enum(ASSOCIATION_ROLES, associationRoleLabels, {
        理事长: 'president',
        会长: 'president',
        副理事长: 'vice_president',
        副会长: 'vice_president',
      })
      .label('职务', 'Post'),
  },
  {
    unknownKeys: 'strict',
    description: label(
      '某人在某社会团体担任的职务（任职登记表的一行）',
      'A post a person holds in an association (one row of the register of office-holders)',
    ),
  },
);

/** A post held in an association (output of {@link parseAssociationPost}). @category Entities */
export type AssociationPost = RecordOutput<typeof associationPostRecord>;

/**
 * Validates a post held in an association; throws a `PolicyError` (`invalid_type`, `required`, `text_length`,
 * `unknown_enum_value`, `unrecognized_keys`).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseAssociationPost({ personId: 'p1', associationId: 'A7', role: '秘书长' }).role; // 'secretary_general'
 * ```
 */
export function parseAssociationPost(value: unknown, path?: IssuePath): AssociationPost {
  return associationPostRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseAssociationPost}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParseAssociationPost({ personId: 'p1', associationId: 'A7', role: 'treasurer' }).success; // false
 * ```
 */
export function safeParseAssociationPost(value: unknown, path?: IssuePath): SafeParseResult<AssociationPost> {
  return associationPostRecord.safeParse(value, path);
}
