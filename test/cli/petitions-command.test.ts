// huaian-sw petitions: due and overdue steps per office from a 信访台账, row errors with row/column/reason, exit codes,
// explanations, the calendar option, atomic output.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/cli/csv.js';
import { run } from '../../src/cli/run.js';
import { writeXlsx } from '../../src/sheets/index.js';
import { memoryIO } from './memory-io.js';

const LEDGER = [
  '编号,承办单位,收到方式,信访事项类别,办理途径,收到日期,书面告知日期,受理日期,延长天数,办结日期',
  'XF-1,甲局,转送、交办,申诉求决类,六,2026/2/10,,2026-02-12,,',
  'XF-2,甲局,转送、交办,申诉求决类,第六项,2026-02-10,2026-02-20,2026-02-10,,',
  'XF-3,乙街道,信访人直接提出,建议意见类,,2026年2月20日,,,,',
  'XF-4,乙街道,转送、交办,申诉求决类,六,2026-02-10,2026-02-11,2026-02-12,45,',
  'XF-5,乙街道,信访人直接提出,申诉求决类,六,2026-02-30,,,,',
  '',
  'XF-6,,转送、交办,检举控告类,,2026-02-27,,,,',
].join('\n');

describe('huaian-sw petitions', () => {
  it('lists due and overdue steps per office, with the article; bad rows on stderr with row, column and reason; exit 1', async () => {
    const m = memoryIO({ 'ledger.csv': LEDGER });
    expect(await run(['petitions', 'ledger.csv', '--as-of', '2026-03-01'], m.io)).toBe(1);
    const out = m.stdout();
    // XF-1: written notice due 02-25, overdue 4 days (art. 23 ¶3); 办结 due 04-13.
    expect(out).toMatch(
      /甲局\s+2\s+XF-1\s+书面告知\s+2026-02-25\s+逾期 4 日\s+逾期\s+《信访工作条例》第二十三条第三款/,
    );
    expect(out).toMatch(/甲局\s+2\s+XF-1\s+办结\s+2026-04-13\s+剩 43 日\s+待办/);
    // XF-3: a suggestion submitted directly on 02-20: notice due 03-07 (a Saturday: rolled to 03-09).
    expect(out).toMatch(/乙街道\s+4\s+XF-3\s+书面告知\s+2026-03-09\s+剩 8 日\s+待办/);
    expect(out).toContain('（未填承办单位）');
    expect(out).toContain('甲局：逾期 1 项');
    expect(out).toContain('共 7 件：已计算 4 件，有误 2 件，空行 1 行（已跳过）；有逾期事项的 1 件');
    const err = m.stderr();
    expect(err).toContain(
      '第 5 行（编号 XF-4），列「延长天数」：延长办理期限45日超过第三十四条规定的30日 [extension_too_long]',
    );
    expect(err).toContain('第 6 行（编号 XF-5），列「收到日期」：');
    expect(err).toContain('[invalid_date]');
  });

  it('exit 0 when nothing is overdue and every row is computed', async () => {
    const m = memoryIO({ 'ok.csv': '编号,承办单位,收到方式,收到日期\nA,丙局,转送、交办,2026-02-24\n' });
    expect(await run(['petitions', 'ok.csv', '--as-of', '2026-02-25'], m.io)).toBe(0);
    expect(m.stdout()).toMatch(/丙局\s+2\s+A\s+提出异议\s+2026-03-02\s+剩 5 日\s+可提出/);
  });

  it('English, CSV output written atomically, JSON output with the milestones', async () => {
    const m = memoryIO({ 'ledger.csv': LEDGER });
    expect(
      await run(['petitions', 'ledger.csv', '--as-of', '2026-03-01', '--out', 'due.csv', '--lang', 'en'], m.io),
    ).toBe(1);
    const rows = parseCsv(m.file('due.csv').replace(/^\ufeff/, ''));
    expect(rows[0]).toEqual(['office', 'row', 'id', 'step', 'due', 'days', 'status', 'basis', 'note']);
    expect(rows.some((r) => r[2] === 'XF-1' && r[3] === 'Written notice' && r[6] === 'OVERDUE')).toBe(true);
    expect(m.stderr()).toContain('7 items: 4 computed, 2 with errors, 1 blank (skipped)');
    const j = memoryIO({ 'ledger.csv': LEDGER });
    await run(['petitions', 'ledger.csv', '--as-of', '2026-03-01', '--format', 'json'], j.io);
    const json = JSON.parse(j.stdout());
    expect(json.summary).toMatchObject({ rows: 7, computed: 4, failed: 2, skippedBlank: 1, overdueItems: 1 });
    const first = json.items.find((i: { id: string }) => i.id === 'XF-1');
    expect(first.milestones.find((x: { id: string }) => x.id === 'notice')).toMatchObject({
      due: '2026-02-25',
      state: 'overdue',
      daysOverdue: 4,
    });
    expect(json.items.find((i: { row: number }) => i.row === 5)).toMatchObject({
      ok: false,
      errors: [{ code: 'extension_too_long' }],
    });
  });

  it("--explain prints each item's explanation under the table", async () => {
    const m = memoryIO({ 'ledger.csv': LEDGER });
    await run(['petitions', 'ledger.csv', '--as-of', '2026-03-01', '--explain'], m.io);
    expect(m.stdout()).toContain('第 2 行（编号 XF-1）');
    expect(m.stdout()).toContain('书面告知：自收到之日（2026-02-10）起15日，期限届满日为2026-02-25');
    expect(m.stdout()).toContain('期间计算方法');
  });

  it('a year without holiday data is undetermined until --calendar loads it', async () => {
    const csv = '编号,承办单位,收到方式,收到日期\nB,丁局,转送、交办,2026-12-20\n';
    const m = memoryIO({ 'late.csv': csv });
    expect(await run(['petitions', 'late.csv', '--as-of', '2026-12-21'], m.io)).toBe(0);
    expect(m.stdout()).toMatch(
      /丁局\s+2\s+B\s+书面告知\s+无法确定\s+《信访工作条例》第二十三条第三款\s+书面告知：缺少2027年放假安排/,
    );
    const notice = JSON.stringify({
      year: 2027,
      confidence: 'H',
      sources: [{ title: '测试用2027年放假安排', issuer: '测试' }],
      holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, restDays: ['2027-01-01/2027-01-03'] }],
    });
    const n = memoryIO({ 'late.csv': csv, '2027.json': notice });
    await run(['petitions', 'late.csv', '--as-of', '2026-12-21', '--calendar', '2027.json'], n.io);
    expect(n.stdout()).toMatch(/丁局\s+2\s+B\s+书面告知\s+2027-01-04\s+剩 14 日\s+待办/);
  });

  it('JSON input; usage errors exit 2', async () => {
    const m = memoryIO({
      'l.json': JSON.stringify([
        { id: 'J', office: '甲局', intake: 'direct', category: 'suggestion', receivedOn: '2026-02-10' },
      ]),
    });
    expect(await run(['petitions', 'l.json', '--as-of', '2026-03-01'], m.io)).toBe(1);
    expect(m.stdout()).toMatch(/甲局\s+1\s+J\s+书面告知\s+2026-02-25\s+逾期 4 日/);
    const cases: [string[], Record<string, string>, string][] = [
      [['petitions', 'l.csv'], {}, '缺少 --as-of'],
      [['petitions', 'missing.csv', '--as-of', '2026-03-01'], {}, '找不到文件「missing.csv」'],
      [
        ['petitions', 'l.csv', '--as-of', '2026-03-01'],
        { 'l.csv': '编号,承办单位\nA,甲\n' },
        '「l.csv」：表头缺少必需的列：「收到日期/receivedOn」。表头是：编号,承办单位',
      ],
      [
        ['petitions', 'l.csv', '--as-of', '2026-03-01'],
        { 'l.csv': '收到日期,收件日期\n2026-02-10,2026-02-10\n' },
        '「l.csv」：表头第 1 列「收到日期」、第 2 列「收件日期」都对应「收到日期」，无法确定以哪一列为准',
      ],
      [
        ['petitions', 'l.csv', '--as-of', '2026-03-01', '--profile', 'national-2023'],
        { 'l.csv': '收到日期\n2026-02-10\n' },
        '[unknown_profile]',
      ],
      [
        ['petitions', 'l.csv', '--as-of', '2026-03-01', '--calendar', 'c.json'],
        { 'l.csv': '收到日期\n2026-02-10\n', 'c.json': '{"year":2027}' },
        '配置、放假安排或选项有误',
      ],
      [['petitions', 'l.json', '--as-of', '2026-03-01'], { 'l.json': '{"x":1}' }, '应为信访事项数组'],
    ];
    for (const [argv, files, message] of cases) {
      const x = memoryIO(files);
      expect(await run(argv, x.io), argv.join(' ')).toBe(2);
      expect(x.stderr()).toContain(message);
    }
  });

  it('reads the 台账 from an Excel workbook (.xlsx) as from its CSV; a file that is not a workbook is refused (exit 2)', async () => {
    const parts: Uint8Array[] = [];
    const lines = parseCsv(LEDGER);
    const w = await writeXlsx(
      async (b) => void parts.push(b),
      lines[0]!.map((header) => ({ header })),
    );
    await w.rows(lines.slice(1));
    await w.end();
    const book = memoryIO({ '台账.xlsx': new Uint8Array(Buffer.concat(parts)) });
    const csv = memoryIO({ 'ledger.csv': LEDGER });
    expect(await run(['petitions', '台账.xlsx', '--as-of', '2026-03-01', '--format', 'json'], book.io)).toBe(1);
    expect(await run(['petitions', 'ledger.csv', '--as-of', '2026-03-01', '--format', 'json'], csv.io)).toBe(1);
    // Same items (rows, milestones, errors) and the same counts, blank row included.
    expect(JSON.parse(book.stdout())).toEqual(JSON.parse(csv.stdout()));
    expect(JSON.parse(book.stdout()).summary).toMatchObject({
      rows: 7,
      computed: 4,
      failed: 2,
      skippedBlank: 1,
      overdueItems: 1,
    });
    expect(book.stderr()).toContain(
      '第 5 行（编号 XF-4），列「延长天数」：延长办理期限45日超过第三十四条规定的30日 [extension_too_long]',
    );
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0, 0, 0, 0]);
    const m = memoryIO({ '台账.xlsx': zip });
    expect(await run(['petitions', '台账.xlsx', '--as-of', '2026-03-01'], m.io)).toBe(2);
    expect(m.stderr()).toContain(
      'huaian-sw petitions: 「台账.xlsx」：不是有效的 Excel 工作簿（.xlsx）：文件可能已损坏，或是旧版 .xls（请在 Excel 中另存为 .xlsx）',
    );
    expect(m.stdout()).toBe('');
  });

  it('--help in both languages, with an example', async () => {
    const zh = memoryIO();
    expect(await run(['petitions', '--help'], zh.io)).toBe(0);
    expect(zh.stdout()).toContain('huaian-sw petitions 信访台账.csv --as-of 2026-03-01');
    const en = memoryIO();
    await run(['petitions', '--help', '--lang', 'en'], en.io);
    expect(en.stdout()).toContain('Examples:');
    const main = memoryIO();
    await run(['--help'], main.io);
    expect(main.stdout()).toContain('petitions <台账.csv|.json>');
  });
});
