/**
 * The "三大中心" of the seed article: 市社会工作发展指导中心, 基层治理现代化促进中心, 志愿者服务发展促进中心.
 * @module
 */
import * as z from 'zod/mini';
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { schemaParser } from '../core/zod-issues.js';
import { dateField, divisionCodeField, idField, label, nameField, PATTERNS, type FieldLabels, type Refinement, type ValueLabels } from './fields.js';

/** The three centers. @category Entities */
export const CENTER_KINDS = ['social_work_development_guidance', 'grassroots_governance_modernization', 'volunteer_service_development'] as const;

/** One of the three centers. @category Entities */
export type CenterKind = (typeof CENTER_KINDS)[number];

/**
 * Labels of {@link CenterKind}.
 * @category Entities
 */
export const centerKindLabels: ValueLabels<CenterKind> = {
  social_work_development_guidance: label('市社会工作发展指导中心', 'Social Work Development Guidance Center'),
  grassroots_governance_modernization: label('基层治理现代化促进中心', 'Center for Modernizing Grassroots Governance'),
  volunteer_service_development: label('志愿者服务发展促进中心', 'Volunteer Service Development Center'),
};

/**
 * Schema of a {@link Center}.
 * @category Entities
 */
export const centerSchema = z.strictObject({
  id: idField,
  kind: z.enum(CENTER_KINDS),
  name: nameField,
  divisionCode: z.optional(divisionCodeField()),
  establishedOn: z.optional(dateField),
  operatorOrganizationId: z.optional(idField),
});

/** A center (output of {@link parseCenter}). @category Entities */
export type Center = z.output<typeof centerSchema>;

/**
 * Labels of the fields of {@link Center}.
 * @category Entities
 */
export const centerFieldLabels: FieldLabels<Center> = {
  id: label('编号', 'Id'),
  kind: label('中心类型', 'Kind of center'),
  name: label('名称', 'Name'),
  divisionCode: label('所在区划代码', 'Division code'),
  establishedOn: label('成立日期', 'Established on'),
  operatorOrganizationId: label('运营机构', 'Operating organization'),
};

/** Rules beyond the JSON Schema (documented in the exported schema). @category Entities */
export const centerRefinements: readonly Refinement[] = [
  { field: 'divisionCode', rule: 'a structurally valid division code', pattern: PATTERNS.divisionCode },
  { field: 'establishedOn', rule: 'a real calendar date', pattern: PATTERNS.date },
];

const parser = /* @__PURE__ */ schemaParser(centerSchema);

/**
 * Validates a center; throws a `PolicyError` (`invalid_type`, `required`, `invalid_format`, `invalid_date`,
 * `unknown_code`, `unknown_enum_value`, `unrecognized_keys`).
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseCenter({ id: 'c1', kind: 'volunteer_service_development', name: '淮安市志愿者服务发展促进中心',
 *   divisionCode: '320800' }).kind; // 'volunteer_service_development'
 * ```
 */
export function parseCenter(value: unknown, path?: IssuePath): Center {
  return parser.parse(value, path);
}

/**
 * Non-throwing {@link parseCenter}.
 * @category Entities
 * @example
 * ```ts
 * safeParseCenter({ id: 'c1', kind: 'museum', name: 'x' }).success; // false
 * ```
 */
export function safeParseCenter(value: unknown, path?: IssuePath): SafeParseResult<Center> {
  return parser.safeParse(value, path);
}
