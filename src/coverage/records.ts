/**
 * The coverage registry's collections, each built from an `/entities` record with `pick` / `partial` / `extend`, so
 * a record parsed by `/entities` passes here without renaming: organizations, party organizations, volunteer teams,
 * 社会工作站 and 社会工作室, association leadership changes, 双培 trainees, the committee checklist and its results,
 * and community workers (people).
 *
 * One change of field kind: where a row is placed in the division tree, its `divisionCode` is checked against the tree
 * itself (a code outside the tree is refused, naming the tree), not only for its structure.
 * @module
 */
import { fields, type RecordOutput, type RecordSettings } from '../core/record.js';
import type { Bilingual } from '../core/messages.js';
import { associationEventRecord } from '../entities/association-event.js';
import { committeeChecklistItemRecord, committeeChecklistResultRecord } from '../entities/committee-checklist.js';
import { committeeCountOrder, committeeRecord } from '../entities/committee.js';
import { organizationRecord, type Organization } from '../entities/organization.js';
import { partyOrganizationRecord, type PartyOrganization } from '../entities/party-organization.js';
import { personRecord } from '../entities/person.js';
import {
  socialWorkRoomRecord,
  socialWorkStationRecord,
  type SocialWorkRoom,
  type SocialWorkStation,
} from '../entities/social-work-site.js';
import { traineeRecord } from '../entities/trainee.js';
import { volunteerTeamRecord, type VolunteerTeam } from '../entities/volunteer-team.js';
import { defineCollection } from './collection.js';

const b = (zh: string, en: string): Bilingual => ({ zh, en });

/** A division code checked against the division tree (the tree is the stronger check). */
const unitCode = (zh: string, en: string) =>
  fields
    .text()
    .label(zh, en)
    .describe(
      '统计用区划代码，须为所用区划树中的单位',
      'A statistical division code; it must be a unit of the division tree in use',
    );

// `partial` drops an entity's cross-field rule (it may read the fields made optional); where the rule reads none of
// them (as here: names and member counts), the coverage record keeps it. The cast only widens the rule's input type.
const keep = (rule: RecordSettings<never>['refine']): never => rule as never;

/**
 * An organization as the coverage registry reads it: the `organization` entity with `name` optional and the division
 * code checked against the tree. Every fact the indicators read is optional: a fact that is missing makes the rows
 * that need it `undetermined`, never a silent exclusion.
 * @category Coverage
 * @example
 * ```ts
 * coverageOrganizationRecord.parse({ id: 'o1', kind: '非公有制企业', divisionCode: '320803001' }).kind; // 'non_public_enterprise'
 * ```
 */
export const coverageOrganizationRecord = /* @__PURE__ */ organizationRecord
  .partial('coverage-organization', ['name'])
  .extend(
    'coverage-organization',
    b('组织（覆盖统计）', 'Organization (coverage)'),
    { divisionCode: unitCode('所在区划代码', 'Division code') },
    {
      unknownKeys: 'strict',
      refine: keep(organizationRecord.settings.refine),
      description: b(
        '覆盖统计中的组织（与“组织”记录同名同义，名称可不填）。所在区划代码须为区划树中的镇街或村（社区）。',
        'An organization in the coverage registry (the organization record, name optional). Its division code must be a township or village-level unit of the tree.',
      ),
    },
  );

/**
 * An organization row (output of {@link coverageOrganizationRecord}).
 * @category Coverage
 * @example
 * ```ts
 * const o: CoverageOrganization = { id: 'o1', kind: 'non_public_enterprise', divisionCode: '320803001' };
 * ```
 */
export type CoverageOrganization = RecordOutput<typeof coverageOrganizationRecord>;

/**
 * A party organization as the coverage registry reads it: the `party-organization` entity with `name` and the
 * member counts optional, and the date it was set up required (coverage counts those in force on the date).
 * @category Coverage
 * @example
 * ```ts
 * coveragePartyOrganizationRecord.safeParse({ id: 'p1', level: 'branch', formation: 'standalone', coveredUnitIds: ['o1'] }).success; // false: establishedOn is required
 * ```
 */
export const coveragePartyOrganizationRecord = /* @__PURE__ */ partyOrganizationRecord
  .partial('coverage-party-organization', ['name', 'formalPartyMembers', 'probationaryPartyMembers'])
  .required('coverage-party-organization', ['establishedOn'])
  .extend(
    'coverage-party-organization',
    b('党组织（覆盖统计）', 'Party organization (coverage)'),
    {},
    {
      unknownKeys: 'strict',
      refine: keep(partyOrganizationRecord.settings.refine),
      description: b(
        '覆盖统计中的党组织（与“党组织”记录同名同义，名称、党员数可不填，成立日期必填）。单独组建的只覆盖 1 个单位，联合组建的至少 2 个；撤销日期不早于成立日期。',
        'A party organization in the coverage registry (the party-organization record; name and member counts optional, date set up required). One covered unit when formed in the unit itself, at least two when formed jointly; dissolved no earlier than set up.',
      ),
    },
  );

/**
 * A volunteer team as the coverage registry reads it (`volunteer-team`, name and member count optional).
 * @category Coverage
 * @example
 * ```ts
 * coverageVolunteerTeamRecord.parse({ id: 'v1', scope: 'township', divisionCode: '320803001' }).scope; // 'township'
 * ```
 */
export const coverageVolunteerTeamRecord = /* @__PURE__ */ volunteerTeamRecord
  .partial('coverage-volunteer-team', ['name', 'memberCount'])
  .extend(
    'coverage-volunteer-team',
    b('志愿服务队伍（覆盖统计）', 'Volunteer team (coverage)'),
    {},
    {
      unknownKeys: 'strict',
      refine: keep(volunteerTeamRecord.settings.refine),
      description: b(
        '覆盖统计中的志愿服务队伍（名称、队员人数可不填）。所在层级与区划代码一致；撤销日期不早于成立日期。',
        'A volunteer team in the coverage registry (name and member count optional). Scope and division code agree; dissolved no earlier than established.',
      ),
    },
  );

/**
 * A 镇街社会工作站 as the coverage registry reads it (`social-work-station`, name optional).
 * @category Coverage
 * @example
 * ```ts
 * coverageStationRecord.parse({ id: 's1', divisionCode: '320803001', establishedOn: '2023-05-01' }).establishedOn; // '2023-05-01'
 * ```
 */
export const coverageStationRecord = /* @__PURE__ */ socialWorkStationRecord
  .partial('coverage-social-work-station', ['name'])
  .extend(
    'coverage-social-work-station',
    b('镇街社会工作站（覆盖统计）', 'Township social work station (coverage)'),
    { divisionCode: unitCode('所在镇街区划代码', 'Township division code') },
    {
      unknownKeys: 'strict',
      refine: keep(socialWorkStationRecord.settings.refine),
      description: b(
        '覆盖统计中的镇街社会工作站（名称可不填），区划代码须为区划树中的镇街。',
        'A township social work station in the coverage registry (name optional); its code must be a township of the tree.',
      ),
    },
  );

/**
 * A 村(社区)社会工作室 as the coverage registry reads it (`social-work-room`, name optional).
 * @category Coverage
 * @example
 * ```ts
 * coverageRoomRecord.parse({ id: 'r1', divisionCode: '320803001001' }).id; // 'r1'
 * ```
 */
export const coverageRoomRecord = /* @__PURE__ */ socialWorkRoomRecord
  .partial('coverage-social-work-room', ['name'])
  .extend(
    'coverage-social-work-room',
    b('村（社区）社会工作室（覆盖统计）', 'Village social work room (coverage)'),
    { divisionCode: unitCode('所在村（社区）区划代码', 'Village division code') },
    {
      unknownKeys: 'strict',
      refine: keep(socialWorkRoomRecord.settings.refine),
      description: b(
        '覆盖统计中的村（社区）社会工作室（名称可不填），区划代码须为区划树中的村（社区）。',
        'A village social work room in the coverage registry (name optional); its code must be a village-level unit of the tree.',
      ),
    },
  );

/**
 * A community worker as the coverage registry reads it: a `person` with the fields the certification rate reads
 * (other fields of a roster row are ignored). No certificate means none is held.
 * @category Coverage
 * @example
 * ```ts
 * coverageCommunityWorkerRecord.parse({ id: 'w1', divisionCode: '320803001001', post: 'principal' }); // { id: 'w1', divisionCode: '320803001001' }
 * ```
 */
export const coverageCommunityWorkerRecord = /* @__PURE__ */ personRecord
  .pick('coverage-community-worker', ['id', 'name', 'divisionCode', 'certificate', 'employedFrom', 'employedUntil'])
  .partial('coverage-community-worker', ['name'])
  .extend(
    'coverage-community-worker',
    b('社区工作者（覆盖统计）', 'Community worker (coverage)'),
    { divisionCode: unitCode('所在区划代码', 'Division code') },
    {
      unknownKeys: 'strip',
      description: b(
        '覆盖统计中的社区工作者（“人员”记录的编号、所在区划、证书和任职日期；其他字段忽略）。未填写证书即未持证；证书须注明取得日期。',
        'A community worker in the coverage registry (a person’s id, division, certificate and employment dates; other fields ignored). No certificate means none is held; a certificate needs the date it was obtained.',
      ),
    },
  );

/**
 * A 双培 trainee as the coverage registry reads it (`trainee`, the division code checked against the tree; without
 * one the trainee counts at the root, the city).
 * @category Coverage
 * @example
 * ```ts
 * coverageTraineeRecord.parse({ personId: 'p1', role: '党组织书记', trainedOn: [] }).role; // 'party_secretary'
 * ```
 */
export const coverageTraineeRecord = /* @__PURE__ */ traineeRecord.extend(
  'coverage-trainee',
  b('双培对象（覆盖统计）', 'Trainee (coverage)'),
  { divisionCode: unitCode('所在区划代码', 'Division code').optional() },
  {
    unknownKeys: 'strict',
    description: b(
      '双培对象（一人一角色一条）及其参加培训的日期；未填所在区划的计入区划树的根（全市）。',
      'A trainee (one row per person and role) and the dates of the trainings attended; one without a division code counts at the root of the tree (the city).',
    ),
  },
);

/**
 * A trainee row (output of {@link coverageTraineeRecord}).
 * @category Coverage
 * @example
 * ```ts
 * const t: CoverageTrainee = { personId: 'p1', role: 'party_secretary', trainedOn: ['2025-04-12'] };
 * ```
 */
export type CoverageTrainee = RecordOutput<typeof coverageTraineeRecord>;

/**
 * Organizations (两企三新 units, associations, social work agencies).
 * @category Coverage
 * @example
 * ```ts
 * computeCoverage('party_coverage', { organizations: [{ id: 'o1', kind: 'non_public_enterprise', divisionCode: '320803001' }] }, { asOf: '2025-12-31' });
 * ```
 */
export const organizations = /* @__PURE__ */ defineCollection({
  name: 'organizations',
  label: b('组织', 'organization'),
  record: coverageOrganizationRecord,
  key: ['id'],
  unit: { field: 'divisionCode', levels: ['township', 'village'] },
  renamed: {
    unit: 'divisionCode',
    category: 'kind',
    employees: 'employeeCount',
    instructor: 'partyInstructorIds',
    liaison: 'partyLiaisonIds',
  },
});

/**
 * Party organizations and the units they cover.
 * @category Coverage
 * @example
 * ```ts
 * partyOrganizations.key; // ['id']
 * ```
 */
export const partyOrganizations = /* @__PURE__ */ defineCollection({
  name: 'partyOrganizations',
  label: b('党组织', 'party organization'),
  record: coveragePartyOrganizationRecord,
  key: ['id'],
  renamed: {
    unit: 'divisionCode',
    type: 'level',
    members: 'coveredUnitIds',
    established: 'establishedOn',
    dissolved: 'dissolvedOn',
  },
});

/**
 * Volunteer teams of 镇街 and 村(社区).
 * @category Coverage
 * @example
 * ```ts
 * volunteerTeams.unit?.levels; // ['township', 'village']
 * ```
 */
export const volunteerTeams = /* @__PURE__ */ defineCollection({
  name: 'volunteerTeams',
  label: b('志愿服务队伍', 'volunteer team'),
  record: coverageVolunteerTeamRecord,
  key: ['id'],
  unit: { field: 'divisionCode', levels: ['township', 'village'] },
  renamed: { unit: 'divisionCode', established: 'establishedOn', dissolved: 'dissolvedOn' },
});

/**
 * 镇街社会工作站.
 * @category Coverage
 * @example
 * ```ts
 * socialWorkStations.unit?.levels; // ['township']
 * ```
 */
export const socialWorkStations = /* @__PURE__ */ defineCollection({
  name: 'socialWorkStations',
  label: b('社会工作站', 'social work station'),
  record: coverageStationRecord,
  key: ['id'],
  unit: { field: 'divisionCode', levels: ['township'] },
  renamed: { unit: 'divisionCode', opened: 'establishedOn', closed: 'dissolvedOn' },
});

/**
 * 村(社区)社会工作室.
 * @category Coverage
 * @example
 * ```ts
 * socialWorkRooms.unit?.levels; // ['village']
 * ```
 */
export const socialWorkRooms = /* @__PURE__ */ defineCollection({
  name: 'socialWorkRooms',
  label: b('社会工作室', 'social work room'),
  record: coverageRoomRecord,
  key: ['id'],
  unit: { field: 'divisionCode', levels: ['village'] },
  renamed: { unit: 'divisionCode', opened: 'establishedOn', closed: 'dissolvedOn' },
});

/**
 * Leadership changes of associations and their 任前审核.
 * @category Coverage
 * @example
 * ```ts
 * associationEvents.renamed; // 0.1.0 names: { association: 'associationId', … }
 * ```
 */
export const associationEvents = /* @__PURE__ */ defineCollection({
  name: 'associationEvents',
  label: b('社会团体负责人变动', 'leadership change'),
  record: associationEventRecord,
  key: ['id'],
  unit: { field: 'divisionCode', levels: ['city', 'county', 'township', 'village'] },
  renamed: { association: 'associationId', unit: 'divisionCode', type: 'kind' },
});

/**
 * 双培 trainees: one row per person and role (a second row for the same person and role is refused).
 * @category Coverage
 * @example
 * ```ts
 * trainees.key; // ['personId', 'role']
 * ```
 */
export const trainees = /* @__PURE__ */ defineCollection({
  name: 'trainees',
  label: b('双培对象', 'trainee'),
  record: coverageTraineeRecord,
  key: ['personId', 'role'],
  unit: { field: 'divisionCode', levels: ['city', 'county', 'township', 'village'], rootWhenAbsent: true },
  renamed: { person: 'personId', association: 'associationId', unit: 'divisionCode' },
});

/**
 * The items of the host's 村(居)委会 standardization checklist (no official checklist was found).
 * @category Coverage
 * @example
 * ```ts
 * checklistItems.key; // ['id']
 * ```
 */
export const checklistItems = /* @__PURE__ */ defineCollection({
  name: 'checklistItems',
  label: b('标准化建设清单项目', 'checklist item'),
  record: committeeChecklistItemRecord,
  key: ['id'],
});

/**
 * Assessments of checklist items for village-level units.
 * @category Coverage
 * @example
 * ```ts
 * checklistResults.key; // ['divisionCode', 'itemId', 'assessedOn']
 * ```
 */
export const checklistResults = /* @__PURE__ */ defineCollection({
  name: 'checklistResults',
  label: b('标准化建设评估结果', 'checklist result'),
  record: committeeChecklistResultRecord.extend(
    'coverage-checklist-result',
    committeeChecklistResultRecord.label,
    { divisionCode: unitCode('村（社区）区划代码', 'Village division code') },
    {
      unknownKeys: 'strict',
      description: committeeChecklistResultRecord.settings.description ?? b('评估结果', 'Assessment'),
    },
  ),
  key: ['divisionCode', 'itemId', 'assessedOn'],
  unit: { field: 'divisionCode', levels: ['village'] },
  renamed: { unit: 'divisionCode', item: 'itemId' },
});

/**
 * A 村(居)民委员会 as the coverage registry reads it (the `committee` entity, the division code required and checked
 * against the tree): the facts the statutory mode of `committee_standardization` checks.
 * @category Coverage
 * @example
 * ```ts
 * coverageCommitteeRecord.parse({ divisionCode: '320803001001', kind: '居委会', memberCount: 7 }).kind; // 'residents_committee'
 * ```
 */
export const coverageCommitteeRecord = /* @__PURE__ */ committeeRecord.extend(
  'coverage-committee',
  b('村（居）民委员会（覆盖统计）', 'Committee (coverage)'),
  { divisionCode: unitCode('村（社区）区划代码', 'Village division code') },
  {
    unknownKeys: 'strict',
    refine: keep(committeeCountOrder),
    description: b(
      '覆盖统计中的村（居）民委员会（与“村（居）民委员会”记录同名同义，区划代码必填，须为区划树中的村（社区）），供标准化建设的法定核查使用。',
      'A committee in the coverage registry (the committee record, division code required and a village-level unit of the tree), for the statutory mode of the standardization indicator.',
    ),
  },
);

/**
 * A committee row (output of {@link coverageCommitteeRecord}).
 * @category Coverage
 * @example
 * ```ts
 * const c: CoverageCommittee = { divisionCode: '320803001001', kind: 'residents_committee', memberCount: 7 };
 * ```
 */
export type CoverageCommittee = RecordOutput<typeof coverageCommitteeRecord>;

/**
 * 村(居)民委员会 and their facts, one row per village-level unit (read by the statutory mode of
 * `committee_standardization`).
 * @category Coverage
 * @example
 * ```ts
 * committees.key; // ['divisionCode']
 * ```
 */
export const committees = /* @__PURE__ */ defineCollection({
  name: 'committees',
  label: b('村（居）民委员会', 'committee'),
  record: coverageCommitteeRecord,
  key: ['divisionCode'],
  unit: { field: 'divisionCode', levels: ['village'] },
});

/**
 * Community workers and their certificates.
 * @category Coverage
 * @example
 * ```ts
 * communityWorkers.record.name; // 'coverage-community-worker'
 * ```
 */
export const communityWorkers = /* @__PURE__ */ defineCollection({
  name: 'communityWorkers',
  label: b('社区工作者', 'community worker'),
  record: coverageCommunityWorkerRecord,
  key: ['id'],
  unit: { field: 'divisionCode', levels: ['township', 'village'] },
  renamed: {
    unit: 'divisionCode',
    certified: 'certificate',
    certificateLevel: 'certificate',
    certifiedOn: 'certificate',
  },
});
