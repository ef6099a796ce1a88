import { describe, expect, it } from 'vitest';
import {
  parseAssociationEvent,
  parseCommitteeChecklistResult,
  parseOrganization,
  parsePartyOrganization,
  parseSocialWorkRoom,
  parseTrainee,
  parseVolunteerTeam,
  safeParseOrganization,
  SOCIAL_ORGANIZATION_KINDS,
  ORGANIZATION_KINDS,
  parseDivisionUnit,
  committeeCountOrder,
  divisionCodeField,
  idListField,
  parsePerson,
  safeParsePerson,
} from '../../src/entities/index.js';
import { isPolicyError } from '../../src/core/index.js';
import { valid } from './fixtures.js';

describe('organization', () => {
  it('upper-cases the USCC', () => {
    expect(parseOrganization({ ...valid.organization, uscc: '52320800mj000000xp' }).uscc).toBe('52320800MJ000000XP');
  });

  it('grades exactly the social organizations', () => {
    const graded = ORGANIZATION_KINDS.filter((kind) => safeParseOrganization({ ...valid.organization, kind }).success);
    expect(graded).toEqual([...SOCIAL_ORGANIZATION_KINDS]);
    for (const kind of ORGANIZATION_KINDS) {
      const { rating: _r, ratedOn: _d, ...ungraded } = valid.organization;
      expect(parseOrganization({ ...ungraded, kind }).kind).toBe(kind);
    }
  });

  it('takes Chinese names of values and the 1A级 spelling of grades', () => {
    const o = parseOrganization({
      ...valid.organization,
      kind: '民办社会工作服务机构',
      rating: '5A级',
      management: '脱钩',
    });
    expect([o.kind, o.rating, o.management]).toEqual(['social_work_service_agency', '5A', 'decoupled']);
  });

  it('carries what the coverage engine counts (staff, party members, site, business, work-coverage means)', () => {
    const o = parseOrganization({
      id: 'e1',
      name: '某科技公司',
      kind: '非公有制企业',
      divisionCode: '320803001',
      employeeCount: 60,
      formalPartyMembers: 2,
      probationaryPartyMembers: 1,
      fixedSite: true,
      inBusiness: true,
      tradeUnion: true,
      partyLiaisonIds: ['p3'],
    });
    expect(o).toMatchObject({
      employeeCount: 60,
      formalPartyMembers: 2,
      probationaryPartyMembers: 1,
      fixedSite: true,
      inBusiness: true,
      tradeUnion: true,
    });
  });
});

describe('party organization', () => {
  it('accepts a standalone branch covering its own unit and a committee; a joint branch is a branch formed jointly', () => {
    const branch = { ...valid.partyOrganization, formation: 'standalone', coveredUnitIds: ['o1'] };
    expect(parsePartyOrganization(branch).coveredUnitIds).toEqual(['o1']);
    expect(parsePartyOrganization({ ...branch, level: '基层党委', formalPartyMembers: 120 }).level).toBe('committee');
    expect(parsePartyOrganization(valid.partyOrganization)).toMatchObject({ level: 'branch', formation: 'joint' });
    expect(parsePartyOrganization({ ...valid.partyOrganization, dissolvedOn: '2024-12-31' }).dissolvedOn).toBe(
      '2024-12-31',
    );
  });
});

describe('volunteer teams, social work rooms, division codes', () => {
  it('accepts a community team at village level and a room without staff figures', () => {
    expect(parseVolunteerTeam({ ...valid.volunteerTeam, scope: 'community', divisionCode: '320803001001' }).scope).toBe(
      'community',
    );
    expect(parseSocialWorkRoom({ id: 'r2', name: '某村社会工作室', divisionCode: '320803101201' })).toEqual({
      id: 'r2',
      name: '某村社会工作室',
      divisionCode: '320803101201',
    });
  });

  it('writes division codes in their short form', () => {
    expect(parseVolunteerTeam({ ...valid.volunteerTeam, divisionCode: '320803001000' }).divisionCode).toBe('320803001');
    expect(
      parseDivisionUnit({ code: '320803000000', name: '淮安区', kind: 'district', parent: '320800000000' }),
    ).toEqual({ code: '320803', name: '淮安区', kind: 'district', parent: '320800' });
  });
});

describe('records the engines take', () => {
  it('association events, trainees and checklist results', () => {
    expect(parseAssociationEvent({ ...valid.associationEvent, kind: '届中变更' }).kind).toBe('mid_term_change');
    expect(parseTrainee({ personId: 'p2', role: '党建工作指导员', trainedOn: [] })).toEqual({
      personId: 'p2',
      role: 'party_instructor',
      trainedOn: [],
    });
    expect(parseCommitteeChecklistResult(valid.committeeChecklistResult).met).toBe(true);
  });
});

describe('fuzz findings: the field builders and cross-field rules check their arguments (TypeErrors before)', () => {
  const code = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (isPolicyError(e)) return e.code;
      throw e;
    }
    return 'no error';
  };

  it('divisionCodeField takes a non-empty list of known levels; idListField a label and a count', () => {
    expect(code(() => divisionCodeField('township' as never))).toBe('invalid_type');
    expect(code(() => divisionCodeField(['street'] as never))).toBe('unknown_enum_value');
    expect(code(() => divisionCodeField(['township']))).toBe('no error');
    expect(code(() => idListField(undefined as never))).toBe('invalid_type');
    expect(code(() => idListField({ zh: '单位', en: 'unit' }, -1))).toBe('out_of_range');
  });

  it("committeeCountOrder is a record's rule: it needs the record and a refine context", () => {
    const ctx = { path: [], add: () => undefined };
    expect(code(() => committeeCountOrder(undefined as never, ctx))).toBe('invalid_type');
    expect(code(() => committeeCountOrder({ memberCount: 5 }, { path: 5, add: () => undefined } as never))).toBe(
      'invalid_type',
    );
    expect(code(() => committeeCountOrder({ memberCount: 5 }, { path: [] } as never))).toBe('invalid_type');
    const issues: unknown[] = [];
    committeeCountOrder({ memberCount: 5, womenMembers: 9 }, { path: ['rows', 0], add: (i) => void issues.push(i) });
    expect(issues).toMatchObject([{ code: 'inconsistent', path: ['rows', 0, 'womenMembers'] }]);
  });

  it('committeeCountOrder refuses counts and areas of the wrong type (the fuzz found TypeErrors, issue 10)', () => {
    const ctx = { path: [], add: () => undefined };
    for (const bad of [Symbol('x'), Object.create(null), '5', {}]) {
      expect(code(() => committeeCountOrder({ memberCount: 5, womenMembers: bad } as never, ctx))).toBe('invalid_type');
      expect(code(() => committeeCountOrder({ memberCount: bad, womenMembers: 1 } as never, ctx))).toBe('invalid_type');
      if (bad !== '5')
        expect(code(() => committeeCountOrder({ activityArea: bad, serviceArea: '10' } as never, ctx))).toBe(
          'invalid_type',
        );
    }
    expect(code(() => committeeCountOrder({ activityArea: 12, serviceArea: '10' } as never, ctx))).toBe('invalid_type');
    const issues: unknown[] = [];
    committeeCountOrder({ activityArea: '12.5', serviceArea: '10' }, { path: [], add: (i) => void issues.push(i) });
    expect(issues).toMatchObject([{ code: 'inconsistent', path: ['activityArea'] }]);
  });

  it('an entity parser masks a resident ID it quotes in a refusal', () => {
    const r = safeParsePerson({ ...valid.person, assessments: { '2024': 'pass11010519491231002X' } });
    expect(r.success).toBe(false);
    if (!r.success) expect(JSON.stringify(r.error.issues)).not.toContain('11010519491231002X');
    expect(code(() => parsePerson(valid.person, 5 as never))).toBe('invalid_type');
    expect(safeParsePerson(valid.person, 5 as never).success).toBe(false);
  });
});
