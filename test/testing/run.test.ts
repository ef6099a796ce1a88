import { describe, expect, it } from 'vitest';
import {
  builtinComputations,
  parseCaseFile,
  runPolicyCase,
  runPolicyCases,
  type PolicyCase,
} from '../../src/testing/index.js';
import { toyComputations, toyProfile } from './toy.js';

const computations = toyComputations;

function cases(text: string): readonly PolicyCase[] {
  return parseCaseFile(text, { file: 'run.yaml', computations }).cases;
}

describe('runPolicyCases', () => {
  const text = [
    'defaults: { computation: fee, asOf: 2024-06-30 }', // 1
    'cases:', // 2
    '  - name: passes', // 3
    '    input: { amount: "100", tags: [a, b, c] }', // 4
    '    expect:', // 5
    '      fee: "10.00"', // 6
    '      findings: [{ rule: b, outcome: fail }, { rule: a }]', // 7
    '  - name: fails twice', // 8
    '    input: { amount: "100", tags: [a] }', // 9
    '    expect:', // 10
    '      fee: "11.00"', // 11
    '      detail.count: 1', // 12
    '      findings:', // 13
    '        - { rule: a, outcome: fail }', // 14
    '  - name: later rate', // 15
    '    asOf: 2025-01-01', // 16
    '    input: { amount: "100" }', // 17
    '    expect: { fee: "12.00", rate: "0.12" }', // 18
  ].join('\n');

  it('passes, fails with every mismatch (path, expected, actual, line) and explains the actual result', () => {
    const [pass, fail, later] = runPolicyCases(cases(text), { computations });
    expect(pass!.status).toBe('pass');
    expect(pass!.mismatches).toEqual([]);
    expect(pass!.explanation).toBeUndefined();
    expect(later!.status).toBe('pass');
    expect(fail!.status).toBe('fail');
    expect(fail!.mismatches).toEqual([
      { path: 'expect.fee', expected: '11.00', actual: '10.00', kind: 'different', line: 11 },
      {
        path: 'expect.findings[0]',
        expected: { rule: 'a', outcome: 'fail' },
        actual: { rule: 'a', outcome: 'pass' },
        kind: 'no_match',
        line: 14,
      },
    ]);
    expect(fail!.explanation!.zh).toContain('费用 = 金额 × 费率 0.10（依据：Toy document第一条）');
    expect(fail!.explanation!.en).toContain('Rate: 0.10 (from 2020-01-01; Toy document, 第一条 [X1]');
  });

  it('applies overrides to the named profile, or to the default one', () => {
    const [named, byDefault, dated] = runPolicyCases(
      cases(
        [
          'cases:',
          '  - { name: named, computation: fee, asOf: 2024-01-01, profile: toy, overrides: { toy.rate: "0.5" }, input: { amount: "10" }, expect: { fee: "5.00" } }',
          '  - { name: default, computation: fee, asOf: 2024-01-01, overrides: { toy.rate: "0.25" }, input: { amount: "10" }, expect: { fee: "2.50" } }',
          '  - { name: dated, computation: fee, asOf: 2024-01-01, overrides: { toy.rate: { set: "0.3", from: 2024-06-01 } }, input: { amount: "10" }, expect: { fee: "1.00" } }',
        ].join('\n'),
      ),
      { computations },
    );
    expect([named!.status, byDefault!.status, dated!.status]).toEqual(['pass', 'pass', 'pass']);
    expect(toyProfile.parameters['toy.rate']!.values).toHaveLength(2); // the shipped profile is untouched
  });

  it('uses a host profile registered by id before the computation’s own', () => {
    const host = {
      ...toyProfile,
      id: 'host',
      parameters: {
        'toy.rate': {
          ...toyProfile.parameters['toy.rate']!,
          values: [{ effectiveFrom: '2000-01-01', value: '1', source: { title: 'Host table' } }],
        },
      },
    };
    const [r] = runPolicyCases(
      cases(
        'cases:\n  - { name: h, computation: fee, asOf: 2024-01-01, profile: host, input: { amount: "7" }, expect: { fee: "7.00" } }',
      ),
      {
        computations,
        profiles: { host },
      },
    );
    expect(r!.status).toBe('pass');
  });

  it('reports an unknown profile, a bad override and a refused input as errors with the line to fix', () => {
    const results = runPolicyCases(
      cases(
        [
          'cases:', // 1
          '  - name: unknown profile', // 2
          '    computation: fee', // 3
          '    profile: nowhere', // 4
          '    expect: {}', // 5
          '  - name: bad override', // 6
          '    computation: fee', // 7
          '    overrides: { toy.typo: "1" }', // 8
          '    expect: {}', // 9
          '  - name: bad input', // 10
          '    computation: fee', // 11
          '    asOf: 2024-01-01', // 12
          '    input:', // 13
          '      amount: 12.5', // 14
          '    expect: {}', // 15
          '  - name: before any rate', // 16
          '    computation: fee', // 17
          '    asOf: 2019-12-31', // 18
          '    input: { amount: "1" }', // 19
          '    expect: {}', // 20
        ].join('\n'),
      ),
      { computations },
    );
    expect(results.map((r) => [r.status, r.error?.stage, r.error?.code, r.error?.line])).toEqual([
      ['error', 'setup', 'unknown_profile', 4],
      ['error', 'overrides', 'unknown_parameter', 8],
      ['error', 'compute', 'invalid_type', 14],
      ['error', 'compute', 'not_in_force', 18],
    ]);
    expect(results[0]!.error!.en).toContain('known: toy');
  });

  it('expectError: passes when the refusal matches, fails when it differs or does not happen', () => {
    const results = runPolicyCases(
      cases(
        [
          'defaults: { computation: fee, input: { amount: "1" } }',
          'cases:',
          '  - { name: right code, asOf: 2019-01-01, expectError: { code: not_in_force, issues: [{ code: not_in_force }] } }',
          '  - { name: wrong code, asOf: 2019-01-01, expectError: { code: invalid_date } }',
          '  - { name: no error, asOf: 2021-01-01, expectError: { code: not_in_force } }',
        ].join('\n'),
      ),
      { computations },
    );
    expect(results.map((r) => r.status)).toEqual(['pass', 'fail', 'fail']);
    expect(results[1]!.mismatches).toEqual([
      { path: 'expectError.code', expected: 'invalid_date', actual: 'not_in_force', kind: 'different', line: 4 },
    ]);
    expect(results[2]!.mismatches[0]).toMatchObject({ path: 'expectError', kind: 'missing', line: 5 });
    expect(results[2]!.explanation!.en).toContain('fee = amount × rate 0.10');
  });

  it('a bad tolerance in a case built in code is an error result, not a throw', () => {
    const c: PolicyCase = {
      name: 't',
      computation: 'fee',
      asOf: '2024-01-01',
      input: { amount: '1' },
      expect: { fee: '0.10' },
      tolerance: 'abc',
    };
    expect(runPolicyCase(c, { computations })).toMatchObject({
      status: 'error',
      error: { stage: 'setup', code: 'invalid_amount', path: 'tolerance' },
    });
  });

  it('a case naming an unknown computation at run time is an error, not a throw', () => {
    const c: PolicyCase = { name: 'x', computation: 'nope', expect: {} };
    expect(runPolicyCase(c, { computations })).toMatchObject({
      status: 'error',
      error: { stage: 'setup', code: 'unknown_computation' },
    });
  });

  it('a bug in a computation (a non-PolicyError) becomes an internal_error result', () => {
    const boom = { label: { zh: '炸', en: 'boom' }, run: () => JSON.parse('{') as unknown };
    const r = runPolicyCase({ name: 'b', computation: 'boom', expect: {} }, { computations: { boom } });
    expect(r).toMatchObject({ status: 'error', error: { code: 'internal_error' } });
  });

  it('the built-in registry runs a real computation (grade 9 for a 副职 硕士 from 2014-09-01 on 2026-01-01)', () => {
    // 副职 window starts at 4; 硕士 +2; full 3 years on 2017-09-01, 2020-09-01, 2023-09-01 → +1 on each next 1 January.
    const [r] = runPolicyCases(
      parseCaseFile(
        '- { 名称: 副职硕士, 计算: 等级, 计算日期: 2026-01-01, 输入: { post: 副职, education: 硕士, serviceStart: 2014-09-01 }, 期望: { grade: 9, post: deputy } }',
      ).cases,
    );
    expect(r!.status).toBe('pass');
  });
});

describe('the built-in computations', () => {
  it('every one explains a failing result, in both languages', () => {
    const without = Object.entries(builtinComputations)
      .filter(([, c]) => typeof c.explain !== 'function')
      .map(([id]) => id);
    expect(without).toEqual([]);
  });

  it.each([
    [
      'petition_deadlines',
      '{ intake: transferred, receivedOn: 2026-02-10 }',
      '{ milestones: [{ id: notice, due: 2026-02-26 }] }',
      '第二十三条第三款',
    ],
    ['village_committee', '{ kind: 村委会, memberCount: 2 }', '{ outcome: pass }', '第六条第一款'],
  ])('a failing %s case carries the actual result’s explanation', (computation, input, expectText, cited) => {
    const text = [
      'cases:',
      `  - { name: x, computation: ${computation}, asOf: 2026-03-01, input: ${input}, expect: ${expectText} }`,
    ].join('\n');
    const [r] = runPolicyCases(parseCaseFile(text, { file: 'x.yaml' }).cases);
    expect(r!.status).toBe('fail');
    expect(r!.explanation!.zh).toContain(cited);
    expect(r!.explanation!.en.length).toBeGreaterThan(0);
  });
});
