// The shipped demo data is what the generator makes (fixed seed), and it is plausible and clearly synthetic.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/cli/csv.js';
import { huaianDivisions } from '../../src/divisions/index.js';
import { isValidResidentId, parseResidentId } from '../../src/validators/index.js';

const FILES = ['roster.csv', 'registry.json', 'slate.json'];

describe('demo data', () => {
  it('is exactly what scripts/generate-demo.ts produces', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-demo.ts', dir], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    for (const f of FILES)
      expect(readFileSync(join(dir, f), 'utf8'), f).toBe(readFileSync(join('data/demo', f), 'utf8'));
  });

  it('places 200 synthetic workers in real 淮安 villages and communities', () => {
    const tree = huaianDivisions();
    const rows = parseCsv(readFileSync('data/demo/roster.csv', 'utf8').slice(1)).slice(1);
    expect(rows.length).toBe(200);
    for (const r of rows) {
      expect(r[1]).toMatch(/^测试人员\d{3}$/);
      const code = /（(\d{12})）$/.exec(r[2]!)?.[1];
      expect(tree.get(code!)?.level).toBe('village');
    }
  });

  it('gives resident IDs with valid check characters, a region of the tree and the stated birth date', () => {
    const slate = JSON.parse(readFileSync('data/demo/slate.json', 'utf8')) as {
      slate: { candidate: { residentId?: string; birthDate?: string; name?: string } }[];
    };
    const withId = slate.slate.map((s) => s.candidate).filter((c) => c.residentId !== undefined);
    expect(withId.length).toBeGreaterThan(3);
    for (const c of withId) {
      expect(isValidResidentId(c.residentId)).toBe(true);
      expect(parseResidentId(c.residentId).birthDate).toBe(c.birthDate);
      expect(huaianDivisions().get(c.residentId!.slice(0, 6))).toBeDefined();
      expect(c.name).toMatch(/^示例/);
    }
  });
});
