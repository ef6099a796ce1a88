import { describe, expect, it } from 'vitest';
import { isPolicyError, type PolicyError, type SafeParseResult } from '../../src/core/errors.js';
import {
  safeParseAssociationEvent,
  safeParseAssociationPost,
  safeParseCenter,
  safeParseCommittee,
  safeParseCommitteeChecklistItem,
  safeParseCommitteeChecklistResult,
  safeParseDivisionUnit,
  safeParseOrganization,
  safeParsePartyOrganization,
  safeParsePeopleSuggestion,
  safeParsePerson,
  safeParsePetition,
  safeParseSocialWorkCertificate,
  safeParseSocialWorkRoom,
  safeParseSocialWorkStation,
  safeParseTrainee,
  safeParseVolunteerTeam,
} from '../../src/entities/index.js';
import { valid } from './fixtures.js';

type Parse = (value: unknown, path?: ReadonlyArray<string | number>) => SafeParseResult<unknown>;

const parsers: Record<keyof typeof valid, Parse> = {
  divisionUnit: safeParseDivisionUnit,
  organization: safeParseOrganization,
  partyOrganization: safeParsePartyOrganization,
  person: safeParsePerson,
  candidate: safeParsePerson,
  socialWorkCertificate: safeParseSocialWorkCertificate,
  volunteerTeam: safeParseVolunteerTeam,
  socialWorkStation: safeParseSocialWorkStation,
  socialWorkRoom: safeParseSocialWorkRoom,
  center: safeParseCenter,
  associationPost: safeParseAssociationPost,
  associationEvent: safeParseAssociationEvent,
  trainee: safeParseTrainee,
  committeeChecklistItem: safeParseCommitteeChecklistItem,
  committeeChecklistResult: safeParseCommitteeChecklistResult,
  committee: safeParseCommittee,
  petition: safeParsePetition,
  peopleSuggestion: safeParsePeopleSuggestion,
};

/** A change to a valid input and the one error it must produce (path relative to the entity). */
interface Case {
  entity: keyof typeof valid;
  what: string;
  patch: Record<string, unknown>;
  code: string;
  path: ReadonlyArray<string | number>;
}

const DROP = Symbol('drop');

const cases: Case[] = [
  // wrong type
  { entity: 'divisionUnit', what: 'name as number', patch: { name: 42 }, code: 'invalid_type', path: ['name'] },
  {
    entity: 'organization',
    what: 'employeeCount as string',
    patch: { employeeCount: '12' },
    code: 'invalid_type',
    path: ['employeeCount'],
  },
  {
    entity: 'organization',
    what: 'employeeCount as a fraction',
    patch: { employeeCount: 1.5 },
    code: 'invalid_type',
    path: ['employeeCount'],
  },
  {
    entity: 'organization',
    what: 'fixedSite as a word',
    patch: { fixedSite: '是' },
    code: 'invalid_type',
    path: ['fixedSite'],
  },
  {
    entity: 'partyOrganization',
    what: 'coveredUnitIds as string',
    patch: { coveredUnitIds: 'o1,o2' },
    code: 'invalid_type',
    path: ['coveredUnitIds'],
  },
  {
    entity: 'person',
    what: 'roles element as number',
    patch: { roles: ['community_worker', 7] },
    code: 'invalid_type',
    path: ['roles', 1],
  },
  {
    entity: 'person',
    what: 'certificate as string',
    patch: { certificate: '社会工作师' },
    code: 'invalid_type',
    path: ['certificate'],
  },
  {
    entity: 'candidate',
    what: 'retiredCadre as string',
    patch: { retiredCadre: 'yes' },
    code: 'invalid_type',
    path: ['retiredCadre'],
  },
  {
    entity: 'socialWorkRoom',
    what: 'staffCount as boolean',
    patch: { staffCount: true },
    code: 'invalid_type',
    path: ['staffCount'],
  },
  {
    entity: 'person',
    what: 'residentId as number',
    patch: { residentId: 110105194912310 },
    code: 'invalid_type',
    path: ['residentId'],
  },
  {
    entity: 'volunteerTeam',
    what: 'memberCount as null',
    patch: { memberCount: null },
    code: 'required',
    path: ['memberCount'],
  },
  {
    entity: 'center',
    what: 'divisionCode as number',
    patch: { divisionCode: 320800 },
    code: 'invalid_type',
    path: ['divisionCode'],
  },
  {
    entity: 'trainee',
    what: 'trainedOn as a date',
    patch: { trainedOn: '2025-04-12' },
    code: 'invalid_type',
    path: ['trainedOn'],
  },
  { entity: 'committeeChecklistResult', what: 'met as 1', patch: { met: 1 }, code: 'invalid_type', path: ['met'] },
  {
    entity: 'associationPost',
    what: 'personId as number',
    patch: { personId: 7 },
    code: 'invalid_type',
    path: ['personId'],
  },
  // wrong format
  {
    entity: 'divisionUnit',
    what: 'code of 7 digits',
    patch: { code: '3208030' },
    code: 'invalid_format',
    path: ['code'],
  },
  {
    entity: 'organization',
    what: 'uscc with O',
    patch: { uscc: '52320800MJ00000OXP' },
    code: 'invalid_format',
    path: ['uscc'],
  },
  {
    entity: 'organization',
    what: 'date with slashes',
    patch: { establishedOn: '2019/05/20' },
    code: 'invalid_date',
    path: ['establishedOn'],
  },
  {
    entity: 'person',
    what: 'resident ID of 15 digits',
    patch: { residentId: '110105491231002' },
    code: 'invalid_format',
    path: ['residentId'],
  },
  {
    entity: 'socialWorkStation',
    what: 'division code with a letter',
    patch: { divisionCode: '32080300A' },
    code: 'invalid_format',
    path: ['divisionCode'],
  },
  {
    entity: 'associationEvent',
    what: 'division code of 8 digits',
    patch: { divisionCode: '32080000' },
    code: 'invalid_format',
    path: ['divisionCode'],
  },
  {
    entity: 'person',
    what: 'assessment year 23',
    patch: { assessments: { '23': 'pass' } },
    code: 'invalid_year',
    path: ['assessments', '23'],
  },
  // wrong check digit
  {
    entity: 'organization',
    what: 'uscc check character',
    patch: { uscc: '52320800MJ000000XQ' },
    code: 'invalid_check_digit',
    path: ['uscc'],
  },
  {
    entity: 'person',
    what: 'resident ID check character',
    patch: { residentId: '110105194912310021' },
    code: 'invalid_check_digit',
    path: ['residentId'],
  },
  // impossible date
  {
    entity: 'organization',
    what: 'ratedOn 2023-02-29',
    patch: { ratedOn: '2023-02-29' },
    code: 'invalid_date',
    path: ['ratedOn'],
  },
  {
    entity: 'partyOrganization',
    what: 'establishedOn 2023-04-31',
    patch: { establishedOn: '2023-04-31' },
    code: 'invalid_date',
    path: ['establishedOn'],
  },
  {
    entity: 'person',
    what: 'birth date 2023-02-29',
    patch: { residentId: undefined, birthDate: '2023-02-29' },
    code: 'invalid_date',
    path: ['birthDate'],
  },
  {
    entity: 'person',
    what: 'certificate obtained 2020-06-31',
    patch: { certificate: { level: 'intermediate', obtained: '2020-06-31' } },
    code: 'invalid_date',
    path: ['certificate', 'obtained'],
  },
  {
    entity: 'candidate',
    what: 'approval dated 2020-02-30',
    patch: { cadreApproval: { kind: 'filing', date: '2020-02-30' } },
    code: 'invalid_date',
    path: ['cadreApproval', 'date'],
  },
  {
    entity: 'volunteerTeam',
    what: 'establishedOn 2022-13-01',
    patch: { establishedOn: '2022-13-01' },
    code: 'invalid_date',
    path: ['establishedOn'],
  },
  {
    entity: 'socialWorkStation',
    what: 'establishedOn 2021-00-10',
    patch: { establishedOn: '2021-00-10' },
    code: 'invalid_date',
    path: ['establishedOn'],
  },
  {
    entity: 'socialWorkCertificate',
    what: 'obtained 2022-11-31',
    patch: { obtained: '2022-11-31' },
    code: 'invalid_date',
    path: ['obtained'],
  },
  {
    entity: 'associationEvent',
    what: 'reviewDate 2025-02-29',
    patch: { reviewDate: '2025-02-29' },
    code: 'invalid_date',
    path: ['reviewDate'],
  },
  {
    entity: 'trainee',
    what: 'a training on 2025-04-31',
    patch: { trainedOn: ['2025-04-01', '2025-04-31'] },
    code: 'invalid_date',
    path: ['trainedOn', 1],
  },
  {
    entity: 'committeeChecklistResult',
    what: 'assessedOn 2025-12-32',
    patch: { assessedOn: '2025-12-32' },
    code: 'invalid_date',
    path: ['assessedOn'],
  },
  // unknown enum value
  {
    entity: 'divisionUnit',
    what: 'kind village',
    patch: { kind: 'village' },
    code: 'unknown_enum_value',
    path: ['kind'],
  },
  {
    entity: 'organization',
    what: 'kind foundation',
    patch: { kind: 'foundation' },
    code: 'unknown_enum_value',
    path: ['kind'],
  },
  { entity: 'organization', what: 'rating 6A', patch: { rating: '6A' }, code: 'unknown_enum_value', path: ['rating'] },
  {
    entity: 'organization',
    what: 'management trusteeship',
    patch: { management: 'trusteeship' },
    code: 'unknown_enum_value',
    path: ['management'],
  },
  {
    entity: 'partyOrganization',
    what: 'level cell',
    patch: { level: 'cell' },
    code: 'unknown_enum_value',
    path: ['level'],
  },
  {
    entity: 'partyOrganization',
    what: 'level joint_branch (a branch formed jointly)',
    patch: { level: 'joint_branch' },
    code: 'unknown_enum_value',
    path: ['level'],
  },
  {
    entity: 'partyOrganization',
    what: 'formation single (it is standalone)',
    patch: { formation: 'single' },
    code: 'unknown_enum_value',
    path: ['formation'],
  },
  { entity: 'person', what: 'role mayor', patch: { roles: ['mayor'] }, code: 'unknown_enum_value', path: ['roles', 0] },
  { entity: 'person', what: 'post chief', patch: { post: 'chief' }, code: 'unknown_enum_value', path: ['post'] },
  {
    entity: 'person',
    what: 'assessment good',
    patch: { assessments: { '2024': 'good' } },
    code: 'unknown_enum_value',
    path: ['assessments', '2024'],
  },
  {
    entity: 'socialWorkCertificate',
    what: 'level social_worker (it is intermediate)',
    patch: { level: 'social_worker' },
    code: 'unknown_enum_value',
    path: ['level'],
  },
  {
    entity: 'candidate',
    what: 'civilServant retired',
    patch: { civilServant: 'retired' },
    code: 'unknown_enum_value',
    path: ['civilServant'],
  },
  {
    entity: 'volunteerTeam',
    what: 'scope city',
    patch: { scope: 'city' },
    code: 'unknown_enum_value',
    path: ['scope'],
  },
  { entity: 'center', what: 'kind museum', patch: { kind: 'museum' }, code: 'unknown_enum_value', path: ['kind'] },
  {
    entity: 'associationPost',
    what: 'role treasurer',
    patch: { role: 'treasurer' },
    code: 'unknown_enum_value',
    path: ['role'],
  },
  {
    entity: 'associationEvent',
    what: 'kind type election',
    patch: { kind: 'election' },
    code: 'unknown_enum_value',
    path: ['kind'],
  },
  {
    entity: 'trainee',
    what: 'role party_building_instructor (it is party_instructor)',
    patch: { role: 'party_building_instructor' },
    code: 'unknown_enum_value',
    path: ['role'],
  },
  // unknown code
  {
    entity: 'organization',
    what: 'uscc department B',
    patch: { uscc: 'B1320800MJ000000XL' },
    code: 'unknown_code',
    path: ['uscc'],
  },
  {
    entity: 'center',
    what: 'division code 990000',
    patch: { divisionCode: '990000' },
    code: 'unknown_code',
    path: ['divisionCode'],
  },
  {
    entity: 'trainee',
    what: 'division code 990000',
    patch: { divisionCode: '990000' },
    code: 'unknown_code',
    path: ['divisionCode'],
  },
  // extra field
  { entity: 'divisionUnit', what: 'population', patch: { population: 1 }, code: 'unrecognized_keys', path: [] },
  {
    entity: 'organization',
    what: 'unit (it is divisionCode)',
    patch: { unit: '320812' },
    code: 'unrecognized_keys',
    path: [],
  },
  {
    entity: 'partyOrganization',
    what: 'members (it is coveredUnitIds)',
    patch: { members: [] },
    code: 'unrecognized_keys',
    path: [],
  },
  { entity: 'person', what: 'phone', patch: { phone: '13800000000' }, code: 'unrecognized_keys', path: [] },
  {
    entity: 'candidate',
    what: 'memberUnit (it is organizationId)',
    patch: { memberUnit: 'o1' },
    code: 'unrecognized_keys',
    path: [],
  },
  { entity: 'socialWorkCertificate', what: 'number', patch: { number: 'S123' }, code: 'unrecognized_keys', path: [] },
  {
    entity: 'volunteerTeam',
    what: 'established (it is establishedOn)',
    patch: { established: '2022-03-05' },
    code: 'unrecognized_keys',
    path: [],
  },
  {
    entity: 'socialWorkStation',
    what: 'stationId on a station',
    patch: { stationId: 's0' },
    code: 'unrecognized_keys',
    path: [],
  },
  {
    entity: 'socialWorkRoom',
    what: 'opened (it is establishedOn)',
    patch: { opened: '2021-01-01' },
    code: 'unrecognized_keys',
    path: [],
  },
  { entity: 'center', what: 'budget', patch: { budget: '1' }, code: 'unrecognized_keys', path: [] },
  {
    entity: 'associationPost',
    what: 'association (it is associationId)',
    patch: { association: 'A7' },
    code: 'unrecognized_keys',
    path: [],
  },
  {
    entity: 'associationEvent',
    what: 'type (it is kind)',
    patch: { type: 'general_election' },
    code: 'unrecognized_keys',
    path: [],
  },
  {
    entity: 'committeeChecklistItem',
    what: 'name as number',
    patch: { name: 3 },
    code: 'invalid_type',
    path: ['name'],
  },
  { entity: 'committeeChecklistItem', what: 'weight', patch: { weight: 2 }, code: 'unrecognized_keys', path: [] },
  {
    entity: 'committeeChecklistResult',
    what: 'unit (it is divisionCode)',
    patch: { unit: '320803001001' },
    code: 'unrecognized_keys',
    path: [],
  },
  // missing field
  { entity: 'divisionUnit', what: 'kind', patch: { kind: DROP }, code: 'required', path: ['kind'] },
  {
    entity: 'organization',
    what: 'divisionCode',
    patch: { divisionCode: DROP },
    code: 'required',
    path: ['divisionCode'],
  },
  {
    entity: 'partyOrganization',
    what: 'formalPartyMembers',
    patch: { formalPartyMembers: DROP },
    code: 'required',
    path: ['formalPartyMembers'],
  },
  { entity: 'person', what: 'roles', patch: { roles: DROP }, code: 'required', path: ['roles'] },
  {
    entity: 'person',
    what: 'certificate level',
    patch: { certificate: { obtained: '2020-06-30' } },
    code: 'required',
    path: ['certificate', 'level'],
  },
  {
    entity: 'candidate',
    what: 'role of a post held',
    patch: { associationPosts: [{ associationId: 'A9' }] },
    code: 'required',
    path: ['associationPosts', 0, 'role'],
  },
  { entity: 'socialWorkCertificate', what: 'level', patch: { level: DROP }, code: 'required', path: ['level'] },
  {
    entity: 'volunteerTeam',
    what: 'memberCount',
    patch: { memberCount: DROP },
    code: 'required',
    path: ['memberCount'],
  },
  { entity: 'socialWorkStation', what: 'name', patch: { name: DROP }, code: 'required', path: ['name'] },
  {
    entity: 'socialWorkRoom',
    what: 'divisionCode',
    patch: { divisionCode: DROP },
    code: 'required',
    path: ['divisionCode'],
  },
  { entity: 'center', what: 'kind', patch: { kind: DROP }, code: 'required', path: ['kind'] },
  {
    entity: 'associationPost',
    what: 'associationId',
    patch: { associationId: DROP },
    code: 'required',
    path: ['associationId'],
  },
  {
    entity: 'associationEvent',
    what: 'electionDate',
    patch: { electionDate: DROP },
    code: 'required',
    path: ['electionDate'],
  },
  { entity: 'trainee', what: 'trainedOn', patch: { trainedOn: DROP }, code: 'required', path: ['trainedOn'] },
  { entity: 'committeeChecklistItem', what: 'id', patch: { id: DROP }, code: 'required', path: ['id'] },
  { entity: 'committeeChecklistResult', what: 'itemId', patch: { itemId: DROP }, code: 'required', path: ['itemId'] },
  // out of range, length, count
  {
    entity: 'partyOrganization',
    what: 'negative members',
    patch: { probationaryPartyMembers: -1 },
    code: 'out_of_range',
    path: ['probationaryPartyMembers'],
  },
  {
    entity: 'partyOrganization',
    what: 'no covered unit',
    patch: { coveredUnitIds: [] },
    code: 'item_count',
    path: ['coveredUnitIds'],
  },
  {
    entity: 'organization',
    what: 'a term of 0 years',
    patch: { termYears: 0 },
    code: 'out_of_range',
    path: ['termYears'],
  },
  { entity: 'person', what: 'empty name', patch: { name: '' }, code: 'text_length', path: ['name'] },
  { entity: 'committeeChecklistItem', what: 'empty id', patch: { id: '' }, code: 'text_length', path: ['id'] },
  // duplicates
  {
    entity: 'partyOrganization',
    what: 'duplicate covered unit',
    patch: { coveredUnitIds: ['o1', 'o2', 'o1'] },
    code: 'duplicate',
    path: ['coveredUnitIds', 2],
  },
  {
    entity: 'person',
    what: 'duplicate role',
    patch: { roles: ['volunteer', 'party_member', 'volunteer'] },
    code: 'duplicate',
    path: ['roles', 2],
  },
  {
    entity: 'person',
    what: 'duplicate role, once by its Chinese name',
    patch: { roles: ['community_worker', 'party_member', '社区工作者'] },
    code: 'duplicate',
    path: ['roles', 2],
  },
  {
    entity: 'organization',
    what: 'duplicate instructor',
    patch: { partyInstructorIds: ['p9', 'p9'] },
    code: 'duplicate',
    path: ['partyInstructorIds', 1],
  },
  // inconsistent across fields
  {
    entity: 'divisionUnit',
    what: 'kind town for a 街道 code',
    patch: { kind: 'town' },
    code: 'inconsistent',
    path: ['kind'],
  },
  {
    entity: 'divisionUnit',
    what: 'kind county for a township code',
    patch: { kind: 'county' },
    code: 'inconsistent',
    path: ['kind'],
  },
  { entity: 'divisionUnit', what: 'wrong parent', patch: { parent: '320804' }, code: 'inconsistent', path: ['parent'] },
  {
    entity: 'organization',
    what: 'grade on an enterprise',
    patch: { kind: 'non_public_enterprise' },
    code: 'inconsistent',
    path: ['rating'],
  },
  {
    entity: 'organization',
    what: 'ratedOn without rating',
    patch: { rating: DROP },
    code: 'inconsistent',
    path: ['ratedOn'],
  },
  {
    entity: 'partyOrganization',
    what: 'standalone covering two units',
    patch: { formation: 'standalone' },
    code: 'inconsistent',
    path: ['coveredUnitIds'],
  },
  {
    entity: 'partyOrganization',
    what: 'joint covering one unit',
    patch: { coveredUnitIds: ['o1'] },
    code: 'inconsistent',
    path: ['coveredUnitIds'],
  },
  {
    entity: 'partyOrganization',
    what: 'dissolved before established',
    patch: { dissolvedOn: '2023-06-30' },
    code: 'inconsistent',
    path: ['dissolvedOn'],
  },
  {
    entity: 'person',
    what: 'party member without membership',
    patch: { partyMembership: DROP },
    code: 'inconsistent',
    path: ['partyMembership'],
  },
  {
    entity: 'person',
    what: 'rider kind without the role',
    patch: { newEmploymentKind: 'courier' },
    code: 'inconsistent',
    path: ['newEmploymentKind'],
  },
  {
    entity: 'person',
    what: 'birth date not matching the ID',
    patch: { birthDate: '1949-12-30' },
    code: 'inconsistent',
    path: ['birthDate'],
  },
  { entity: 'person', what: 'sex not matching the ID', patch: { sex: 'male' }, code: 'inconsistent', path: ['sex'] },
  {
    entity: 'person',
    what: 'employment ending before it starts',
    patch: { employedUntil: '2014-12-31' },
    code: 'inconsistent',
    path: ['employedUntil'],
  },
  {
    entity: 'candidate',
    what: 'retirement date for someone not a retired cadre',
    patch: { retiredCadre: false, cadreApproval: DROP },
    code: 'inconsistent',
    path: ['retirementDate'],
  },
  {
    entity: 'candidate',
    what: 'approval without the retired-cadre flag',
    patch: { retiredCadre: DROP, retirementDate: DROP },
    code: 'inconsistent',
    path: ['cadreApproval'],
  },
  {
    entity: 'volunteerTeam',
    what: 'community team with a township code',
    patch: { scope: 'community' },
    code: 'inconsistent',
    path: ['divisionCode'],
  },
  {
    entity: 'volunteerTeam',
    what: 'team at county level',
    patch: { divisionCode: '320803' },
    code: 'inconsistent',
    path: ['divisionCode'],
  },
  {
    entity: 'volunteerTeam',
    what: 'dissolved before established',
    patch: { dissolvedOn: '2021-03-05' },
    code: 'inconsistent',
    path: ['dissolvedOn'],
  },
  {
    entity: 'committee',
    what: 'more women than members',
    patch: { womenMembers: 6 },
    code: 'inconsistent',
    path: ['womenMembers'],
  },
  {
    entity: 'committee',
    what: 'more representatives than households',
    patch: { households: 30 },
    code: 'inconsistent',
    path: ['representatives'],
  },
  {
    entity: 'committee',
    what: 'kind against the code (a 0xx code is a residents committee)',
    patch: { divisionCode: '320803001001' },
    code: 'inconsistent',
    path: ['kind'],
  },
  {
    entity: 'committee',
    what: 'an unknown kind',
    patch: { kind: 'village_group' },
    code: 'unknown_enum_value',
    path: ['kind'],
  },
  {
    entity: 'committee',
    what: 'an impossible date',
    patch: { termStartedOn: '2021-02-29' },
    code: 'invalid_date',
    path: ['termStartedOn'],
  },
  {
    entity: 'committee',
    what: 'a subcommittee twice',
    patch: { subcommittees: ['人民调解', 'people_mediation'] },
    code: 'duplicate',
    path: ['subcommittees', 1],
  },
  {
    entity: 'socialWorkStation',
    what: 'station with a village code',
    patch: { divisionCode: '320803001001' },
    code: 'inconsistent',
    path: ['divisionCode'],
  },
  {
    entity: 'socialWorkStation',
    what: 'more certified than staff',
    patch: { certifiedStaffCount: 4 },
    code: 'inconsistent',
    path: ['certifiedStaffCount'],
  },
  {
    entity: 'socialWorkStation',
    what: 'closed before established',
    patch: { dissolvedOn: '2020-10-01' },
    code: 'inconsistent',
    path: ['dissolvedOn'],
  },
  {
    entity: 'socialWorkRoom',
    what: 'room with a township code',
    patch: { divisionCode: '320803001' },
    code: 'inconsistent',
    path: ['divisionCode'],
  },
  {
    entity: 'committeeChecklistResult',
    what: 'result for a township',
    patch: { divisionCode: '320803001' },
    code: 'inconsistent',
    path: ['divisionCode'],
  },
  {
    entity: 'petition',
    what: 'route 7 (art. 31 has six)',
    patch: { route: '7' },
    code: 'unknown_enum_value',
    path: ['route'],
  },
  {
    entity: 'petition',
    what: 'receivedOn 2026-02-30',
    patch: { receivedOn: '2026-02-30' },
    code: 'invalid_date',
    path: ['receivedOn'],
  },
  {
    entity: 'petition',
    what: 'extension as text',
    patch: { extensionDays: '10' },
    code: 'invalid_type',
    path: ['extensionDays'],
  },
  {
    entity: 'petition',
    what: 'answer received before resolution',
    patch: { answerReceivedOn: '2026-04-09' },
    code: 'inconsistent',
    path: ['answerReceivedOn'],
  },
  {
    entity: 'petition',
    what: 'notice before receipt',
    patch: { noticeGivenOn: '2026-02-09' },
    code: 'inconsistent',
    path: ['noticeGivenOn'],
  },
  {
    entity: 'petition',
    what: 'accepted before receipt',
    patch: { acceptedOn: '2026-02-09' },
    code: 'inconsistent',
    path: ['acceptedOn'],
  },
  {
    entity: 'petition',
    what: 'deadline (it is computed)',
    patch: { deadline: '2026-04-11' },
    code: 'unrecognized_keys',
    path: [],
  },
  {
    entity: 'peopleSuggestion',
    what: 'replied before received',
    patch: { repliedOn: '2026-03-01' },
    code: 'inconsistent',
    path: ['repliedOn'],
  },
  {
    entity: 'peopleSuggestion',
    what: 'legal channel court',
    patch: { legalChannel: 'court' },
    code: 'unknown_enum_value',
    path: ['legalChannel'],
  },
  {
    entity: 'peopleSuggestion',
    what: 'personalClaim as 是',
    patch: { personalClaim: '是' },
    code: 'invalid_type',
    path: ['personalClaim'],
  },
  { entity: 'peopleSuggestion', what: 'empty topic', patch: { topic: '' }, code: 'text_length', path: ['topic'] },
];

function apply(base: object, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === DROP || v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

function expectBilingual(error: PolicyError): void {
  for (const i of error.issues) {
    expect(i.zh).toMatch(/[\u4e00-\u9fff]|[：，]/);
    expect(i.en).toMatch(/^[\x20-\x7e–]+$/);
  }
}

describe('valid fixtures', () => {
  it.each(Object.keys(valid) as (keyof typeof valid)[])('%s parses', (entity) => {
    const r = parsers[entity](valid[entity]);
    expect(r.success).toBe(true);
  });
});

describe('bad input sweep', () => {
  it.each(cases.map((c) => [`${c.entity}: ${c.what} → ${c.code}`, c] as const))('%s', (_, c) => {
    const path = ['batch', 3];
    const r = parsers[c.entity](apply(valid[c.entity], c.patch), path);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(isPolicyError(r.error)).toBe(true);
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.code).toBe(c.code);
    expect(r.error.path).toEqual([...path, ...c.path]);
    expectBilingual(r.error);
  });

  it('covers every kind of bad input the brief names', () => {
    const codes = new Set(cases.map((c) => c.code));
    for (const code of [
      'invalid_type',
      'invalid_format',
      'invalid_check_digit',
      'invalid_date',
      'unknown_enum_value',
      'unrecognized_keys',
      'required',
    ]) {
      expect(codes).toContain(code);
    }
    for (const entity of Object.keys(valid))
      expect(cases.filter((c) => c.entity === entity).length).toBeGreaterThanOrEqual(4);
  });

  it('reports several problems at once', () => {
    const r = safeParseOrganization({ ...valid.organization, kind: 'x', uscc: '1', extra: true });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error.issues.map((i) => i.code).sort()).toEqual([
        'invalid_format',
        'unknown_enum_value',
        'unrecognized_keys',
      ]);
  });

  it('refuses non-objects with invalid_type at the root', () => {
    for (const v of [null, 'x', 1, [], undefined]) {
      const r = safeParseCenter(v, ['c']);
      expect(r.success).toBe(false);
      if (!r.success)
        expect([r.error.code, r.error.path, r.error.zh]).toEqual([
          'invalid_type',
          ['c'],
          expect.stringMatching(/^「社会工作中心」应为对象，实际为/),
        ]);
    }
  });
});
