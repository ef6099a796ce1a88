import { describe, expect, it } from 'vitest';
import {
  indexRegistry,
  reviewCandidate,
  reviewSlate,
  type AssociationRole,
  type SeatReview,
  type SlateReview,
} from '../../src/associations/index.js';
import { ASSOCIATION, ELECTION, candidate, errorCode, findingOf, refusal } from './fixtures.js';

const opts = (extra: Record<string, unknown> = {}) => ({ association: ASSOCIATION, electionDate: ELECTION, ...extra });
const seat = (role: AssociationRole, patch: Record<string, unknown>) => ({ role, candidate: candidate(patch) });
const row = (r: SlateReview, i: number): SeatReview => {
  const x = r.rows[i]!;
  if (x.outcome === 'error') throw new Error(`row ${i} was refused`);
  return x as SeatReview;
};

describe('president vs secretary-general (民政部 2015 第四条第三款)', () => {
  it('different people from different units pass', () => {
    const r = reviewSlate(
      [
        seat('president', { id: 'p1', organizationId: 'U1' }),
        seat('secretary_general', { id: 'p2', organizationId: 'U2' }),
      ],
      opts(),
    );
    expect(findingOf(r, 'slate.samePerson').outcome).toBe('pass');
    expect(findingOf(r, 'slate.sameUnit').outcome).toBe('pass');
    expect(r.outcome).toBe('pass');
    expect(r.kind).toBe('slate-review');
    expect(r.asOf).toBe(ELECTION);
    expect(r.rows).toHaveLength(2);
    expect(r.counts).toEqual({ total: 2, computed: 0, pass: 2, fail: 0, undetermined: 0, not_applicable: 0, error: 0 });
    expect(findingOf(r, 'slate.sameUnit').source.key).toBe('S15');
  });

  it('the same person in both posts fails, naming the items', () => {
    const r = reviewSlate(
      [
        seat('president', { id: 'p1', organizationId: 'U1' }),
        seat('secretary_general', { id: 'p1', organizationId: 'U2' }),
      ],
      opts(),
    );
    expect(findingOf(r, 'slate.samePerson').outcome).toBe('fail');
    expect(findingOf(r, 'slate.samePerson').text.zh).toContain('第 1 项与第 2 项');
    expect(r.outcome).toBe('fail');
  });

  it('the same member unit fails; individual members share no unit', () => {
    const same = reviewSlate(
      [
        seat('president', { id: 'p1', organizationId: 'U1' }),
        seat('secretary_general', { id: 'p2', organizationId: 'U1' }),
      ],
      opts(),
    );
    expect(findingOf(same, 'slate.sameUnit').outcome).toBe('fail');
    const individuals = reviewSlate(
      [
        seat('president', { id: 'p1', organizationId: undefined, individualMember: true }),
        seat('secretary_general', { id: 'p2', organizationId: undefined, individualMember: true }),
      ],
      opts(),
    );
    expect(findingOf(individuals, 'slate.sameUnit').outcome).toBe('pass');
  });

  it('missing person ids or units are undetermined and named by row', () => {
    const r = reviewSlate(
      [
        seat('president', { id: undefined, organizationId: undefined }),
        seat('secretary_general', { id: 'p2', organizationId: 'U2' }),
      ],
      opts(),
    );
    expect(findingOf(r, 'slate.samePerson').outcome).toBe('undetermined');
    expect(findingOf(r, 'slate.samePerson').missing).toEqual(['rows[0].id']);
    expect(findingOf(r, 'slate.sameUnit').missing).toEqual(['rows[0].organizationId']);
    expect(findingOf(r, 'slate.sameUnit').text.zh).toBe('缺少：第 1 项的「所在单位」');
    expect(r.missing).toEqual(['rows[0].id', 'rows[0].organizationId']);
    expect(r.outcome).toBe('undetermined');
  });

  it('a slate without a secretary-general has nothing to compare', () => {
    const r = reviewSlate([seat('president', { id: 'p1' }), seat('vice_president', { id: 'p2' })], opts());
    expect(findingOf(r, 'slate.samePerson').outcome).toBe('pass');
    expect(findingOf(r, 'slate.samePerson').text.en).toContain('nothing to compare');
  });

  it('seat outcomes count: a failing seat fails the slate, and missing inputs are prefixed by row', () => {
    const r = reviewSlate(
      [
        seat('president', { id: 'p1', civilServant: 'serving' }),
        seat('secretary_general', { id: 'p2', organizationId: 'U2', birthDate: undefined }),
      ],
      opts(),
    );
    expect(row(r, 0).outcome).toBe('fail');
    expect(row(r, 1).outcome).toBe('undetermined');
    expect(row(r, 1).index).toBe(1);
    expect(r.outcome).toBe('fail');
    expect(r.missing).toEqual(['rows[1].birthDate']);
  });

  it('collects seat warnings once; the slate explains its own rules', () => {
    const r = reviewSlate(
      [
        seat('president', { id: 'p1', birthDate: '1960-01-01' }),
        seat('vice_president', { id: 'p2', birthDate: '1960-02-01' }),
      ],
      opts(),
    );
    expect(r.warnings.filter((w) => w.code === 'age_reached_during_term')).toHaveLength(2);
    expect(r.explanation!.rules.map((x) => x.rule)).toEqual(['slate.samePerson', 'slate.sameUnit']);
    expect(r.explanation!.parameters.map((p) => p.id)).toEqual(['associations.posts.presidentSecretaryDistinct']);
    // Seats are a batch: explained only when asked.
    expect(row(r, 0).explanation).toBeUndefined();
    expect(
      row(reviewSlate([seat('president', { id: 'p1' })], opts({ explain: true })), 0).explanation?.rules.length,
    ).toBeGreaterThan(0);
  });
});

describe('a bad seat is a row-level error; the call goes on', () => {
  it('keeps every row, counts reconcile, and the slate is at best undetermined', () => {
    const r = reviewSlate(
      [
        seat('president', { id: 'p1', organizationId: 'U1' }),
        { role: 'chair', candidate: {} },
        seat('secretary_general', { id: 'p2', organizationId: 'U2', birthDate: '2026-02-30' }),
      ],
      opts(),
    );
    expect(r.rows.map((x) => x.outcome)).toEqual(['pass', 'error', 'error']);
    expect(r.counts.total).toBe(3);
    expect(r.counts.pass + r.counts.error).toBe(3);
    const bad = r.rows[2]!;
    expect(bad.outcome === 'error' && bad.error.path).toEqual([2, 'candidate', 'birthDate']);
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(['rows[1]', 'rows[2]']);
    expect(findingOf(r, 'slate.sameUnit').text.zh).toBe('名单第 2、3 项输入有误，无法确认');
  });

  it('a candidate born after the election is a row error naming the field', () => {
    const r = reviewSlate([seat('president', { birthDate: '2026-05-21' })], opts());
    const bad = r.rows[0]!;
    expect(bad.outcome === 'error' && [bad.error.code, bad.error.path]).toEqual([
      'born_after_election',
      [0, 'candidate', 'birthDate'],
    ]);
  });

  it('a slate that is not a list of seats, or has none, is refused as a whole', () => {
    expect(refusal(() => reviewSlate([], opts())).code).toBe('slate_type');
    expect(refusal(() => reviewSlate('x', opts())).path).toEqual(['slate']);
  });
});

describe('dual posts from a register of association posts', () => {
  const registry = indexRegistry([
    { personId: 'p1', associationId: 'B7', role: 'secretary_general' },
    { personId: 'p2', associationId: 'B8', role: 'vice_president' },
    { personId: 'p3', associationId: 'B9', role: 'legal_representative' },
    { personId: 'p4', associationId: 'A1', role: 'president' },
  ]);
  const one = (patch: Record<string, unknown>, role: AssociationRole = 'president') =>
    row(reviewSlate([seat(role, { associationPosts: undefined, ...patch })], opts({ registry })), 0);

  it('indexes by person and counts associations', () => {
    expect(registry.associations).toBe(4);
    expect(registry.byPerson.get('p1')).toEqual([{ associationId: 'B7', role: 'secretary_general' }]);
  });

  it('a president who is secretary-general elsewhere fails posts.exclusive', () => {
    const f = findingOf(one({ id: 'p1' }), 'posts.exclusive');
    expect(f.outcome).toBe('fail');
    expect(f.inputs.from).toBe('registry');
  });

  it('a person absent from the register holds no post there; the association’s own office-holders are not a dual post', () => {
    expect(findingOf(one({ id: 'p9' }), 'posts.exclusive').outcome).toBe('pass');
    expect(findingOf(one({ id: 'p4' }), 'posts.exclusive').outcome).toBe('pass');
  });

  it('a legal representative who is legal representative elsewhere fails', () => {
    expect(findingOf(one({ id: 'p3' }, 'legal_representative'), 'posts.legalRepresentative').outcome).toBe('fail');
  });

  it('a post both declared and registered is counted once; declared and registered posts are merged', () => {
    const once = findingOf(
      one({ id: 'p1', associationPosts: [{ associationId: 'B7', role: 'secretary_general' }] }),
      'posts.exclusive',
    );
    expect(once.inputs.conflicts).toEqual([{ associationId: 'B7', role: 'secretary_general' }]);
    const merged = findingOf(
      one({ id: 'p2', associationPosts: [{ associationId: 'C1', role: 'president' }] }),
      'posts.exclusive',
    );
    expect(merged.outcome).toBe('fail');
    expect(merged.inputs.from).toBe('associationPosts+registry');
    expect(merged.inputs.otherPosts).toBe(2);
  });

  it('without an id the register cannot be consulted: undetermined, asking for the id', () => {
    expect(findingOf(one({ id: undefined }), 'posts.exclusive').missing).toEqual(['id']);
  });

  it('raw register rows are accepted; bad ones are refused for the whole call (the register is an option)', () => {
    const raw = [{ personId: 'p1', associationId: 'B7', role: '会长' }];
    expect(
      findingOf(
        row(reviewSlate([seat('president', { id: 'p1', associationPosts: undefined })], opts({ registry: raw })), 0),
        'posts.exclusive',
      ).outcome,
    ).toBe('fail');
    const e = refusal(() =>
      reviewSlate(
        [seat('president', {})],
        opts({ registry: [{ personId: 'p1', associationId: 'B7', role: 'chair' }] }),
      ),
    );
    expect([e.code, e.path]).toEqual(['unknown_enum_value', ['registry', 0, 'role']]);
    expect(errorCode(() => reviewSlate([seat('president', {})], opts({ registry: { byPerson: {} } })))).toBe(
      'registry_type',
    );
  });

  it('reviewCandidate takes a register too', () => {
    const r = reviewCandidate(candidate({ id: 'p1', associationPosts: undefined }), {
      role: 'secretary_general',
      association: ASSOCIATION,
      electionDate: ELECTION,
      registry,
    });
    expect(findingOf(r, 'posts.exclusive').outcome).toBe('fail');
  });
});

describe('a long slate is reviewed in time linear in its seats (fuzz: 16,000 refused seats took 2.6 s, 1e6 over 5 min)', () => {
  it('8,000 seats each missing an input, and 8,000 refused seats, each take well under the 2 s a call may take', () => {
    const missing = Array.from({ length: 8000 }, (_, i) => ({
      role: 'vice_president',
      candidate: { id: `p${i}`, birthDate: '1970-01-01' },
    }));
    let t0 = performance.now();
    const r = reviewSlate(missing, opts());
    expect(performance.now() - t0).toBeLessThan(4000);
    expect(r.missing.length).toBeGreaterThan(8000);
    expect(new Set(r.missing).size).toBe(r.missing.length);
    t0 = performance.now();
    const refused = reviewSlate(new Array(8000).fill(0), opts());
    expect(performance.now() - t0).toBeLessThan(4000);
    expect(refused.missing.slice(0, 2)).toEqual(['rows[0]', 'rows[1]']);
    expect(refused.counts).toMatchObject({ total: 8000, error: 8000 });
  });

  it('2,000 presidents against 2,000 secretaries-general: matches are found by person and unit, in seat order', () => {
    const pres = Array.from({ length: 2000 }, (_, i) => seat('president', { id: `p${i}`, organizationId: `U${i}` }));
    const secs = Array.from({ length: 2000 }, (_, i) =>
      seat('secretary_general', { id: `s${i}`, organizationId: i === 7 ? 'U3' : `V${i}` }),
    );
    secs[5] = seat('secretary_general', { id: 'p9', organizationId: 'V5' });
    const t0 = performance.now();
    const r = reviewSlate([...pres, ...secs], opts());
    expect(performance.now() - t0).toBeLessThan(4000);
    expect(findingOf(r, 'slate.samePerson').inputs).toEqual({ pairs: [[9, 2005]] });
    expect(findingOf(r, 'slate.sameUnit').inputs).toEqual({ pairs: [[3, 2007]] });
  });
});
