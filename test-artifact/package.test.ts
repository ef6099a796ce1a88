import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');

function run(cmd: string, args: string[], cwd = root): { code: number; out: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { code: r.status ?? 1, out: `${r.stdout}\n${r.stderr}` };
}

describe('package lints on the built artifact', () => {
  it('publint reports nothing (strict: warnings fail)', () => {
    const r = run('npx', ['publint', '--strict', '--level', 'suggestion']);
    console.log(r.out.trim());
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/Errors:|Warnings:|Suggestions:/);
  });

  it('are-the-types-wrong reports no problem for node10, node16 (CJS and ESM) and bundler', () => {
    const r = run('npx', ['attw', '--pack', '.', '--format', 'table-flipped']);
    console.log(r.out.trim());
    expect(r.out).toMatch(/No problems found/);
    expect(r.code).toBe(0);
  });

  it('TypeDoc builds the API site with no warning (every public export documented)', () => {
    const r = run('npx', ['typedoc', '--logLevel', 'Warn']);
    if (r.code !== 0) console.log(r.out);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/\[warning\]|\[error\]/);
  });
});

describe('installed from the packed tarball', () => {
  let dir = '';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hsw-install-'));
    const tgz = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop()!;
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }));
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(dir, tgz)],
      { cwd: dir, stdio: 'pipe' },
    );
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('every subpath loads with require() and with import, and both expose the same names', () => {
    for (const sub of subpaths) {
      const spec = sub === '.' ? 'huaian-social-work' : `huaian-social-work/${sub.slice(2)}`;
      const cjs = run(
        process.execPath,
        ['-e', `console.log(JSON.stringify(Object.keys(require('${spec}')).sort()))`],
        dir,
      );
      const esm = run(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import * as m from '${spec}'; console.log(JSON.stringify(Object.keys(m).filter(k => k !== 'default').sort()))`,
        ],
        dir,
      );
      expect(cjs.code, cjs.out).toBe(0);
      expect(esm.code, esm.out).toBe(0);
      expect(JSON.parse(cjs.out.trim().split('\n')[0]!)).toEqual(JSON.parse(esm.out.trim().split('\n')[0]!));
    }
  });

  it('the README examples run against the installed package and give the documented results', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    let checks = 0;
    blocks.forEach((block, b) => {
      const body = block
        .split('\n')
        .map((line) => {
          const m = /^(.*?);?\s*\/\/=> (.*)$/.exec(line);
          if (m === null) return line;
          checks++;
          const [, expr, expected] = m;
          const thrown = /^throws (\w+)$/.exec(expected!);
          return thrown
            ? `__throws(() => (${expr}), ${JSON.stringify(thrown[1])}, ${JSON.stringify(line)});`
            : `__check(() => (${expr}), ${expected}, ${JSON.stringify(line)});`;
        })
        .join('\n');
      const prelude = `import { deepStrictEqual } from 'node:assert';
const __check = (f, want, line) => { const got = f(); deepStrictEqual(got, want, line + ' gave ' + JSON.stringify(got)); };
const __throws = (f, code, line) => { try { f(); } catch (e) { if (e && e.name === 'PolicyError' && e.code === code) return; throw new Error(line + ' threw ' + e); } throw new Error(line + ' did not throw'); };
`;
      const file = join(dir, `readme-${b}.mjs`);
      writeFileSync(file, prelude + body);
      const r = run(process.execPath, [file], dir);
      expect(r.code, `README block ${b + 1}:\n${r.out}`).toBe(0);
    });
    expect(checks).toBeGreaterThanOrEqual(10);
  });

  it('the installed huaian-sw bin runs the demo and the policy-case runner', () => {
    const bin = join(dir, 'node_modules', '.bin', 'huaian-sw');
    const demo = run(bin, ['demo', '--lang', 'en'], dir);
    expect(demo.code, demo.out).toBeLessThan(2);
    expect(demo.out).toMatch(/salary|Salary/);
    writeFileSync(
      join(dir, 'cases.yaml'),
      [
        'cases:',
        '  - name: 3 formal members must form a branch',
        '    computation: party_organization',
        '    input: 3',
        '    expect:',
        '      mustSetUpBranch: true',
      ].join('\n'),
    );
    const cases = run(bin, ['test', 'cases.yaml', '--lang', 'en'], dir);
    expect(cases.out).toMatch(/^\d+ passed, \d+ failed$/m);
  });

  it('the installed CLI gives byte-identical salary, coverage and review results under four time zones', () => {
    const bin = join(dir, 'node_modules', '.bin', 'huaian-sw');
    const demo = join(dir, 'node_modules', 'huaian-social-work', 'data', 'demo');
    const commands = [
      ['salary', join(demo, 'roster.csv'), '--as-of', '2026-01-01', '--format', 'json', '--explain'],
      ['coverage', join(demo, 'registry.json'), '--as-of', '2025-12-31', '--format', 'json'],
      ['review', join(demo, 'slate.json'), '--format', 'json'],
    ];
    for (const args of commands) {
      const outs = ['UTC', 'Asia/Shanghai', 'Pacific/Apia', 'America/Los_Angeles'].map((tz) => {
        const r = spawnSync(bin, args, {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, TZ: tz },
          maxBuffer: 64 * 1024 * 1024,
        });
        expect(r.status, `${args[0]} under ${tz}: ${r.stderr}`).toBeLessThan(2);
        return r.stdout;
      });
      expect(outs[0]!.length, args[0]).toBeGreaterThan(1000);
      expect(new Set(outs).size, `${args[0]} differs across time zones`).toBe(1);
    }
  });

  it('the installed package computes the same results under different TZ', () => {
    const script = `const d = require('huaian-social-work');
      const t = require('huaian-social-work/divisions').huaianDivisions();
      console.log(JSON.stringify([d.fullYearsBetween('2020-02-29','2024-02-28'), d.firstJanuaryOnOrAfter('2023-03-15'), d.roundYuan('2.345'), t.units.length]));`;
    const outs = ['UTC', 'Asia/Shanghai', 'Pacific/Apia', 'America/Los_Angeles'].map((tz) => {
      const r = spawnSync(process.execPath, ['-e', script], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, TZ: tz },
      });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    });
    expect(new Set(outs).size).toBe(1);
    expect(JSON.parse(outs[0]!)).toEqual([3, '2024-01-01', '2.35', 1723]);
  });
});
