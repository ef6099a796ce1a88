// A 村(居)委会台账 as a clerk keeps it: counts with their units (5人, 1500户), full-width digits, 类型 written 村,
// a term start known only to the month. The counts read; the half-known date is the one bad row; a committee whose
// rules wait on one missing fact says so once.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { memoryIO } from './memory-io.js';

const CSV = [
  '序号,村（社区）名称,类型,成员人数,妇女成员人数,本届委员会产生日期,户数,下属委员会,最近一次村务公开日期,最近一次民主评议日期',
  '1,甲村,村委会,5人,1,2021年12月,800,人民调解、治安保卫、公共卫生,2026年9月30日,2025-12-20',
  '2,乙社区,社区,7,2,2021-11-15,1500户,"人民调解,治安保卫,公共卫生",,',
  '3,丙村,村,３,0,2021/12/1,300,人民调解委员会、治安保卫委员会,2026.10.1,',
].join('\r\n');

interface Out {
  items: { row: number; ok: boolean; committeeKind?: string | null }[];
}

describe('a clerk-kept committee register', () => {
  it('reads counts with units and full-width digits, 村 and 社区 as kinds; the month-only date is the bad row', async () => {
    const m = memoryIO({ 'c.csv': CSV });
    expect(await run(['committees', 'c.csv', '--as-of', '2026-11-30', '--format', 'json'], m.io)).toBe(1);
    const err = m.stderr();
    expect(err).toContain('第 2 行（编号 1），列「本届委员会产生日期」');
    expect(err).not.toContain('成员人数');
    expect(err).not.toContain('户数');
    expect(err).not.toContain('类型');
    const out = JSON.parse(m.stdout()) as Out;
    expect(out.items.map((i) => [i.row, i.ok, i.committeeKind])).toEqual([
      [2, false, undefined],
      [3, true, 'residents_committee'],
      [4, true, 'villagers_committee'],
    ]);
  });
  it('a table row names each missing fact once', async () => {
    const m = memoryIO({ 'c.csv': CSV });
    await run(['committees', 'c.csv', '--as-of', '2026-11-30'], m.io);
    const line = m
      .stdout()
      .split('\n')
      .find((l) => l.includes('丙村'))!;
    const said = line.match(/缺少「[^」]+」，无法判定/g) ?? [];
    expect(said.length).toBeGreaterThan(1);
    expect(new Set(said).size).toBe(said.length);
  });
});
