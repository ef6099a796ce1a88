/**
 * 社会工作站 (in a 镇街) and 社会工作室 (in a 村/社区): the "一乡镇(街道)一站点" network that the 市社会工作发展指导中心
 * guides (seed article; POLICY.md §3).
 * @module
 */
import * as z from 'zod/mini';
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { schemaParser } from '../core/zod-issues.js';
import { addIssue, countField, crossCheck, dateField, divisionCodeField, idField, label, nameField, PATTERNS, type FieldLabels, type Refinement } from './fields.js';

const staffCheck = crossCheck((s: { staffCount?: number | undefined; certifiedStaffCount?: number | undefined }, ctx) => {
  if (s.certifiedStaffCount !== undefined && (s.staffCount === undefined || s.certifiedStaffCount > s.staffCount)) {
    addIssue(ctx, 'inconsistent', ['certifiedStaffCount'], '持证人数不能超过工作人员数', 'Certified staff cannot exceed the staff count');
  }
});

/**
 * Schema of a {@link SocialWorkStation}.
 * @category Entities
 */
export const socialWorkStationSchema = z.strictObject({
  id: idField,
  name: nameField,
  divisionCode: divisionCodeField(['township']),
  establishedOn: z.optional(dateField),
  staffCount: z.optional(countField),
  certifiedStaffCount: z.optional(countField),
  operatorOrganizationId: z.optional(idField),
}).check(staffCheck);

/** A 镇街社会工作站 (output of {@link parseSocialWorkStation}). @category Entities */
export type SocialWorkStation = z.output<typeof socialWorkStationSchema>;

/**
 * Schema of a {@link SocialWorkRoom}.
 * @category Entities
 */
export const socialWorkRoomSchema = z.strictObject({
  id: idField,
  name: nameField,
  divisionCode: divisionCodeField(['village']),
  stationId: z.optional(idField),
  establishedOn: z.optional(dateField),
  staffCount: z.optional(countField),
  certifiedStaffCount: z.optional(countField),
  operatorOrganizationId: z.optional(idField),
}).check(staffCheck);

/** A 村(社区)社会工作室 (output of {@link parseSocialWorkRoom}). @category Entities */
export type SocialWorkRoom = z.output<typeof socialWorkRoomSchema>;

const shared = {
  id: label('编号', 'Id'),
  name: label('名称', 'Name'),
  establishedOn: label('建成日期', 'Established on'),
  staffCount: label('工作人员数', 'Staff'),
  certifiedStaffCount: label('持证社工数', 'Certified social workers'),
  operatorOrganizationId: label('运营机构', 'Operating organization'),
};

/**
 * Labels of the fields of {@link SocialWorkStation}.
 * @category Entities
 */
export const socialWorkStationFieldLabels: FieldLabels<SocialWorkStation> = { ...shared, divisionCode: label('所在镇街区划代码', 'Township division code') };

/**
 * Labels of the fields of {@link SocialWorkRoom}.
 * @category Entities
 */
export const socialWorkRoomFieldLabels: FieldLabels<SocialWorkRoom> = {
  ...shared,
  divisionCode: label('所在村（社区）区划代码', 'Village division code'),
  stationId: label('所属社会工作站', 'Social work station'),
};

const staffRule: Refinement = { field: 'certifiedStaffCount', rule: 'at most staffCount (which must then be given)' };

/** Rules beyond the JSON Schema (documented in the exported schema). @category Entities */
export const socialWorkStationRefinements: readonly Refinement[] = [
  { field: 'divisionCode', rule: 'a 9-digit township-level division code', pattern: PATTERNS.divisionCode },
  { field: 'establishedOn', rule: 'a real calendar date', pattern: PATTERNS.date },
  staffRule,
];

/** Rules beyond the JSON Schema (documented in the exported schema). @category Entities */
export const socialWorkRoomRefinements: readonly Refinement[] = [
  { field: 'divisionCode', rule: 'a 12-digit village-level division code', pattern: PATTERNS.divisionCode },
  { field: 'establishedOn', rule: 'a real calendar date', pattern: PATTERNS.date },
  staffRule,
];

const stationParser = /* @__PURE__ */ schemaParser(socialWorkStationSchema);
const roomParser = /* @__PURE__ */ schemaParser(socialWorkRoomSchema);

/**
 * Validates a 社会工作站; throws a `PolicyError` (`invalid_type`, `required`, `invalid_format`, `invalid_date`,
 * `unknown_code`, `unrecognized_keys`, `out_of_range`, `inconsistent`).
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseSocialWorkStation({ id: 's1', name: '淮城街道社会工作站', divisionCode: '320803001', staffCount: 3,
 *   certifiedStaffCount: 2 }).divisionCode; // '320803001'
 * ```
 */
export function parseSocialWorkStation(value: unknown, path?: IssuePath): SocialWorkStation {
  return stationParser.parse(value, path);
}

/**
 * Non-throwing {@link parseSocialWorkStation}.
 * @category Entities
 * @example
 * ```ts
 * safeParseSocialWorkStation({ id: 's1', name: '站', divisionCode: '320803' }).success; // false: not a township code
 * ```
 */
export function safeParseSocialWorkStation(value: unknown, path?: IssuePath): SafeParseResult<SocialWorkStation> {
  return stationParser.safeParse(value, path);
}

/**
 * Validates a 社会工作室; throws like {@link parseSocialWorkStation}.
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseSocialWorkRoom({ id: 'r1', name: '新城社区社会工作室', divisionCode: '320803001001', stationId: 's1' }).stationId; // 's1'
 * ```
 */
export function parseSocialWorkRoom(value: unknown, path?: IssuePath): SocialWorkRoom {
  return roomParser.parse(value, path);
}

/**
 * Non-throwing {@link parseSocialWorkRoom}.
 * @category Entities
 * @example
 * ```ts
 * safeParseSocialWorkRoom({ id: 'r1', name: '室', divisionCode: '320803001' }).success; // false: not a village code
 * ```
 */
export function safeParseSocialWorkRoom(value: unknown, path?: IssuePath): SafeParseResult<SocialWorkRoom> {
  return roomParser.safeParse(value, path);
}
