import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreMessages } from '../../src/core/core-messages.js';
import { CASE_FILES_CLI_OPTIONS } from '../../src/testing/cli.js';
import { CASE_FILES_CLI_HELP, runCaseFilesCli, type CliStreams } from '../../src/testing/index.js';
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
      `${join(dir, 'bad.yaml')}:4:5 case "broken" cases[0].asOf: "asOf" is not a valid YYYY-MM-DD date: "2024-13-01" [invalid_date]`,
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

describe('huaian-sw test follows the conventions of the other commands', () => {
  const accepted = Object.keys(CASE_FILES_CLI_OPTIONS);

  it('its help names exactly the options it takes, in both languages, with the short forms it takes', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = CASE_FILES_CLI_HELP[lang];
      const named = new Set([...text.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]!));
      expect([...named].sort(), lang).toEqual([...accepted].sort());
      for (const [name, spec] of Object.entries(CASE_FILES_CLI_OPTIONS))
        if (spec.short !== undefined) expect(text, `${lang} -${spec.short}`).toContain(`--${name}, -${spec.short}`);
    }
    // And the runner takes each of them (an option the help names but the parser refuses is caught here).
    const file = join(dir, 'suite', 'good.yaml');
    for (const name of accepted) {
      const args = CASE_FILES_CLI_OPTIONS[name]!.value
        ? [`--${name}`, name === 'lang' ? 'en' : 'json', file]
        : [`--${name}`, file];
      const r = run(args);
      expect(r.err, name).toBe('');
      expect(r.code, name).toBe(0);
    }
  });

  it('its help is laid out as the other commands’: usage, a blank line, options, exit codes, examples', () => {
    const zh = CASE_FILES_CLI_HELP.zh.split('\n');
    expect(zh[0]).toMatch(/^用法：huaian-sw test /);
    expect(zh[1]).toBe('');
    expect(zh.filter((l) => /^(选项|退出码|示例)：/.test(l)).map((l) => l.slice(0, l.indexOf('：')))).toEqual([
      '选项',
      '退出码',
      '示例',
    ]);
    const en = CASE_FILES_CLI_HELP.en.split('\n');
    expect(en[0]).toMatch(/^Usage: huaian-sw test /);
    expect(en[1]).toBe('');
    expect(en.filter((l) => /^(Options|Exit codes|Examples):/.test(l)).map((l) => l.slice(0, l.indexOf(':')))).toEqual([
      'Options',
      'Exit codes',
      'Examples',
    ]);
    for (const lines of [zh, en]) {
      const options = lines.filter((l) => /^ {2}--/.test(l));
      // Aligned: every option's text starts in the same column, as a terminal shows it (a Chinese character is two wide).
      const width = (t: string): number => t.length + (t.match(/[\u3000-\u9fff\uff00-\uffef]/g)?.length ?? 0);
      expect(new Set(options.map((l) => width(/^ {2}\S.*?\s{2,}/.exec(l)![0]))).size).toBe(1);
      expect(lines.filter((l) => /^ {2}huaian-sw test /.test(l)).length).toBeGreaterThanOrEqual(2);
    }
    // -h and --help agree, and help is given in the language asked for wherever --lang is.
    expect(run(['-h', '--lang', 'en']).out).toBe(`${CASE_FILES_CLI_HELP.en}\n`);
  });

  it('an unknown option is refused (exit 2) with the words of the main CLI: did you mean, or the known options', () => {
    const near = run(['--explain', 'x.yaml']);
    expect(near.code).toBe(2);
    const names = accepted.map((n) => `--${n}`);
    const zh = coreMessages.text('unknown_option', { name: '--explain', suggestion: '--no-explain', known: names }).zh;
    expect(near.err).toBe(`huaian-sw test: ${zh}\n用 huaian-sw test --help 查看用法\n`);
    expect(near.err).toContain('是否应为「--no-explain」');
    const far = run(['--lang', 'en', '--colour', 'x.yaml']);
    expect(far.code).toBe(2);
    expect(far.err).toBe(
      `huaian-sw test: Unknown option "--colour"; known options: ${names.join(', ')}\nsee huaian-sw test --help\n`,
    );
    expect(run(['-x', 'x.yaml']).err).toContain('未知的选项「-x」');
    expect(run(['--constructor', 'x.yaml']).err).toContain('未知的选项「--constructor」');
    expect(run(['--json=yes', 'x.yaml']).err).toContain('选项 --json 不带取值');
    expect(run(['x.yaml', '--lang']).err).toContain('选项 --lang 缺少取值');
  });

  it('--format table|json, --json as its synonym; a bad --format or --lang is refused from the catalogue', () => {
    const failing = join(dir, 'failing.yaml');
    const viaFormat = run(['--format', 'json', '--no-explain', failing]);
    const viaJson = run(['--json', '--no-explain', failing]);
    expect(viaFormat.code).toBe(1);
    expect(JSON.parse(viaFormat.out)).toEqual(JSON.parse(viaJson.out));
    // The last of the two given wins.
    expect(run(['--json', '--format=table', failing]).out).toContain('0 passed, 1 failed');
    const csv = run(['--lang', 'en', '--format', 'csv', failing]);
    expect(csv.code).toBe(2);
    expect(csv.err).toBe('huaian-sw test: --format must be table or json, not "csv"\nsee huaian-sw test --help\n');
    const fr = run(['--lang', 'fr', failing]);
    expect(fr.code).toBe(2);
    expect(fr.err).toBe('huaian-sw test: --lang 只能是 zh 或 en，而不是「fr」\n用 huaian-sw test --help 查看用法\n');
  });

  it('no paths, no case files and unreadable files are worded by the catalogue', () => {
    expect(run(['--lang', 'en']).err).toBe(
      'huaian-sw test: case files or directories are required\nsee huaian-sw test --help\n',
    );
    const empty = mkdtempSync(join(dir, 'none-'));
    const none = run([empty]);
    expect(none.code).toBe(2);
    expect(none.err).toBe(`huaian-sw test: 在 ${empty} 中没有找到用例文件（.yaml、.yml、.cases.json）\n`);
    expect(run(['--lang', 'en', empty]).err).toBe(
      `huaian-sw test: No case files (.yaml, .yml, .cases.json) found in ${empty}\n`,
    );
    const bad = run(['--lang', 'en', join(dir, 'bad.yaml'), join(dir, 'nope.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.err.trimEnd().split('\n').at(-1)).toBe('2 case file(s) could not be read');
    expect(
      run([join(dir, 'bad.yaml')])
        .err.trimEnd()
        .split('\n')
        .at(-1),
    ).toBe('1 个用例文件有误，未能运行');
  });
});
