import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewSlate } from '../../src/associations/index.js';
import { coverageReport, type CoverageReportRow } from '../../src/coverage/index.js';
import { parseCsv } from '../../src/cli/csv.js';
import { run } from '../../src/cli/run.js';
import { memoryIO } from './memory-io.js';

const REGISTRY = 'data/demo/registry.json';
const SLATE = 'data/demo/slate.json';

describe('huaian-sw (dispatcher)', () => {
  it.each(['salary', 'coverage', 'review', 'demo'])(
    '%s --help prints usage with an example, in both languages',
    async (cmd) => {
      const zh = memoryIO();
      expect(await run([cmd, '--help'], zh.io)).toBe(0);
      expect(zh.stdout()).toContain(`huaian-sw ${cmd}`);
      expect(zh.stdout()).toContain('示例：');
      const en = memoryIO();
      expect(await run([cmd, '--help', '--lang', 'en'], en.io)).toBe(0);
      expect(en.stdout()).toContain('Examples:');
    },
  );
  it('salary --help names the inputs it reads (.xlsx with --sheet, UTF-16, the delimiters) and --quiet', async () => {
    const zh = memoryIO();
    await run(['salary', '--help'], zh.io);
    for (const s of [
      'Excel 工作簿（.xlsx，第一个工作表或 --sheet 指定的工作表）',
      '--sheet <名称>',
      '逗号、制表符或分号分隔',
      '--quiet, -q',
      '只写“研究生”会报错',
    ])
      expect(zh.stdout()).toContain(s);
    const en = memoryIO();
    await run(['salary', '--help', '--lang', 'en'], en.io);
    for (const s of [
      'an Excel workbook (.xlsx: the first sheet, or --sheet)',
      '--sheet <name>',
      'comma, tab or semicolon separated',
      '--quiet, -q',
    ])
      expect(en.stdout()).toContain(s);
  });
  it('prints the overview for no command (exit 2) and for --help (exit 0)', async () => {
    const a = memoryIO();
    expect(await run([], a.io)).toBe(2);
    expect(a.stdout()).toContain('命令：');
    const b = memoryIO();
    expect(await run(['--help', '--lang', 'en'], b.io)).toBe(0);
    expect(b.stdout()).toContain('Commands:');
  });
  it('exits 2 with a message for usage errors', async () => {
    const cases: [string[], string][] = [
      [['pay'], '未知命令「pay」'],
      [['salary', 'x.csv'], '缺少 --as-of'],
      [['salary', 'x.csv', '--as-of', '2023-02-29'], '--as-of 应为有效的 YYYY-MM-DD 日期'],
      [['salary', '--as-of', '2026-01-01'], '缺少输入文件'],
      // Unknown options are refused in Chinese (issue 14), with a did-you-mean when one is close.
      [['salary', 'x.csv', '--as-of', '2026-01-01', '--bogus'], '未知的选项「--bogus」；可用的选项：「--help」'],
      [['salary', 'x.csv', '--asof', '2026-01-01'], '未知的选项「--asof」，是否应为「--as-of」？'],
      [['salary', 'x.csv', '--as-of', '2026-01-01', '--lang', 'fr'], '--lang 只能是 zh 或 en'],
      [['salary', 'x.csv', '--as-of', '2026-01-01', '--out', 'x.xls'], '无法从文件名「x.xls」判断输出格式'],
      [['salary', 'missing.csv', '--as-of', '2026-01-01'], '找不到文件「missing.csv」'],
      [['review', 'missing.json'], '找不到文件「missing.json」'],
      // Every command reading a whole sheet names a missing file (petitions, ratings and coverage CSVs threw ENOENT).
      [['coverage', 'socialWorkStations.csv', '--as-of', '2025-12-31'], '找不到文件「socialWorkStations.csv」'],
      [['ratings', 'missing.csv', '--as-of', '2026-03-01'], '找不到文件「missing.csv」'],
      [['petitions', 'missing.xlsx', '--as-of', '2026-03-01'], '找不到文件「missing.xlsx」'],
      [['salary', 'empty.csv', '--as-of', '2026-01-01'], '「empty.csv」是空文件'],
    ];
    for (const [argv, message] of cases) {
      const m = memoryIO({ 'empty.csv': '' });
      expect(await run(argv, m.io), argv.join(' ')).toBe(2);
      expect(m.stderr()).toContain(message);
    }
  });
});

describe('huaian-sw coverage', () => {
  const registry = (JSON.parse(readFileSync(REGISTRY, 'utf8')) as { registry: unknown }).registry;

  it('passes the library report through unchanged as JSON (a thin shell)', async () => {
    const m = memoryIO();
    expect(await run(['coverage', REGISTRY, '--as-of', '2025-12-31', '--format', 'json'], m.io)).toBe(0);
    expect(JSON.parse(m.stdout())).toEqual(
      JSON.parse(JSON.stringify(coverageReport(registry, { asOf: '2025-12-31' }))),
    );
  });
  it('writes every unit of every measure to CSV, with the library rates', async () => {
    const m = memoryIO();
    await run(['coverage', REGISTRY, '--as-of', '2025-12-31', '--out', 'c.csv'], m.io);
    const rows = parseCsv(m.file('c.csv').slice(1));
    expect(rows[0]).toEqual([
      '指标',
      '测度',
      '层级',
      '区划代码',
      '名称',
      '覆盖数',
      '应覆盖数',
      '无法判定数',
      '覆盖率',
      '百分比',
    ]);
    const report = coverageReport(registry, { asOf: '2025-12-31' });
    const stations = (report.rows as CoverageReportRow[]).find((r) => r.indicator === 'social_work_stations')!
      .measures[0]!;
    const city = rows.find((r) => r[1] === stations.label.zh && r[2] === 'city')!;
    expect(city.slice(5)).toEqual([
      String(stations.numerator),
      String(stations.denominator),
      '0',
      stations.rate,
      stations.percent,
    ]);
    // Every township-level unit is listed; the 95 镇 and 街道 of the real tree are the ones in scope.
    const townships = rows.filter((r) => r[1] === stations.label.zh && r[2] === 'township');
    expect(townships.filter((r) => r[6] !== '0').length).toBe(95);
  });
  it('prints the targets by county and the first gaps in the terminal report', async () => {
    const m = memoryIO();
    await run(['coverage', REGISTRY, '--as-of', '2025-12-31', '--gaps', '1', '--lang', 'en'], m.io);
    const text = m.stdout();
    expect(text).toContain('Five full coverages, as of 2025-12-31');
    expect(text).toMatch(/清江浦区/);
    // The gap count is the headline measure's, as in the table (0.1.0 summed every measure: 1,233 beside 82/95).
    expect(text).toContain('[Township social work stations] Townships with a social work station: 13 gaps, first 1:');
    expect(text).toContain('Gaps of the other measures: Village-level units with a social work room 1,220');
    // Organizations missing a scope fact are listed, not dropped.
    expect(text).toContain('4 cannot be classified (missing: organization: Has real business activity)');
  });
  it('reports bad records on stderr and exits 1, still counting the rest', async () => {
    const bad = {
      socialWorkStations: [
        { id: 's1', divisionCode: '320803001', establishedOn: '2023-05-01' },
        { id: 's2', divisionCode: '320899001', establishedOn: '2023-05-01' },
      ],
    };
    const m = memoryIO({ 'r.json': JSON.stringify(bad) });
    expect(await run(['coverage', 'r.json', '--as-of', '2025-12-31', '--format', 'json'], m.io)).toBe(1);
    expect(m.stderr()).toContain(
      'socialWorkStations[1].divisionCode：「所在镇街区划代码」320899001 不在区划树“淮安市”中 [unit_not_in_tree]',
    );
    const out = JSON.parse(m.stdout()) as { rows: { indicator: string; numerator: number }[]; errors: unknown[] };
    expect(out.rows.find((r) => r.indicator === 'social_work_stations')?.numerator).toBe(1);
    expect(out.errors).toHaveLength(1);
  });
});

describe('huaian-sw review', () => {
  const file = JSON.parse(readFileSync(SLATE, 'utf8')) as {
    association: never;
    electionDate: string;
    slate: unknown;
    registry: never;
  };

  it('gives the library outcome per seat and exits 1 when a candidate fails', async () => {
    const m = memoryIO();
    expect(await run(['review', SLATE, '--format', 'json'], m.io)).toBe(1);
    const expected = reviewSlate(file.slate, {
      association: file.association,
      electionDate: file.electionDate,
      registry: file.registry,
    });
    expect(JSON.parse(m.stdout())).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.rows.map((s) => s.outcome)).toEqual(['pass', 'pass', 'fail', 'fail', 'fail', 'undetermined']);
  });
  it('shows masked resident IDs only, and the reasons of failures with their source', async () => {
    const m = memoryIO();
    await run(['review', SLATE], m.io);
    const text = m.stdout();
    expect(text).toMatch(/320812\*{8}\d{3}[\dX]/);
    expect(text).not.toMatch(/320812\d{11}[\dX]/);
    expect(text).toContain('年满 71 周岁');
    expect(text).toContain('依据：S15');
    expect(text).toContain('选举日期 2026-03-16');
    expect(text).not.toContain('审核日期 2026-03-16');
    expect(text).toContain('整体结论：不通过');
  });
  it('takes --election-date over the file: a day before 示例乙 turns 71 he is still 70', async () => {
    const m = memoryIO();
    await run(['review', SLATE, '--election-date', '2026-03-14', '--format', 'json'], m.io);
    const r = JSON.parse(m.stdout()) as { asOf: string; rows: { outcome: string; person: { name: string } }[] };
    expect(r.asOf).toBe('2026-03-14');
    expect(r.rows.find((s) => s.person.name === '示例乙')?.outcome).toBe('pass');
  });
  it('writes one CSV row per person and rule', async () => {
    const m = memoryIO();
    await run(['review', SLATE, '--out', 'r.csv', '--lang', 'en'], m.io);
    const rows = parseCsv(m.file('r.csv').slice(1));
    expect(rows[0]).toEqual(['post', 'candidate', 'person id', 'rule', 'rule name', 'outcome', 'reason', 'source']);
    expect(rows.some((r) => r[1] === '示例丙' && r[5] === 'fail')).toBe(true);
  });
});

describe('huaian-sw demo', () => {
  it('runs the three commands on the shipped data and prints a readable report', async () => {
    const m = memoryIO();
    expect(await run(['demo'], m.io)).toBe(0);
    const text = m.stdout();
    expect(text).toContain('一、三岗十八级');
    expect(text).toContain('共 200 行：已计算 200 行，有误 0 行');
    // The pay shown uses example values: the report says they are not official.
    expect(text).toContain('工资金额为示例值（非官方）');
    expect(text).toContain('二、五个全覆盖');
    expect(text).toContain('三、双审');
    expect(text).toContain('整体结论：不通过');
  });
  it('prints it in English with --lang en', async () => {
    const m = memoryIO();
    expect(await run(['demo', '--lang', 'en'], m.io)).toBe(0);
    expect(m.stdout()).toContain('200 rows: 200 computed, 0 with errors');
    expect(m.stdout()).toContain('Pay amounts are example values (not official)');
    expect(m.stdout()).toContain('Overall: FAIL');
  });
});

describe('huaian-sw coverage over CSV files (one per collection)', () => {
  const stations =
    'id,divisionCode,establishedOn,dissolvedOn,name\r\ns1,320803001,2023/5/1,,淮城街道社工站\r\ns2,320803002,2024-01-01,,\r\ns3,320899001,2023-05-01,,\r\n';
  // Chinese labels as headers work too; lists are separated by ";".
  const organizations =
    '编号,所在区划代码,组织类型,从业人员数,正式党员数,是否有固定经营场所,是否有实际经营活动,党建工作指导员,备注\r\no1,320803001001,非公有制企业,50,5,是,是,,x\r\no2,320803001001,non_public_enterprise,二十,0,是,否,p1;p2,\r\n';

  it('types cells from the library schema and points record problems back to file, row and column', async () => {
    const m = memoryIO({ 'socialWorkStations.csv': stations, 'data/organizations.csv': organizations });
    expect(
      await run(
        ['coverage', 'socialWorkStations.csv', 'data/organizations.csv', '--as-of', '2025-12-31', '--format', 'json'],
        m.io,
      ),
    ).toBe(1);
    // Each problem names file, row, the row's id, the column as written in the header (here the Chinese label) and the value.
    expect(m.stderr()).toContain(
      'data/organizations.csv 第 3 行（编号 o2），列「从业人员数」：「二十」不是整数；请填写阿拉伯数字，如 3 [invalid_type]',
    );
    expect(m.stderr()).toContain(
      'socialWorkStations.csv 第 4 行（编号 s3），列「divisionCode」，「320899001」：「所在镇街区划代码」320899001 不在区划树“淮安市”中 [unit_not_in_tree]',
    );
    expect(m.stderr()).toContain('data/organizations.csv：共 2 行：读入 1 条记录，有误 1 行（未读入）');
    expect(m.stderr()).toContain('忽略无法识别的列：备注');
    const r = JSON.parse(m.stdout()) as {
      rows: { indicator: string; measures: { id: string; numerator: number }[] }[];
    };
    // s1 (2023/5/1 read as 2023-05-01) and s2 cover two 街道; s3 is outside the tree.
    expect(
      r.rows.find((x) => x.indicator === 'social_work_stations')!.measures.find((x) => x.id === 'township')?.numerator,
    ).toBe(2);
    // o1 (Chinese headers, 非公有制企业 read as non_public_enterprise) is in scope.
    expect(
      r.rows.find((x) => x.indicator === 'party_coverage')!.measures.find((x) => x.id === 'organization'),
    ).toMatchObject({ numerator: 0, denominator: 1 });
  });
  it('names rows by the numbers the spreadsheet shows after blank rows, in the reader’s and the engine’s words', async () => {
    // A blank line after the header and one between records: rows keep the numbers the spreadsheet shows.
    const spaced =
      'id,divisionCode,establishedOn,dissolvedOn,name\r\n\r\ns1,320803001,2023/5/1,,x\r\n,,,,\r\ns2,320803002,2023/2/30,,\r\ns3,320899001,2023-05-01,,\r\ns4,320803003\r\n';
    const m = memoryIO({ 'socialWorkStations.csv': spaced });
    expect(await run(['coverage', 'socialWorkStations.csv', '--as-of', '2025-12-31', '--format', 'json'], m.io)).toBe(
      1,
    );
    // Line 1 the header, 2 blank, 3 s1, 4 blank (empty cells), 5 s2, 6 s3, 7 s4.
    expect(m.stderr()).toContain('socialWorkStations.csv 第 5 行（编号 s2），列「establishedOn」：「2023/2/30」');
    expect(m.stderr()).toContain('socialWorkStations.csv 第 6 行（编号 s3），列「divisionCode」');
    expect(m.stderr()).toContain('socialWorkStations.csv 第 7 行（编号 s4），列「divisionCode」');
    expect(m.stderr()).toContain('共 6 行：读入 3 条记录，有误 1 行（未读入），空行 2 行（已跳过）');
  });
  it('gives the same report from CSV files as from the same records in JSON', async () => {
    const good = 'id,divisionCode,establishedOn\r\ns1,320803001,2023-05-01\r\n';
    const a = memoryIO({ 'socialWorkStations.csv': good });
    const b = memoryIO({
      'r.json': JSON.stringify({
        socialWorkStations: [{ id: 's1', divisionCode: '320803001', establishedOn: '2023-05-01' }],
      }),
    });
    await run(['coverage', 'socialWorkStations.csv', '--as-of', '2025-12-31', '--format', 'json'], a.io);
    await run(['coverage', 'r.json', '--as-of', '2025-12-31', '--format', 'json'], b.io);
    expect(a.stdout()).toBe(b.stdout());
  });
  it('reads a GBK CSV, and refuses it with a hint when told it is UTF-8', async () => {
    // 社工站 in GBK, as Chinese Excel saves it.
    const gbk = new Uint8Array([
      ...new TextEncoder().encode('id,divisionCode,establishedOn\r\n'),
      0xc9,
      0xe7,
      0xb9,
      0xa4,
      0xd5,
      0xbe,
      ...new TextEncoder().encode(',320803001,2023-05-01\r\n'),
    ]);
    const ok = memoryIO({ 'socialWorkStations.csv': gbk });
    expect(await run(['coverage', 'socialWorkStations.csv', '--as-of', '2025-12-31', '--format', 'json'], ok.io)).toBe(
      0,
    );
    const r = JSON.parse(ok.stdout()) as {
      rows: { indicator: string; measures: { id: string; numerator: number }[] }[];
    };
    expect(
      r.rows.find((x) => x.indicator === 'social_work_stations')!.measures.find((x) => x.id === 'township')?.numerator,
    ).toBe(1);
    const bad = memoryIO({ 'socialWorkStations.csv': gbk });
    expect(
      await run(['coverage', 'socialWorkStations.csv', '--as-of', '2025-12-31', '--encoding', 'utf8'], bad.io),
    ).toBe(2);
    expect(bad.stderr()).toContain('--encoding gb18030');
  });
  it('asks for --collection when the file name is not a collection (exit 2)', async () => {
    // 社工站 is a collection's Chinese name (issue 14), so a name that is none is used here.
    const m = memoryIO({ '站点.csv': 'id,divisionCode,establishedOn\r\n' });
    expect(await run(['coverage', '站点.csv', '--as-of', '2025-12-31'], m.io)).toBe(2);
    expect(m.stderr()).toContain('无法判断「站点.csv」是哪一类记录');
    expect(m.stderr()).toContain('socialWorkStations（社工站）');
    expect(m.stderr()).toContain('--collection');
    const ok = memoryIO({ '站点.csv': 'id,divisionCode,establishedOn\r\ns1,320803001,2023-05-01\r\n' });
    expect(
      await run(
        ['coverage', '站点.csv', '--collection', 'socialWorkStations', '--as-of', '2025-12-31', '--format', 'json'],
        ok.io,
      ),
    ).toBe(0);
    // A file named by the Chinese name is read without --collection, as the same collection.
    const zh = memoryIO({ '社工站.csv': 'id,divisionCode,establishedOn\r\ns1,320803001,2023-05-01\r\n' });
    expect(await run(['coverage', '社工站.csv', '--as-of', '2025-12-31', '--format', 'json'], zh.io)).toBe(0);
    expect(zh.stdout()).toBe(ok.stdout());
  });
});
