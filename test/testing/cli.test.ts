import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCaseFilesCli, type CliStreams } from '../../src/testing/index.js';
import { toyComputations, toyProfile } from './toy.js';

let dir = '';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliStreams = { stdout: (t) => (out += t), stderr: { write: (t: string) => (err += t) } };
  const code = runCaseFilesCli(args, io, { computations: toyComputations });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hsw-cases-'));
  mkdirSync(join(dir, 'suite', 'profiles'), { recursive: true });
  const good = [
    '用例:',
    '  - 名称: 十元',
    '    计算: 费用',
    '    计算日期: 2024-01-01',
    '    输入: { amount: "100" }',
    '    期望: { fee: "10.00" }',
  ].join('\n');
  const failing = [
    '- name: wrong',
    '  computation: fee',
    '  asOf: 2024-01-01',
    '  input: { amount: "100" }',
    '  expect: { fee: "9.00" }',
  ].join('\n');
  const bad = ['cases:', '  - name: broken', '    computation: fee', '    asOf: 2024-13-01', '    expect: {}'].join(
    '\n',
  );
  const hostProfile = {
    ...toyProfile,
    id: 'host',
    parameters: {
      'toy.rate': {
        ...toyProfile.parameters['toy.rate']!,
        values: [{ effectiveFrom: '2000-01-01', value: '0.5', source: { title: 'Host' } }],
      },
    },
  };
  const withPath = [
    '- name: host profile from a file',
    '  computation: fee',
    '  profile: profiles/host.json',
    '  asOf: 2024-01-01',
    '  input: { amount: "10" }',
    '  expect: { fee: "5.00" }',
  ].join('\n');
  const missingProfile = [
    '- name: no such profile file',
    '  computation: fee',
    '  profile: ./nowhere.json',
    '  expect: {}',
  ].join('\n');
  writeFileSync(join(dir, 'suite', 'good.yaml'), good);
  writeFileSync(join(dir, 'suite', 'profile.yml'), withPath);
  writeFileSync(join(dir, 'suite', 'profiles', 'host.json'), JSON.stringify(hostProfile));
  writeFileSync(
    join(dir, 'failing.cases.json'),
    JSON.stringify([
      { name: 'json wrong', computation: 'fee', asOf: '2024-01-01', input: { amount: '1' }, expect: { fee: '1.00' } },
    ]),
  );
  writeFileSync(join(dir, 'failing.yaml'), failing);
  writeFileSync(join(dir, 'bad.yaml'), bad);
  writeFileSync(join(dir, 'missing-profile.yaml'), missingProfile);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('runCaseFilesCli (huaian-sw test)', () => {
  it('exit 0 when every case passes; a directory expands to its case files; a profile path is read relative to the case file', () => {
    const r = run([join(dir, 'suite')]);
    expect(r.err).toBe('');
    expect(r.out).toBe('✓ 十元\n✓ host profile from a file\n\n2 passed, 0 failed\n');
    expect(r.code).toBe(0);
  });

  it('exit 1 on a failing case, with the failure printed readably (zh by default, en on request)', () => {
    const zh = run([join(dir, 'failing.yaml')]);
    expect(zh.code).toBe(1);
    expect(zh.out).toContain(`✗ wrong  (${join(dir, 'failing.yaml')}:1)`);
    expect(zh.out).toContain('expect.fee（第 5 行）：期望 "9.00"，实际 "10.00"');
    expect(zh.out.trimEnd().split('\n').at(-1)).toBe('0 passed, 1 failed');
    const en = run(['--lang', 'en', '--no-explain', join(dir, 'failing.yaml'), join(dir, 'failing.cases.json')]);
    expect(en.out).toContain('expect.fee (line 5): expected "9.00", actual "10.00"');
    expect(en.out).toContain('expect.fee (line 1): expected "1.00", actual "0.10"');
    expect(en.out).not.toContain('How the actual result');
    expect(en.out.trimEnd().split('\n').at(-1)).toBe('0 passed, 2 failed');
  });

  it('exit 2 for a bad file (errors on stderr with line), while the good files still run', () => {
    const r = run(['--lang=en', '-q', join(dir, 'bad.yaml'), join(dir, 'suite', 'good.yaml')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `${join(dir, 'bad.yaml')}:4:5 case "broken" cases[0].asOf: Not a valid YYYY-MM-DD date [invalid_date]`,
    );
    expect(r.out).toBe('1 passed, 0 failed\n');
  });

  it('exit 2 for a profile file that cannot be read, a missing file, no files, or a bad option', () => {
    const p = run([join(dir, 'missing-profile.yaml')]);
    expect(p.code).toBe(2);
    expect(p.err).toMatch(
      /missing-profile\.yaml:3 用例「no such profile file」 profile: 无法读取文件 \.\/nowhere\.json/,
    );
    const missing = run([join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('unreadable_file');
    expect(run([]).code).toBe(2);
    expect(run(['--lang', 'fr', 'x.yaml']).code).toBe(2);
    expect(run(['--verbose', 'x.yaml']).code).toBe(2);
    const empty = mkdtempSync(join(dir, 'empty-'));
    expect(run([empty]).code).toBe(2);
  });

  it('--json prints the results as data, with the same exit code', () => {
    const r = run(['--json', '--no-explain', join(dir, 'failing.yaml'), join(dir, 'bad.yaml')]);
    expect(r.code).toBe(2);
    const data = JSON.parse(r.out) as {
      passed: number;
      failed: number;
      badFiles: Array<{ file: string; issues: Array<{ code: string; params: { line: number } }> }>;
      results: unknown[];
    };
    expect(data.passed).toBe(0);
    expect(data.failed).toBe(1);
    expect(data.results).toEqual([
      {
        name: 'wrong',
        status: 'fail',
        file: join(dir, 'failing.yaml'),
        line: 1,
        mismatches: [{ path: 'expect.fee', expected: '9.00', actual: '10.00', kind: 'different', line: 5 }],
      },
    ]);
    expect(data.badFiles.map((b) => [b.file, b.issues[0]!.code, b.issues[0]!.params.line])).toEqual([
      [join(dir, 'bad.yaml'), 'invalid_date', 4],
    ]);
  });

  it('--help prints usage and exits 0', () => {
    const r = run(['--lang', 'en', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: huaian-sw test');
    expect(run(['-h']).out).toContain('用法：huaian-sw test');
  });
});
