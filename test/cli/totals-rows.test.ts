// Totals rows at the bottom of a clerk's sheet (合计, 小计, Total …): every command skips them by /sheets' rule, names
// them on stderr in one note, counts them in a summary that still adds up, and exits as if they were not there (a
// roster whose only odd row is a 合计 row exits 0, where it used to be an error row and exit 1).
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { writeXlsx } from '../../src/sheets/index.js';
import { memoryIO } from './memory-io.js';

const ROSTER = [
  ['淮安市清河社区社区工作者花名册'],
  ['编号', '姓名', '岗位', '学历', '参加社区工作时间'],
  ['HA1', '张三', '书记', '大学本科', '2016/3/1'],
  ['HA2', '李四', '委员', '大专', '2019-05-01'],
  ['HA3', '王五', '副书记', '硕士研究生', '2014-09-01'],
  ['合计', '', '3 人', '', ''],
];
const csvOf = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(',')).join('\r\n') + '\r\n';

async function workbook(rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  // writeXlsx writes its first row as given: here the merged title.
  const w = await writeXlsx(
    async (b) => void parts.push(b),
    rows[0]!.map((header) => ({ header })),
  );
  await w.rows(rows.slice(1));
  await w.end();
  return new Uint8Array(Buffer.concat(parts));
}

interface SalaryJson {
  rows: { row: number; id: string }[];
  summary: { counts: { total: number; error: number }; skippedBlank: number; skippedTotals: number };
}

describe('totals rows in the command line', () => {
  it('huaian-sw salary computes every worker of a CSV and a workbook ending in 合计, names the row and exits 0', async () => {
    for (const [name, file] of [
      ['花名册.csv', csvOf(ROSTER)],
      ['花名册.xlsx', await workbook(ROSTER)],
    ] as const) {
      const m = memoryIO({ [name]: file });
      expect(await run(['salary', name, '--as-of', '2026-01-01', '--format', 'json'], m.io), m.stderr()).toBe(0);
      const err = m.stderr();
      expect(err).toContain(`提示：「${name}」第 6 行是合计行，未计算\n`);
      expect(err).toContain('第 1 行「淮安市清河社区社区工作者花名册」');
      // Rows read (4) = 3 workers + 1 totals row.
      expect(err).toMatch(/共 4 行：已计算 0 行，无法判定 3 行，有误 0 行，合计行 1 行（已跳过）/);
      expect(err).not.toContain('[');
      const out = JSON.parse(m.stdout()) as SalaryJson;
      expect(out.rows.map((r) => [r.row, r.id])).toEqual([
        [3, 'HA1'],
        [4, 'HA2'],
        [5, 'HA3'],
      ]);
      expect(out.summary.counts).toMatchObject({ total: 3, error: 0 });
      expect(out.summary).toMatchObject({ skippedBlank: 0, skippedTotals: 1 });
    }
  });

  it('a row with 合计 in a later cell is data (a bad worker, exit 1); the 合计 row below it is not', async () => {
    const rows = [...ROSTER.slice(0, 5), ['HA4', '合计', '', '', ''], ROSTER[5]!];
    const m = memoryIO({ 'r.csv': csvOf(rows) });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--format', 'json'], m.io)).toBe(1);
    expect(m.stderr()).toContain('「r.csv」第 7 行是合计行，未计算\n');
    expect(m.stderr()).toContain('第 6 行（编号 HA4）');
    expect(m.stderr()).toMatch(/共 5 行：已计算 0 行，无法判定 3 行，有误 1 行，合计行 1 行（已跳过）/);
    expect((JSON.parse(m.stdout()) as SalaryJson).summary).toMatchObject({
      counts: { total: 4, error: 1 },
      skippedTotals: 1,
    });
  });

  it('knows 合 计 and Total, says so in English, and lists many subtotals by their first numbers', async () => {
    const spaced = memoryIO({ 'r.csv': csvOf([...ROSTER.slice(1, 5), ['合 计', '', '3 人', '', '']]) });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01'], spaced.io)).toBe(0);
    expect(spaced.stderr()).toContain('「r.csv」第 5 行是合计行，未计算');
    const en = memoryIO({ 'r.csv': csvOf([...ROSTER.slice(1, 5), ['', 'Total', '3', '', '']]) });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--lang', 'en'], en.io)).toBe(0);
    expect(en.stderr()).toContain('note: r.csv: row 5 is a totals row, not computed\n');
    // The summary goes with the table on a terminal.
    expect(en.stdout()).toMatch(/4 rows: 0 computed, 3 undetermined, 0 with errors, 1 totals \(skipped\)/);
    // A subtotal after each worker: 25 of them, the first 20 by number.
    const many = [ROSTER[1]!];
    for (let i = 0; i < 25; i++)
      many.push([`HA${i}`, '张三', '书记', '大学本科', '2016/3/1'], ['小计', '', '1 人', '', '']);
    const m = memoryIO({ 'r.csv': csvOf(many) });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--lang', 'en'], m.io)).toBe(0);
    const listed = Array.from({ length: 20 }, (_, i) => 3 + 2 * i).join(', ');
    expect(m.stderr()).toContain(`note: r.csv: rows ${listed} (25 in all) are totals rows, not computed\n`);
    expect(m.stdout()).toContain('50 rows: 0 computed, 25 undetermined, 0 with errors, 25 totals (skipped)');
  });

  it('huaian-sw petitions skips a 台账’s 合计 row: exit 0, the note, skippedTotals in the JSON summary', async () => {
    const ledger = '编号,承办单位,收到方式,收到日期\nA,丙局,转送、交办,2026-02-24\n\n合计,1 件,,\n';
    const m = memoryIO({ 'ledger.csv': ledger });
    expect(await run(['petitions', 'ledger.csv', '--as-of', '2026-02-25'], m.io), m.stderr()).toBe(0);
    expect(m.stderr()).toContain('提示：「ledger.csv」第 4 行是合计行，未计算');
    expect(m.stdout()).toContain('共 3 件：已计算 1 件，有误 0 件，空行 1 行（已跳过），合计行 1 行（已跳过）');
    const j = memoryIO({ 'ledger.csv': ledger });
    expect(await run(['petitions', 'ledger.csv', '--as-of', '2026-02-25', '--format', 'json'], j.io)).toBe(0);
    expect(JSON.parse(j.stdout()).summary).toMatchObject({
      rows: 3,
      computed: 1,
      failed: 0,
      skippedBlank: 1,
      skippedTotals: 1,
    });
  });

  it('huaian-sw coverage counts a collection’s Total row as skipped, not as a broken record', async () => {
    const stations = 'id,divisionCode,establishedOn\r\ns1,320803001,2023-05-01\r\nGrand Total,1,\r\n';
    const m = memoryIO({ 'socialWorkStations.csv': stations });
    expect(
      await run(['coverage', 'socialWorkStations.csv', '--as-of', '2025-12-31', '--format', 'json'], m.io),
      m.stderr(),
    ).toBe(0);
    expect(m.stderr()).toContain('「socialWorkStations.csv」第 3 行是合计行，未计算');
    expect(m.stderr()).toContain('socialWorkStations.csv：共 2 行：读入 1 条记录，合计行 1 行（已跳过）');
  });
});
