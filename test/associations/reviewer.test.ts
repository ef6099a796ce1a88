import { describe, expect, it } from 'vitest';
import { associationProfiles, explain, reviewerFor } from '../../src/associations/index.js';
import { withOverrides } from '../../src/core/index.js';
import { refusal } from './fixtures.js';

const AS_OF = '2026-05-20';
const route = (management: string | undefined, options: Record<string, unknown> = {}) =>
  reviewerFor(management === undefined ? { id: 'A1' } : { id: 'A1', management }, { asOf: AS_OF, ...options });

describe('reviewerFor: who reviews (S12 routing table, a profile parameter)', () => {
  it.each([
    ['decoupled', '市工业行业党委', 'industry_party_committee'],
    ['decoupled', null, 'association_party_committee'],
    ['direct_registration', '市商务行业党委', 'industry_party_committee'],
    ['direct_registration', null, 'association_party_committee'],
    ['supervised', '市卫健行业党委', 'industry_party_committee'],
    ['supervised', null, 'supervisor_party_organization'],
  ])('%s with committee %s → %s', (management, committee, kind) => {
    const r = route(management, { industryPartyCommittee: committee, supervisingUnit: '市商务局' });
    expect(r.kind).toBe('reviewer');
    expect(r.outcome).toBe('computed');
    expect(r.body?.kind).toBe(kind);
    expect(r.body?.name).toBe(committee ?? (management === 'supervised' ? '市商务局' : undefined));
    expect(r.basis?.key).toBe('S12');
    expect(r.asOf).toBe(AS_OF);
  });

  it('territorial management goes to the grass-roots party organization, whatever the committee', () => {
    expect(route('territorial').body?.kind).toBe('local_party_organization');
    expect(route('territorial', { industryPartyCommittee: 'X', localPartyOrganization: '某街道党工委' }).body).toEqual({
      kind: 'local_party_organization',
      zh: '所属基层党组织',
      en: 'the grass-roots party organization it belongs to',
      name: '某街道党工委',
    });
  });

  it('a party-secretary review follows party affiliation', () => {
    const r = route('decoupled', { subject: 'party_secretary', superiorPartyOrganization: '市行业协会商会党委' });
    expect(r.body?.kind).toBe('superior_party_organization');
    expect(r.body?.name).toBe('市行业协会商会党委');
    expect(r.reason.zh).toContain('按党组织隶属关系审批');
  });

  it('does not guess: without the management type, or the committee where it decides, the result is undetermined and says what is missing', () => {
    const noType = route(undefined);
    expect(noType.outcome).toBe('undetermined');
    expect(noType.missing).toEqual(['association.management']);
    expect(noType.body).toBeUndefined();
    const noCommittee = route('decoupled');
    expect(noCommittee.outcome).toBe('undetermined');
    expect(noCommittee.missing).toEqual(['industryPartyCommittee']);
    expect(noCommittee.reason.zh).toBe('无法确定审核主体：缺少有无对应的行业党委（名称或空值）');
  });

  it('warns that the S12 table is undated, and renders in either language', () => {
    const r = route('decoupled', { industryPartyCommittee: null });
    expect(r.warnings.map((w) => w.code)).toContain('date_unknown');
    expect(explain(r)).toContain('由行业协会商会党委审核');
    expect(explain(r, { lang: 'en' })).toContain('reviewed by the party committee for industry associations');
  });

  it('a city can ship its own table', () => {
    const profile = withOverrides(associationProfiles.get('national-2015'), {
      'associations.reviewer.routing': { merge: { decoupled: { always: 'association_party_committee' } } },
    });
    expect(route('decoupled', { profile }).body?.kind).toBe('association_party_committee');
  });

  it('refuses bad options with a PolicyError naming them', () => {
    expect(refusal(() => route('decoupled', { industryPartyCommittee: 3 })).path).toEqual(['industryPartyCommittee']);
    expect(refusal(() => route('decoupled', { subject: 'chair' })).code).toBe('unknown_enum_value');
    expect(refusal(() => route('decoupled', { asof: AS_OF })).code).toBe('unknown_option');
    expect(refusal(() => reviewerFor({ id: 'A1', management: 'x' }, { asOf: AS_OF })).path).toEqual([
      'association',
      'management',
    ]);
    expect(refusal(() => reviewerFor({ id: 'A1' }, {})).path).toEqual(['asOf']);
  });
});
