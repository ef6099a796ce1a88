import { describe, expect, it } from 'vitest';
import { reviewerFor, type ManagementType } from '../../src/associations/index.js';
import { errorCode } from './fixtures.js';

const a = (management: ManagementType) => ({ id: 'A1', management });

describe('reviewerFor: the POLICY §2.1 table (S12)', () => {
  it.each([
    ['decoupled', '工业行业党委', 'industry_party_committee', '工业行业党委'],
    ['decoupled', null, 'association_party_committee', undefined],
    ['direct_registration', '商贸行业党委', 'industry_party_committee', '商贸行业党委'],
    ['direct_registration', null, 'association_party_committee', undefined],
    ['supervised', '卫健行业党委', 'industry_party_committee', '卫健行业党委'],
    ['supervised', null, 'supervisor_party_organization', '市卫健委'],
  ] as const)('%s with industry party committee %s → %s', (management, committee, kind, name) => {
    const r = reviewerFor(a(management), { industryPartyCommittee: committee, supervisingUnit: '市卫健委' });
    expect(r.body.kind).toBe(kind);
    expect(r.body.name).toBe(name);
    expect(r.basis.key).toBe('S12');
    expect(r.reason.zh.length).toBeGreaterThan(0);
  });

  it('territorial management goes to the grass-roots party organization, whatever the committee', () => {
    const r = reviewerFor(a('territorial'), { localPartyOrganization: '清江浦区某街道党工委' });
    expect(r.body).toEqual({ kind: 'local_party_organization', zh: '所属基层党组织', en: 'the grass-roots party organization it belongs to', name: '清江浦区某街道党工委' });
  });

  it('a party-secretary review follows party affiliation', () => {
    const r = reviewerFor(a('decoupled'), { subject: 'party_secretary', superiorPartyOrganization: '市行业协会商会党委' });
    expect(r.body.kind).toBe('superior_party_organization');
    expect(r.body.name).toBe('市行业协会商会党委');
  });

  it('refuses to guess: the management type and, where it decides, the committee are required', () => {
    expect(errorCode(() => reviewerFor({ id: 'A1' }, { industryPartyCommittee: null }))).toBe('required');
    expect(errorCode(() => reviewerFor(a('decoupled')))).toBe('required');
    expect(errorCode(() => reviewerFor(a('supervised'), {}))).toBe('required');
    expect(errorCode(() => reviewerFor(a('decoupled'), { industryPartyCommittee: 3 as unknown as string }))).toBe('invalid_type');
    expect(errorCode(() => reviewerFor({ id: 'A1', management: 'other' as ManagementType }, {}))).toBe('unknown_enum_value');
    expect(errorCode(() => reviewerFor(a('decoupled'), { subject: 'x' as 'leader' }))).toBe('unknown_enum_value');
  });
});
