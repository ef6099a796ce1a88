// The @example blocks of the public API, run as written.
import { describe, expect, it } from 'vitest';
import {
  ROLE_LABELS,
  indexRegistry,
  parseCandidate,
  parseHostRules,
  reviewCandidate,
  reviewSlate,
  reviewerFor,
} from '../../src/associations/index.js';
import { errorCode } from './fixtures.js';

describe('documented examples', () => {
  it('reviewCandidate', () => {
    const r = reviewCandidate(
      { birthDate: '1956-05-20', priorTerms: 1, civilServant: 'none', retiredCadre: false, politicalRightsDeprived: false, fullCivilCapacity: true, otherPosts: [], reviewDate: '2026-05-01' },
      { role: 'president', association: { id: 'A1', termYears: 5 }, electionDate: '2026-05-20' },
    );
    expect(r.outcome).toBe('pass');
    expect(r.warnings[0]!.code).toBe('age_reached_during_term');
  });

  it('reviewSlate', () => {
    const registry = indexRegistry([{ association: 'B7', role: 'secretary_general', personId: 'p1' }]);
    const r = reviewSlate(
      [
        { role: 'president', candidate: { personId: 'p1', memberUnit: 'U1' } },
        { role: 'secretary_general', candidate: { personId: 'p2', memberUnit: 'U1' } },
      ],
      { association: { id: 'A1', termYears: 5 }, electionDate: '2026-05-20', registry },
    );
    expect(r.findings.find((f) => f.rule === 'slate.sameUnit')?.outcome).toBe('fail');
    expect(r.seats[0]!.findings.find((f) => f.rule === 'posts.exclusive')?.outcome).toBe('fail');
  });

  it('reviewerFor, parseCandidate, parseHostRules, indexRegistry, ROLE_LABELS', () => {
    expect(reviewerFor({ id: 'A1', management: 'decoupled' }, { industryPartyCommittee: null }).body.kind).toBe('association_party_committee');
    expect(parseCandidate({ birthDate: '1960-05-01', priorTerms: 1 })).toEqual({ birthDate: '1960-05-01', priorTerms: 1 });
    expect(errorCode(() => parseCandidate({ birthdate: '1960-05-01' }))).toBe('unrecognized_keys');
    expect(parseHostRules([{ id: 'local.debt', label: { zh: '债务', en: 'Debt' }, citation: { title: 'Local list' }, predicate: { field: 'debtOverdue', equals: true } }])).toHaveLength(1);
    expect(indexRegistry([{ association: 'B7', role: 'president', personId: 'p1' }]).byPerson.get('p1')).toEqual([{ association: 'B7', role: 'president' }]);
    expect(ROLE_LABELS.president.zh).toBe('理事长（会长）');
  });
});
