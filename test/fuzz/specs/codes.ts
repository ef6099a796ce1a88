/** Fuzz specs of /validators, /divisions and /entities. */
import { huaianDivisions, parseDivisionTree } from '../../../src/divisions/index.js';
import { valid } from '../../entities/fixtures.js';
import type { Spec } from '../harness.js';
import { RESIDENT_ID_15, RESIDENT_ID_18 } from '../values.js';
import { TREE_JSON } from './fixtures.js';

/** A parser of an entity and its safe twin: the result is the caller's record, validated. */
function entity(example: () => unknown): [Spec, Spec] {
  return [
    { examples: () => [[example()], [example(), ['rows', 0]]], echoes: 'all' },
    { kind: 'safe', examples: () => [[example()], [example(), ['rows', 0]]], echoes: 'all' },
  ];
}
/** A deep copy of a fixture (the fixtures are frozen `as const`; a parser may be handed anything). */
const copy =
  <T>(v: T) =>
  (): T =>
    JSON.parse(JSON.stringify(v)) as T;

const [parseCenter, safeParseCenter] = entity(copy(valid.center));
const [parseDivisionUnit, safeParseDivisionUnit] = entity(copy(valid.divisionUnit));
const [parseOrganization, safeParseOrganization] = entity(copy(valid.organization));
const [parsePartyOrganization, safeParsePartyOrganization] = entity(copy(valid.partyOrganization));
const [parsePerson, safeParsePerson] = entity(copy(valid.person));
const [parseSocialWorkStation, safeParseSocialWorkStation] = entity(copy(valid.socialWorkStation));
const [parseSocialWorkRoom, safeParseSocialWorkRoom] = entity(copy(valid.socialWorkRoom));
const [parseVolunteerTeam, safeParseVolunteerTeam] = entity(copy(valid.volunteerTeam));
const [parseSocialWorkCertificate, safeParseSocialWorkCertificate] = entity(copy(valid.socialWorkCertificate));
const [parseAssociationPost, safeParseAssociationPost] = entity(copy(valid.associationPost));
const [parseAssociationEvent, safeParseAssociationEvent] = entity(copy(valid.associationEvent));
const [parseTrainee, safeParseTrainee] = entity(copy(valid.trainee));
const [parseCommitteeChecklistItem, safeParseCommitteeChecklistItem] = entity(copy(valid.committeeChecklistItem));
const [parseCommitteeChecklistResult, safeParseCommitteeChecklistResult] = entity(copy(valid.committeeChecklistResult));
const [parseCommittee, safeParseCommittee] = entity(copy(valid.committee));
const [parsePetition, safePetition] = entity(copy(valid.petition));
const [parsePeopleSuggestion, safeParsePeopleSuggestion] = entity(copy(valid.peopleSuggestion));

/** A refine context that collects issues (what a record passes to its cross-field rule). */
const ctx = () => {
  const issues: unknown[] = [];
  return { path: ['rows', 0], add: (i: unknown) => void issues.push(i), issues };
};
const LABEL = () => ({ zh: '覆盖单位', en: 'Covered unit' });

export const codeSpecs: Record<string, Spec> = {
  // validators: USCC
  parseUscc: {
    examples: () => [['91350100M000100Y43'], ['52320800mj000000xp', ['uscc']]],
    echoes: ['code', 'organizationCode', 'regionCode'],
  },
  safeParseUscc: {
    kind: 'safe',
    examples: () => [['91350100M000100Y43'], ['91350100M000100Y44', ['x']]],
    echoes: ['code', 'organizationCode', 'regionCode'],
  },
  isValidUscc: { kind: 'predicate', examples: () => [['91310115591693856A']] },
  usccCheckChar: { examples: () => [['91350100M000100Y4']] },
  organizationCodeCheckChar: { examples: () => [['M000100Y']] },
  usccCodeConfidence: { examples: () => [['5'], ['54'], ['5X']] },
  describeUscc: {
    examples: () => [['91350100M000100Y43'], ['52320800MJ000000XP', ['org', 'uscc']]],
    echoes: ['code', 'organizationCode', 'regionCode'],
  },
  // validators: resident ID (the parsed `id` is the caller's own number, documented as personal data)
  parseResidentId: {
    examples: () => [[RESIDENT_ID_18], [RESIDENT_ID_18.toLowerCase(), { asOf: '2026-01-01', path: ['residentId'] }]],
    echoes: ['id'],
  },
  safeParseResidentId: {
    kind: 'safe',
    examples: () => [[RESIDENT_ID_18], ['440524188001010014', { asOf: '1880-01-01' }]],
    echoes: ['id'],
  },
  isValidResidentId: { kind: 'predicate', examples: () => [[RESIDENT_ID_18]] },
  maskResidentId: { examples: () => [[RESIDENT_ID_18], [RESIDENT_ID_15], ['12345']] },
  residentIdCheckChar: { examples: () => [['11010519491231002']] },
  upgradeResidentId: { examples: () => [[RESIDENT_ID_15], [RESIDENT_ID_15, ['id']]], echoes: 'all' },
  safeUpgradeResidentId: { kind: 'safe', examples: () => [[RESIDENT_ID_15], ['11010549123100']], echoes: 'all' },
  // validators: division codes
  parseDivisionCode: { examples: () => [['320800'], ['320803001001', ['unit']], ['320803000000']] },
  safeParseDivisionCode: { kind: 'safe', examples: () => [['320812'], ['3208']] },
  isValidDivisionCode: { kind: 'predicate', examples: () => [['320812']] },
  townshipKindOfCode: { examples: () => [['320803001'], ['320803101', ['t']]] },
  villageKindOfCode: { examples: () => [['320803001001'], ['320803101201', ['v']]] },
  // divisions
  huaianDivisions: { examples: () => [[]], weight: 0.2, echoes: 'all' },
  parseDivisionTree: { examples: () => [[TREE_JSON()], [TREE_JSON(), ['divisions']]], echoes: 'all' },
  safeParseDivisionTree: { kind: 'safe', examples: () => [[TREE_JSON()]], echoes: 'all' },
  countByKind: {
    examples: () => [
      [parseDivisionTree(TREE_JSON())],
      [huaianDivisions(), '320803'],
      [parseDivisionTree(TREE_JSON()), '990101'],
    ],
  },
  // entities: field builders
  idField: { examples: () => [[]], echoes: 'all' },
  idListField: { examples: () => [[LABEL()], [LABEL(), 1]], echoes: 'all' },
  countField: { examples: () => [[]], echoes: 'all' },
  usccField: { examples: () => [[]], echoes: 'all' },
  residentIdField: { examples: () => [[]], echoes: 'all' },
  divisionCodeField: { examples: () => [[], [['township']], [['county', 'village']]], echoes: 'all' },
  // entities: cross-field rules, for records built with pick or partial (which drop the entity's own)
  committeeCountOrder: {
    examples: () => [
      [{ ...copy(valid.committee)() }, ctx()],
      [{ kind: 'residents_committee', womenMembers: 9, memberCount: 5, households: 10, representatives: 40 }, ctx()],
    ],
    echoes: 'all',
  },
  // entities: parsers
  parseCenter,
  safeParseCenter,
  parseDivisionUnit,
  safeParseDivisionUnit,
  parseOrganization,
  safeParseOrganization,
  parsePartyOrganization,
  safeParsePartyOrganization,
  parsePerson,
  safeParsePerson,
  parseSocialWorkStation,
  safeParseSocialWorkStation,
  parseSocialWorkRoom,
  safeParseSocialWorkRoom,
  parseVolunteerTeam,
  safeParseVolunteerTeam,
  parseSocialWorkCertificate,
  safeParseSocialWorkCertificate,
  parseAssociationPost,
  safeParseAssociationPost,
  parseAssociationEvent,
  safeParseAssociationEvent,
  parseTrainee,
  safeParseTrainee,
  parseCommitteeChecklistItem,
  safeParseCommitteeChecklistItem,
  parseCommitteeChecklistResult,
  safeParseCommitteeChecklistResult,
  parseCommittee,
  safeParseCommittee,
  parsePetition,
  safeParsePetition: safePetition,
  parsePeopleSuggestion,
  safeParsePeopleSuggestion,
};
