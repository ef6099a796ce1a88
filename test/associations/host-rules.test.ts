import { describe, expect, it } from 'vitest';
import { parseHostRules, reviewCandidate, safeParseHostRules, type HostRule } from '../../src/associations/index.js';
import { ASSOCIATION, ELECTION, OK, candidate, errorCode, findingOf, refusal } from './fixtures.js';

const T5 = {
  key: 'T5',
  title: '湖南省行业协会商会负责人任职管理办法',
  url: 'https://hnshgz.gov.cn/content/646841/91/14085809.html',
  article: '第四条第（六）项',
};
const debt: HostRule = {
  id: 'hunan.debt',
  label: { zh: '个人所负数额较大的债务到期未清偿', en: 'Large personal debt overdue' },
  source: T5,
  predicate: { field: 'debtOverdue', equals: true, outcome: 'fail' },
};
const review = (
  c: unknown,
  rules: readonly unknown[],
  role: 'president' | 'party_secretary' | 'vice_president' = 'president',
) => reviewCandidate(c, { role, association: ASSOCIATION, electionDate: ELECTION, rules: rules as HostRule[] });

describe('host rules as data', () => {
  it('fail when the condition holds, pass when it does not, and cite the host source', () => {
    const failed = review(candidate({ extra: { debtOverdue: true } }), [debt]);
    expect(findingOf(failed, 'hunan.debt').outcome).toBe('fail');
    expect(findingOf(failed, 'hunan.debt').text.zh).toBe('不符合：个人所负数额较大的债务到期未清偿');
    expect(findingOf(failed, 'hunan.debt').source).toEqual(T5);
    expect(findingOf(failed, 'hunan.debt').inputs).toEqual({ debtOverdue: true });
    expect(failed.outcome).toBe('fail');
    const passed = review(candidate({ extra: { debtOverdue: false } }), [debt]);
    expect(findingOf(passed, 'hunan.debt').outcome).toBe('pass');
    expect(passed.outcome).toBe('pass');
    expect(passed.explanation!.rules.map((r) => r.rule)).toContain('hunan.debt');
  });

  it('a missing host field is undetermined, never a pass', () => {
    const r = review(OK, [debt]);
    expect(findingOf(r, 'hunan.debt').outcome).toBe('undetermined');
    expect(findingOf(r, 'hunan.debt').missing).toEqual(['debtOverdue']);
    expect(findingOf(r, 'hunan.debt').text.zh).toBe('缺少：「debtOverdue」');
    expect(r.missing).toEqual(['debtOverdue']);
    expect(r.outcome).toBe('undetermined');
  });

  it('work from JSON text (no code from the host)', () => {
    const json = JSON.stringify([{ ...debt, predicate: { field: 'extra.debtOverdue', equals: true } }]);
    const rules = parseHostRules(JSON.parse(json));
    expect(findingOf(review(candidate({ extra: { debtOverdue: true } }), rules), 'hunan.debt').outcome).toBe('fail');
  });

  it('compare numbers and dates, with in, all, any and not', () => {
    const industryYears: HostRule = {
      id: 'hunan.industryYears',
      label: { zh: '连续从事本行业工作2年以上', en: 'At least 2 years in the industry' },
      source: { ...T5, article: '第四条第（三）项' },
      predicate: { field: 'industryYears', op: 'gte', value: 2 },
      outcome: 'pass',
    };
    expect(
      findingOf(review(candidate({ extra: { industryYears: 2 } }), [industryYears]), 'hunan.industryYears').outcome,
    ).toBe('pass');
    expect(
      findingOf(review(candidate({ extra: { industryYears: 1 } }), [industryYears]), 'hunan.industryYears').outcome,
    ).toBe('fail');
    const released: HostRule = {
      id: 'local.sentence',
      label: { zh: '刑满未满5年', en: 'Sentence served less than 5 years ago' },
      source: { title: 'Host list' },
      predicate: {
        all: [{ field: 'sentenceEnded', op: 'gt', value: '2021-05-20' }, { not: { field: 'pardoned', equals: true } }],
      },
    };
    expect(
      findingOf(
        review(candidate({ extra: { sentenceEnded: '2022-01-01', pardoned: false } }), [released]),
        'local.sentence',
      ).outcome,
    ).toBe('fail');
    expect(
      findingOf(
        review(candidate({ extra: { sentenceEnded: '2020-01-01', pardoned: false } }), [released]),
        'local.sentence',
      ).outcome,
    ).toBe('pass');
    const units: HostRule = {
      id: 'local.units',
      label: { zh: '回避单位', en: 'Excluded units' },
      source: { title: 'Host list' },
      predicate: { field: 'organizationId', op: 'in', value: ['U9', 'U1'] },
    };
    expect(findingOf(review(OK, [units]), 'local.units').outcome).toBe('fail');
    expect(findingOf(review(candidate({ organizationId: 'U2' }), [units]), 'local.units').outcome).toBe('pass');
  });

  it('three-valued logic: any() is true if one branch is, undetermined if none is and one is missing', () => {
    const rule: HostRule = {
      id: 'local.any',
      label: { zh: '任一情形', en: 'Any case' },
      source: { title: 'Host list' },
      requires: [],
      predicate: {
        any: [
          { field: 'a', equals: true },
          { field: 'b', equals: true },
        ],
      },
    };
    expect(findingOf(review(candidate({ extra: { a: true } }), [rule]), 'local.any').outcome).toBe('fail');
    const unknown = findingOf(review(candidate({ extra: { a: false } }), [rule]), 'local.any');
    expect(unknown.outcome).toBe('undetermined');
    expect(unknown.missing).toEqual(['b']);
    expect(findingOf(review(candidate({ extra: { a: false, b: false } }), [rule]), 'local.any').outcome).toBe('pass');
    // By default every field the condition names is required.
    const strict = { ...rule, requires: undefined };
    expect(findingOf(review(candidate({ extra: { a: true } }), [strict]), 'local.any').missing).toEqual(['b']);
  });

  it('can use declared fields, nested fields and derived facts (age, role)', () => {
    const over65: HostRule = {
      id: 'local.age65',
      label: { zh: '65周岁以上', en: 'Over 65' },
      source: { title: 'Host list' },
      predicate: { field: 'age', op: 'gt', value: 65 },
    };
    // Age 66 from the 66th birthday (1960-05-20 → 2026-05-20).
    expect(findingOf(review(candidate({ birthDate: '1960-05-20' }), [over65]), 'local.age65').outcome).toBe('fail');
    expect(findingOf(review(candidate({ birthDate: '1960-05-21' }), [over65]), 'local.age65').outcome).toBe('pass');
    expect(findingOf(review(without_birth(), [over65]), 'local.age65').missing).toEqual(['age']);
    const ext: HostRule = {
      id: 'local.ext',
      label: { zh: '表决', en: 'Vote' },
      source: { title: 'Host list' },
      predicate: { field: 'termExtension.vote2of3', equals: false },
    };
    expect(
      findingOf(
        review(candidate({ termExtension: { vote2of3: false, registrationApproval: true } }), [ext]),
        'local.ext',
      ).outcome,
    ).toBe('fail');
  });

  it('apply only to the roles they name; a party secretary with host criteria has no criteria.none finding', () => {
    const rule: HostRule = { ...debt, roles: ['party_secretary'] };
    expect(
      review(candidate({ extra: { debtOverdue: true } }), [rule], 'vice_president').findings.map((f) => f.rule),
    ).not.toContain('hunan.debt');
    const r = review(candidate({ extra: { debtOverdue: false } }), [rule], 'party_secretary');
    expect(r.findings.map((f) => f.rule)).toEqual(['procedure.reviewBeforeElection', 'hunan.debt']);
    expect(r.outcome).toBe('pass');
  });

  it('use custom messages when given', () => {
    const rule: HostRule = { ...debt, messages: { fail: { zh: '有逾期债务', en: 'Has overdue debt' } } };
    expect(findingOf(review(candidate({ extra: { debtOverdue: true } }), [rule]), 'hunan.debt').text.en).toBe(
      'Has overdue debt',
    );
  });

  it('mask resident IDs among the inputs they report', () => {
    const rule: HostRule = {
      id: 'local.id',
      label: { zh: '身份', en: 'ID' },
      source: { title: 'Host list' },
      predicate: { field: 'id', equals: 'x' },
    };
    const r = review(candidate({ id: '32080219560520123X', birthDate: '1956-05-20' }), [rule]);
    expect(findingOf(r, 'local.id').inputs.id).toBe('320802********123X');
    expect(JSON.stringify(r)).not.toContain('32080219560520123X');
  });
});

describe('host rules as functions (TypeScript hosts)', () => {
  const fn: HostRule = {
    id: 'local.fn',
    label: { zh: '党员', en: 'Party member' },
    source: { title: 'Host list' },
    requires: ['partyMember'],
    predicate: (facts) => facts.get('partyMember') !== true,
  };

  it('decide from the facts', () => {
    expect(findingOf(review(candidate({ extra: { partyMember: true } }), [fn]), 'local.fn').outcome).toBe('pass');
    expect(findingOf(review(candidate({ extra: { partyMember: false } }), [fn]), 'local.fn').outcome).toBe('fail');
  });

  it('are not called when a required field is missing', () => {
    let called = false;
    const spy: HostRule = { ...fn, predicate: () => ((called = true), true) };
    expect(findingOf(review(OK, [spy]), 'local.fn').missing).toEqual(['partyMember']);
    expect(called).toBe(false);
  });

  it('may answer undefined for "cannot tell"', () => {
    const unsure: HostRule = { ...fn, requires: [], predicate: () => undefined };
    const f = findingOf(review(OK, [unsure]), 'local.fn');
    expect(f.outcome).toBe('undetermined');
    expect(f.missing).toEqual(['rule:local.fn']);
  });

  it('see the candidate, role, association and election date', () => {
    const seen: unknown[] = [];
    const probe: HostRule = {
      ...fn,
      requires: [],
      predicate: (f) => (seen.push(f.role, f.association.id, f.electionDate, f.candidate.id), false),
    };
    review(OK, [probe]);
    expect(seen).toEqual(['president', 'A1', ELECTION, 'p1']);
  });
});

describe('bad host rules are refused', () => {
  it.each([
    ['a duplicate id', [debt, debt], 'duplicate'],
    ['a built-in id', [{ ...debt, id: 'eligibility.age' }], 'duplicate'],
    ['an unknown key', [{ ...debt, severity: 'high' }], 'unrecognized_keys'],
    ['a missing citation', [{ ...debt, source: undefined }], 'required'],
    ['an unknown operator', [{ ...debt, predicate: { field: 'x', op: 'between', value: 1 } }], 'unknown_enum_value'],
    ['a condition of no known shape', [{ ...debt, predicate: { field2: 'x' } }], 'invalid'],
    ['a nested condition of no known shape', [{ ...debt, predicate: { all: [{ every: [] }] } }], 'invalid'],
    ['a field name that is not a name', [{ ...debt, predicate: { field: 'a b', equals: 1 } }], 'invalid_format'],
    ['"in" without an array', [{ ...debt, predicate: { field: 'x', op: 'in', value: 1 } }], 'invalid_type'],
    ['conflicting outcomes', [{ ...debt, outcome: 'pass' }], 'inconsistent'],
  ])('%s', (_what, rules, code) => {
    expect(errorCode(() => parseHostRules(rules))).toBe(code);
    expect(errorCode(() => review(OK, rules as unknown[]))).toBe(code);
    const r = safeParseHostRules(rules);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.zh.length).toBeGreaterThan(0);
      expect(r.error.en.length).toBeGreaterThan(0);
    }
  });

  it('a condition nested deeper than 32 levels, or one that refers to itself, is a PolicyError, not a stack overflow', () => {
    let deep: unknown = { field: 'x', equals: true };
    for (let i = 0; i < 10_000; i++) deep = { not: deep };
    const e = refusal(() => parseHostRules([{ ...debt, predicate: deep }]));
    expect(e.code).toBe('too_deep');
    expect(e.zh).toBe('「规则条件」嵌套超过 32 层（或含循环引用）');
    const cyclic: Record<string, unknown> = { field: 'x' };
    cyclic.equals = cyclic;
    // A cycle is said as one (the kit's `cyclic`), not as depth: the host looks for a self-reference, not a long chain.
    expect(refusal(() => review(OK, [{ ...debt, predicate: cyclic }])).code).toBe('cyclic');
    // 32 levels are fine.
    let ok: unknown = { field: 'x', equals: true };
    for (let i = 0; i < 30; i++) ok = { not: ok };
    expect(parseHostRules([{ ...debt, predicate: ok }])).toHaveLength(1);
  });

  it('host facts nested too deep, or cyclic, are refused as the candidate’s input', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(refusal(() => review(candidate({ extra: cyclic }), [])).code).toBe('cyclic');
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(refusal(() => review(candidate({ extra: { deep } }), [])).path).toEqual([
      'candidate',
      'extra',
      'deep',
      ...new Array(31).fill(0),
    ]);
    expect(refusal(() => review(candidate({ extra: { f: () => 1 } }), [])).code).toBe('invalid_type');
  });

  it('a comparison between a number and a string is an input error, not a silent pass', () => {
    const rule: HostRule = {
      id: 'local.n',
      label: { zh: '年限', en: 'Years' },
      source: { title: 'Host list' },
      predicate: { field: 'years', op: 'gte', value: 2 },
    };
    expect(errorCode(() => review(candidate({ extra: { years: 'two' } }), [rule]))).toBe('host_incomparable');
  });
});

function without_birth() {
  const { birthDate: _omit, ...rest } = OK;
  return rest;
}
