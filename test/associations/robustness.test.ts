// Regression tests for the association defects found by the fuzz (test/fuzz): deep or cyclic input overflowed the
// stack in every parser and review, and a few arguments threw TypeErrors; each is now a PolicyError.
import { describe, expect, it } from 'vitest';
import {
  combineOutcomes,
  getAssociationProfile,
  parseCandidate,
  parseHostRules,
  parseSlate,
  reviewCandidate,
  reviewSlate,
  safeParseCandidate,
  safeParseHostRules,
  safeParseSlate,
  trainingCoverage,
  type HostRule,
} from '../../src/associations/index.js';
import { ASSOCIATION, ELECTION, OK, errorCode } from './fixtures.js';

function deepObject(levels: number): unknown {
  let v: unknown = { leaf: true };
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}
const options = { role: 'president' as const, association: ASSOCIATION, electionDate: ELECTION };

describe('deep and cyclic input (stack overflows)', () => {
  const deep = { ...OK, extra: { history: deepObject(20_000) } };
  const cyclic: Record<string, unknown> = { ...OK, extra: {} };
  (cyclic.extra as Record<string, unknown>).self = cyclic.extra;

  it('parseCandidate and its safe twin refuse them with too_deep and cyclic', () => {
    expect(errorCode(() => parseCandidate(deep))).toBe('too_deep');
    expect(errorCode(() => parseCandidate(cyclic))).toBe('cyclic');
    const r = safeParseCandidate(deep);
    expect(r.success ? 'ok' : r.error.code).toBe('too_deep');
  });

  it('reviewCandidate and reviewSlate refuse them with the path of the seat', () => {
    expect(errorCode(() => reviewCandidate(deep, options))).toBe('too_deep');
    expect(errorCode(() => reviewSlate([{ role: 'president', candidate: cyclic }], { association: ASSOCIATION, electionDate: ELECTION }))).toBe('cyclic');
    expect(safeParseSlate([{ role: 'president', candidate: deep }]).success).toBe(false);
    expect(errorCode(() => parseSlate(new Array(1e6).fill(0)))).toBe('invalid_type');
  });

  it('parseHostRules refuses a condition nested 20,000 deep', () => {
    let condition: unknown = { field: 'debtOverdue', equals: true };
    for (let i = 0; i < 20_000; i++) condition = { not: condition };
    const rules = [{ id: 'local.deep', label: { zh: '深', en: 'Deep' }, citation: { title: 'x' }, predicate: condition }];
    expect(errorCode(() => parseHostRules(rules))).toBe('too_deep');
    expect(safeParseHostRules(rules, 5 as never).success).toBe(false);
  });
});

describe('arguments (TypeErrors)', () => {
  it('combineOutcomes refuses what is not a list of outcomes (a deep array overflowed the stack)', () => {
    expect(errorCode(() => combineOutcomes(5 as never))).toBe('invalid_type');
    expect(errorCode(() => combineOutcomes([[[]]] as never))).toBe('unknown_enum_value');
    expect(errorCode(() => combineOutcomes(['pass', Object.create(null)] as never))).toBe('unknown_enum_value');
    expect(combineOutcomes(['pass', 'undetermined'])).toBe('undetermined');
  });

  it('trainingCoverage refuses a path that is not a list ("path is not iterable")', () => {
    expect(errorCode(() => trainingCoverage([], { period: { from: '2025-01-01', to: '2025-12-31' } }, 0.1 as never))).toBe('invalid_type');
  });

  it('a host predicate must answer true, false or undefined (1 was taken for true)', () => {
    const rule: HostRule = { id: 'local.fn', label: { zh: '函数', en: 'Function' }, citation: { title: 'x' }, predicate: () => 1 as never };
    expect(errorCode(() => reviewCandidate(OK, { ...options, rules: [rule] }))).toBe('invalid_type');
  });

  it('an unknown profile id is quoted masked', () => {
    try {
      getAssociationProfile('11010519491231002X');
    } catch (e) {
      expect(JSON.stringify(e)).not.toContain('11010519491231002X');
    }
    expect(errorCode(() => getAssociationProfile(Symbol('s') as never))).toBe('unknown_code');
  });
});

describe('second fuzz run (random seed 1602465820)', () => {
  it('findings and untrained lists never show a resident ID written inside another value', () => {
    const r = reviewCandidate({ ...OK, otherPosts: [{ association: '协会 11010519491231002X', role: 'secretary_general' }] }, options);
    expect(JSON.stringify(r.findings.map((f) => [f.zh, f.en]))).not.toContain('11010519491231002X');
    const c = trainingCoverage([{ personId: '张三 11010519491231002X', role: 'party_secretary', trainings: [] }], { period: { from: '2025-01-01', to: '2025-12-31' } });
    expect(c.untrained[0]!.personId).toBe('张三 ******************');
  });
});

describe('third fuzz run (random seed 909281218)', () => {
  it('nested finding inputs and host-rule field names never show a resident ID', () => {
    const r = reviewCandidate(OK, { ...options, registry: [{ association: '110105491231002', role: 'secretary_general', personId: 'p1' }] });
    expect(JSON.stringify(r.findings)).not.toContain('110105491231002');
    const rule: HostRule = { id: 'local.field', label: { zh: '字段', en: 'Field' }, citation: { title: 'x' }, predicate: { field: 'debtOverdue11010519491231002X', equals: true } };
    const missing = reviewCandidate(OK, { ...options, rules: [rule] });
    expect(JSON.stringify(missing.findings)).not.toContain('11010519491231002X');
    expect(JSON.stringify(missing.missing)).not.toContain('11010519491231002X');
  });
});
