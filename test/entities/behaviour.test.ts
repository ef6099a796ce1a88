import { describe, expect, it } from 'vitest';
import {
  parseOrganization,
  parsePartyOrganization,
  parseSocialWorkRoom,
  parseVolunteerTeam,
  safeParseOrganization,
  SOCIAL_ORGANIZATION_KINDS,
  ORGANIZATION_KINDS,
} from '../../src/entities/index.js';
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
});

describe('party organization', () => {
  it('accepts a standalone branch covering its own unit and a committee', () => {
    const branch = { ...valid.partyOrganization, level: 'branch', formation: 'standalone', coveredUnitIds: ['o1'] };
    expect(parsePartyOrganization(branch).coveredUnitIds).toEqual(['o1']);
    expect(parsePartyOrganization({ ...branch, level: 'committee', formalMemberCount: 120 }).level).toBe('committee');
  });
});

describe('volunteer teams and social work rooms', () => {
  it('accepts a community team at village level and a room without staff figures', () => {
    expect(parseVolunteerTeam({ ...valid.volunteerTeam, scope: 'community', divisionCode: '320803001001' }).scope).toBe('community');
    expect(parseSocialWorkRoom({ id: 'r2', name: '某村社会工作室', divisionCode: '320803101201' })).toEqual({
      id: 'r2',
      name: '某村社会工作室',
      divisionCode: '320803101201',
    });
  });
});
