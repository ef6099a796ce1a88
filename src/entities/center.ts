/**
 * The "三大中心" of the seed article: 市社会工作发展指导中心, 基层治理现代化促进中心, 志愿者服务发展促进中心.
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { defineRecord, fields, type RecordOutput } from '../core/record.js';
import { divisionCodeField, idField, label, type ValueLabels } from './fields.js';

/** The three centers. @category Entities */
export const CENTER_KINDS = [
  'social_work_development_guidance',
  'grassroots_governance_modernization',
  'volunteer_service_development',
] as const;

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
 * The record of a center.
 * @category Entities
 */
export const centerRecord = /* @__PURE__ */ defineRecord(
  'center',
  label('社会工作中心', 'Center'),
  {
    id: idField().label('编号', 'Id'),
    kind: fields.enum(CENTER_KINDS, centerKindLabels).label('中心类型', 'Kind of center'),
    name: fields.text().label('名称', 'Name'),
    divisionCode: divisionCodeField().optional().label('所在区划代码', 'Division code'),
    establishedOn: fields.date().optional().label('成立日期', 'Established on'),
    operatorOrganizationId: idField().optional().label('运营机构', 'Operating organization'),
  },
  { unknownKeys: 'strict', description: label('“三大中心”之一。', 'One of the three centers.') },
);

/** A center (output of {@link parseCenter}). @category Entities */
export type Center = RecordOutput<typeof centerRecord>;

/**
 * Validates a center; throws a `PolicyError` (`invalid_type`, `required`, `text_length`, `invalid_format`,
 * `invalid_date`, `unknown_code`, `unknown_enum_value`, `unrecognized_keys`).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseCenter({ id: 'c1', kind: '志愿者服务发展促进中心', name: '淮安市志愿者服务发展促进中心',
 *   divisionCode: '320800' }).kind; // 'volunteer_service_development'
 * ```
 */
export function parseCenter(value: unknown, path?: IssuePath): Center {
  return centerRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseCenter}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParseCenter({ id: 'c1', kind: 'museum', name: 'x' }).success; // false
 * ```
 */
export function safeParseCenter(value: unknown, path?: IssuePath): SafeParseResult<Center> {
  return centerRecord.safeParse(value, path);
}
