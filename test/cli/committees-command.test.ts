// huaian-sw committees: the statutory checks of each 村(居)委会 of a 台账, row errors with row/column/reason, exit codes,
// explanations, JSON and CSV output, the .xlsx refusal petitions gives.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/sheets/csv.js';
import { run } from '../../src/cli/run.js';
import { writeXlsx } from '../../src/sheets/index.js';
import { memoryIO } from './memory-io.js';

const COMMON = '是否多民族居住,本届委员会产生日期,下属委员会';
const LEDGER = [
  `村（社区）区划代码,名称,类型,成员人数,妇女成员人数,户数,${COMMON},是否设有村务监督委员会,其中村委会成员及其近亲属人数,其中具备财会、管理知识的人数,是否设有村民代表会议,最近一次村务公开日期,集体财务往来是否较多,最近一次民主评议日期`,
  `320803001001,新城居委会,居委会,7,,650,否,2021-01-10,人民调解、治安保卫、公共卫生,,,,,,,`,
  `320803001002,夹城居委会,居委会,4,,420,否,2021/1/10,人民调解、治安保卫、公共卫生,,,,,,,`,
  `320803101200,杨柳村委会,村委会,5,1,420,否,2021年1月15日,人民调解、治安保卫、公共卫生与计划生育,是,0,1,否,2025-12-20,否,2025-12-20`,
  `320803101201,沈庄村委会,村委会,5,6,420,否,2021-01-15,人民调解、治安保卫、公共卫生与计划生育,是,0,1,否,2025-12-20,否,2025-12-20`,
  `320803101202,东风村委会,村委会,5,1,420,否,2021-02-30,人民调解,是,0,1,否,2025-12-20,否,2025-12-20`,
  '',
  `320803001004,梅园居委会,居委会,7,,650,否,,人民调解、治安保卫、公共卫生,,,,,,,`,
].join('\n');

describe('huaian-sw committees', () => {
  it('one line per committee: standard or not, the failing checks, what is missing; bad rows on stderr; exit 1', async () => {
    const m = memoryIO({ 'committees.csv': LEDGER });
    expect(await run(['committees', 'committees.csv', '--as-of', '2025-12-31'], m.io)).toBe(1);
    const out = m.stdout();
    expect(out).toMatch(/2\s+320803001001\s+新城居委会\s+居民委员会\s+达标/);
    expect(out).toMatch(/3\s+320803001002\s+夹城居委会\s+居民委员会\s+不达标\s+成员人数/);
    expect(out).toMatch(/4\s+320803101200\s+杨柳村委会\s+村民委员会\s+达标/);
    expect(out).toMatch(/8\s+320803001004\s+梅园居委会\s+居民委员会\s+无法判定\s+缺少「本届委员会产生日期」，无法判定/);
    expect(out).toContain('共 7 个村（居）委会：达标 2 个，不达标 1 个，无法判定 1 个，有误 2 个，空行 1 行（已跳过）');
    expect(out).toContain('不符合的项目：成员人数 1 个');
    const err = m.stderr();
    expect(err).toContain(
      '第 5 行（编号 320803101201），列「妇女成员人数」：「妇女成员人数」（6）不得多于「成员人数」（5） [inconsistent]',
    );
    expect(err).toContain('第 6 行（编号 320803101202），列「本届委员会产生日期」');
    expect(err).toContain('[invalid_date]');
  });

  it('English, CSV output written atomically, JSON output with the findings', async () => {
    const m = memoryIO({ 'committees.csv': LEDGER });
    expect(
      await run(['committees', 'committees.csv', '--as-of', '2025-12-31', '--out', 'checks.csv', '--lang', 'en'], m.io),
    ).toBe(1);
    const rows = parseCsv(m.file('checks.csv').replace(/^\ufeff/, ''));
    expect(rows[0]).toEqual(['row', 'code', 'name', 'kind', 'result', 'failing checks', 'undetermined']);
    expect(
      rows.some((r) => r[1]!.includes('320803001002') && r[4] === 'NOT STANDARD' && r[5] === 'Committee size'),
    ).toBe(true);
    expect(m.stderr()).toContain(
      '7 committees: 2 standard, 1 not standard, 1 undetermined, 2 with errors, 1 blank (skipped)',
    );
    const j = memoryIO({ 'committees.csv': LEDGER });
    await run(['committees', 'committees.csv', '--as-of', '2025-12-31', '--format', 'json'], j.io);
    const json = JSON.parse(j.stdout());
    expect(json.summary).toMatchObject({
      rows: 7,
      computed: 4,
      failed: 2,
      skippedBlank: 1,
      pass: 2,
      fail: 1,
      undetermined: 1,
      failingChecks: { 'committee.size': 1 },
    });
    expect(json.items.find((i: { row: number }) => i.row === 3).findings[0]).toMatchObject({
      rule: 'committee.size',
      outcome: 'fail',
      citation: { article: '第七条' },
    });
  });

  it('exit 0 when every committee is standard; a JSON register; --explain', async () => {
    const register = JSON.stringify({
      committees: [
        {
          divisionCode: '320803001001',
          kind: '居委会',
          memberCount: 7,
          multiEthnic: false,
          households: 650,
          termStartedOn: '2021-01-10',
          subcommittees: ['人民调解', '治安保卫', '公共卫生'],
        },
      ],
    });
    const m = memoryIO({ 'c.json': register });
    expect(await run(['committees', 'c.json', '--as-of', '2025-12-31', '--explain'], m.io)).toBe(0);
    expect(m.stdout()).toContain('成员7人，在5至9人之间（依据：《城市居民委员会组织法》第七条）');
  });

  it('a host score sheet through --overrides', async () => {
    const sheet = {
      'selfgov.scoreSheet': {
        set: {
          passMark: '50',
          items: [
            { id: 's1', label: { zh: '任期', en: 'Term' }, weight: '60', rule: 'committee.term' },
            { id: 's2', label: { zh: '成员人数', en: 'Size' }, weight: '40', rule: 'committee.size' },
          ],
        },
      },
    };
    const m = memoryIO({ 'committees.csv': LEDGER, 'sheet.json': JSON.stringify(sheet) });
    await run(['committees', 'committees.csv', '--as-of', '2025-12-31', '--overrides', 'sheet.json'], m.io);
    // 夹城 fails its size (0 of 40) but its term scores 60 ≥ 50: standard under the sheet.
    expect(m.stdout()).toMatch(/3\s+320803001002\s+夹城居委会\s+居民委员会\s+达标/);
  });

  it('usage errors: no --as-of, a missing file, a header with no known column, a bad profile, a JSON that is not a list', async () => {
    const cases: [string[], Record<string, string>, string][] = [
      [['committees', 'c.csv'], {}, '缺少 --as-of'],
      [['committees', 'missing.csv', '--as-of', '2025-12-31'], {}, '找不到文件「missing.csv」'],
      [['committees', 'c.csv', '--as-of', '2025-12-31'], { 'c.csv': '甲,乙\n1,2\n' }, '表头中没有可识别的列'],
      [
        ['committees', 'c.csv', '--as-of', '2025-12-31', '--profile', 'nanjing'],
        { 'c.csv': '成员人数\n5\n' },
        '[unknown_profile]',
      ],
      [['committees', 'c.json', '--as-of', '2025-12-31'], { 'c.json': '{"x":1}' }, '应为村（居）委会数组'],
    ];
    for (const [argv, files, message] of cases) {
      const m = memoryIO(files);
      expect(await run(argv, m.io), argv.join(' ')).toBe(2);
      expect(m.stderr()).toContain(message);
    }
  });

  it('reads the 台账 from an Excel workbook (.xlsx) as from its CSV; a file that is no workbook is refused (exit 2)', async () => {
    const parts: Uint8Array[] = [];
    const lines = parseCsv(LEDGER);
    const w = await writeXlsx(
      async (b) => void parts.push(b),
      lines[0]!.map((header) => ({ header })),
    );
    await w.rows(lines.slice(1).map((cells) => (cells.length === 1 && cells[0] === '' ? [] : cells)));
    await w.end();
    const book = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (book.set(p, at), at + p.length), 0);
    const fromBook = memoryIO({ '村居委会.xlsx': book });
    const fromCsv = memoryIO({ 'committees.csv': LEDGER });
    expect(await run(['committees', '村居委会.xlsx', '--as-of', '2025-12-31', '--format', 'json'], fromBook.io)).toBe(
      1,
    );
    expect(await run(['committees', 'committees.csv', '--as-of', '2025-12-31', '--format', 'json'], fromCsv.io)).toBe(
      1,
    );
    expect(fromBook.stdout()).toBe(fromCsv.stdout());
    expect(fromBook.stdout()).toContain('320803101200');
    expect(fromBook.stderr()).toContain('第 5 行（编号 320803101201），列「妇女成员人数」');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0, 0, 0, 0]);
    const m = memoryIO({ '坏.xlsx': zip });
    expect(await run(['committees', '坏.xlsx', '--as-of', '2025-12-31'], m.io)).toBe(2);
    expect(m.stderr()).toContain('坏.xlsx');
    expect(m.stdout()).toBe('');
  });

  it('--help in both languages, with an example; listed in the main help', async () => {
    const zh = memoryIO();
    expect(await run(['committees', '--help'], zh.io)).toBe(0);
    expect(zh.stdout()).toContain('huaian-sw committees 村居委会.csv --as-of 2025-12-31');
    const en = memoryIO();
    await run(['committees', '--help', '--lang', 'en'], en.io);
    expect(en.stdout()).toContain('Examples:');
    const main = memoryIO();
    await run(['--help'], main.io);
    expect(main.stdout()).toContain('committees <村居委会.csv|.json>');
  });
});
