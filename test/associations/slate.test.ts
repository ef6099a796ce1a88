import { describe, expect, it } from 'vitest';
import { indexRegistry, reviewCandidate, reviewSlate, type SlateSeat } from '../../src/associations/index.js';
import { ASSOCIATION, ELECTION, candidate, errorCode, findingOf } from './fixtures.js';

const opts = (extra: Record<string, unknown> = {}) => ({ association: ASSOCIATION, electionDate: ELECTION, ...extra });
const seat = (role: SlateSeat['role'], patch: Record<string, unknown>): SlateSeat => ({ role, candidate: candidate(patch) });

describe('president vs secretary-general (S15)', () => {
  it('different people from different units pass', () => {
    const r = reviewSlate([seat('president', { personId: 'p1', memberUnit: 'U1' }), seat('secretary_general', { personId: 'p2', memberUnit: 'U2' })], opts());
    expect(findingOf(r, 'slate.samePerson').outcome).toBe('pass');
    expect(findingOf(r, 'slate.sameUnit').outcome).toBe('pass');
    expect(r.outcome).toBe('pass');
    expect(r.seats).toHaveLength(2);
    expect(findingOf(r, 'slate.sameUnit').citation.key).toBe('S15');
  });

  it('the same person in both posts fails', () => {
    const r = reviewSlate([seat('president', { personId: 'p1', memberUnit: 'U1' }), seat('secretary_general', { personId: 'p1', memberUnit: 'U2' })], opts());
    expect(findingOf(r, 'slate.samePerson').outcome).toBe('fail');
    expect(findingOf(r, 'slate.samePerson').en).toContain('seats[0]/seats[1]');
    expect(r.outcome).toBe('fail');
  });

  it('the same person is recognised by resident ID when there is no personId', () => {
    const id = '32080219560520123X';
    const r = reviewSlate(
      [seat('president', { personId: undefined, residentId: id, birthDate: '1956-05-20', memberUnit: 'U1' }), seat('secretary_general', { personId: undefined, residentId: id, birthDate: '1956-05-20', memberUnit: 'U2' })],
      opts(),
    );
    expect(findingOf(r, 'slate.samePerson').outcome).toBe('fail');
    expect(JSON.stringify(r)).not.toContain(id);
  });

  it('the same member unit fails; individual members (null) are not a shared unit', () => {
    const same = reviewSlate([seat('president', { personId: 'p1', memberUnit: 'U1' }), seat('secretary_general', { personId: 'p2', memberUnit: 'U1' })], opts());
    expect(findingOf(same, 'slate.sameUnit').outcome).toBe('fail');
    const individuals = reviewSlate([seat('president', { personId: 'p1', memberUnit: null }), seat('secretary_general', { personId: 'p2', memberUnit: null })], opts());
    expect(findingOf(individuals, 'slate.sameUnit').outcome).toBe('pass');
  });

  it('missing person keys or member units are undetermined and named by seat', () => {
    const r = reviewSlate([seat('president', { personId: undefined, memberUnit: undefined }), seat('secretary_general', { personId: 'p2', memberUnit: 'U2' })], opts());
    expect(findingOf(r, 'slate.samePerson').outcome).toBe('undetermined');
    expect(findingOf(r, 'slate.samePerson').missing).toEqual(['seats[0].personId']);
    expect(findingOf(r, 'slate.sameUnit').missing).toEqual(['seats[0].memberUnit']);
    expect(r.missing).toEqual(['seats[0].personId', 'seats[0].memberUnit']);
    expect(r.outcome).toBe('undetermined');
  });

  it('a slate without a secretary-general has nothing to compare', () => {
    const r = reviewSlate([seat('president', { personId: 'p1' }), seat('vice_president', { personId: 'p2', memberUnit: 'U1' })], opts());
    expect(findingOf(r, 'slate.samePerson').outcome).toBe('pass');
    expect(findingOf(r, 'slate.samePerson').en).toContain('nothing to compare');
  });

  it('seat outcomes count: a failing seat fails the slate, and missing inputs are prefixed by seat', () => {
    const r = reviewSlate([seat('president', { personId: 'p1', memberUnit: 'U1', civilServant: 'serving' }), seat('secretary_general', { personId: 'p2', memberUnit: 'U2', birthDate: undefined })], opts());
    expect(r.seats[0]!.outcome).toBe('fail');
    expect(r.seats[1]!.outcome).toBe('undetermined');
    expect(r.outcome).toBe('fail');
    expect(r.missing).toEqual(['seats[1].birthDate']);
  });

  it('collects seat warnings once', () => {
    const r = reviewSlate([seat('president', { personId: 'p1', birthDate: '1960-01-01' }), seat('vice_president', { personId: 'p2', birthDate: '1960-02-01' })], opts());
    expect(r.warnings.filter((w) => w.code === 'age_reached_during_term')).toHaveLength(2);
    expect(r.explanation.rules.map((x) => x.rule)).toEqual(['slate.samePerson', 'slate.sameUnit']);
    expect(r.explanation.parameters.map((p) => p.id)).toEqual(['associations.posts.presidentSecretaryDistinct']);
  });
});

describe('dual posts from a registry of other associations', () => {
  const registry = indexRegistry([
    { association: 'B7', role: 'secretary_general', personId: 'p1' },
    { association: 'B8', role: 'vice_president', personId: 'p2' },
    { association: 'B9', role: 'legal_representative', personId: 'p3' },
    { association: 'A1', role: 'president', personId: 'p4' },
  ]);

  it('indexes by person and counts associations', () => {
    expect(registry.associations).toBe(4);
    expect(registry.byPerson.get('p1')).toEqual([{ association: 'B7', role: 'secretary_general' }]);
  });

  it('a president who is secretary-general elsewhere fails posts.exclusive', () => {
    const r = reviewSlate([seat('president', { personId: 'p1', otherPosts: undefined })], opts({ registry }));
    const f = findingOf(r.seats[0]!, 'posts.exclusive');
    expect(f.outcome).toBe('fail');
    expect(f.inputs.source).toBe('registry');
  });

  it('a person absent from the registry holds no post there (the registry is taken as complete)', () => {
    const r = reviewSlate([seat('president', { personId: 'p9', otherPosts: undefined })], opts({ registry }));
    expect(findingOf(r.seats[0]!, 'posts.exclusive').outcome).toBe('pass');
  });

  it("the association's own current office-holders are not a dual post", () => {
    const r = reviewSlate([seat('president', { personId: 'p4', otherPosts: undefined })], opts({ registry }));
    expect(findingOf(r.seats[0]!, 'posts.exclusive').outcome).toBe('pass');
  });

  it('a legal representative who is legal representative elsewhere fails', () => {
    const r = reviewSlate([seat('legal_representative', { personId: 'p3', otherPosts: undefined })], opts({ registry }));
    expect(findingOf(r.seats[0]!, 'posts.legalRepresentative').outcome).toBe('fail');
  });

  it('a post both declared and listed in the registry is counted once', () => {
    const r = reviewSlate([seat('president', { personId: 'p1', otherPosts: [{ association: 'B7', role: 'secretary_general' }] })], opts({ registry }));
    const f = findingOf(r.seats[0]!, 'posts.exclusive');
    expect(f.outcome).toBe('fail');
    expect(f.inputs.conflicts).toEqual([{ association: 'B7', role: 'secretary_general' }]);
  });

  it('declared posts and registry posts are merged', () => {
    const r = reviewSlate([seat('president', { personId: 'p2', otherPosts: [{ association: 'C1', role: 'president' }] })], opts({ registry }));
    const f = findingOf(r.seats[0]!, 'posts.exclusive');
    expect(f.outcome).toBe('fail');
    expect(f.inputs.source).toBe('otherPosts+registry');
    expect(f.inputs.otherPosts).toBe(2);
  });

  it('without a person key the registry cannot be consulted: undetermined, asking for personId', () => {
    const r = reviewSlate([seat('president', { personId: undefined, otherPosts: undefined })], opts({ registry }));
    expect(findingOf(r.seats[0]!, 'posts.exclusive').missing).toEqual(['personId']);
  });

  it('raw registry entries are accepted, and bad ones are refused', () => {
    const raw = [{ association: 'B7', role: 'president' as const, personId: 'p1' }];
    expect(findingOf(reviewSlate([seat('president', { personId: 'p1', otherPosts: undefined })], opts({ registry: raw })).seats[0]!, 'posts.exclusive').outcome).toBe('fail');
    expect(errorCode(() => reviewSlate([seat('president', {})], opts({ registry: [{ association: 'B7', role: 'chair', personId: 'p1' }] })))).toBe('unknown_enum_value');
    expect(errorCode(() => reviewSlate([seat('president', {})], opts({ registry: { byPerson: {} } })))).toBe('invalid_type');
  });

  it('reviewCandidate takes a registry too', () => {
    const r = reviewCandidate(candidate({ personId: 'p1', otherPosts: undefined }), { role: 'secretary_general', association: ASSOCIATION, electionDate: ELECTION, registry });
    expect(findingOf(r, 'posts.exclusive').outcome).toBe('fail');
  });
});

describe('bad slates', () => {
  it('are refused with a path into the slate', () => {
    expect(errorCode(() => reviewSlate([], opts()))).toBe('out_of_range');
    expect(errorCode(() => reviewSlate([{ role: 'chair', candidate: {} }], opts()))).toBe('unknown_enum_value');
    expect(errorCode(() => reviewSlate('x', opts()))).toBe('invalid_type');
    try {
      reviewSlate([{ role: 'president', candidate: { birthDate: '2026-02-30' } }], opts());
    } catch (e) {
      expect((e as { path: unknown }).path).toEqual(['slate', 0, 'candidate', 'birthDate']);
    }
    expect.assertions(4);
  });
});
