/**
 * Every entity schema with its names, field labels, value labels and the rules JSON Schema cannot express. The JSON
 * Schema export (`scripts/export-schemas.ts`, `docs/schemas/`) is generated from this list; a host can use it to build
 * forms or import templates.
 * @module
 */
import type * as z from 'zod/mini';
import type { Bilingual } from '../core/parameters.js';
import { centerFieldLabels, centerKindLabels, centerRefinements, centerSchema } from './center.js';
import { divisionUnitKindLabels, divisionUnitFieldLabels, divisionUnitRefinements, divisionUnitSchema } from './division-unit.js';
import type { Refinement } from './fields.js';
import { organizationFieldLabels, organizationKindLabels, organizationRefinements, organizationSchema, ratingLabels } from './organization.js';
import { partyFormationLabels, partyOrganizationFieldLabels, partyOrganizationLevelLabels, partyOrganizationRefinements, partyOrganizationSchema } from './party-organization.js';
import {
  newEmploymentKindLabels,
  partyMembershipLabels,
  personFieldLabels,
  personRefinements,
  personRoleLabels,
  personSchema,
  sexLabels,
  socialWorkQualificationLabels,
} from './person.js';
import {
  socialWorkRoomFieldLabels,
  socialWorkRoomRefinements,
  socialWorkRoomSchema,
  socialWorkStationFieldLabels,
  socialWorkStationRefinements,
  socialWorkStationSchema,
} from './social-work-site.js';
import { volunteerTeamFieldLabels, volunteerTeamRefinements, volunteerTeamSchema, volunteerTeamScopeLabels } from './volunteer-team.js';

/**
 * One entity of the catalog.
 * @category Entities
 */
export interface EntityEntry {
  /** File-name stem (`organization` → `docs/schemas/organization.schema.json`). */
  readonly name: string;
  /** Name of the entity. */
  readonly label: Bilingual;
  /** The zod/mini schema (its input side is what a host sends). */
  readonly schema: z.ZodMiniType;
  /** Labels of every field. */
  readonly fieldLabels: Readonly<Record<string, Bilingual>>;
  /** Labels of the values of enum fields (and of arrays of enums), by field. */
  readonly valueLabels: Readonly<Record<string, Readonly<Record<string, Bilingual>>>>;
  /** Rules beyond what JSON Schema can express. */
  readonly refinements: readonly Refinement[];
}

/**
 * All entities, in a stable order.
 * @category Entities
 * @example
 * ```ts
 * entityCatalog.map((e) => e.name); // ['division-unit', 'organization', 'party-organization', 'person', …]
 * ```
 */
export const entityCatalog: readonly EntityEntry[] = [
  {
    name: 'division-unit',
    label: { zh: '行政区划单位', en: 'Division unit' },
    schema: divisionUnitSchema,
    fieldLabels: divisionUnitFieldLabels,
    valueLabels: { kind: divisionUnitKindLabels },
    refinements: divisionUnitRefinements,
  },
  {
    name: 'organization',
    label: { zh: '组织', en: 'Organization' },
    schema: organizationSchema,
    fieldLabels: organizationFieldLabels,
    valueLabels: { kind: organizationKindLabels, rating: ratingLabels },
    refinements: organizationRefinements,
  },
  {
    name: 'party-organization',
    label: { zh: '党组织', en: 'Party organization' },
    schema: partyOrganizationSchema,
    fieldLabels: partyOrganizationFieldLabels,
    valueLabels: { level: partyOrganizationLevelLabels, formation: partyFormationLabels },
    refinements: partyOrganizationRefinements,
  },
  {
    name: 'person',
    label: { zh: '人员', en: 'Person' },
    schema: personSchema,
    fieldLabels: personFieldLabels,
    valueLabels: {
      roles: personRoleLabels,
      sex: sexLabels,
      partyMembership: partyMembershipLabels,
      newEmploymentKind: newEmploymentKindLabels,
      socialWorkQualification: socialWorkQualificationLabels,
    },
    refinements: personRefinements,
  },
  {
    name: 'volunteer-team',
    label: { zh: '志愿服务队伍', en: 'Volunteer team' },
    schema: volunteerTeamSchema,
    fieldLabels: volunteerTeamFieldLabels,
    valueLabels: { scope: volunteerTeamScopeLabels },
    refinements: volunteerTeamRefinements,
  },
  {
    name: 'social-work-station',
    label: { zh: '镇街社会工作站', en: 'Township social work station' },
    schema: socialWorkStationSchema,
    fieldLabels: socialWorkStationFieldLabels,
    valueLabels: {},
    refinements: socialWorkStationRefinements,
  },
  {
    name: 'social-work-room',
    label: { zh: '村（社区）社会工作室', en: 'Village social work room' },
    schema: socialWorkRoomSchema,
    fieldLabels: socialWorkRoomFieldLabels,
    valueLabels: {},
    refinements: socialWorkRoomRefinements,
  },
  {
    name: 'center',
    label: { zh: '社会工作中心', en: 'Center' },
    schema: centerSchema,
    fieldLabels: centerFieldLabels,
    valueLabels: { kind: centerKindLabels },
    refinements: centerRefinements,
  },
];
