// The @example blocks of the public API, run as written.
import { describe, expect, it } from 'vitest';
import {
  associationProfiles,
  indexRegistry,
  parseAssociation,
  parseCandidate,
  parseHostRules,
  reviewCandidate,
  reviewRuleIds,
  reviewSlate,
  reviewerFor,
  safeParseAssociation,
  safeParseCandidate,
  safeParseHostRules,
} from '../../src/associations/index.js';
import { errorCode } from './fixtures.js';

describe('documented examples', () => {
  it('reviewCandidate', () => {
    const r = reviewCandidate(
      {
        birthDate: '1956-05-20',
        priorTerms: 1,
        civilServant: 'none',
        retiredCadre: false,
        politicalRightsDeprived: false,
        fullCivilCapacity: true,
        associationPosts: [],
        reviewDate: '2026-05-01',
      },
      { role: 'president', association: { id: 'A1', termYears: 5 }, electionDate: '2026-05-20' },
    );
    expect(r.outcome).toBe('pass');
    expect(r.asOf).toBe('2026-05-20');
    expect(r.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['age_reached_during_term', 'applied_by_reference']),
    );
  });

  it('reviewSlate', () => {
    const registry = indexRegistry([{ personId: 'p1', associationId: 'B7', role: 'secretary_general' }]);
    const r = reviewSlate(
      [
        { role: 'president', candidate: { id: 'p1', organizationId: 'U1' } },
        { role: 'secretary_general', candidate: { id: 'p2', organizationId: 'U1' } },
      ],
      { association: { id: 'A1', termYears: 5 }, electionDate: '2026-05-20', registry },
    );
    expect(r.findings.find((f) => f.rule === 'slate.sameUnit')?.outcome).toBe('fail');
  });

  it('reviewerFor', () => {
    expect(
      reviewerFor({ id: 'A1', management: 'decoupled' }, { asOf: '2026-05-20', industryPartyCommittee: null }).body
        ?.kind,
    ).toBe('association_party_committee');
  });

  it('records, host rules, the register, the profiles and the rule ids', () => {
    expect(parseCandidate({ birthDate: '1960-05-01', priorTerms: 1 })).toEqual({
      birthDate: '1960-05-01',
      priorTerms: 1,
    });
    expect(errorCode(() => parseCandidate({ birthdate: '1960-05-01' }))).toBe('unrecognized_keys');
    const r = safeParseCandidate({ priorTerms: -1 });
    expect(!r.success && r.error.code).toBe('out_of_range');
    expect(parseAssociation({ id: 'A1', management: 'decoupled', termYears: 5 }).termYears).toBe(5);
    expect(safeParseAssociation({ id: 'A1', termYears: 0 }).success).toBe(false);
    expect(
      parseHostRules([
        {
          id: 'local.debt',
          label: { zh: '债务', en: 'Debt' },
          source: { title: '本地清单' },
          predicate: { field: 'debtOverdue', equals: true },
        },
      ]),
    ).toHaveLength(1);
    expect(
      safeParseHostRules([
        {
          id: 'eligibility.age',
          label: { zh: '年龄', en: 'Age' },
          source: { title: '本地清单' },
          predicate: { field: 'age', op: 'gt', value: 65 },
        },
      ]).success,
    ).toBe(false);
    expect(indexRegistry([{ personId: 'p1', associationId: 'B7', role: 'president' }]).byPerson.get('p1')).toEqual([
      { associationId: 'B7', role: 'president' },
    ]);
    expect(associationProfiles.ids).toEqual(['national-2015']);
    expect(associationProfiles.get('national-2015').parameters['associations.age.limit']?.values[0]?.value).toBe(70);
    expect(reviewRuleIds[0]).toBe('eligibility.age');
  });
});
