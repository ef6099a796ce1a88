/**
 * 志愿服务队伍 of a 镇街 or a 村(社区), for the "镇街、社区志愿服务队伍全覆盖" item (no official definition was found,
 * POLICY.md §3: coverage is counted by the coverage domain from these records).
 * @module
 */
import * as z from 'zod/mini';
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { schemaParser } from '../core/zod-issues.js';
import { parseDivisionCode } from '../validators/division-code.js';
import {
  addIssue,
  countField,
  crossCheck,
  dateField,
  divisionCodeField,
  idField,
  label,
  nameField,
  PATTERNS,
  type FieldLabels,
  type Refinement,
  type ValueLabels,
} from './fields.js';

/** Where a volunteer team is based. @category Entities */
export const VOLUNTEER_TEAM_SCOPES = ['township', 'community'] as const;

/** Where a volunteer team is based. @category Entities */
export type VolunteerTeamScope = (typeof VOLUNTEER_TEAM_SCOPES)[number];

/**
 * Labels of {@link VolunteerTeamScope}.
 * @category Entities
 */
export const volunteerTeamScopeLabels: ValueLabels<VolunteerTeamScope> = {
  township: label('镇街', 'Township or subdistrict'),
  community: label('村（社区）', 'Village or community'),
};

/**
 * Schema of a {@link VolunteerTeam}.
 * @category Entities
 */
export const volunteerTeamSchema = z.strictObject({
  id: idField,
  name: nameField,
  scope: z.enum(VOLUNTEER_TEAM_SCOPES),
  divisionCode: divisionCodeField(['township', 'village']),
  memberCount: countField,
  leaderId: z.optional(idField),
  organizationId: z.optional(idField),
  establishedOn: z.optional(dateField),
}).check(
  crossCheck((t: { scope: VolunteerTeamScope; divisionCode: string }, ctx) => {
    const level = parseDivisionCode(t.divisionCode).level;
    if ((t.scope === 'township') !== (level === 'township')) {
      addIssue(ctx, 'inconsistent', ['divisionCode'], '区划代码层级与队伍所在层级不符', 'The division code is not of the level of the team');
    }
  }),
);

/** A volunteer team (output of {@link parseVolunteerTeam}). @category Entities */
export type VolunteerTeam = z.output<typeof volunteerTeamSchema>;

/**
 * Labels of the fields of {@link VolunteerTeam}.
 * @category Entities
 */
export const volunteerTeamFieldLabels: FieldLabels<VolunteerTeam> = {
  id: label('编号', 'Id'),
  name: label('名称', 'Name'),
  scope: label('所在层级', 'Scope'),
  divisionCode: label('所在区划代码', 'Division code'),
  memberCount: label('队员人数', 'Number of members'),
  leaderId: label('队长', 'Leader'),
  organizationId: label('依托单位', 'Host organization'),
  establishedOn: label('成立日期', 'Established on'),
};

/** Rules beyond the JSON Schema (documented in the exported schema). @category Entities */
export const volunteerTeamRefinements: readonly Refinement[] = [
  { field: 'divisionCode', rule: 'a 9-digit township code for scope township, a 12-digit village code for scope community', pattern: PATTERNS.divisionCode },
  { field: 'establishedOn', rule: 'a real calendar date', pattern: PATTERNS.date },
];

const parser = /* @__PURE__ */ schemaParser(volunteerTeamSchema);

/**
 * Validates a volunteer team; throws a `PolicyError` (`invalid_type`, `required`, `invalid_format`,
 * `invalid_date`, `unknown_code`, `unknown_enum_value`, `unrecognized_keys`, `out_of_range`, `inconsistent`).
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseVolunteerTeam({ id: 'v1', name: '淮城街道志愿服务队', scope: 'township', divisionCode: '320803001',
 *   memberCount: 40 }).memberCount; // 40
 * ```
 */
export function parseVolunteerTeam(value: unknown, path?: IssuePath): VolunteerTeam {
  return parser.parse(value, path);
}

/**
 * Non-throwing {@link parseVolunteerTeam}.
 * @category Entities
 * @example
 * ```ts
 * safeParseVolunteerTeam({ id: 'v1', name: '队', scope: 'community', divisionCode: '320803001', memberCount: 5 })
 *   .success; // false: a community team needs a village-level code
 * ```
 */
export function safeParseVolunteerTeam(value: unknown, path?: IssuePath): SafeParseResult<VolunteerTeam> {
  return parser.safeParse(value, path);
}
