// Regression tests for the association defects found by the fuzz (test/fuzz): deep or cyclic input overflowed the
// stack in every parser and review, and a few arguments threw TypeErrors; each is now a PolicyError. Ported to the
// kit: parseSlate is gone (reviewSlate reads each seat with slateSeatRecord), combineOutcomes is the kit's (core), the
// 双培 training coverage moved to /coverage (trainingCoverage, on `trainee` records), the profile is the registry's.
import { describe, expect, it } from 'vitest';
import {
  associationProfiles,
  indexRegistry,
  parseCandidate,
  reviewerFor,
  parseHostRules,
  reviewCandidate,
  reviewSlate,
  safeParseCandidate,
  safeParseHostRules,
  slateSeatRecord,
  type HostRule,
} from '../../src/associations/index.js';
import { combineOutcomes, explain } from '../../src/core/index.js';
import { trainingCoverage } from '../../src/coverage/index.js';
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
    const slate = reviewSlate([{ role: 'president', candidate: cyclic }], {
      association: ASSOCIATION,
      electionDate: ELECTION,
    });
    const seat = slate.rows[0]!;
    expect(seat.outcome === 'error' && [seat.error.code, seat.error.path.slice(0, 2)]).toEqual([
      'cyclic',
      [0, 'candidate'],
    ]);
    expect(slateSeatRecord.safeParse({ role: 'president', candidate: deep }).success).toBe(false);
    expect(errorCode(() => reviewSlate(new Set([0]), { association: ASSOCIATION, electionDate: ELECTION }))).toBe(
      'slate_type',
    );
  });

  it('parseHostRules refuses a condition nested 20,000 deep', () => {
    let condition: unknown = { field: 'debtOverdue', equals: true };
    for (let i = 0; i < 20_000; i++) condition = { not: condition };
    const rules = [{ id: 'local.deep', label: { zh: '深', en: 'Deep' }, source: { title: 'x' }, predicate: condition }];
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

  // 0.1.0's trainingCoverage(records, options, path) took a path that was not checked; its successor in /coverage
  // takes no path, and reads the records and options it takes through the kit's checks.
  it('trainingCoverage refuses records and options that are not what it reads ("path is not iterable")', () => {
    expect(
      errorCode(() =>
        (trainingCoverage as (...a: unknown[]) => unknown)(
          [],
          { asOf: '2025-12-31', period: { from: '2025-01-01', to: '2025-12-31' } },
          0.1,
        ),
      ),
    ).toBe('no error');
    expect(errorCode(() => trainingCoverage(0.1, { asOf: '2025-12-31' }))).toBe('invalid_type');
    expect(errorCode(() => trainingCoverage([], 0.1 as never))).toBe('invalid_options');
    expect(errorCode(() => trainingCoverage([], { asOf: '2025-12-31', period: 0.1 as never }))).toBe('invalid_period');
  });

  it('a host predicate must answer true, false or undefined (1 was taken for true)', () => {
    const rule: HostRule = {
      id: 'local.fn',
      label: { zh: '函数', en: 'Function' },
      source: { title: 'x' },
      predicate: () => 1 as never,
    };
    expect(errorCode(() => reviewCandidate(OK, { ...options, rules: [rule] }))).toBe('invalid_type');
  });

  it('an unknown profile id is quoted masked', () => {
    try {
      associationProfiles.get('11010519491231002X');
    } catch (e) {
      expect(JSON.stringify(e)).not.toContain('11010519491231002X');
    }
    expect(errorCode(() => associationProfiles.get(Symbol('s') as never))).toBe('unknown_profile');
    expect(errorCode(() => associationProfiles.resolve(Symbol('s')))).toBe('invalid_profile_option');
  });
});

describe('second fuzz run (random seed 1602465820)', () => {
  it('findings and untrained lists never show a resident ID written inside another value', () => {
    const r = reviewCandidate(
      { ...OK, associationPosts: [{ associationId: '协会 11010519491231002X', role: 'secretary_general' }] },
      options,
    );
    expect(JSON.stringify(r.findings.map((f) => [f.text.zh, f.text.en]))).not.toContain('11010519491231002X');
    const c = trainingCoverage([{ personId: '张三 11010519491231002X', role: 'party_secretary', trainedOn: [] }], {
      asOf: '2025-12-31',
      period: { from: '2025-01-01', to: '2025-12-31' },
    });
    expect(c.untrained[0]!.personId).toBe('张三 ******************');
  });
});

describe('third fuzz run (random seed 909281218)', () => {
  it('nested finding inputs and host-rule field names never show a resident ID', () => {
    const r = reviewCandidate(OK, {
      ...options,
      registry: [{ associationId: '110105491231002', role: 'secretary_general', personId: 'p1' }],
    });
    expect(JSON.stringify(r.findings)).not.toContain('110105491231002');
    const rule: HostRule = {
      id: 'local.field',
      label: { zh: '字段', en: 'Field' },
      source: { title: 'x' },
      predicate: { field: 'debtOverdue11010519491231002X', equals: true },
    };
    const missing = reviewCandidate(OK, { ...options, rules: [rule] });
    expect(JSON.stringify(missing.findings)).not.toContain('11010519491231002X');
    expect(JSON.stringify(missing.missing)).not.toContain('11010519491231002X');
  });
});

describe('fuzz of the kit-built reviews (after the merge)', () => {
  it('indexRegistry and parseHostRules check their path ("path is not iterable")', () => {
    expect(errorCode(() => indexRegistry([], 5 as never))).toBe('invalid_type');
    expect(errorCode(() => parseHostRules([], { a: 1 } as never))).toBe('invalid_type');
  });

  it('reviewerFor refuses options that are not an object at once (a 1e6-character string took 2 s, an option per character)', () => {
    const t0 = performance.now();
    expect(errorCode(() => reviewerFor({ id: 'A3', management: 'supervised' }, 'x'.repeat(1e6) as never))).toBe(
      'invalid_options',
    );
    expect(performance.now() - t0).toBeLessThan(500);
    expect(errorCode(() => reviewerFor({ id: 'A3', management: 'supervised' }, undefined as never))).toBe('required');
  });

  it('a host rule id that holds a resident ID is quoted masked when refused as a duplicate', () => {
    const rule = {
      id: 'local.11010519491231002X',
      label: { zh: '甲', en: 'x' },
      source: { title: 'x' },
      predicate: { field: 'debtOverdue', equals: true },
    };
    const r = safeParseHostRules([rule, rule]);
    expect(r.success ? 'ok' : JSON.stringify(r.error.issues)).not.toContain('11010519491231002X');
  });
});

describe('fuzz run on random seed 234350816', () => {
  it('a hole in host facts is named as a type ("received undefined" / 实际为未定义), never "found undefined"', () => {
    const slate = reviewSlate([{ role: 'president', candidate: { ...OK, extra: { debtOverdue: undefined } } }], {
      association: ASSOCIATION,
      electionDate: ELECTION,
      explain: true,
    });
    const seat = slate.rows[0]!;
    expect(seat.outcome).toBe('error');
    if (seat.outcome !== 'error') return;
    expect(seat.error.path).toEqual([0, 'candidate', 'extra', 'debtOverdue']);
    const issue = seat.error.issues.find((i) => i.path.join('.').endsWith('extra.debtOverdue'))!;
    expect(issue.en).toMatch(/; received undefined$/);
    expect(issue.zh).toMatch(/实际为未定义$/);
    expect(explain(slate, { lang: 'en' })).not.toContain('found undefined');
    const nan = safeParseCandidate({ ...OK, extra: { score: Number.NaN } });
    const text = nan.success ? '' : nan.error.issues.map((i) => `${i.zh} ${i.en}`).join(' ');
    expect(text).toContain('received a number that is not finite');
    expect(text).not.toMatch(/NaN/);
  });
});
