import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { describePolicyCases, parseCaseFile, type TestFunctions } from '../../src/testing/index.js';
import { toyComputations } from './toy.js';

const dir = mkdtempSync(join(tmpdir(), 'hsw-describe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Records declared groups and tests; runs each test body and keeps what it threw. */
function recorder(withExpect: boolean) {
  const tests: Array<{ group: string; name: string; error?: unknown }> = [];
  const asserted: Array<{ actual: unknown; expected: unknown; message?: string }> = [];
  let group = '';
  const fns: TestFunctions = {
    describe(name, body) {
      group = name;
      body();
    },
    it(name, body) {
      try {
        body();
        tests.push({ group, name });
      } catch (error) {
        tests.push({ group, name, error });
      }
    },
    ...(withExpect
      ? {
          expect: (actual: unknown, message?: string) => ({
            toEqual(expected: unknown) {
              asserted.push({ actual, expected, message: message ?? '' });
              throw new Error('assertion failed');
            },
          }),
        }
      : {}),
  };
  return { fns, tests, asserted };
}

const file = join(dir, 'cases.yaml');
writeFileSync(
  file,
  [
    '默认: { 计算: 费用, 计算日期: 2024-01-01 }',
    '用例:',
    '  - { 名称: 通过, 输入: { amount: "10" }, 期望: { fee: "1.00" } }',
    '  - { 名称: 不通过, 输入: { amount: "10" }, 期望: { fee: "2.00" } }',
  ].join('\n'),
);

describe('describePolicyCases', () => {
  it('declares one test per case, named after it, in a group named after the file; a failure throws its report', () => {
    const r = recorder(false);
    describePolicyCases(file, r.fns, { computations: toyComputations });
    expect(r.tests.map((t) => [t.group, t.name, t.error === undefined])).toEqual([
      [file, '通过', true],
      [file, '不通过', false],
    ]);
    expect(String((r.tests[1]!.error as Error).message)).toContain('expect.fee（第 4 行）：期望 "2.00"，实际 "1.00"');
  });

  it('with expect, asserts the mismatching paths with the report as message (a diff the runner can show)', () => {
    const r = recorder(true);
    describePolicyCases(pathToFileURL(file), r.fns, {
      computations: toyComputations,
      lang: 'en',
      name: 'official examples',
    });
    expect(r.tests[0]!.group).toBe('official examples');
    expect(r.asserted).toHaveLength(1);
    expect(r.asserted[0]!.actual).toEqual({ status: 'fail', 'expect.fee': '1.00' });
    expect(r.asserted[0]!.expected).toEqual({ status: 'pass', 'expect.fee': '2.00' });
    expect(r.asserted[0]!.message).toContain('expect.fee (line 4): expected "2.00", actual "1.00"');
  });

  it('accepts an already loaded file', () => {
    const r = recorder(false);
    const loaded = parseCaseFile(
      '- { name: a, computation: fee, asOf: 2024-01-01, input: { amount: "1" }, expect: { fee: "0.10" } }',
      { file: 'inline', computations: toyComputations },
    );
    describePolicyCases(loaded, r.fns, { computations: toyComputations });
    expect(r.tests).toEqual([{ group: 'inline', name: 'a' }]);
  });

  it('a bad file becomes one failing test listing its problems with lines', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, '- { name: a, computation: fee, asOf: 2024-02-30, expect: {} }\n');
    const r = recorder(false);
    describePolicyCases(bad, r.fns, { computations: toyComputations });
    expect(r.tests).toHaveLength(1);
    expect(r.tests[0]!.name).toBe('用例文件有效');
    expect(String((r.tests[0]!.error as Error).message)).toContain(
      `${bad}:1:32 用例「a」 [0].asOf: 「计算日期」不是有效日期（应写作 年-月-日，如 2024-03-01）：「2024-02-30」 [invalid_date]`,
    );
  });
});
