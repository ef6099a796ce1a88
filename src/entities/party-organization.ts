/**
 * 党组织 in 两企三新 and 行业协会商会: its level (党委/党总支/党支部/联合党支部), how it was formed (单独组建 or 联合组建),
 * its formal and probationary members, and the units it covers (组织覆盖). Thresholds such as "≥ 3 正式党员 → 党支部"
 * are rules of the coverage domain, not of this schema.
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
  PATTERNS,
  type FieldLabels,
  type Refinement,
  type ValueLabels,
} from './fields.js';

/** Levels of a grassroots party organization. @category Entities */
export const PARTY_ORGANIZATION_LEVELS = ['committee', 'general_branch', 'branch', 'joint_branch'] as const;

/** A level of party organization. @category Entities */
export type PartyOrganizationLevel = (typeof PARTY_ORGANIZATION_LEVELS)[number];

/**
 * Labels of {@link PartyOrganizationLevel}.
 * @category Entities
 */
export const partyOrganizationLevelLabels: ValueLabels<PartyOrganizationLevel> = {
  committee: label('党委', 'Party committee'),
  general_branch: label('党总支', 'General Party branch'),
  branch: label('党支部', 'Party branch'),
  joint_branch: label('联合党支部', 'Joint Party branch'),
};

/** How a party organization was formed (中办发〔2012〕11号 as quoted in POLICY.md §3). @category Entities */
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

/**
 * Schema of a {@link PartyOrganization}.
 * @category Entities
 */
export const partyOrganizationSchema = z.strictObject({
  id: idField,
  name: nameField,
  level: z.enum(PARTY_ORGANIZATION_LEVELS),
  formation: z.enum(PARTY_FORMATIONS),
  formalMemberCount: countField,
  probationaryMemberCount: countField,
  coveredUnitIds: idListField(1),
  divisionCode: z.optional(divisionCodeField()),
  parentId: z.optional(idField),
  secretaryId: z.optional(idField),
  establishedOn: z.optional(dateField),
}).check(
  crossCheck((o: { level: PartyOrganizationLevel; formation: PartyFormation; coveredUnitIds: string[] }, ctx) => {
    if (o.level === 'joint_branch' && o.formation !== 'joint') {
      addIssue(ctx, 'inconsistent', ['formation'], '联合党支部应为联合组建', 'A joint Party branch is formed jointly');
    }
    if (o.formation === 'standalone' && o.coveredUnitIds.length !== 1) {
      addIssue(ctx, 'inconsistent', ['coveredUnitIds'], '单独组建的党组织只覆盖本单位', 'A party organization formed in one unit covers exactly that unit');
    }
    if (o.formation === 'joint' && o.coveredUnitIds.length < 2) {
      addIssue(ctx, 'inconsistent', ['coveredUnitIds'], '联合组建的党组织至少覆盖两个单位', 'A jointly formed party organization covers at least two units');
    }
  }),
);

/** A party organization (output of {@link parsePartyOrganization}). @category Entities */
export type PartyOrganization = z.output<typeof partyOrganizationSchema>;

/**
 * Labels of the fields of {@link PartyOrganization}.
 * @category Entities
 */
export const partyOrganizationFieldLabels: FieldLabels<PartyOrganization> = {
  id: label('编号', 'Id'),
  name: label('名称', 'Name'),
  level: label('组织层级', 'Level'),
  formation: label('组建方式', 'Formation'),
  formalMemberCount: label('正式党员数', 'Formal members'),
  probationaryMemberCount: label('预备党员数', 'Probationary members'),
  coveredUnitIds: label('覆盖单位', 'Covered units'),
  divisionCode: label('所在区划代码', 'Division code'),
  parentId: label('上级党组织', 'Parent party organization'),
  secretaryId: label('书记', 'Secretary'),
  establishedOn: label('成立日期', 'Established on'),
};

/** Rules beyond the JSON Schema (documented in the exported schema). @category Entities */
export const partyOrganizationRefinements: readonly Refinement[] = [
  { field: 'coveredUnitIds', rule: 'no duplicates; exactly one unit when standalone, at least two when joint' },
  { field: 'formation', rule: 'joint for a joint_branch' },
  { field: 'divisionCode', rule: 'a structurally valid division code', pattern: PATTERNS.divisionCode },
  { field: 'establishedOn', rule: 'a real calendar date', pattern: PATTERNS.date },
];

const parser = /* @__PURE__ */ schemaParser(partyOrganizationSchema);

/**
 * Validates a party organization; throws a `PolicyError` (`invalid_type`, `required`, `invalid_format`,
 * `invalid_date`, `unknown_code`, `unknown_enum_value`, `unrecognized_keys`, `out_of_range`, `duplicate`,
 * `inconsistent`).
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parsePartyOrganization({ id: 'p1', name: '某园区联合党支部', level: 'joint_branch', formation: 'joint',
 *   formalMemberCount: 5, probationaryMemberCount: 1, coveredUnitIds: ['o1', 'o2'] }).formation; // 'joint'
 * ```
 */
export function parsePartyOrganization(value: unknown, path?: IssuePath): PartyOrganization {
  return parser.parse(value, path);
}

/**
 * Non-throwing {@link parsePartyOrganization}.
 * @category Entities
 * @example
 * ```ts
 * safeParsePartyOrganization({ id: 'p1', name: '某党支部', level: 'branch', formation: 'standalone',
 *   formalMemberCount: 3, probationaryMemberCount: 0, coveredUnitIds: ['o1', 'o2'] }).success; // false
 * ```
 */
export function safeParsePartyOrganization(value: unknown, path?: IssuePath): SafeParseResult<PartyOrganization> {
  return parser.safeParse(value, path);
}
