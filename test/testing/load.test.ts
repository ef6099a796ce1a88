import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { isPolicyError, type PolicyError } from '../../src/core/index.js';
import {
  CaseErrorCode,
  formatCaseFileError,
  parseCaseData,
  parseCaseFile,
  safeParseCaseFile,
} from '../../src/testing/index.js';
import { toyComputations, toyProfile } from './toy.js';

const opts = { file: 'toy.yaml', computations: toyComputations };

function errorOf(text: string): PolicyError {
  const r = safeParseCaseFile(text, opts);
  if (r.success) throw new Error('expected the file to be refused');
  return r.error;
}

describe('parseCaseFile: valid files', () => {
  it('reads canonical keys, keeps dates as strings and records the line of every field', () => {
    const text = [
      'description: toy cases', // 1
      'cases:', // 2
      '  - name: ten percent', // 3
      '    computation: fee', // 4
      '    asOf: 2024-06-30', // 5
      '    input: { amount: "100" }', // 6
      '    expect:', // 7
      '      fee: "10.00"', // 8
      '      detail.count: 0', // 9
      '    source: [X1, "POLICY.md §1"]', // 10
    ].join('\n');
    const file = parseCaseFile(text, opts);
    expect(file.description).toBe('toy cases');
    expect(file.file).toBe('toy.yaml');
    const [c] = file.cases;
    expect(c).toMatchObject({
      name: 'ten percent',
      computation: 'fee',
      asOf: '2024-06-30',
      input: { amount: '100' },
      source: ['X1', 'POLICY.md §1'],
    });
    expect(c!.expect).toEqual({ fee: '10.00', 'detail.count': 0 });
    expect(c!.origin).toMatchObject({ file: 'toy.yaml', line: 3, column: 5 });
    expect(c!.origin!.lines).toMatchObject({
      name: 3,
      computation: 4,
      asOf: 5,
      input: 6,
      'input.amount': 6,
      expect: 7,
      'expect.fee': 8,
      'expect.detail.count': 9,
    });
  });

  it('accepts Chinese keys, Chinese computation aliases and file defaults (case values win)', () => {
    const text = [
      '说明: 中文用例', // 1
      '默认:', // 2
      '  计算: 费用', // 3
      '  计算日期: 2024-01-01', // 4
      '用例:', // 5
      '  - 名称: 默认日期', // 6
      '    输入: { amount: "50" }', // 7
      '    期望: { fee: "5.00" }', // 8
      '  - 名称: 自己的日期', // 9
      '    计算日期: 2025-01-01', // 10
      '    配置: toy', // 11
      '    参数覆盖: { toy.rate: "0.2" }', // 12
      '    容差: "0.01"', // 13
      '    输入: { amount: "50" }', // 14
      '    期望错误: { code: not_in_force }', // 15
    ].join('\n');
    const { cases, description } = parseCaseFile(text, opts);
    expect(description).toBe('中文用例');
    expect(cases.map((c) => [c.name, c.computation, c.asOf])).toEqual([
      ['默认日期', 'fee', '2024-01-01'],
      ['自己的日期', 'fee', '2025-01-01'],
    ]);
    expect(cases[1]).toMatchObject({
      profile: 'toy',
      overrides: { 'toy.rate': '0.2' },
      tolerance: '0.01',
      expectError: { code: 'not_in_force' },
    });
    // A defaulted field is located where the default was written.
    expect(cases[0]!.origin!.lines).toMatchObject({ computation: 3, asOf: 4, expect: 8 });
    expect(cases[1]!.origin!.lines).toMatchObject({ asOf: 10, expectError: 15 });
  });

  it('reads JSON and a top-level list; an inline profile object is validated and kept', () => {
    const json = JSON.stringify(
      [
        {
          name: 'j',
          computation: 'fee',
          asOf: '2024-01-01',
          input: { amount: '1' },
          expect: { fee: '0.10' },
          profile: toyProfile,
        },
      ],
      null,
      2,
    );
    const { cases } = parseCaseFile(json, opts);
    expect(cases[0]!.profile).toEqual(toyProfile);
    expect(cases[0]!.origin!.line).toBe(2);
  });

  it('parseCaseData validates plain data the same way, without lines', () => {
    const { cases } = parseCaseData(
      { cases: [{ name: 'd', computation: '费用', input: {}, expect: {} }] },
      { computations: toyComputations },
    );
    expect(cases[0]!.computation).toBe('fee');
    expect(cases[0]!.origin).toEqual({ lines: {} });
    expect(() =>
      parseCaseData({ cases: [{ name: 'd', computation: 'nope', expect: {} }] }, { computations: toyComputations }),
    ).toThrow(/nope/);
  });
});

describe('parseCaseFile: bad files give every problem with file, line, case and path', () => {
  it('reports schema errors, unknown fields, unknown computations, duplicates and missing expectations in line order', () => {
    const text = [
      'cases:', // 1
      '  - name: a', // 2
      '    computation: fee', // 3
      '    asOf: 2026-02-30', // 4
      '    expect: {}', // 5
      '    expct: {}', // 6
      '  - name: a', // 7
      '    computation: feee', // 8
      '  - name: b', // 9
      '    computation: fee', // 10
      '    expect: {}', // 11
      '    expectError: {}', // 12
      '    tolerance: "-0.5"', // 13
    ].join('\n');
    const e = errorOf(text);
    const rows = e.issues.map((i) => [i.params?.line, i.code, i.path.join('.'), i.params?.case]);
    expect(rows).toEqual([
      [4, 'invalid_date', 'cases.0.asOf', 'a'],
      [6, 'unrecognized_keys', 'cases.0.expct', 'a'],
      [7, 'required', 'cases.1', 'a'],
      [7, 'duplicate', 'cases.1.name', 'a'],
      [8, 'unknown_computation', 'cases.1.computation', 'a'],
      [12, 'invalid', 'cases.2.expectError', 'b'],
      [13, 'invalid_amount', 'cases.2.tolerance', 'b'],
    ]);
    expect(e.issues.every((i) => i.params?.file === 'toy.yaml' && typeof i.params?.column === 'number')).toBe(true);
  });

  it('reports a YAML syntax error with its line', () => {
    const e = errorOf('cases:\n  - name: a\n    input: [1, 2\n    expect: {}\n');
    expect(e.code).toBe(CaseErrorCode.YamlSyntax);
    expect(e.issues[0]!.params).toMatchObject({ file: 'toy.yaml' });
    expect(typeof e.issues[0]!.params!.line).toBe('number');
  });

  it('refuses doubled keys: a YAML duplicate, and an alias next to its canonical key', () => {
    expect(errorOf('cases:\n  - name: a\n    name: b\n').code).toBe(CaseErrorCode.YamlSyntax);
    const e = errorOf('cases:\n  - name: a\n    名称: b\n    computation: fee\n    expect: {}\n');
    expect(e.issues.map((i) => [i.code, i.params?.line])).toEqual([['duplicate', 3]]);
  });

  it('refuses empty files, files with no list, bad file-level keys and non-object cases', () => {
    expect(errorOf('').code).toBe(CaseErrorCode.NoCases);
    expect(errorOf('cases: []').code).toBe(CaseErrorCode.NoCases);
    expect(errorOf('description: x').code).toBe('required');
    expect(errorOf('cases: {}').code).toBe('invalid_type');
    const e = errorOf('tests: []\ncases:\n  - 3\n');
    expect(e.issues.map((i) => [i.code, i.path.join('.'), i.params?.line])).toEqual([
      ['unrecognized_keys', 'tests', 1],
      ['invalid_type', 'cases.0', 3],
    ]);
    expect(
      errorOf('defaults: { name: x }\ncases:\n  - { name: a, computation: fee, expect: {} }\n').issues[0]!.path,
    ).toEqual(['defaults', 'name']);
  });

  it('accepts a YAML number tolerance only when it reads back as a plain decimal; names a case by its Chinese name', () => {
    expect(
      parseCaseFile('- { name: a, computation: fee, expect: {}, tolerance: 0.01 }', opts).cases[0]!.tolerance,
    ).toBe('0.01');
    const e = errorOf('- { 名字: 甲, computation: fee, expect: {}, tolerance: 0.0000001 }');
    expect(e.issues.map((i) => [i.code, i.params?.case])).toEqual([['invalid_amount', '甲']]);
  });

  it('asks for { set: [...] } when an override value is a bare list', () => {
    const e = errorOf(
      'cases:\n  - name: l\n    computation: fee\n    expect: {}\n    overrides:\n      toy.list: [a, b]\n',
    );
    expect(e.issues.map((i) => [i.code, i.path.join('.'), i.params?.line])).toEqual([
      ['invalid_type', 'cases.0.overrides.toy.list', 6],
    ]);
  });

  it('points into an inline profile that does not validate', () => {
    const text = [
      'cases:',
      '  - name: p',
      '    computation: fee',
      '    expect: {}',
      '    profile:',
      '      id: BAD ID',
      '      version: "1"',
    ].join('\n');
    const e = errorOf(text);
    expect(e.issues.some((i) => i.path.join('.') === 'cases.0.profile.id' && i.params?.line === 6)).toBe(true);
  });

  it('formats errors one per line as file:line:column case path: message [code]', () => {
    const e = errorOf('cases:\n  - name: x\n    computation: fee\n    asOf: 2026-02-30\n    expect: {}\n');
    expect(formatCaseFileError(e, 'en')).toBe(
      'toy.yaml:4:5 case "x" cases[0].asOf: "asOf" is not a valid YYYY-MM-DD date: "2026-02-30" [invalid_date]',
    );
    expect(formatCaseFileError(e, 'zh')).toBe(
      'toy.yaml:4:5 用例「x」 cases[0].asOf: 「计算日期」不是有效日期（应写作 年-月-日，如 2024-03-01）：「2026-02-30」 [invalid_date]',
    );
  });

  it('throws nothing but PolicyError, whatever the text', () => {
    for (const text of [
      '{',
      ']]',
      '- - -',
      '*a',
      'cases: !!binary x',
      '\u0000',
      'a: &x [*x]',
      '[1, 2, 3]',
      'null',
      '"str"',
    ]) {
      try {
        parseCaseFile(text, opts);
      } catch (error) {
        expect(isPolicyError(error), text).toBe(true);
      }
    }
  });
});

describe('YAML and plain data agree', () => {
  // A key spelled << is a YAML merge key (merge keys are on, for shared inputs); written data must quote it, and
  // the stringifier does not, so the property leaves it out.
  const noMergeKey = (v: unknown): boolean => !JSON.stringify(v).includes('"<<"');
  const json = fc
    .jsonValue({ maxDepth: 2 })
    .map((v) => JSON.parse(JSON.stringify(v)) as unknown)
    .filter(noMergeKey);
  const date = fc
    .integer({ min: 0, max: 40000 })
    .map((d) => new Date(Date.UTC(1990, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  const oneCase = fc.record(
    {
      input: json,
      expect: fc.dictionary(
        fc.string({ minLength: 1, maxLength: 5 }).filter((k) => k !== '<<'),
        json,
      ),
      asOf: date,
      description: fc.string(),
      source: fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 })),
      tolerance: fc.integer({ min: 0, max: 999 }).map((n) => `0.${String(n).padStart(3, '0')}`),
    },
    { requiredKeys: ['expect'] },
  );

  it('property: a file written as YAML reads back as the same cases as the data itself, each with its line', () => {
    fc.assert(
      fc.property(fc.array(oneCase, { minLength: 1, maxLength: 5 }), (list) => {
        const data = { cases: list.map((c, i) => ({ name: `case ${i}`, computation: 'fee', ...c })) };
        const fromYaml = parseCaseFile(stringify(data), opts).cases;
        const fromData = parseCaseData(data, { computations: toyComputations }).cases;
        expect(fromYaml.map(({ origin: _o, ...c }) => c)).toEqual(fromData.map(({ origin: _o, ...c }) => c));
        expect(fromYaml.every((c) => typeof c.origin?.line === 'number' && c.origin.lines?.expect !== undefined)).toBe(
          true,
        );
      }),
      { numRuns: 60 },
    );
  });
});
