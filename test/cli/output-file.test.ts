// The output is never an input, and a failed run leaves the previous output as it was (in memory and on disk).
import {
  chmodSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { diskIO, memoryIO } from './memory-io.js';

const ROSTER = '\ufeff编号,岗位,学历,参加社区工作时间\r\nA,正职,本科,2020-01-01\r\nB,副职,硕士,2019-01-01\r\n';
const SALARY = ['--as-of', '2026-01-01'];

describe('the output is never an input (in memory)', () => {
  it.each([
    [
      'salary, the roster itself',
      ['salary', 'r.csv', ...SALARY, '--out', 'r.csv'],
      '输出文件「r.csv」和输入文件「r.csv」是同一个文件：拒绝写入，输入保持原样',
    ],
    [
      'salary, the --profile file',
      ['salary', 'r.csv', ...SALARY, '--profile', 'p.json', '--out', 'p.json'],
      '和 --profile 读取的文件「p.json」是同一个文件',
    ],
    [
      'salary, the --overrides file',
      ['salary', 'r.csv', ...SALARY, '--overrides', 'o.json', '--out', 'o.json'],
      '和 --overrides 读取的文件「o.json」是同一个文件',
    ],
    [
      'coverage, the registry',
      ['coverage', 'g.json', '--as-of', '2025-12-31', '--out', 'g.json'],
      '和输入文件「g.json」是同一个文件',
    ],
    [
      'coverage, the --divisions file',
      ['coverage', 'g.json', '--as-of', '2025-12-31', '--divisions', 'd.json', '--out', 'd.json'],
      '和 --divisions 读取的文件「d.json」',
    ],
    ['review, the slate', ['review', 's.json', '--out', 's.json'], '和输入文件「s.json」是同一个文件'],
    [
      'review, the --registry file',
      ['review', 's.json', '--registry', 'x.json', '--out', 'x.json'],
      '和 --registry 读取的文件「x.json」',
    ],
  ])('refuses %s (exit 2) and writes nothing', async (_what, argv, message) => {
    const files = {
      'r.csv': ROSTER,
      'p.json': '{}',
      'o.json': '{}',
      'g.json': '{}',
      'd.json': '{}',
      's.json': '{}',
      'x.json': '[]',
    };
    const m = memoryIO(files);
    expect(await run(argv, m.io)).toBe(2);
    expect(m.stderr()).toContain(message);
    const out = argv[argv.indexOf('--out') + 1]!;
    expect(m.file(out)).toBe('');
  });

  it('refuses an output that is a link to the input, naming both, in English with --lang en', async () => {
    const m = memoryIO({ 'r.csv': ROSTER }, { links: { 'pay.csv': 'r.csv' } });
    expect(await run(['salary', 'r.csv', ...SALARY, '--out', 'pay.csv', '--lang', 'en'], m.io)).toBe(2);
    expect(m.stderr()).toContain(
      'the output file pay.csv is the same file as the input file r.csv (through a symbolic or hard link): refusing to write; the input is untouched',
    );
  });

  it('refuses to print into the input when standard output is redirected to it', async () => {
    const m = memoryIO({ 'r.csv': ROSTER }, { stdoutFile: 'r.csv' });
    expect(await run(['salary', 'r.csv', ...SALARY, '--format', 'csv'], m.io)).toBe(2);
    expect(m.stderr()).toContain('标准输出被重定向到了输入文件「r.csv」：拒绝写入');
    expect(m.stdout()).toBe('');
    const other = memoryIO({ 'r.csv': ROSTER }, { stdoutFile: 'pay.csv' });
    expect(await run(['salary', 'r.csv', ...SALARY, '--format', 'csv'], other.io)).toBe(0);
  });
});

describe('a failed run leaves the previous output (in memory)', () => {
  it('keeps it when the input turns out bad after the output was opened', async () => {
    // Valid UTF-8 at first, then a GBK byte: the run fails half-way, after rows were written.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(ROSTER + 'C,正职,本科,2020-01-01,'),
      0xc9,
      0xe7,
      0x0d,
      0x0a,
    ]);
    const m = memoryIO({ 'r.csv': bytes }, { written: { 'pay.csv': 'previous' } });
    expect(await run(['salary', 'r.csv', ...SALARY, '--encoding', 'utf8', '--out', 'pay.csv'], m.io)).toBe(2);
    expect(m.file('pay.csv')).toBe('previous');
  });

  it('reports a full disk as a file error naming the output (exit 2), keeping the previous output', async () => {
    const m = memoryIO({ 'r.csv': ROSTER }, { written: { 'pay.csv': 'previous' }, failWrite: 1 });
    expect(await run(['salary', 'r.csv', ...SALARY, '--out', 'pay.csv'], m.io)).toBe(2);
    expect(m.stderr()).toContain('无法写入输出文件「pay.csv」：磁盘空间不足');
    expect(m.file('pay.csv')).toBe('previous');
  });
});

describe('output files on disk', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hsw-out-'));
    writeFileSync(join(dir, 'r.csv'), ROSTER);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const roster = () => join(dir, 'r.csv');
  const leftovers = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

  it('refuses a symlink and a hard link to the input, leaving it byte-identical', async () => {
    symlinkSync(roster(), join(dir, 'sym.csv'));
    linkSync(roster(), join(dir, 'hard.csv'));
    for (const out of ['sym.csv', 'hard.csv']) {
      const m = diskIO();
      expect(await run(['salary', roster(), ...SALARY, '--out', join(dir, out)], m.io)).toBe(2);
      expect(m.stderr()).toContain(
        `输出文件「${join(dir, out)}」和输入文件「${roster()}」是同一个文件（经由符号链接或硬链接）`,
      );
      expect(readFileSync(roster(), 'utf8')).toBe(ROSTER);
    }
    expect(leftovers()).toEqual([]);
  });

  it('replaces a previous output only when the run succeeds, keeping its permissions and leaving no temporary file', async () => {
    const out = join(dir, 'pay.csv');
    writeFileSync(out, 'previous');
    chmodSync(out, 0o640);
    const bad = diskIO();
    writeFileSync(join(dir, 'bad.csv'), new Uint8Array([...new TextEncoder().encode(ROSTER), 0xc9, 0xe7, 0x0d, 0x0a]));
    expect(await run(['salary', join(dir, 'bad.csv'), ...SALARY, '--encoding', 'utf8', '--out', out], bad.io)).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(leftovers()).toEqual([]);
    const good = diskIO();
    expect(await run(['salary', roster(), ...SALARY, '--out', out], good.io)).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^\ufeff行号,/);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(leftovers()).toEqual([]);
  });

  it('writes through a symlink output to the file it points to, keeping the link', async () => {
    const real = join(dir, 'real.csv');
    writeFileSync(real, 'previous');
    symlinkSync(real, join(dir, 'link.csv'));
    expect(await run(['salary', roster(), ...SALARY, '--out', join(dir, 'link.csv')], diskIO().io)).toBe(0);
    expect(readFileSync(real, 'utf8')).toMatch(/^\ufeff行号,/);
    expect(readFileSync(join(dir, 'link.csv'), 'utf8')).toBe(readFileSync(real, 'utf8'));
  });

  it('names the output, not the input, when its folder is missing, and refuses a folder as output', async () => {
    const missing = join(dir, 'no-such-folder', 'pay.csv');
    const m = diskIO();
    expect(await run(['salary', roster(), ...SALARY, '--out', missing], m.io)).toBe(2);
    expect(m.stderr()).toContain(`无法写入输出文件「${missing}」：文件夹「${join(dir, 'no-such-folder')}」不存在`);
    expect(m.stderr()).not.toContain('r.csv');
    mkdirSync(join(dir, 'folder.csv'));
    const f = diskIO();
    expect(await run(['salary', roster(), ...SALARY, '--out', join(dir, 'folder.csv'), '--lang', 'en'], f.io)).toBe(2);
    expect(f.stderr()).toContain(`the output ${join(dir, 'folder.csv')} is a folder, not a file`);
  });
});
