// One end-to-end run of the real entry point in a child process: arguments, files, stdout, stderr and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('huaian-sw (child process)', () => {
  it('salary over the GBK fixture: CSV written, bad row on stderr, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huaian-sw-'));
    const out = join(dir, 'pay.csv');
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'salary',
        'test/cli/fixtures/roster-gbk.csv',
        '--as-of',
        '2026-01-01',
        '--out',
        out,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('第 5 行（编号 HA004），列「学历」');
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\ufeff行号,编号,姓名,岗位,等级,')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean).length).toBe(6);
  });
});
