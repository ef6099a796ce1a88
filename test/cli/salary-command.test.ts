import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/cli/csv.js';
import { run } from '../../src/cli/run.js';
import { safeParseWorker } from '../../src/salary/index.js';
import { decodeAll, readRoster } from '../../src/sheets/index.js';
import { memoryIO } from './memory-io.js';

const GBK = 'test/cli/fixtures/roster-gbk.csv';
// huaian's amounts were never found: tests that look at pay supply the demo's example values (not official).
const EXAMPLE = 'data/demo/salary-example-overrides.json';

describe('salary over an Excel-exported GBK roster with one bad row', () => {
  it('computes the good rows, names the bad one precisely and exits 1', async () => {
    const m = memoryIO();
    const code = await run(['salary', GBK, '--as-of', '2026-01-01', '--overrides', EXAMPLE, '--out', 'out.csv'], m.io);
    expect(code).toBe(1);
    // The one bad row: spreadsheet row 5 (header is row 1), column 学历, the library's reason and code.
    const errors = m
      .stderr()
      .split('\n')
      .filter((l) => l.startsWith('第'));
    // 研究生 alone is ambiguous (issue 14): the message names the row, its id, the column as written, the value and
    // the two readings to choose from.
    expect(errors).toEqual([
      '第 5 行（编号 HA004），列「学历」：「研究生」不明确，请写明是「硕士」还是「博士」 [ambiguous_value]',
    ]);
    // It is the library's own message: /sheets reading the same file gives the same words for the same row.
    const lib = readRoster(parseCsv(decodeAll(new Uint8Array(readFileSync(GBK))).text));
    const bad = lib.rows.filter((r) => r.issues.length > 0);
    expect(bad.map((r) => [r.row, r.issues.map((i) => `${i.zh} [${i.code}]`)])).toEqual([[5, [errors[0]]]]);
    // The engine itself would refuse the value too (研究生 is none of its education values).
    expect(safeParseWorker({ post: '其他工作人员', education: '研究生', serviceStart: '2020-02-28' }).success).toBe(
      false,
    );
    const csv = m.file('out.csv');
    expect(csv.startsWith('\ufeff')).toBe(true); // Excel reads UTF-8 only with the BOM
    expect(csv.split('\r\n').length).toBe(7); // header + 5 rows + the empty string after the last CRLF
    const rows = parseCsv(csv.slice(1));
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const byId = new Map(rows.slice(1).map((r) => [r[col('编号')], r]));
    // Grades checked by hand against the 淮安 template rules (bottom of window + education + full 3-year periods from the
    // next 1 January + an early step for two excellent years, which takes the next service step early; a 不合格 year
    // delaying the clock):
    // HA001 正职 本科 2012-03-15, 2022+2023 优秀: 7 + 1 + 3 (2016, 2019, 2022) + 1 (from 2024, taking 2025's) = 12;
    // HA002 副职 大专 2018-09-01: 4 + 0 + 2 = 6; HA003 其他 硕士 2021-07-01: 1 + 2 + 1 = 4;
    // HA005 副职 博士 2015-01-01, 2021 不合格: 4 + 3 + 3 (2018, 2021, 2025) = 10.
    expect([...byId].map(([id, r]) => [id, r[col('等级')]])).toEqual([
      ['HA001', '12'],
      ['HA002', '6'],
      ['HA003', '4'],
      ['HA004', ''],
      ['HA005', '10'],
    ]);
    expect(byId.get('HA003')![col('姓名')]).toBe('示例丙,备注'); // a quoted comma survives GBK decoding and CSV parsing
    expect(byId.get('HA004')![col('错误')]).toBe(
      '第 5 行（编号 HA004），列「学历」：「研究生」不明确，请写明是「硕士」还是「博士」',
    );
    expect(byId.get('HA004')![col('行号')]).toBe('5');
    // Monthly totals add up to the summary.
    const sum = rows.slice(1).reduce((s, r) => s + Math.round(Number(r[col('月合计')] || '0') * 100), 0);
    expect(m.stderr()).toContain(`月工资总额 ${(sum / 100).toFixed(2)} 元`);
    expect(m.stderr()).toContain('共 5 行：已计算 4 行，有误 1 行');
  });

  it('words the error in English with --lang en, and writes English headers', async () => {
    const m = memoryIO();
    const code = await run(
      ['salary', GBK, '--as-of', '2026-01-01', '--overrides', EXAMPLE, '--lang', 'en', '--format', 'csv'],
      m.io,
    );
    expect(code).toBe(1);
    expect(
      m
        .stderr()
        .split('\n')
        .filter((l) => l.startsWith('row ')),
    ).toEqual([
      'row 5 (id HA004), column "学历": "研究生" is ambiguous; write which one: "硕士", "博士" [ambiguous_value]',
    ]);
    expect(m.stderr()).toContain('5 rows: 4 computed, 1 with errors');
    expect(m.stdout().split('\r\n')[0]).toBe(
      '\ufeffrow,id,name,post,grade,Basic pay,Performance pay (standard),Certificate allowance,monthly total,annual total,notes,errors',
    );
  });

  it('refuses the GBK file when told it is UTF-8, pointing to --encoding gb18030', async () => {
    const m = memoryIO();
    expect(await run(['salary', GBK, '--as-of', '2026-01-01', '--encoding', 'utf8'], m.io)).toBe(2);
    expect(m.stderr()).toContain('--encoding gb18030');
  });

  it('gives the same CSV whatever the chunk size and read size (streaming does not change results)', async () => {
    const a = memoryIO();
    const b = memoryIO({}, { chunk: 7 });
    await run(['salary', GBK, '--as-of', '2026-01-01', '--format', 'csv'], a.io);
    await run(['salary', GBK, '--as-of', '2026-01-01', '--format', 'csv', '--chunk-size', '2'], b.io);
    expect(b.stdout()).toBe(a.stdout());
    expect(b.stderr()).toBe(a.stderr());
  });
});

describe('salary input handling', () => {
  const roster = (lines: string[]) => '\ufeff' + lines.join('\r\n') + '\r\n';

  it('reads English headers, per-year assessment columns and Excel dates', async () => {
    const m = memoryIO({
      'r.csv': roster([
        'id,post,education,service start,assessment 2022,assessment 2023',
        'A,deputy,bachelor,2019/1/1,excellent,excellent',
      ]),
    });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--format', 'json'], m.io)).toBe(0);
    const out = JSON.parse(m.stdout()) as { rows: { grade: number; id: string }[] };
    // 4 + 1 (本科) + 1 (2022-01-01) + 1 (2022+2023 优秀, from 2024-01-01, taking the 2025 step early) = 7
    expect(out.rows.map((r) => [r.id, r.grade])).toEqual([['A', 7]]);
  });

  it('reports a malformed assessment cell at its column without stopping the other rows', async () => {
    const m = memoryIO({
      'r.csv': roster([
        '编号,岗位,学历,参加社区工作时间,考核',
        'A,正职,本科,2020-01-01,2023优秀',
        'B,正职,本科,2020-01-01,2023:优秀',
      ]),
    });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--format', 'csv'], m.io)).toBe(1);
    // Row, id, the column as written, the part that cannot be read, and the accepted form with an example.
    expect(m.stderr()).toContain(
      '第 2 行（编号 A），列「考核」：无法识别「2023优秀」；考核应写作「年份:结果」，以分号分隔，如「2023:优秀;2024:合格」 [invalid_format]\n',
    );
    expect(m.stderr()).toContain('共 2 行：已计算 0 行，无法判定 1 行，有误 1 行');
    expect(m.stdout()).toMatch(/\r\n3,B,,正职,\d+,/);
  });

  it('a certificate without its date leaves the pay undetermined naming 取证日期; a start after --as-of is not applicable', async () => {
    const m = memoryIO({
      'r.csv': roster([
        '编号,岗位,学历,参加社区工作时间,证书等级,取证日期',
        'A,正职,本科,2020-01-01,社会工作师,',
        'B,正职,本科,2027-01-01,,',
      ]),
    });
    expect(
      await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--overrides', EXAMPLE, '--format', 'csv'], m.io),
    ).toBe(0);
    const rows = parseCsv(m.stdout().slice(1));
    const notes = rows[0]!.indexOf('提示');
    expect(rows[1]![notes]).toBe('缺少：取证日期');
    expect(rows[2]![notes]).toBe('计算日期尚未开始社区工作，不适用');
    expect(m.stderr()).toContain('共 2 行：已计算 0 行，无法判定 1 行，不适用 1 行，有误 0 行');
  });

  it('refuses a sheet without the required columns (exit 2), naming them', async () => {
    const m = memoryIO({ 'r.csv': '姓名,岗位\r\n甲,正职\r\n' });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01'], m.io)).toBe(2);
    expect(m.stderr()).toContain(
      '「r.csv」：表头缺少必需的列：「学历/education」、「参加社区工作时间/serviceStart」。表头是：姓名,岗位',
    );
    const en = memoryIO({ 'r.csv': '姓名,岗位\r\n甲,正职\r\n' });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--lang', 'en'], en.io)).toBe(2);
    expect(en.stderr()).toContain(
      'r.csv: the header row lacks required columns: "学历/education", "参加社区工作时间/serviceStart". The header is: 姓名,岗位',
    );
  });

  it('reads a JSON array and reports bad items by item number and field', async () => {
    const m = memoryIO({
      'r.json': JSON.stringify([
        { id: 1, post: 'staff', education: 'bachelor', serviceStart: '2020-02-29' },
        { id: 2, post: 'chief', education: 'bachelor', serviceStart: '2020-01-01' },
      ]),
    });
    expect(await run(['salary', 'r.json', '--as-of', '2026-01-01', '--format', 'json'], m.io)).toBe(1);
    expect(m.stderr()).toContain('第 2 项（编号 2），字段 post：');
    const out = JSON.parse(m.stdout()) as {
      rows: { outcome: string; row: number; errors?: { code: string; path: string[] }[] }[];
      summary: { counts: Record<string, number> };
    };
    expect(out.summary.counts).toMatchObject({ total: 2, undetermined: 1, error: 1 });
    expect(out.rows[0]).toMatchObject({
      outcome: 'undetermined',
      row: 1,
      grade: 3,
      missing: ['parameter:salary.pay.base', 'parameter:salary.pay.gradeCoefficients'],
    });
    expect(out.rows[1]).toMatchObject({
      outcome: 'error',
      row: 2,
      errors: [{ code: 'unknown_enum_value', path: ['post'] }],
    });
  });

  it('refuses a bad profile before reading any row (exit 2)', async () => {
    const m = memoryIO({ 'p.json': '{"id":"x"}' });
    expect(await run(['salary', GBK, '--as-of', '2026-01-01', '--profile', 'p.json'], m.io)).toBe(2);
    expect(m.stderr()).toContain('配置或选项有误');
    expect(m.file('out.csv')).toBe('');
  });

  it('adds the explanation column with --explain', async () => {
    const m = memoryIO();
    await run(['salary', GBK, '--as-of', '2026-01-01', '--format', 'csv', '--explain'], m.io);
    const rows = parseCsv(m.stdout().slice(1));
    const i = rows[0]!.indexOf('计算说明');
    expect(i).toBeGreaterThan(0);
    expect(rows[1]![i]).toContain('岗位等级范围 7–18 级，起点 7 级');
  });

  it('shows progress on a long run (an updating line on a terminal, a line every few seconds otherwise), --quiet silences it, --stats at the end', async () => {
    // A clock that moves 1.5 s at each reading makes the 5-row run a long one; the file's size gives the percent.
    const long = (tty: boolean, extra: string[] = []) => {
      const m = memoryIO({}, { tty });
      let t = 0;
      const io = { ...m.io, now: () => (t += 1500), size: async () => statSync(GBK).size };
      return {
        m,
        done: run(['salary', GBK, '--as-of', '2026-01-01', '--format', 'csv', '--chunk-size', '1', ...extra], io),
      };
    };
    const tty = long(true, ['--stats']);
    expect(await tty.done).toBe(1);
    const writes = tty.m.stderrWrites();
    const progress = writes.filter((w) => w.startsWith('\r\x1b[K已读'));
    expect(progress.length).toBeGreaterThan(0);
    for (const w of progress) expect(w).toMatch(/^\r\x1b\[K已读 \d 行（\d+%），约 \d+ 秒后完成$/); // no line break: it updates in place
    // The error line is written on a line of its own: the progress line is cleared first, and again at the end.
    const err = writes.findIndex((w) => w.startsWith('第 5 行'));
    expect(writes[err - 1]).toBe('\r\x1b[K');
    expect(writes[err]).toBe(
      '第 5 行（编号 HA004），列「学历」：「研究生」不明确，请写明是「硕士」还是「博士」 [ambiguous_value]\n',
    );
    expect(writes[writes.findIndex((w) => w.startsWith('计算日期')) - 1]).toBe('\r\x1b[K');
    expect(tty.m.stderr()).toMatch(/统计：5 行，用时 \d+\.\d 秒（每秒 \d+ 行），内存峰值 0 MB\n$/);
    // Not a terminal (a log, a pipe): whole lines, every 5 s at most.
    const pipe = long(false);
    expect(await pipe.done).toBe(1);
    const lines = pipe.m.stderrWrites().filter((w) => w.startsWith('已读'));
    expect(lines.length).toBeGreaterThan(0);
    for (const w of lines) expect(w).toMatch(/^已读 \d 行（\d+%），约 \d+ 秒后完成\n$/);
    expect(pipe.m.stderr()).not.toContain('\x1b');
    expect(pipe.m.stderr()).not.toContain('统计：');
    // --quiet: no progress at all; a short run (the clock standing still) shows none either.
    const quiet = long(true, ['--quiet']);
    expect(await quiet.done).toBe(1);
    expect(quiet.m.stderr()).not.toContain('已读');
    const short = memoryIO({}, { tty: true });
    await run(['salary', GBK, '--as-of', '2026-01-01', '--format', 'csv', '--stats'], short.io);
    expect(short.stderr()).not.toContain('已读');
    expect(short.stderr()).toContain('统计：5 行');
  });
});

describe("salary with a city's official values", () => {
  const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
  const official = JSON.stringify({
    ...example,
    'salary.pay.base': {
      set: '2600',
      from: '2026-01-01',
      source: { key: 'CITY-1', title: 'Official pay table (test)' },
    },
  });

  it('computes pay once --overrides supplies the amounts huaian lacks, without a warning about them', async () => {
    const plain = memoryIO();
    await run(['salary', GBK, '--as-of', '2026-01-01', '--format', 'json'], plain.io);
    const m = memoryIO({ 'official.json': official });
    await run(['salary', GBK, '--as-of', '2026-01-01', '--overrides', 'official.json', '--format', 'json'], m.io);
    type Out = { rows: { id: string; outcome: string; lines?: { component: string; monthly: string }[] }[] };
    const ha001 = (o: Out) => o.rows.find((r) => r.id === 'HA001')!;
    // Without the amounts pay is undetermined; with them the basic line is base × coefficient × share: 2600 × 2.10 × 0.7.
    expect(ha001(JSON.parse(plain.stdout()) as Out)).toMatchObject({ outcome: 'undetermined', lines: [] });
    expect(plain.stderr()).toContain('无法判定的行缺少：薪酬基数、等级系数');
    expect(ha001(JSON.parse(m.stdout()) as Out).lines!.find((l) => l.component === 'basic')!.monthly).toBe('3822.00');
    expect(m.stderr()).not.toContain('薪酬基数');
    expect(m.stderr()).toContain('+overrides');
  });

  it('refuses an override of an unknown parameter (exit 2)', async () => {
    const m = memoryIO({ 'o.json': JSON.stringify({ 'salary.pay.bse': '1' }) });
    expect(await run(['salary', GBK, '--as-of', '2026-01-01', '--overrides', 'o.json'], m.io)).toBe(2);
    expect(m.stderr()).toContain('覆盖文件「o.json」有误');
  });
});

describe('salary over JSON rosters', () => {
  const workers = [
    { id: 'a', post: 'principal', education: 'bachelor', serviceStart: '2015-06-01' },
    {
      id: 'b',
      post: '副职',
      education: '硕士',
      serviceStart: '2019-01-01',
      assessments: { '2023': '优秀', '2024': '优秀' },
    },
    { id: 'c', post: 'staff', education: 'college_or_below', serviceStart: '2024-02-29' },
  ];
  it('streams a top-level array with the same result whatever the chunking, and reads { workers } whole', async () => {
    const outputs: string[] = [];
    for (const [read, chunk] of [
      [1 << 16, '10000'],
      [5, '1'],
    ] as const) {
      const m = memoryIO({ 'r.json': JSON.stringify(workers, null, 2) }, { chunk: read });
      expect(
        await run(['salary', 'r.json', '--as-of', '2026-01-01', '--format', 'json', '--chunk-size', chunk], m.io),
      ).toBe(0);
      outputs.push(m.stdout());
    }
    const wrapped = memoryIO({ 'w.json': JSON.stringify({ workers }) });
    await run(['salary', 'w.json', '--as-of', '2026-01-01', '--format', 'json'], wrapped.io);
    expect(outputs[1]).toBe(outputs[0]);
    expect(wrapped.stdout()).toBe(outputs[0]);
    const rows = (JSON.parse(outputs[0]!) as { rows: { id: string; grade: number }[] }).rows;
    // a: 7 + 1 + 3 (2019, 2022, 2025) = 11; b: 4 + 2 + 2 (2022, 2025) + 1 (2023–2024 优秀, from 2025) = 9; c: 1 + 0 = 1.
    expect(rows.map((r) => [r.id, r.grade])).toEqual([
      ['a', 11],
      ['b', 9],
      ['c', 1],
    ]);
  });
  it('names the item of a malformed JSON array (exit 2)', async () => {
    const m = memoryIO({ 'r.json': '[{"post":"staff"},{"post":}]' });
    expect(await run(['salary', 'r.json', '--as-of', '2026-01-01'], m.io)).toBe(2);
    expect(m.stderr()).toContain('第 2 项不是有效的 JSON');
  });
});
