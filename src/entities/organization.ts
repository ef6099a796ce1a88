/**
 * Organizations in the department's remit: 行业协会商会, the "两企" (混合所有制企业, 非公有制企业), the 新经济组织 and
 * 新社会组织 of "三新", and 民办社会工作服务机构 with their 社会组织评估 grade (1A–5A).
 * @module
 */
import * as z from 'zod/mini';
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { schemaParser } from '../core/zod-issues.js';
import {
  addIssue,
  countField,
  crossCheck,
  dateField,
  divisionCodeField,
  idField,
  idListField,
  label,
  nameField,
  usccField,
  PATTERNS,
  type FieldLabels,
  type Refinement,
  type ValueLabels,
} from './fields.js';

/**
 * Kinds of organization ("两企三新" = 混合所有制企业、非公有制企业 + 新经济组织、新社会组织、新就业群体, POLICY.md round 2 §4;
 * 新就业群体 are people, see `person`).
 * @category Entities
 */
export const ORGANIZATION_KINDS = [
  'industry_association',
  'chamber_of_commerce',
  'mixed_ownership_enterprise',
  'non_public_enterprise',
  'new_economic_organization',
  'new_social_organization',
  'social_work_service_agency',
] as const;

/** A kind of organization. @category Entities */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * Labels of {@link OrganizationKind}.
 * @category Entities
 */
export const organizationKindLabels: ValueLabels<OrganizationKind> = {
  industry_association: label('行业协会', 'Industry association'),
  chamber_of_commerce: label('商会', 'Chamber of commerce'),
  mixed_ownership_enterprise: label('混合所有制企业', 'Mixed-ownership enterprise'),
  non_public_enterprise: label('非公有制企业', 'Non-public enterprise'),
  new_economic_organization: label('新经济组织', 'New economic organization'),
  new_social_organization: label('新社会组织', 'New social organization'),
  social_work_service_agency: label('民办社会工作服务机构', 'Private social work service agency'),
};

/** Kinds that are 社会组织 and so can hold a 社会组织评估 grade. @category Entities */
export const SOCIAL_ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'industry_association',
  'chamber_of_commerce',
  'new_social_organization',
  'social_work_service_agency',
];

/** 社会组织评估 grades, lowest first. @category Entities */
export const RATINGS = ['1A', '2A', '3A', '4A', '5A'] as const;

/** A 社会组织评估 grade. @category Entities */
export type Rating = (typeof RATINGS)[number];

/**
 * Labels of {@link Rating}.
 * @category Entities
 */
export const ratingLabels: ValueLabels<Rating> = {
  '1A': label('1A级', 'Grade 1A'),
  '2A': label('2A级', 'Grade 2A'),
  '3A': label('3A级', 'Grade 3A'),
  '4A': label('4A级', 'Grade 4A'),
  '5A': label('5A级', 'Grade 5A'),
};

/**
 * Schema of an {@link Organization}.
 * @category Entities
 */
export const organizationSchema = z.strictObject({
  id: idField,
  name: nameField,
  kind: z.enum(ORGANIZATION_KINDS),
  uscc: z.optional(usccField),
  divisionCode: divisionCodeField(),
  establishedOn: z.optional(dateField),
  employeeCount: z.optional(countField),
  rating: z.optional(z.enum(RATINGS)),
  ratedOn: z.optional(dateField),
  partyInstructorIds: z.optional(idListField()),
  partyLiaisonIds: z.optional(idListField()),
}).check(
  crossCheck((o: { kind: OrganizationKind; rating?: Rating | undefined; ratedOn?: string | undefined }, ctx) => {
    if (o.rating !== undefined && !SOCIAL_ORGANIZATION_KINDS.includes(o.kind)) {
      addIssue(ctx, 'inconsistent', ['rating'], '只有社会组织才有评估等级', 'Only social organizations hold an evaluation grade');
    }
    if (o.ratedOn !== undefined && o.rating === undefined) {
      addIssue(ctx, 'inconsistent', ['ratedOn'], '有评估日期但没有评估等级', 'An evaluation date is given without a grade');
    }
  }),
);

/** An organization (output of {@link parseOrganization}; `uscc` upper case). @category Entities */
export type Organization = z.output<typeof organizationSchema>;

/**
 * Labels of the fields of {@link Organization}.
 * @category Entities
 */
export const organizationFieldLabels: FieldLabels<Organization> = {
  id: label('编号', 'Id'),
  name: label('名称', 'Name'),
  kind: label('组织类型', 'Kind of organization'),
  uscc: label('统一社会信用代码', 'Unified social credit code'),
  divisionCode: label('所在区划代码', 'Division code'),
  establishedOn: label('成立日期', 'Established on'),
  employeeCount: label('从业人员数', 'Number of employees'),
  rating: label('社会组织评估等级', 'Social organization evaluation grade'),
  ratedOn: label('评估等级认定日期', 'Date the grade was awarded'),
  partyInstructorIds: label('党建工作指导员', 'Party-building instructors'),
  partyLiaisonIds: label('党建联络员', 'Party-building liaisons'),
};

/** Rules beyond the JSON Schema (documented in the exported schema). @category Entities */
export const organizationRefinements: readonly Refinement[] = [
  { field: 'uscc', rule: 'a valid 统一社会信用代码 (GB 32100 check character, known department/category); lower case is upper-cased', pattern: PATTERNS.uscc },
  { field: 'divisionCode', rule: 'a structurally valid division code', pattern: PATTERNS.divisionCode },
  { field: 'establishedOn', rule: 'a real calendar date', pattern: PATTERNS.date },
  { field: 'ratedOn', rule: 'a real calendar date; only with a rating', pattern: PATTERNS.date },
  { field: 'rating', rule: 'only for social organizations (industry_association, chamber_of_commerce, new_social_organization, social_work_service_agency)' },
  { field: 'partyInstructorIds', rule: 'no duplicates' },
  { field: 'partyLiaisonIds', rule: 'no duplicates' },
];

const parser = /* @__PURE__ */ schemaParser(organizationSchema);

/**
 * Validates an organization; throws a `PolicyError` (`invalid_type`, `required`, `invalid_format`,
 * `invalid_check_digit`, `invalid_date`, `unknown_code`, `unknown_enum_value`, `unrecognized_keys`, `out_of_range`,
 * `duplicate`, `inconsistent`).
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseOrganization({ id: 'o1', name: '淮安市某社会工作服务中心', kind: 'social_work_service_agency',
 *   divisionCode: '320812', rating: '4A', ratedOn: '2024-06-30' }).rating; // '4A'
 * ```
 */
export function parseOrganization(value: unknown, path?: IssuePath): Organization {
  return parser.parse(value, path);
}

/**
 * Non-throwing {@link parseOrganization}.
 * @category Entities
 * @example
 * ```ts
 * safeParseOrganization({ id: 'o1', name: '某企业', kind: 'non_public_enterprise', divisionCode: '320812', rating: '3A' })
 *   .success; // false: only social organizations are graded
 * ```
 */
export function safeParseOrganization(value: unknown, path?: IssuePath): SafeParseResult<Organization> {
  return parser.safeParse(value, path);
}
