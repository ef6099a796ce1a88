import { describe, expect, it } from 'vitest';
import { isPolicyError, type PolicyError, type SafeParseResult } from '../../src/core/errors.js';
import {
  safeParseCenter,
  safeParseDivisionUnit,
  safeParseOrganization,
  safeParsePartyOrganization,
  safeParsePerson,
  safeParseSocialWorkRoom,
  safeParseSocialWorkStation,
  safeParseVolunteerTeam,
} from '../../src/entities/index.js';
import { valid } from './fixtures.js';

type Parse = (value: unknown, path?: ReadonlyArray<string | number>) => SafeParseResult<unknown>;

const parsers: Record<keyof typeof valid, Parse> = {
  divisionUnit: safeParseDivisionUnit,
  organization: safeParseOrganization,
  partyOrganization: safeParsePartyOrganization,
  person: safeParsePerson,
  volunteerTeam: safeParseVolunteerTeam,
  socialWorkStation: safeParseSocialWorkStation,
  socialWorkRoom: safeParseSocialWorkRoom,
  center: safeParseCenter,
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
  { entity: 'organization', what: 'employeeCount as string', patch: { employeeCount: '12' }, code: 'invalid_type', path: ['employeeCount'] },
  { entity: 'organization', what: 'employeeCount as a fraction', patch: { employeeCount: 1.5 }, code: 'invalid_type', path: ['employeeCount'] },
  { entity: 'partyOrganization', what: 'coveredUnitIds as string', patch: { coveredUnitIds: 'o1,o2' }, code: 'invalid_type', path: ['coveredUnitIds'] },
  { entity: 'person', what: 'roles element as number', patch: { roles: ['community_worker', 7] }, code: 'unknown_enum_value', path: ['roles', 1] },
  { entity: 'socialWorkRoom', what: 'staffCount as boolean', patch: { staffCount: true }, code: 'invalid_type', path: ['staffCount'] },
  { entity: 'person', what: 'residentId as number', patch: { residentId: 110105194912310 }, code: 'invalid_type', path: ['residentId'] },
  { entity: 'volunteerTeam', what: 'memberCount as null', patch: { memberCount: null }, code: 'invalid_type', path: ['memberCount'] },
  { entity: 'center', what: 'divisionCode as number', patch: { divisionCode: 320800 }, code: 'invalid_type', path: ['divisionCode'] },
  // wrong format
  { entity: 'divisionUnit', what: 'code of 7 digits', patch: { code: '3208030' }, code: 'invalid_format', path: ['code'] },
  { entity: 'organization', what: 'uscc with O', patch: { uscc: '52320800MJ00000OXP' }, code: 'invalid_format', path: ['uscc'] },
  { entity: 'organization', what: 'date with slashes', patch: { establishedOn: '2019/05/20' }, code: 'invalid_format', path: ['establishedOn'] },
  { entity: 'person', what: 'resident ID of 15 digits', patch: { residentId: '110105491231002' }, code: 'invalid_format', path: ['residentId'] },
  { entity: 'socialWorkStation', what: 'division code with a letter', patch: { divisionCode: '32080300A' }, code: 'invalid_format', path: ['divisionCode'] },
  // wrong check digit
  { entity: 'organization', what: 'uscc check character', patch: { uscc: '52320800MJ000000XQ' }, code: 'invalid_check_digit', path: ['uscc'] },
  { entity: 'person', what: 'resident ID check character', patch: { residentId: '110105194912310021' }, code: 'invalid_check_digit', path: ['residentId'] },
  // impossible date
  { entity: 'organization', what: 'ratedOn 2023-02-29', patch: { ratedOn: '2023-02-29' }, code: 'invalid_date', path: ['ratedOn'] },
  { entity: 'partyOrganization', what: 'establishedOn 2023-04-31', patch: { establishedOn: '2023-04-31' }, code: 'invalid_date', path: ['establishedOn'] },
  { entity: 'person', what: 'birth date 2023-02-29', patch: { residentId: undefined, birthDate: '2023-02-29' }, code: 'invalid_date', path: ['birthDate'] },
  { entity: 'volunteerTeam', what: 'establishedOn 2022-13-01', patch: { establishedOn: '2022-13-01' }, code: 'invalid_date', path: ['establishedOn'] },
  { entity: 'socialWorkStation', what: 'establishedOn 2021-00-10', patch: { establishedOn: '2021-00-10' }, code: 'invalid_date', path: ['establishedOn'] },
  // unknown enum value
  { entity: 'divisionUnit', what: 'kind village', patch: { kind: 'village' }, code: 'unknown_enum_value', path: ['kind'] },
  { entity: 'organization', what: 'kind foundation', patch: { kind: 'foundation' }, code: 'unknown_enum_value', path: ['kind'] },
  { entity: 'organization', what: 'rating 6A', patch: { rating: '6A' }, code: 'unknown_enum_value', path: ['rating'] },
  { entity: 'partyOrganization', what: 'level cell', patch: { level: 'cell' }, code: 'unknown_enum_value', path: ['level'] },
  { entity: 'person', what: 'role mayor', patch: { roles: ['mayor'] }, code: 'unknown_enum_value', path: ['roles', 0] },
  { entity: 'volunteerTeam', what: 'scope city', patch: { scope: 'city' }, code: 'unknown_enum_value', path: ['scope'] },
  { entity: 'center', what: 'kind museum', patch: { kind: 'museum' }, code: 'unknown_enum_value', path: ['kind'] },
  // unknown code
  { entity: 'organization', what: 'uscc department B', patch: { uscc: 'B1320800MJ000000XL' }, code: 'unknown_code', path: ['uscc'] },
  { entity: 'center', what: 'division code 990000', patch: { divisionCode: '990000' }, code: 'unknown_code', path: ['divisionCode'] },
  // extra field
  { entity: 'divisionUnit', what: 'population', patch: { population: 1 }, code: 'unrecognized_keys', path: [] },
  { entity: 'organization', what: 'legalPerson', patch: { legalPerson: 'x' }, code: 'unrecognized_keys', path: [] },
  { entity: 'partyOrganization', what: 'members', patch: { members: [] }, code: 'unrecognized_keys', path: [] },
  { entity: 'person', what: 'phone', patch: { phone: '13800000000' }, code: 'unrecognized_keys', path: [] },
  { entity: 'volunteerTeam', what: 'hours', patch: { hours: 1 }, code: 'unrecognized_keys', path: [] },
  { entity: 'socialWorkStation', what: 'stationId on a station', patch: { stationId: 's0' }, code: 'unrecognized_keys', path: [] },
  { entity: 'socialWorkRoom', what: 'area', patch: { area: 30 }, code: 'unrecognized_keys', path: [] },
  { entity: 'center', what: 'budget', patch: { budget: '1' }, code: 'unrecognized_keys', path: [] },
  // missing field
  { entity: 'divisionUnit', what: 'kind', patch: { kind: DROP }, code: 'required', path: ['kind'] },
  { entity: 'organization', what: 'divisionCode', patch: { divisionCode: DROP }, code: 'required', path: ['divisionCode'] },
  { entity: 'partyOrganization', what: 'formalMemberCount', patch: { formalMemberCount: DROP }, code: 'required', path: ['formalMemberCount'] },
  { entity: 'person', what: 'roles', patch: { roles: DROP }, code: 'required', path: ['roles'] },
  { entity: 'volunteerTeam', what: 'memberCount', patch: { memberCount: DROP }, code: 'required', path: ['memberCount'] },
  { entity: 'socialWorkStation', what: 'name', patch: { name: DROP }, code: 'required', path: ['name'] },
  { entity: 'socialWorkRoom', what: 'divisionCode', patch: { divisionCode: DROP }, code: 'required', path: ['divisionCode'] },
  { entity: 'center', what: 'kind', patch: { kind: DROP }, code: 'required', path: ['kind'] },
  // out of range
  { entity: 'partyOrganization', what: 'negative members', patch: { probationaryMemberCount: -1 }, code: 'out_of_range', path: ['probationaryMemberCount'] },
  { entity: 'partyOrganization', what: 'no covered unit', patch: { coveredUnitIds: [] }, code: 'out_of_range', path: ['coveredUnitIds'] },
  { entity: 'person', what: 'empty name', patch: { name: '' }, code: 'out_of_range', path: ['name'] },
  // duplicates
  { entity: 'partyOrganization', what: 'duplicate covered unit', patch: { coveredUnitIds: ['o1', 'o2', 'o1'] }, code: 'duplicate', path: ['coveredUnitIds', 2] },
  { entity: 'person', what: 'duplicate role', patch: { roles: ['volunteer', 'party_member', 'volunteer'] }, code: 'duplicate', path: ['roles', 2] },
  // inconsistent across fields
  { entity: 'divisionUnit', what: 'kind town for a 街道 code', patch: { kind: 'town' }, code: 'inconsistent', path: ['kind'] },
  { entity: 'divisionUnit', what: 'kind county for a township code', patch: { kind: 'county' }, code: 'inconsistent', path: ['kind'] },
  { entity: 'divisionUnit', what: 'wrong parent', patch: { parent: '320804' }, code: 'inconsistent', path: ['parent'] },
  { entity: 'organization', what: 'grade on an enterprise', patch: { kind: 'non_public_enterprise' }, code: 'inconsistent', path: ['rating'] },
  { entity: 'organization', what: 'ratedOn without rating', patch: { rating: DROP }, code: 'inconsistent', path: ['ratedOn'] },
  { entity: 'partyOrganization', what: 'joint branch formed standalone', patch: { formation: 'standalone', coveredUnitIds: ['o1'] }, code: 'inconsistent', path: ['formation'] },
  { entity: 'partyOrganization', what: 'standalone covering two units', patch: { level: 'branch', formation: 'standalone' }, code: 'inconsistent', path: ['coveredUnitIds'] },
  { entity: 'partyOrganization', what: 'joint covering one unit', patch: { coveredUnitIds: ['o1'] }, code: 'inconsistent', path: ['coveredUnitIds'] },
  { entity: 'person', what: 'party member without membership', patch: { partyMembership: DROP }, code: 'inconsistent', path: ['partyMembership'] },
  { entity: 'person', what: 'rider kind without the role', patch: { newEmploymentKind: 'courier' }, code: 'inconsistent', path: ['newEmploymentKind'] },
  { entity: 'person', what: 'birth date not matching the ID', patch: { birthDate: '1949-12-30' }, code: 'inconsistent', path: ['birthDate'] },
  { entity: 'person', what: 'sex not matching the ID', patch: { sex: 'male' }, code: 'inconsistent', path: ['sex'] },
  { entity: 'volunteerTeam', what: 'community team with a township code', patch: { scope: 'community' }, code: 'inconsistent', path: ['divisionCode'] },
  { entity: 'volunteerTeam', what: 'team at county level', patch: { divisionCode: '320803' }, code: 'inconsistent', path: ['divisionCode'] },
  { entity: 'socialWorkStation', what: 'station with a village code', patch: { divisionCode: '320803001001' }, code: 'inconsistent', path: ['divisionCode'] },
  { entity: 'socialWorkStation', what: 'more certified than staff', patch: { certifiedStaffCount: 4 }, code: 'inconsistent', path: ['certifiedStaffCount'] },
  { entity: 'socialWorkRoom', what: 'room with a township code', patch: { divisionCode: '320803001' }, code: 'inconsistent', path: ['divisionCode'] },
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
    for (const code of ['invalid_type', 'invalid_format', 'invalid_check_digit', 'invalid_date', 'unknown_enum_value', 'unrecognized_keys', 'required']) {
      expect(codes).toContain(code);
    }
    for (const entity of Object.keys(valid)) expect(cases.filter((c) => c.entity === entity).length).toBeGreaterThanOrEqual(4);
  });

  it('reports several problems at once', () => {
    const r = safeParseOrganization({ ...valid.organization, kind: 'x', uscc: '1', extra: true });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.code).sort()).toEqual(['invalid_format', 'unknown_enum_value', 'unrecognized_keys']);
  });

  it('refuses non-objects with invalid_type at the root', () => {
    for (const v of [null, 'x', 1, [], undefined]) {
      const r = safeParseCenter(v, ['c']);
      expect(r.success).toBe(false);
      if (!r.success) expect([r.error.code, r.error.path]).toEqual([v === undefined ? 'required' : 'invalid_type', ['c']]);
    }
  });
});
