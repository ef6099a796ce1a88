/**
 * 党组织 in 两企三新 and 行业协会商会: its level (党委/党总支/党支部), how it was formed (单独组建 or 联合组建; a
 * 联合党支部 is a 党支部 formed jointly), its formal and probationary members (党员 = 正式 + 预备), the units it covers
 * (组织覆盖) and when it was set up and dissolved. Thresholds such as "≥ 3 正式党员 → 党支部" are rules of the coverage
 * domain, not of this record.
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { defineRecord, fields, type RecordOutput } from '../core/record.js';
import { countField, divisionCodeField, idField, idListField, label, type ValueLabels } from './fields.js';
import { inconsistent } from './messages.js';

/** Levels of a grassroots party organization. @category Entities */
export const PARTY_ORGANIZATION_LEVELS = ['committee', 'general_branch', 'branch'] as const;

/** A level of party organization. @category Entities */
export type PartyOrganizationLevel = (typeof PARTY_ORGANIZATION_LEVELS)[number];

/**
 * Labels of {@link PartyOrganizationLevel} (基层党委 is accepted for `committee` too).
 * @category Entities
 */
export const partyOrganizationLevelLabels: ValueLabels<PartyOrganizationLevel> = {
  committee: label('党委', 'Party committee'),
  general_branch: label('党总支', 'General Party branch'),
  branch: label('党支部', 'Party branch'),
};

/** How a party organization was formed (中办发〔2012〕11号 as quoted by the department's program). @category Entities */
export const PARTY_FORMATIONS = ['standalone', 'joint'] as const;

/** A way of forming a party organization. @category Entities */
export type PartyFormation = (typeof PARTY_FORMATIONS)[number];

/**
 * Labels of {@link PartyFormation}.
 * @category Entities
 */
export const partyFormationLabels: ValueLabels<PartyFormation> = {
  standalone: label('单独组建', 'Formed in the unit itself'),
  joint: label('联合组建', 'Formed jointly with other units'),
};

const shape = {
  id: idField().label('编号', 'Id'),
  name: fields.text().label('名称', 'Name'),
  level: fields
    .enum(PARTY_ORGANIZATION_LEVELS, partyOrganizationLevelLabels, { 基层党委: 'committee' })
    .label('组织层级', 'Level'),
  formation: fields.enum(PARTY_FORMATIONS, partyFormationLabels).label('组建方式', 'Formation'),
  formalPartyMembers: countField().label('正式党员数', 'Formal party members'),
  probationaryPartyMembers: countField().label('预备党员数', 'Probationary party members'),
  coveredUnitIds: idListField(label('覆盖单位', 'Covered unit'), 1).label('覆盖单位', 'Covered units'),
  divisionCode: divisionCodeField().optional().label('所在区划代码', 'Division code'),
  parentId: idField().optional().label('上级党组织', 'Parent party organization'),
  secretaryId: idField().optional().label('书记', 'Secretary'),
  establishedOn: fields.date().optional().label('成立日期', 'Established on'),
  dissolvedOn: fields.date().optional().label('撤销日期', 'Dissolved on'),
};

const L = {
  coveredUnitIds: shape.coveredUnitIds.def.label,
  establishedOn: shape.establishedOn.def.label,
  dissolvedOn: shape.dissolvedOn.def.label,
};

/**
 * The record of a party organization.
 * @category Entities
 */
export const partyOrganizationRecord = /* @__PURE__ */ defineRecord(
  'party-organization',
  label('党组织', 'Party organization'),
  shape,
  {
    unknownKeys: 'strict',
    description: label(
      '党组织（联合党支部即联合组建的党支部）。另须满足：覆盖单位不重复，单独组建的只覆盖本单位（1 个），联合组建的至少 2 个；撤销日期不早于成立日期。',
      'A party organization (a joint branch is a branch formed jointly). Also checked: no covered unit twice; exactly one covered unit when formed in the unit itself, at least two when formed jointly; dissolved no earlier than established.',
    ),
    refine(o, ctx) {
      const n = o.coveredUnitIds.length;
      if (o.formation === 'standalone' && n !== 1)
        inconsistent(ctx, ['coveredUnitIds'], 'covered_units', {
          field: L.coveredUnitIds,
          formation: partyFormationLabels.standalone,
          min: 1,
          max: 1,
        });
      if (o.formation === 'joint' && n < 2)
        inconsistent(ctx, ['coveredUnitIds'], 'covered_units', {
          field: L.coveredUnitIds,
          formation: partyFormationLabels.joint,
          min: 2,
        });
      if (o.establishedOn !== undefined && o.dissolvedOn !== undefined && o.dissolvedOn < o.establishedOn) {
        inconsistent(ctx, ['dissolvedOn'], 'date_order', { later: L.dissolvedOn, earlier: L.establishedOn });
      }
    },
  },
);

/** A party organization (output of {@link parsePartyOrganization}). @category Entities */
export type PartyOrganization = RecordOutput<typeof partyOrganizationRecord>;

/**
 * Validates a party organization; throws a `PolicyError` (`invalid_type`, `required`, `text_length`, `item_count`,
 * `invalid_format`, `invalid_date`, `unknown_code`, `unknown_enum_value`, `unrecognized_keys`, `out_of_range`,
 * `duplicate`, `inconsistent`).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parsePartyOrganization({ id: 'p1', name: '某园区联合党支部', level: '党支部', formation: '联合组建',
 *   formalPartyMembers: 5, probationaryPartyMembers: 1, coveredUnitIds: ['o1', 'o2'] }).formation; // 'joint'
 * ```
 */
export function parsePartyOrganization(value: unknown, path?: IssuePath): PartyOrganization {
  return partyOrganizationRecord.parse(value, path);
}

/**
 * Non-throwing {@link parsePartyOrganization}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParsePartyOrganization({ id: 'p1', name: '某党支部', level: 'branch', formation: 'standalone',
 *   formalPartyMembers: 3, probationaryPartyMembers: 0, coveredUnitIds: ['o1', 'o2'] }).success; // false
 * ```
 */
export function safeParsePartyOrganization(value: unknown, path?: IssuePath): SafeParseResult<PartyOrganization> {
  return partyOrganizationRecord.safeParse(value, path);
}
