// huaian-sw workforce: a roster (Chinese headers, CSV, .xlsx or JSON) and the urban resident counts per unit through
// createWorkforceReport; each worker's certification deadline and exit cases, the roster's staffing (18 per 10,000
// urban residents, rounded up by the huaian profile), pay and targets; row errors with row and column; counts that
// reconcile; the output never an input; options refused with "did you mean".
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/cli/csv.js';
import { run } from '../../src/cli/run.js';
import { writeXlsx } from '../../src/sheets/index.js';
import { diskIO, memoryIO } from './memory-io.js';

const asOf = ['--as-of', '2026-06-30'];

// Derived by hand on 2026-06-30 (the huaian workforce profile):
// A1 hired 2015 (before the 16条): certification not applicable; 不合格 in 2024 and 2025: an exit case → fail.
// A2 社会工作专业大专, hired 2026-02-01: eligible after 2 full years, 2028-02-02; deadline 3 years on, 2031-02-02 → pass.
// A3 a date that does not exist → an error row (row 4, column 参加社区工作时间).
// A4 其他专业硕士, hired 2026-03-01: eligible after 2 years, 2028-03-02; deadline 2031-03-02 → pass.
// A5 left on 2026-01-31: not in service → not applicable.
// A6 大专及以下 without its level: 大专以上 unknown, certification undetermined → undetermined.
const ROSTER = [
  '编号,姓名,所在区划代码,岗位,最高学历,大专及以下学历的层次,参加社区工作时间,是否具有社会工作专业学历,证书等级,取证日期,本岗位任职截止日期,2024年度考核,2025年度考核',
  'A1,甲,320803001001,正职,本科,,2015-03-01,否,社会工作师,2020-06-30,,不合格,不合格',
  'A2,乙,320803001002,其他社区工作者,大专及以下,大专,2026-02-01,是,无,,,,',
  'A3,丙,320803001002,副职,本科,,2026-02-30,否,,,,,',
  'A4,丁,320804001001,副职,硕士,,2026-03-01,否,,,,,',
  'A5,戊,320804001001,其他社区工作者,本科,,2020-01-01,否,,,2026-01-31,合格,合格',
  'A6,己,320804001001,其他社区工作者,大专及以下,,2026-03-01,否,,,,,',
].join('\n');

// 淮城街道 (淮安区) 1,000: 1,000 × 18 ÷ 10,000 = 1.8 → 2 required; 甲 and 乙 in service → met.
// 长江路街道 (淮阴区) 10,001: 18.0018 → 19 required; 丁 and 己 in service (戊 has left) → 17 short.
// 淮安市: 11,001 summed → 19.8018 → 20 required; 4 in service → 16 short.
const RESIDENTS = [
  '区划代码,单位名称,城镇常住人口（人）',
  '320803001,淮城街道,1000',
  '320804001,长江路街道,10001',
].join('\n');

interface Unit {
  code: string;
  name: string;
  urbanResidents: number;
  required: number;
  actual: number;
  gap: number;
  status: string;
}
interface JsonOut {
  rows: {
    row: number;
    outcome: string;
    id?: string;
    certification?: { status: string; deadline: string | null } | null;
    targets?: { certified: string; college: string } | null;
    errors?: { code: string; line: string }[];
  }[];
  summary: {
    rows: number;
    computed: number;
    failed: number;
    counts: Record<string, number>;
    staffing: { units: Unit[] } | null;
    targets: { units: { certified: { met: number; total: number }; college: { met: number; unknown: number } }[] };
  };
}

async function book(csv: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const lines = parseCsv(csv);
  const w = await writeXlsx(
    async (b) => void parts.push(b),
    lines[0]!.map((header) => ({ header })),
  );
  await w.rows(lines.slice(1));
  await w.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

describe('huaian-sw workforce', () => {
  it('a CSV roster with Chinese headers and the residents sheet: each worker, the staffing computed by hand, a bad row located; exit 1', async () => {
    const m = memoryIO({ '花名册.csv': ROSTER, '常住人口.csv': RESIDENTS });
    expect(await run(['workforce', '花名册.csv', '--residents', '常住人口.csv', ...asOf], m.io)).toBe(1);
    const out = m.stdout();
    expect(out).toMatch(
      /2\s+A1\s+甲\s+320803001001\s+是\s+16条施行前入职\s+连续2年考核不合格（2024、2025年度）\s+是\s+是\s+不符合/,
    );
    expect(out).toMatch(/3\s+A2\s+乙\s+320803001002\s+是\s+尚未具备报考条件\s+2031-02-02\s+否\s+是\s+符合/);
    expect(out).toMatch(/5\s+A4\s+丁\s+320804001001\s+是\s+尚未具备报考条件\s+2031-03-02\s+否\s+是\s+符合/);
    expect(out).toMatch(/6\s+A5\s+戊\s+320804001001\s+否\s+不在岗\s+不适用/);
    expect(out).toMatch(
      /7\s+A6\s+己\s+320804001001\s+是\s+无法判定\s+否\s+不详\s+无法判定\s+缺少：大专及以下学历的层次/,
    );
    // Rows read = computed + with errors: 6 = (2 + 1 + 1 + 1) + 1.
    expect(out).toContain('共 6 行：符合 2 行，不符合 1 行，无法判定 1 行，不适用 1 行，有误 1 行');
    expect(out).toContain('在岗 4 人（其中未填区划代码、只计入全市的 0 人），不在岗 1 人');
    expect(out).toContain('核算 5 个单位（常住人口 2 行，有误 0 行），未达标 3 个');
    expect(out).toContain('长江路街道：城镇常住人口 10,001 人，应配 19 人，实有 2 人，缺 17 人');
    expect(out).toContain('淮安市：城镇常住人口 11,001 人，应配 20 人，实有 4 人，缺 16 人');
    expect(out).not.toContain('淮城街道：城镇常住人口');
    // 持证 1 of 4 (甲); 大专以上 3 of 4 known (己's level is not given: unknown, never met).
    expect(out).toContain('全市持证 25.00%（1/4，不详 0 人），大专以上 75.00%（3/4，不详 1 人）');
    expect(out).toContain('总体结论：不符合');
    expect(m.stderr()).toContain('第 4 行（编号 A3），列「参加社区工作时间」：「2026-02-30」不是有效的日期');
    expect(m.stderr()).toContain('[invalid_date]');
  });

  it('JSON output: the rows, the staffing units, and counts that reconcile', async () => {
    const m = memoryIO({ 'r.csv': ROSTER, 'res.csv': RESIDENTS });
    expect(await run(['workforce', 'r.csv', '--residents', 'res.csv', ...asOf, '--format', 'json'], m.io)).toBe(1);
    const j = JSON.parse(m.stdout()) as JsonOut;
    expect(j.rows.map((r) => [r.row, r.outcome])).toEqual([
      [2, 'fail'],
      [3, 'pass'],
      [4, 'error'],
      [5, 'pass'],
      [6, 'not_applicable'],
      [7, 'undetermined'],
    ]);
    expect(j.rows[2]!.errors?.[0]).toMatchObject({
      code: 'invalid_date',
      line: expect.stringContaining('列「参加社区工作时间」'),
    });
    expect([j.summary.rows, j.summary.computed, j.summary.failed]).toEqual([6, 5, 1]);
    expect(j.summary.counts).toMatchObject({
      total: 6,
      pass: 2,
      fail: 1,
      undetermined: 1,
      not_applicable: 1,
      error: 1,
    });
    expect(
      j.summary.staffing!.units.map((u) => [u.code, u.urbanResidents, u.required, u.actual, u.gap, u.status]),
    ).toEqual([
      ['320800', 11001, 20, 4, 16, 'behind'],
      ['320803', 1000, 2, 2, 0, 'met'],
      ['320803001', 1000, 2, 2, 0, 'met'],
      ['320804', 10001, 19, 2, 17, 'behind'],
      ['320804001', 10001, 19, 2, 17, 'behind'],
    ]);
    expect(j.summary.targets.units[0]).toMatchObject({
      certified: { met: 1, total: 4 },
      college: { met: 3, unknown: 1 },
    });
  });

  it('a bad resident count is reported with its row and column, and the others still count', async () => {
    const residents = [
      '区划代码,单位名称,城镇常住人口（人）',
      '320803001,淮城街道,一千',
      '320804001,长江路街道,10001',
      '999999999,不存在,5',
    ].join('\n');
    const m = memoryIO({ 'r.csv': ROSTER, 'res.csv': residents });
    expect(await run(['workforce', 'r.csv', '--residents', 'res.csv', ...asOf, '--out', 'out.csv'], m.io)).toBe(1);
    const err = m.stderr();
    expect(err).toMatch(/「res\.csv」第 2 行.*列「城镇常住人口（人）」.*一千/);
    expect(err).toMatch(/「res\.csv」第 4 行.*列「区划代码」/);
    expect(err).toContain('核算 3 个单位（常住人口 3 行，有误 2 行）');
    const rows = parseCsv(m.file('out.csv').replace(/^\ufeff/, ''));
    expect(rows[0]).toEqual([
      '行号',
      '编号',
      '姓名',
      '区划代码',
      '在岗',
      '职业资格',
      '取证期限',
      '退出情形',
      '持证',
      '大专以上',
      '年薪酬',
      '结论',
      '说明',
    ]);
    expect(rows.length).toBe(7);
  });

  it('refuses an --out that is the roster or the residents file (exit 2), and the input is left intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workforce-'));
    try {
      const roster = join(dir, '花名册.csv');
      const residents = join(dir, '常住人口.csv');
      writeFileSync(roster, ROSTER);
      writeFileSync(residents, RESIDENTS);
      const a = diskIO();
      expect(await run(['workforce', roster, '--residents', residents, ...asOf, '--out', roster], a.io)).toBe(2);
      expect(a.stderr()).toContain('是同一个文件：拒绝写入，输入保持原样');
      const b = diskIO();
      expect(
        await run(['workforce', roster, '--residents', residents, ...asOf, '--out', residents, '--lang', 'en'], b.io),
      ).toBe(2);
      expect(b.stderr()).toContain('the file read by --residents');
      expect(readFileSync(roster, 'utf8')).toBe(ROSTER);
      expect(readFileSync(residents, 'utf8')).toBe(RESIDENTS);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a roster and residents written with writeXlsx as from their CSV', async () => {
    const fromBook = memoryIO({ '花名册.xlsx': await book(ROSTER), '常住人口.xlsx': await book(RESIDENTS) });
    const fromCsv = memoryIO({ 'r.csv': ROSTER, 'res.csv': RESIDENTS });
    expect(
      await run(['workforce', '花名册.xlsx', '--residents', '常住人口.xlsx', ...asOf, '--format', 'json'], fromBook.io),
    ).toBe(1);
    expect(await run(['workforce', 'r.csv', '--residents', 'res.csv', ...asOf, '--format', 'json'], fromCsv.io)).toBe(
      1,
    );
    const a = JSON.parse(fromBook.stdout()) as JsonOut;
    const b = JSON.parse(fromCsv.stdout()) as JsonOut;
    const strip = (j: JsonOut) => j.rows.map(({ errors, ...r }) => ({ ...r, errors: errors?.map((e) => e.code) }));
    expect(strip(a)).toEqual(strip(b));
    expect(a.summary.staffing).toEqual(b.summary.staffing);
    expect(a.summary.counts).toEqual(b.summary.counts);
  });

  it('a JSON roster and JSON residents give the same outcomes', async () => {
    const workers = [
      {
        id: 'A1',
        name: '甲',
        divisionCode: '320803001001',
        post: '正职',
        education: '本科',
        serviceStart: '2015-03-01',
        certificate: { level: '社会工作师', obtained: '2020-06-30' },
        assessments: { 2024: '不合格', 2025: '不合格' },
      },
      {
        id: 'A2',
        divisionCode: '320803001002',
        post: 'staff',
        education: 'college_or_below',
        subBachelorEducation: 'college',
        socialWorkDegree: true,
        serviceStart: '2026-02-01',
      },
    ];
    const m = memoryIO({
      'r.json': JSON.stringify(workers),
      'res.json': JSON.stringify({ residents: [{ divisionCode: '320803001', urbanResidents: 1000 }] }),
    });
    expect(await run(['workforce', 'r.json', '--residents', 'res.json', ...asOf, '--format', 'json'], m.io)).toBe(1);
    const j = JSON.parse(m.stdout()) as JsonOut;
    expect(j.rows.map((r) => [r.row, r.outcome, r.certification?.deadline ?? null])).toEqual([
      [1, 'fail', null],
      [2, 'pass', '2031-02-02'],
    ]);
    expect(j.summary.staffing!.units.find((u) => u.code === '320803001')).toMatchObject({
      required: 2,
      actual: 2,
      status: 'met',
    });
  });

  it('without --residents staffing is not checked; English output with --lang en', async () => {
    const m = memoryIO({ 'r.csv': ROSTER });
    expect(await run(['workforce', 'r.csv', ...asOf, '--lang', 'en'], m.io)).toBe(1);
    expect(m.stdout()).toContain('6 rows: 2 pass, 1 fail, 1 undetermined, 1 not applicable, 1 with errors');
    expect(m.stdout()).toContain('Staffing (18 per 10,000 urban residents): not checked without --residents');
    expect(m.stderr()).toContain('row 4 (id A3), column "参加社区工作时间"');
  });

  it('refuses an unknown option with "did you mean", a missing --as-of and a bad profile (exit 2)', async () => {
    const a = memoryIO({ 'r.csv': ROSTER });
    expect(await run(['workforce', 'r.csv', ...asOf, '--resident', 'res.csv'], a.io)).toBe(2);
    expect(a.stderr()).toContain('未知的选项「--resident」，是否应为「--residents」？');
    const b = memoryIO({ 'r.csv': ROSTER });
    expect(await run(['workforce', 'r.csv', '--as-off', '2026-06-30', '--lang', 'en'], b.io)).toBe(2);
    expect(b.stderr()).toContain('Unknown option "--as-off"; did you mean "--as-of"?');
    const c = memoryIO({ 'r.csv': ROSTER });
    expect(await run(['workforce', 'r.csv'], c.io)).toBe(2);
    expect(c.stderr()).toContain('缺少 --as-of');
    const d = memoryIO({ 'r.csv': ROSTER });
    expect(await run(['workforce', 'r.csv', ...asOf, '--profile', 'huaiann'], d.io)).toBe(2);
    expect(d.stderr()).toContain('配置或选项有误');
  });

  it('--divisions: a host tree names the units and locates workers and counts outside it; a bad tree is refused', async () => {
    const tree = {
      city: { code: '320800', name: '淮安市' },
      counties: [{ code: '320803', name: '淮安区', kind: 'district' }],
      townships: [{ code: '320803001', name: '甲街道', kind: 'subdistrict', parent: '320803' }],
      villages: [
        { code: '320803001001', name: '乙社区', kind: 'residents_committee', parent: '320803001' },
        { code: '320803001002', name: '丙社区', kind: 'residents_committee', parent: '320803001' },
      ],
    };
    const files = {
      'r.csv': ROSTER,
      'res.csv': RESIDENTS,
      'tree.json': JSON.stringify(tree),
      'bad.json': '{"city":1}',
    };
    const m = memoryIO(files);
    const args = ['workforce', 'r.csv', '--residents', 'res.csv', ...asOf, '--format', 'json'];
    expect(await run([...args, '--divisions', 'tree.json'], m.io)).toBe(1);
    const out = JSON.parse(m.stdout()) as JsonOut;
    // Only the host's units: 甲街道 by its name in the host tree; 长江路街道 (淮阴区) is not in it.
    expect(out.summary.staffing!.units.map((u) => [u.code, u.name])).toEqual([
      ['320800', '淮安市'],
      ['320803', '淮安区'],
      ['320803001', '甲街道'],
    ]);
    expect(m.stderr()).toContain('第 5 行（编号 A4），列「所在区划代码」，「320804001001」');
    expect(m.stderr()).toContain('「res.csv」第 3 行，列「区划代码」，「320804001」');
    const bad = memoryIO(files);
    expect(await run([...args, '--divisions', 'bad.json'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('区划文件「bad.json」有误');
    expect(bad.stdout()).toBe('');
  });

  it('--help in both languages, and the command in the overview', async () => {
    const zh = memoryIO();
    expect(await run(['workforce', '--help'], zh.io)).toBe(0);
    expect(zh.stdout()).toContain('huaian-sw workforce 花名册.xlsx --residents 常住人口.xlsx --as-of 2026-06-30');
    const en = memoryIO();
    expect(await run(['workforce', '--help', '--lang', 'en'], en.io)).toBe(0);
    expect(en.stdout()).toContain('Examples:');
    const main = memoryIO();
    expect(await run(['--help'], main.io)).toBe(0);
    expect(main.stdout()).toContain('workforce <花名册.csv|.xlsx>');
  });

  it('--explain: each worker and the roster explained; a CSV keeps the explanation in its own column', async () => {
    const m = memoryIO({ 'r.csv': ROSTER, 'res.csv': RESIDENTS });
    expect(await run(['workforce', 'r.csv', '--residents', 'res.csv', ...asOf, '--explain'], m.io)).toBe(1);
    expect(m.stdout()).toContain('第 2 行（编号 A1）');
    expect(m.stdout()).toContain('队伍整体（配备、平均薪酬、持证和学历目标）');
    const c = memoryIO({ 'r.csv': ROSTER, 'res.csv': RESIDENTS });
    expect(
      await run(['workforce', 'r.csv', '--residents', 'res.csv', ...asOf, '--explain', '--out', 'o.csv'], c.io),
    ).toBe(1);
    const rows = parseCsv(c.file('o.csv').replace(/^\ufeff/, ''));
    expect(rows[0]!.at(-1)).toBe('计算说明');
    expect(rows[1]!.at(-1)).toContain('结论');
  });
});
