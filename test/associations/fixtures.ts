// Shared inputs: a candidate with every field a president's rules need, all passing on ELECTION.
import type { Association, Candidate, CandidateReview, Finding } from '../../src/associations/index.js';
import { isPolicyError } from '../../src/core/index.js';

export const ELECTION = '2026-05-20';
export const ASSOCIATION: Association = { id: 'A1', name: '淮安市示例行业协会', management: 'decoupled', termYears: 5 };

export const OK: Candidate = {
  personId: 'p1',
  birthDate: '1970-06-15',
  memberUnit: 'U1',
  priorTerms: 0,
  civilServant: 'none',
  retiredCadre: false,
  politicalRightsDeprived: false,
  fullCivilCapacity: true,
  otherPosts: [],
  reviewDate: '2026-05-01',
};

export function candidate(patch: Partial<Record<keyof Candidate, unknown>> = {}): Candidate {
  return { ...OK, ...patch } as Candidate;
}

export function without(...keys: (keyof Candidate)[]): Candidate {
  const c: Record<string, unknown> = { ...OK };
  for (const k of keys) delete c[k];
  return c as Candidate;
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
