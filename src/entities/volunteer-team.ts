/**
 * 志愿服务队伍 of a 镇街 or a 村(社区), for the "镇街、社区志愿服务队伍全覆盖" item (no official definition was found,
 * Coverage is counted by the coverage domain from these records, using when a team was set up and
 * dissolved and its latest activity).
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { defineRecord, fields, type RecordOutput } from '../core/record.js';
import { parseDivisionCode } from '../validators/division-code.js';
import { countField, divisionCodeField, idField, label, type ValueLabels } from './fields.js';
import { inconsistent } from './messages.js';

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

const shape = {
  id: idField().label('编号', 'Id'),
  name: fields.text().label('名称', 'Name'),
  scope: fields.enum(VOLUNTEER_TEAM_SCOPES, volunteerTeamScopeLabels).label('所在层级', 'Scope'),
  divisionCode: divisionCodeField(['township', 'village']).label('所在区划代码', 'Division code'),
  memberCount: countField().label('队员人数', 'Number of members'),
  leaderId: idField().optional().label('队长', 'Leader'),
  organizationId: idField().optional().label('依托单位', 'Host organization'),
  establishedOn: fields.date().optional().label('成立日期', 'Established on'),
  dissolvedOn: fields.date().optional().label('撤销日期', 'Dissolved on'),
  lastActivityOn: fields.date().optional().label('最近一次活动日期', 'Date of the latest activity'),
};

const L = {
  divisionCode: shape.divisionCode.def.label,
  establishedOn: shape.establishedOn.def.label,
  dissolvedOn: shape.dissolvedOn.def.label,
};

/**
 * The record of a volunteer team.
 * @category Entities
 */
export const volunteerTeamRecord = /* @__PURE__ */ defineRecord(
  'volunteer-team',
  label('志愿服务队伍', 'Volunteer team'),
  shape,
  {
    unknownKeys: 'strict',
    description: label(
      '志愿服务队伍。另须满足：所在层级为镇街时区划代码为 9 位镇街级代码，为村（社区）时为 12 位村级代码；撤销日期不早于成立日期。',
      'A volunteer team. Also checked: a 9-digit township code for a township team, a 12-digit village code for a community team; dissolved no earlier than established.',
    ),
    refine(t, ctx) {
      const level = parseDivisionCode(t.divisionCode).level;
      if ((t.scope === 'township') !== (level === 'township'))
        inconsistent(ctx, ['divisionCode'], 'scope_level', {
          field: L.divisionCode,
          scope: volunteerTeamScopeLabels[t.scope],
        });
      if (t.establishedOn !== undefined && t.dissolvedOn !== undefined && t.dissolvedOn < t.establishedOn) {
        inconsistent(ctx, ['dissolvedOn'], 'date_order', { later: L.dissolvedOn, earlier: L.establishedOn });
      }
    },
  },
);

/** A volunteer team (output of {@link parseVolunteerTeam}). @category Entities */
export type VolunteerTeam = RecordOutput<typeof volunteerTeamRecord>;

/**
 * Validates a volunteer team; throws a `PolicyError` (`invalid_type`, `required`, `text_length`, `invalid_format`,
 * `invalid_date`, `unknown_code`, `unknown_enum_value`, `unrecognized_keys`, `out_of_range`, `inconsistent`).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseVolunteerTeam({ id: 'v1', name: '淮城街道志愿服务队', scope: '镇街', divisionCode: '320803001',
 *   memberCount: 40, establishedOn: '2022-03-05', lastActivityOn: '2025-11-20' }).scope; // 'township'
 * ```
 */
export function parseVolunteerTeam(value: unknown, path?: IssuePath): VolunteerTeam {
  return volunteerTeamRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseVolunteerTeam}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParseVolunteerTeam({ id: 'v1', name: '队', scope: 'community', divisionCode: '320803001', memberCount: 5 })
 *   .success; // false: a community team needs a village-level code
 * ```
 */
export function safeParseVolunteerTeam(value: unknown, path?: IssuePath): SafeParseResult<VolunteerTeam> {
  return volunteerTeamRecord.safeParse(value, path);
}
