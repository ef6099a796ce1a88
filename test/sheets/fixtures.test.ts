// The fixture folder of real-looking exports (scripts/sheet-fixtures.ts): each file computes the expected rows, the
// same file gives the same engine inputs through /sheets as through the CLI, and each bad row's message is asserted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { computeSalaries } from '../../src/salary/index.js';
import { readDelimited, readRoster, readXlsx, type SheetCell } from '../../src/sheets/index.js';
import { memoryIO } from '../cli/memory-io.js';

const DIR = 'test/fixtures/sheets/';
const bytes = (f: string) => new Uint8Array(readFileSync(DIR + f));

/** The five workers every good fixture holds, as the salary engine takes them. */
const EXPECTED = [
  {
    id: '1',
    name: '张明',
    post: 'principal',
    education: 'bachelor',
    serviceStart: '2014-09-01',
    certificate: { level: 'intermediate', obtained: '2019-06-30' },
    assessments: { 2023: 'excellent', 2024: 'pass' },
  },
  {
    id: '2',
    name: '李芳',
    post: 'deputy',
    education: 'college_or_below',
    serviceStart: '2016-03-01',
    assessments: { 2023: 'pass', 2024: 'pass' },
  },
  {
    id: '3',
    name: '王强',
    post: 'staff',
    education: 'master',
    serviceStart: '2014-09-01',
    certificate: { level: 'assistant', obtained: '2020-05-10' },
    assessments: { 2024: 'pass' },
  },
  { id: '4', name: '赵丽', post: 'staff', education: 'college_or_below', serviceStart: '2020-01-02' },
  {
    id: '5',
    name: '陈晨',
    post: 'deputy',
    education: 'college_or_below',
    serviceStart: '2018-07-01',
    assessments: { 2023: 'excellent', 2024: 'excellent' },
  },
];

async function rowsOf(file: string): Promise<{ rows: SheetCell[][]; date1904: boolean }> {
  if (file.endsWith('.xlsx')) {
    const sheet = await readXlsx(bytes(file), file === '花名册.xlsx' ? { sheet: '花名册' } : {});
    return { rows: [...sheet.chunks].flat().map((r) => [...r.cells]), date1904: sheet.date1904 };
  }
  return { rows: readDelimited(bytes(file)).rows, date1904: false };
}

async function cli(
  file: string,
  ...more: string[]
): Promise<{
  code: number;
  json: {
    rows: {
      row: number;
      outcome: string;
      grade?: number;
      post?: string;
      errors?: { code: string; column?: string; zh: string; en: string }[];
    }[];
  };
  stderr: string;
}> {
  const m = memoryIO({ [file]: bytes(file) });
  const code = await run(['salary', file, '--as-of', '2026-01-01', '--format', 'json', '--quiet', ...more], m.io);
  return { code, json: JSON.parse(m.stdout()), stderr: m.stderr() };
}

describe('fixtures: exports as clerks have them', () => {
  const good: [string, string[]][] = [
    ['花名册-gbk.csv', []],
    ['花名册-unicode.txt', []],
    ['花名册-utf16be.txt', []],
    ['花名册-semicolon.csv', []],
    ['花名册.xlsx', ['--sheet', '花名册']],
    ['花名册-1904.xlsx', []],
  ];
  for (const [file, args] of good) {
    it(`${file}: the expected workers through /sheets, and the same grades through the CLI`, async () => {
      const { rows, date1904 } = await rowsOf(file);
      const read = readRoster(rows, { date1904 });
      expect(read.rows.map((r) => r.issues)).toEqual([[], [], [], [], []]);
      expect(read.rows.map((r) => r.worker)).toEqual(EXPECTED);
      const lib = computeSalaries(
        read.rows.map((r) => r.worker),
        { asOf: '2026-01-01' },
      );
      const c = await cli(file, ...args);
      expect(c.code).toBe(0);
      expect(c.json.rows.map((r) => [r.row, r.outcome, r.post, r.grade])).toEqual(
        lib.rows.map((r, i) => [
          i + 2,
          r.outcome,
          r.outcome === 'error' ? undefined : r.post,
          r.outcome === 'error' ? undefined : r.grade,
        ]),
      );
    });
  }

  it('花名册.xlsx names its sheets when --sheet is wrong; its first sheet is not a roster', async () => {
    const m = memoryIO({ 'x.xlsx': bytes('花名册.xlsx') });
    expect(await run(['salary', 'x.xlsx', '--as-of', '2026-01-01', '--sheet', '工资'], m.io)).toBe(2);
    expect(m.stderr()).toContain('工作簿中没有名为「工资」的工作表；工作表有：「说明」、「花名册」');
    const first = memoryIO({ 'x.xlsx': bytes('花名册.xlsx') });
    expect(await run(['salary', 'x.xlsx', '--as-of', '2026-01-01'], first.io)).toBe(2);
    expect(first.stderr()).toContain('表头缺少必需的列');
    // The first sheet was a guess: the refusal says which sheet was read and names the others, with --sheet.
    expect(first.stderr()).toContain('「x.xlsx」的第一个工作表「说明」');
    expect(first.stderr()).toContain('工作簿中还有：「花名册」；用 --sheet 指定要读的工作表');
    // A sheet named with --sheet is not second-guessed.
    const named = memoryIO({ 'x.xlsx': bytes('花名册.xlsx') });
    expect(await run(['salary', 'x.xlsx', '--as-of', '2026-01-01', '--sheet', '说明'], named.io)).toBe(2);
    expect(named.stderr()).not.toContain('工作簿中还有');
    // The same for the commands that read a sheet whole (a slate) or a register.
    const slate = memoryIO({ 'x.xlsx': bytes('花名册.xlsx'), 'a.json': '{"id":"A1"}' });
    expect(await run(['review', 'x.xlsx', '--association', 'a.json', '--election-date', '2026-01-01'], slate.io)).toBe(
      2,
    );
    expect(slate.stderr()).toContain('工作簿中还有：「花名册」');
  });

  it('花名册-有误.csv: one bad row of each kind, each named by row, column as written, value and accepted forms', async () => {
    const read = readRoster(readDelimited(bytes('花名册-有误.csv')).rows);
    const byRow = new Map(read.rows.map((r) => [r.row, r.issues.map((i) => i.zh)]));
    expect(byRow.get(2)).toEqual([]);
    expect(byRow.get(3)).toEqual(['第 3 行（编号 2），列「学历」：「研究生」不明确，请写明是「硕士」还是「博士」']);
    expect(byRow.get(4)![0]).toMatch(
      /^第 4 行（编号 3），列「职务」：无法识别「网格长」；可填 「正职」、「副职」、「其他社区工作者」/,
    );
    expect(byRow.get(5)![0]).toMatch(
      /^第 5 行（编号 4），列「参加社区工作时间」：「2023\/2\/29」不是有效的日期（日历上没有这一天）；可写作 2014-09-01、/,
    );
    expect(byRow.get(6)).toEqual([
      '第 6 行（编号 5），列「考核」：无法识别「2023优秀」；考核应写作「年份:结果」，以分号分隔，如「2023:优秀;2024:合格」',
    ]);
    expect(byRow.get(7)).toEqual([
      '第 7 行（编号 6），列「考核」：2023 年的考核结果给了两次且不一致：「优秀」和「不合格」',
    ]);
    expect(byRow.get(8)![0]).toMatch(/^第 8 行（编号 7），列「取证日期」：「去年」不是有效的日期；/);
    const c = await cli('花名册-有误.csv');
    expect(c.code).toBe(1);
    const errors = new Map(
      c.json.rows.filter((r) => r.outcome === 'error').map((r) => [r.row, r.errors!.map((e) => e.zh)]),
    );
    for (const row of [3, 4, 5, 6, 7, 8]) expect(errors.get(row)).toEqual(byRow.get(row));
    // Cells beyond the header: the CLI's row check.
    expect(errors.get(9)![0]).toContain('比表头多 1 列');
    expect(c.stderr).toContain(
      '第 3 行（编号 2），列「学历」：「研究生」不明确，请写明是「硕士」还是「博士」 [ambiguous_value]',
    );
    const en = memoryIO({ 'b.csv': bytes('花名册-有误.csv') });
    await run(['salary', 'b.csv', '--as-of', '2026-01-01', '--lang', 'en', '--format', 'json'], en.io);
    expect(en.stderr()).toContain(
      'row 3 (id 2), column "学历": "研究生" is ambiguous; write which one: "硕士", "博士" [ambiguous_value]',
    );
  });
});
