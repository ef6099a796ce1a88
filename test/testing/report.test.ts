import { describe, expect, it } from 'vitest';
import { formatCaseReport, parseCaseFile, runPolicyCases } from '../../src/testing/index.js';
import { toyComputations } from './toy.js';

const text = [
  'defaults: { computation: fee, asOf: 2024-06-30 }', // 1
  'cases:', // 2
  '  - name: 百元费用', // 3
  '    input: { amount: "100" }', // 4
  '    expect: { fee: "10.00" }', // 5
  '  - name: 错误期望', // 6
  '    source: X1 第一条', // 7
  '    description: 演示', // 8
  '    input: { amount: "100", tags: [] }', // 9
  '    expect: { fee: "11.00", findings: [{ rule: a }], nothing: 1 }', // 10
  '  - name: 缺少日期', // 11
  '    asOf: 2019-01-01', // 12
  '    input: { amount: "1" }', // 13
  '    expect: {}', // 14
].join('\n');
const results = runPolicyCases(parseCaseFile(text, { file: 'r.yaml', computations: toyComputations }).cases, {
  computations: toyComputations,
});

describe('formatCaseReport', () => {
  it('zh: each failure with its location, source, mismatches and explanation; ends with the plain summary line', () => {
    const report = formatCaseReport(results, { lang: 'zh' });
    const lines = report.split('\n');
    expect(lines[0]).toBe('✓ 百元费用');
    expect(lines.slice(1, 7)).toEqual([
      '✗ 错误期望  (r.yaml:6)',
      '    说明: 演示',
      '    来源: X1 第一条',
      '    expect.fee（第 10 行）：期望 "11.00"，实际 "10.00"',
      '    expect.findings[0]（第 10 行）：列表中没有与之匹配的元素：期望 {"rule":"a"}（列表为空）',
      '    expect.nothing（第 10 行）：期望 1，实际结果中没有此项',
    ]);
    expect(lines[7]).toBe('    实际结果的计算说明：');
    expect(lines.slice(8, 10)).toEqual(['      费用 10.00', '      结论：已计算']);
    expect(lines[10]).toMatch(/^      参数日期 2024-06-30，配置版本 1.0.0，/);
    expect(report).toContain('! 缺少日期  (r.yaml:11)\n    计算时出错（第 12 行）：\n      not_in_force');
    expect(lines.at(-1)).toBe('1 passed, 2 failed');
    expect(lines.at(-2)).toBe('');
  });

  it('en, without passing cases or explanations', () => {
    const report = formatCaseReport(results, { lang: 'en', passed: false, explanations: false });
    expect(report).not.toContain('✓');
    expect(report).not.toContain('How the actual result was reached');
    expect(report).toContain('    expect.fee (line 10): expected "11.00", actual "10.00"');
    expect(report).toContain(
      '    expect.findings[0] (line 10): no element of the list matches: expected {"rule":"a"} (the list is empty)',
    );
    expect(report).toContain('    Error while computing (line 12):');
    expect(report.endsWith('\n1 passed, 2 failed')).toBe(true);
  });

  it('an empty run is just the summary line; summary: false leaves it out', () => {
    expect(formatCaseReport([])).toBe('0 passed, 0 failed');
    expect(formatCaseReport(results, { passed: false, explanations: false, summary: false }).split('\n').at(-1)).toBe(
      '      not_in_force @ parameters.toy.rate: 参数「费率」自 2020-01-01 起才有效，2019-01-01 无有效取值',
    );
  });
});
