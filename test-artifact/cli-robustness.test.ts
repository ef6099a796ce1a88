// The installed huaian-sw never destroys or silently drops data: each case runs the bin installed from the packed
// tarball in a child process and checks its exit code, its message and what it wrote. Big fixtures are generated
// into a temporary folder here, never committed.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
let dir = '';
let bin = '';
let work = '';
let rssProbe = '';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the installed bin in the work folder. */
function sw(args: string[]): Run {
  const r = spawnSync(bin, args, {
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const HEADER = '编号,姓名,岗位,学历,参加社区工作时间';
const good = (i: number) => `HA${i},示例${i},正职,本科,2020-01-01`;
const roster = (rows: string[], header = HEADER) => '\ufeff' + [header, ...rows].join('\r\n') + '\r\n';
const file = (name: string) => join(work, name);
const write = (name: string, content: string | Uint8Array) => {
  writeFileSync(file(name), content);
  return file(name);
};
const temps = () => readdirSync(work).filter((f) => f.endsWith('.tmp'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hsw-robust-'));
  const tgz = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop()!;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(dir, tgz)], {
    cwd: dir,
    stdio: 'pipe',
  });
  bin = join(dir, 'node_modules', '.bin', 'huaian-sw');
  work = join(dir, 'work');
  mkdirSync(work);
  // Loaded into the child through NODE_OPTIONS: writes its peak resident set size (KB) when it exits.
  rssProbe = join(dir, 'rss-probe.cjs');
  writeFileSync(
    rssProbe,
    "process.on('exit', () => require('fs').writeFileSync(process.env.HSW_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
  );
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the output is never an input', () => {
  it('refuses --out equal to the roster, a symlink to it and a hard link to it (exit 2); the roster stays byte-identical', () => {
    const input = write('roster.csv', roster([good(1), good(2)]));
    const before = readFileSync(input);
    symlinkSync(input, file('sym.csv'));
    linkSync(input, file('hard.csv'));
    for (const out of ['roster.csv', 'sym.csv', 'hard.csv']) {
      const r = sw(['salary', 'roster.csv', '--as-of', '2026-01-01', '--out', out]);
      expect(r.code, r.stderr).toBe(2);
      const link = out === 'roster.csv' ? '' : '（经由符号链接或硬链接）';
      expect(r.stderr).toContain(
        `输出文件「${out}」和输入文件「roster.csv」是同一个文件${link}：拒绝写入，输入保持原样`,
      );
      expect(readFileSync(input).equals(before)).toBe(true);
    }
    const en = sw(['salary', 'roster.csv', '--as-of', '2026-01-01', '--out', 'hard.csv', '--lang', 'en']);
    expect(en.stderr).toContain(
      'the output file hard.csv is the same file as the input file roster.csv (through a symbolic or hard link): refusing to write; the input is untouched',
    );
    expect(temps()).toEqual([]);
  });

  it('refuses review and coverage writing over their input, and salary writing over its --profile file', () => {
    const demo = join(dir, 'node_modules', 'huaian-social-work', 'data', 'demo');
    const slate = write('slate.json', readFileSync(join(demo, 'slate.json')));
    const registry = write('registry.json', readFileSync(join(demo, 'registry.json')));
    const profile = write('profile.json', '{"id":"x"}');
    const cases: [string[], string, string][] = [
      [
        ['review', 'slate.json', '--out', 'slate.json'],
        slate,
        '输出文件「slate.json」和输入文件「slate.json」是同一个文件',
      ],
      [
        ['coverage', 'registry.json', '--as-of', '2025-12-31', '--out', 'registry.json'],
        registry,
        '输出文件「registry.json」和输入文件「registry.json」是同一个文件',
      ],
      [
        ['salary', 'roster.csv', '--as-of', '2026-01-01', '--profile', 'profile.json', '--out', 'profile.json'],
        profile,
        '和 --profile 读取的文件「profile.json」是同一个文件',
      ],
    ];
    for (const [args, input, message] of cases) {
      const before = readFileSync(input);
      const r = sw(args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(message);
      expect(readFileSync(input).equals(before)).toBe(true);
    }
  });
});

describe('atomic output', () => {
  it('names the output, not the input, when its folder is missing (exit 2)', () => {
    write('roster.csv', roster([good(1)]));
    const r = sw(['salary', 'roster.csv', '--as-of', '2026-01-01', '--out', 'no-such-folder/pay.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法写入输出文件「no-such-folder/pay.csv」：文件夹「no-such-folder」不存在');
    expect(r.stderr).not.toContain('roster.csv');
    expect(existsSync(file('no-such-folder'))).toBe(false);
  });

  it('refuses targets that cannot be written even as root: a folder, a path under a file, a full device', () => {
    write('roster.csv', roster([good(1)]));
    mkdirSync(file('folder.csv'));
    const folder = sw(['salary', 'roster.csv', '--as-of', '2026-01-01', '--out', 'folder.csv']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('输出「folder.csv」是一个文件夹，不是文件');
    const under = sw(['salary', 'roster.csv', '--as-of', '2026-01-01', '--out', 'roster.csv/pay.csv', '--lang', 'en']);
    expect(under.code).toBe(2);
    expect(under.stderr).toContain(
      'cannot write the output file roster.csv/pay.csv: part of the path roster.csv is not a folder',
    );
    if (existsSync('/dev/full')) {
      const full = sw(['salary', 'roster.csv', '--as-of', '2026-01-01', '--out', '/dev/full', '--format', 'csv']);
      expect(full.code).toBe(2);
      expect(full.stderr).toContain('无法写入输出文件「/dev/full」：磁盘空间不足');
      expect(statSync('/dev/full').isCharacterDevice()).toBe(true); // written in place, never replaced
    }
    expect(temps()).toEqual([]);
  });

  it('refuses a folder that nobody may create files in (immutable, which binds root too), keeping the old output', (ctx) => {
    const locked = file('locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'pay.csv'), 'previous');
    chmodSync(locked, 0o555); // enough for an ordinary user
    const immutable = spawnSync('chattr', ['+i', locked]).status === 0; // and this for root, where the file system allows it
    try {
      const r = sw(['salary', 'roster.csv', '--as-of', '2026-01-01', '--out', 'locked/pay.csv']);
      if (process.getuid?.() === 0 && !immutable) ctx.skip(); // root on a file system without the immutable flag: nothing stops it
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('无法写入输出文件「locked/pay.csv」：没有权限（需要能在文件夹「locked」中新建文件）');
      expect(readFileSync(join(locked, 'pay.csv'), 'utf8')).toBe('previous');
    } finally {
      if (immutable) spawnSync('chattr', ['-i', locked]);
      chmodSync(locked, 0o755);
    }
  });

  it('a run killed while writing leaves the previous output intact; SIGTERM also removes its temporary file', async () => {
    write('big.csv', roster(Array.from({ length: 400_000 }, (_, i) => good(i + 1))));
    const out = write('pay.csv', 'previous output\n');
    const kill = async (signal: NodeJS.Signals) => {
      const child = spawn(bin, ['salary', 'big.csv', '--as-of', '2026-01-01', '--out', 'pay.csv'], {
        cwd: work,
        stdio: 'ignore',
      });
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('close', (code, sig) => resolve({ code, signal: sig })),
      );
      // Wait until the temporary file beside the target holds part of the result, then kill.
      for (let i = 0; i < 3000; i++) {
        const t = temps()[0];
        if (t !== undefined && statSync(file(t)).size > 1 << 20) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(temps()).toHaveLength(1);
      child.kill(signal);
      return ended;
    };
    const term = await kill('SIGTERM');
    expect(term).toEqual({ code: 143, signal: null });
    expect(readFileSync(out, 'utf8')).toBe('previous output\n');
    expect(temps()).toEqual([]);
    const killed = await kill('SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    expect(readFileSync(out, 'utf8')).toBe('previous output\n');
    // SIGKILL cannot be caught: its temporary file stays, hidden and named after the target, and nothing else changed.
    expect(temps()).toEqual([expect.stringMatching(/^\.pay\.csv\.\d+\.[0-9a-f]{8}\.tmp$/)]);
    for (const t of temps()) rmSync(file(t));
    const done = sw(['salary', 'big.csv', '--as-of', '2026-01-01', '--out', 'pay.csv']);
    expect(done.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')).toHaveLength(400_002);
    expect(temps()).toEqual([]);
  });
});

describe('rows are never silently dropped', () => {
  it('a stray quote in row 5 of 8 stops the run with row, column and lines; no output is written', () => {
    const rows = Array.from({ length: 8 }, (_, i) => (i === 3 ? 'HA4,"示例丁,正职,本科,2020-01-01' : good(i + 1)));
    write('stray.csv', roster(rows));
    const r = sw(['salary', 'stray.csv', '--as-of', '2026-01-01', '--out', 'stray-pay.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '「stray.csv」第 5 行，列「姓名」：带引号的单元格直到文件末尾（5 个物理行）都没有结束的引号',
    );
    expect(existsSync(file('stray-pay.csv'))).toBe(false);
  });

  it('a stray quote at the top of a 100,001-row file is found within 50 lines, not after swallowing the file', () => {
    write(
      'long.csv',
      roster(Array.from({ length: 100_001 }, (_, i) => (i === 0 ? 'HA1,"示例,正职,本科,2020-01-01' : good(i + 1)))),
    );
    const r = sw(['salary', 'long.csv', '--as-of', '2026-01-01', '--format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'long.csv, row 2, column "姓名": a quoted cell runs over more than 50 physical lines: most likely a stray quote " swallowed the lines after it',
    );
    expect(r.stdout).toBe('');
  });

  it('a file cut in the middle of a record: the cut row is an error of its own and the counts add up (exit 1)', () => {
    const whole = roster([good(1), good(2), good(3)]);
    write('cut.csv', whole.slice(0, whole.lastIndexOf('本科')));
    const r = sw(['salary', 'cut.csv', '--as-of', '2026-01-01', '--out', 'cut-pay.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '第 4 行（编号 HA3）：这一行只有 4 列（表头有 5 列），而且文件在这一行中间结束：文件可能不完整（被截断），这一行不予计算 [truncated_row]',
    );
    // huaian's amounts were never found: the two whole rows are graded and their pay undetermined, the cut one an error.
    expect(r.stderr).toContain('共 3 行：已计算 0 行，无法判定 2 行，有误 1 行');
    expect(readFileSync(file('cut-pay.csv'), 'utf8').split('\r\n').filter(Boolean)).toHaveLength(4);
    // Cut inside a quoted cell: nothing can be trusted after the quote.
    write('cut-quoted.csv', whole.replace('示例3', '"示例3').slice(0, -10));
    const q = sw(['salary', 'cut-quoted.csv', '--as-of', '2026-01-01']);
    expect(q.code).toBe(2);
    expect(q.stderr).toContain(
      '「cut-quoted.csv」第 4 行，列「姓名」：带引号的单元格直到文件末尾（1 个物理行）都没有结束的引号：可能多了一个引号 "，或者文件不完整（被截断）',
    );
  });

  it('UTF-16 with a BOM gives the same result as UTF-8', () => {
    const text = roster([good(1), good(2)]).slice(1);
    write('utf8.csv', text);
    write('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const a = sw(['salary', 'utf8.csv', '--as-of', '2026-01-01', '--format', 'csv']);
    const b = sw(['salary', 'utf16.csv', '--as-of', '2026-01-01', '--format', 'csv']);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(b.stdout.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('binary garbage and a workbook are refused as not text (exit 2), without echoing the bytes', () => {
    let x = 12345;
    const garbage = Uint8Array.from({ length: 100_000 }, () => (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 23);
    write('garbage.csv', garbage);
    const g = sw(['salary', 'garbage.csv', '--as-of', '2026-01-01']);
    expect(g.code).toBe(2);
    expect(g.stderr).toMatch(
      /^huaian-sw salary: 文件「garbage\.csv」不是文本文件（第 \d+ 字节是 NUL 字节）：请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”后再试\n用 huaian-sw salary --help 查看用法\n$/,
    );
    write('book.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...garbage.subarray(0, 1000)]));
    const b = sw(['salary', 'book.csv', '--as-of', '2026-01-01', '--lang', 'en']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain(
      'book.csv: not a valid Excel workbook (.xlsx): the file may be damaged, or an old .xls (save it from Excel as .xlsx)',
    );
  });

  it('an empty file is refused (exit 2); a header without rows gives an empty result and a note (exit 0)', () => {
    write('empty.csv', '');
    const e = sw(['salary', 'empty.csv', '--as-of', '2026-01-01', '--out', 'empty-pay.csv']);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('「empty.csv」是空文件（没有表头）');
    expect(existsSync(file('empty-pay.csv'))).toBe(false);
    write('header.csv', roster([]));
    const h = sw(['salary', 'header.csv', '--as-of', '2026-01-01', '--out', 'header-pay.csv']);
    expect(h.code).toBe(0);
    expect(h.stderr).toContain('提示：「header.csv」中没有数据行');
    expect(h.stderr).toContain('共 0 行：已计算 0 行，有误 0 行');
    expect(readFileSync(file('header-pay.csv'), 'utf8')).toMatch(/^\ufeff行号,编号,姓名,岗位,等级,[^\r\n]*\r\n$/);
  });

  it('duplicate headers: two spellings of one field are refused (exit 2); the same header twice is checked row by row (exit 1)', () => {
    write('dup-conflict.csv', roster(['HA1,正职,本科,2020-01-01,副职'], '编号,岗位,学历,参加社区工作时间,post'));
    const c = sw(['salary', 'dup-conflict.csv', '--as-of', '2026-01-01']);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('表头第 2 列「岗位」、第 5 列「post」都对应「岗位」，无法确定以哪一列为准');
    write(
      'dup-same.csv',
      roster(
        ['HA1,正职,本科,2020-01-01,正职', 'HA2,正职,本科,2020-01-01,副职'],
        '编号,岗位,学历,参加社区工作时间,岗位',
      ),
    );
    const s = sw(['salary', 'dup-same.csv', '--as-of', '2026-01-01', '--format', 'csv']);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain(
      '第 3 行（编号 HA2），列「岗位」：重复的列两处不一致：「正职」和「副职」 [inconsistent]',
    );
    expect(s.stdout.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('10,000 columns: the unknown ones are named briefly and the rows computed', () => {
    const extra = Array.from({ length: 9_995 }, (_, i) => `附加${i + 1}`);
    write(
      'wide.csv',
      roster(
        Array.from({ length: 100 }, (_, i) => [good(i + 1), ...extra.map(() => 'x')].join(',')),
        [HEADER, ...extra].join(','),
      ),
    );
    const r = sw(['salary', 'wide.csv', '--as-of', '2026-01-01', '--out', 'wide-pay.csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('提示：忽略无法识别的列：附加1、附加2、');
    expect(r.stderr).toContain('附加20 等 9,995 列\n');
    expect(r.stderr).toContain('共 100 行：已计算 0 行，无法判定 100 行，有误 0 行'); // graded; pay undetermined (huaian has no amounts)
    expect(readFileSync(file('wide-pay.csv'), 'utf8').split('\r\n').filter(Boolean)).toHaveLength(101);
  });
});

describe('diagnostics with bounded memory', () => {
  /** Runs the bin with stderr read slowly (a pause after every chunk), returning what it printed and its peak RSS. */
  function slowRun(args: string[], name: string): Promise<Run & { rssMB: number; stderrBytes: number }> {
    const rssFile = join(dir, `${name}.rss`);
    const child = spawn(bin, args, {
      cwd: work,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: `--require ${rssProbe}`, HSW_RSS_FILE: rssFile },
    });
    const parts: Buffer[] = [];
    let bytes = 0;
    child.stderr.on('data', (d: Buffer) => {
      bytes += d.length;
      if (parts.length < 200) parts.push(d);
      child.stderr.pause();
      setTimeout(() => child.stderr.resume(), 3);
    });
    return new Promise((resolve) =>
      child.on('close', (code, signal) => {
        resolve({
          code,
          signal,
          stdout: '',
          stderr: Buffer.concat(parts).toString('utf8'),
          rssMB: Number(readFileSync(rssFile, 'utf8')) / 1024,
          stderrBytes: bytes,
        });
      }),
    );
  }
  /** Bad rows of three kinds: a malformed assessment (CLI), cells beyond the header (sheet), and 1 in 100 a bad education (library). */
  const badRows = (n: number) =>
    roster(
      Array.from({ length: n }, (_, k) => {
        const i = k + 1;
        if (i % 100 === 0) return `HA${i},示例,正职,研究生,2020-01-01,`;
        return i % 2 === 0 ? `HA${i},示例,正职,本科,2020-01-01,2023优秀` : `HA${i},示例,正职,本科,2020-01-01,,多余`;
      }),
      HEADER + ',考核',
    );

  it('600,000 bad rows through a slow stderr pipe: 20 lines per error code, a count of the rest, peak RSS under 200 MB', async () => {
    write('bad.csv', badRows(600_000));
    const r = await slowRun(['salary', 'bad.csv', '--as-of', '2026-01-01', '--out', 'bad-pay.csv'], 'bad');
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n');
    for (const code of ['invalid_format', 'extra_cells', 'ambiguous_value'])
      expect(
        lines.filter((l) => l.endsWith(`[${code}]`)),
        code,
      ).toHaveLength(20);
    expect(r.stderr).toContain('…另有 299,980 条 [extra_cells] 错误未逐条列出');
    expect(r.stderr).toContain('…另有 293,980 条 [invalid_format] 错误未逐条列出');
    expect(r.stderr).toContain('…另有 5,980 条 [ambiguous_value] 错误未逐条列出');
    expect(r.stderr).toContain('共 600,000 行：已计算 0 行，有误 600,000 行');
    expect(readFileSync(file('bad-pay.csv'), 'utf8').split('\r\n').filter(Boolean)).toHaveLength(600_001);
    console.log(`600k bad rows: peak RSS ${r.rssMB.toFixed(0)} MB, ${r.stderrBytes} bytes of stderr`);
    expect(r.rssMB).toBeLessThan(200);
  });

  it('--show-errors all streams every line through a slow pipe with bounded memory', async () => {
    write('bad200k.csv', badRows(200_000));
    const r = await slowRun(
      ['salary', 'bad200k.csv', '--as-of', '2026-01-01', '--out', 'bad200k-pay.csv', '--show-errors', 'all'],
      'all',
    );
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith('第 2 行（编号 HA1）：这一行有 7 列，比表头多 1 列')).toBe(true);
    expect(r.stderrBytes).toBeGreaterThan(200_000 * 60); // every row's line arrived
    console.log(
      `200k bad rows, every error listed: peak RSS ${r.rssMB.toFixed(0)} MB, ${r.stderrBytes} bytes of stderr`,
    );
    expect(r.rssMB).toBeLessThan(200);
  });
});
