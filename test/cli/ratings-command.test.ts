// huaian-sw ratings: each organization's grade on a date (valid, re-evaluation window, expired, cancelled), the art.
// 30 grounds and art. 33 returns, eligibility for a round with --target / --registered-before; row errors with row,
// column and reason; exit codes; a register read from CSV, JSON or an Excel workbook.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/cli/csv.js';
import { run } from '../../src/cli/run.js';
import { writeXlsx } from '../../src/sheets/index.js';
import { memoryIO } from './memory-io.js';

const REGISTER = [
  '编号,名称,组织类型,社会组织评估等级,评估等级认定日期,登记日期,2024年度年检结果,2025年度年检结果,行政处罚,是否正在被立案调查,评估等级处理',
  'S1,甲社工中心,民办社会工作服务机构,4A,2021/6/30,2016-03-01,合格,合格,无,否,无',
  'S2,乙社工中心,民办社会工作服务机构,3A,2020-12-30,2015-01-01,基本合格,基本合格,无,否,无',
  'S3,丙志愿者协会,新社会组织,,,2024-07-01,,合格,2025-04-01 已执行,否,',
  'S4,丁,民办社会工作服务机构,6A,2021-06-30,,,,,,',
  'S5,戊,民办社会工作服务机构,3A,2022-01-10,2018-01-01,合格,合格,无,否,降低 2025-09-15',
].join('\n');

describe('huaian-sw ratings', () => {
  it('lists each grade on the date; a bad row on stderr with row, column and reason; exit 1', async () => {
    const m = memoryIO({ 'reg.csv': REGISTER });
    expect(await run(['ratings', 'reg.csv', '--as-of', '2026-03-01'], m.io)).toBe(1);
    const out = m.stdout();
    expect(out).toMatch(/2\s+S1\s+4A\s+2021-06-30\s+2026-06-30\s+2024-07-01\s+有效，可申请重新评估/);
    expect(out).toMatch(/3\s+S2\s+3A\s+2020-12-30\s+2025-12-30\s+已满有效期，视为无评估等级/);
    expect(out).toMatch(/4\s+S3\s+无评估等级/);
    expect(out).toContain('降低评估等级：缺少「降低评估等级的收到通知书日期」，退回证书、牌匾的期限无法确定');
    expect(out).toContain('共 5 个组织：已计算 4 个，有误 1 个；有须处理事项的 0 个');
    expect(out).toContain('等级有效 2 个（其中可申请重新评估 2 个），已满有效期视为无等级 1 个');
    expect(m.stderr()).toContain('第 5 行（编号 S4），列「社会组织评估等级」：');
    expect(m.stderr()).toContain('[unknown_enum_value]');
  });

  it('with --target and --registered-before: whether each may apply in the round (arts. 6, 7, 29, 31)', async () => {
    const m = memoryIO({ 'reg.csv': REGISTER });
    expect(
      await run(
        [
          'ratings',
          'reg.csv',
          '--as-of',
          '2026-05-01',
          '--target',
          '4A',
          '--registered-before',
          '2024-04-30',
          '--out',
          'out.csv',
        ],
        m.io,
      ),
    ).toBe(1);
    const rows = parseCsv(m.file('out.csv').replace(/^\ufeff/, ''));
    expect(rows[0]).toEqual([
      '行号',
      '编号',
      '等级',
      '认定日期',
      '有效期至',
      '重新评估申请自',
      '状态',
      '申请评估',
      '说明',
    ]);
    expect(rows.slice(1).map((r) => [r[1], r[7]])).toEqual([
      ['S1', '可以申请'],
      ['S2', '不予评估'],
      ['S3', '不予评估'],
      ['S5', '不予评估'],
    ]);
    expect(rows[4]![8]).toContain('2025-09-15被降低评估等级，2年内不得提出评估申请，至2027-09-15届满（第三十一条）');
    expect(m.stderr()).toContain('本轮可以申请 1 个，不予评估 3 个，无法判定 0 个');
  });

  it('JSON in and out: the library rows with their findings; exit 0 when nothing is to act on', async () => {
    const org = {
      id: 'A',
      kind: 'social_work_service_agency',
      rating: '4A',
      ratedOn: '2024-01-10',
      annualInspections: { 2024: 'qualified', 2025: 'qualified' },
      penalties: [],
    };
    const m = memoryIO({ 'reg.json': JSON.stringify({ organizations: [org] }) });
    expect(await run(['ratings', 'reg.json', '--as-of', '2026-03-01', '--format', 'json'], m.io)).toBe(0);
    const j = JSON.parse(m.stdout()) as {
      items: { ok: boolean; state: string; validity: { expiresOn: string } }[];
      summary: { states: Record<string, number> };
    };
    expect(j.items[0]).toMatchObject({ ok: true, state: 'valid', validity: { expiresOn: '2029-01-10' } });
    expect(j.summary.states).toEqual({ valid: 1 });
  });

  it('usage errors: no --as-of, a bad --registered-before, a workbook that is not one', async () => {
    expect(await run(['ratings', 'reg.csv'], memoryIO({ 'reg.csv': REGISTER }).io)).toBe(2);
    expect(
      await run(
        ['ratings', 'reg.csv', '--as-of', '2026-03-01', '--registered-before', '2024-02-30'],
        memoryIO({ 'reg.csv': REGISTER }).io,
      ),
    ).toBe(2);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    const m = memoryIO({ '社会组织.xlsx': zip });
    expect(await run(['ratings', '社会组织.xlsx', '--as-of', '2026-03-01'], m.io)).toBe(2);
    expect(m.stderr()).toContain('不是有效的 Excel 工作簿');
  });

  it('reads the register from an Excel workbook (.xlsx) as from its CSV', async () => {
    const parts: Uint8Array[] = [];
    const lines = parseCsv(REGISTER);
    const w = await writeXlsx(
      async (b) => void parts.push(b),
      lines[0]!.map((header) => ({ header })),
    );
    await w.rows(lines.slice(1));
    await w.end();
    const book = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (book.set(p, at), at + p.length), 0);
    const fromBook = memoryIO({ '社会组织.xlsx': book });
    const fromCsv = memoryIO({ 'reg.csv': REGISTER });
    expect(await run(['ratings', '社会组织.xlsx', '--as-of', '2026-03-01', '--format', 'json'], fromBook.io)).toBe(1);
    expect(await run(['ratings', 'reg.csv', '--as-of', '2026-03-01', '--format', 'json'], fromCsv.io)).toBe(1);
    const items = (out: string) =>
      (JSON.parse(out) as { items: { ok: boolean; id?: string | null; state?: string }[] }).items.map((i) => [
        i.ok,
        i.id,
        i.state ?? null,
      ]);
    expect(items(fromBook.stdout())).toEqual(items(fromCsv.stdout()));
    expect(items(fromBook.stdout())).toContainEqual([true, 'S1', 'valid']);
  });
});
