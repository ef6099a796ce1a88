// --out x.xlsx (issue 14: ".xlsx in and out"): every command that writes CSV writes a workbook with the same table:
// the same header and cells, IDs and codes kept as text, amounts and counts as numbers, a frozen header row; it is
// never written to a terminal.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/cli/csv.js';
import { run } from '../../src/cli/run.js';
import { readXlsx, type XlsxCell } from '../../src/sheets/index.js';
import { unzipSync, strFromU8 } from 'fflate';
import { memoryIO } from './memory-io.js';

const LEDGER = [
  '编号,承办单位,收到方式,信访事项类别,办理途径,收到日期,书面告知日期,受理日期,延长天数,办结日期',
  'XF-1,甲局,转送、交办,申诉求决类,六,2026/2/10,,2026-02-12,,',
  'XF-3,乙街道,信访人直接提出,建议意见类,,2026年2月20日,,,,',
  'XF-5,乙街道,信访人直接提出,申诉求决类,六,2026-02-30,,,,',
].join('\n');

const ROSTER = [
  '编号,姓名,所在区划代码,岗位,最高学历,参加社区工作时间,证书等级,取证日期',
  'A1,甲,320803001001,正职,本科,2015-03-01,社会工作师,2020-06-30',
  'A3,丙,320803001002,副职,本科,2026-02-30,,',
  'A4,丁,320804001001,副职,硕士,2026-03-01,,',
].join('\n');
const RESIDENTS = [
  '区划代码,单位名称,城镇常住人口（人）',
  '320803001,淮城街道,1000',
  '320804001,长江路街道,10001',
].join('\n');

/** The CSV and the workbook a command writes for the same arguments. */
async function both(argv: readonly string[], files: Record<string, string> = {}) {
  const c = memoryIO(files);
  const x = memoryIO(files);
  const codes = [await run([...argv, '--out', 'out.csv'], c.io), await run([...argv, '--out', 'out.xlsx'], x.io)];
  expect(codes[1], x.stderr()).toBe(codes[0]);
  const csv = parseCsv(c.file('out.csv').replace(/^\ufeff/, ''));
  const bytes = x.bytes('out.xlsx');
  const sheet = await readXlsx(bytes);
  const rows: XlsxCell[][] = [];
  for (const chunk of sheet.chunks) for (const r of chunk) rows.push([...r.cells]);
  const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
  return { csv, rows, xml, stderr: [c.stderr(), x.stderr()] };
}

/** A workbook cell as the CSV writes it (a number as text; a money cell with its two places). */
function asText(v: XlsxCell | undefined, csv: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return /\.\d\d$/.test(csv) ? v.toFixed(2) : String(v);
  return typeof v === 'object' ? v.text : String(v);
}

function sameTable(csv: string[][], rows: XlsxCell[][]): void {
  expect(rows.length).toBe(csv.length);
  rows.forEach((r, i) => {
    const line = csv[i]!;
    // The CSV guards long digit strings for Excel (="…"); the workbook holds them as text cells.
    const unguarded = line.map((c) => c.replace(/^="(.*)"$/, '$1'));
    expect(
      unguarded.map((c, k) => asText(r[k], c)),
      `row ${i + 1}`,
    ).toEqual(unguarded);
  });
}

describe('--out .xlsx', () => {
  it('salary: the same table as the CSV, amounts as numbers, IDs as text, the explanation in its own column', async () => {
    const argv = [
      'salary',
      'data/demo/roster.csv',
      '--as-of',
      '2026-01-01',
      '--overrides',
      'data/demo/salary-example-overrides.json',
      '--explain',
    ];
    const { csv, rows, xml } = await both(argv);
    sameTable(csv, rows);
    const header = rows[0]!;
    const total = header.indexOf('月合计');
    const id = header.indexOf('编号');
    expect(rows.slice(1).filter((r) => typeof r[total] === 'number').length).toBeGreaterThan(100);
    expect(rows.slice(1).every((r) => r[id] === null || typeof r[id] === 'string')).toBe(true);
    expect(String(rows[1]![header.indexOf('计算说明')])).toContain('\n');
    expect(xml).toContain('state="frozen"');
  });

  it('coverage, review, petitions and workforce: the same table as the CSV', async () => {
    for (const argv of [
      ['coverage', 'data/demo/registry.json', '--as-of', '2025-12-31'],
      ['review', 'data/demo/slate.json'],
      ['petitions', 'ledger.csv', '--as-of', '2026-03-01'],
      ['workforce', 'roster.csv', '--residents', 'residents.csv', '--as-of', '2026-06-30', '--explain'],
    ]) {
      const { csv, rows } = await both(argv, {
        'ledger.csv': LEDGER,
        'roster.csv': ROSTER,
        'residents.csv': RESIDENTS,
      });
      expect(csv.length, argv[0]).toBeGreaterThan(1);
      sameTable(csv, rows);
    }
  });

  it('is never written to the terminal, and --format xlsx is accepted with --out', async () => {
    const m = memoryIO();
    expect(await run(['salary', 'data/demo/roster.csv', '--as-of', '2026-01-01', '--format', 'xlsx'], m.io)).toBe(2);
    expect(m.stderr()).toContain('--out');
    expect(m.stdout()).toBe('');
    const f = memoryIO();
    expect(
      await run(['salary', 'data/demo/roster.csv', '--as-of', '2026-01-01', '--format', 'xlsx', '--out', 'pay'], f.io),
    ).toBe(0);
    expect((await readXlsx(f.bytes('pay'))).name).toBe('结果');
  });
});
