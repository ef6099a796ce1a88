// Shared inputs: a candidate (a person record, in the entities' vocabulary) with every field a president's rules
// need, all passing on ELECTION; helpers to change one field and to find a finding.
import type { CandidateReview, Finding } from '../../src/associations/index.js';
import { isPolicyError } from '../../src/core/index.js';
export { refusal } from '../support/refusal.js';

export const ELECTION = '2026-05-20';
export const ASSOCIATION = { id: 'A1', name: '淮安市示例行业协会', management: 'decoupled', termYears: 5 } as const;

export const OK = {
  id: 'p1',
  birthDate: '1970-06-15',
  organizationId: 'U1',
  priorTerms: 0,
  civilServant: 'none',
  retiredCadre: false,
  politicalRightsDeprived: false,
  fullCivilCapacity: true,
  associationPosts: [],
  reviewDate: '2026-05-01',
} as const;

/** A retired leading cadre who passes every retired-cadre rule as a president on ELECTION. */
export const RETIRED = {
  ...OK,
  retiredCadre: true,
  retirementDate: '2020-01-31',
  cadreApproval: { kind: 'filing', date: '2026-04-01' },
  remunerated: false,
} as const;

export function candidate(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...OK, ...patch };
}

export function without(...keys: string[]): Record<string, unknown> {
  const c: Record<string, unknown> = { ...OK };
  for (const k of keys) delete c[k];
  return c;
}

export function findingOf(review: { findings: readonly Finding[] }, rule: string): Finding {
  const f = review.findings.find((x) => x.rule === rule);
  if (f === undefined) throw new Error(`no finding ${rule} in ${review.findings.map((x) => x.rule).join(', ')}`);
  return f;
}

export function outcomeOf(review: CandidateReview, rule: string): string {
  return findingOf(review, rule).outcome;
}

/** The code of the PolicyError a call throws ('no error' if it returns; anything else is rethrown). */
export function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isPolicyError(error)) return error.code;
    throw error;
  }
  return 'no error';
}
