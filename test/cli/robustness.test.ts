// Nothing silently dropped: counts that add up for every fixture, duplicate headers, broken rows, capped diagnostics.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isBlankRow, parseCsv } from '../../src/cli/csv.js';
import { decodeAll } from '../../src/cli/encoding.js';
import { run } from '../../src/cli/run.js';
import { memoryIO } from './memory-io.js';

const HEADER = '编号,姓名,岗位,学历,参加社区工作时间';
const GOOD = (i: number) => `HA${i},示例${i},正职,本科,2020-01-01`;
// 研究生 alone is refused as ambiguous (硕士 or 博士?): code ambiguous_value.
const BAD = (i: number) => `HA${i},示例${i},正职,研究生,2020-01-01`;

/** The numbers of the summary line: rows read, rows with a result (computed, undetermined, not applicable), with errors, blank. */
function summaryNumbers(stderr: string, lang: 'zh' | 'en' = 'zh'): number[] {
  const n = (s: string | undefined) => Number((s ?? '0').replace(/,/g, ''));
  const m =
    lang === 'zh'
      ? /共 ([\d,]+) 行：已计算 ([\d,]+) 行(?:，无法判定 ([\d,]+) 行)?(?:，不适用 ([\d,]+) 行)?，有误 ([\d,]+) 行(?:，空行 ([\d,]+) 行（已跳过）)?/.exec(
          stderr,
        )
      : /([\d,]+) rows: ([\d,]+) computed(?:, ([\d,]+) undetermined)?(?:, ([\d,]+) not applicable)?, ([\d,]+) with errors(?:, ([\d,]+) blank \(skipped\))?/.exec(
          stderr,
        );
  if (m === null) throw new Error(`no summary line in:\n${stderr}`);
  return [n(m[1]), n(m[2]) + n(m[3]) + n(m[4]), n(m[5]), n(m[6])];
}

/** Rows after the header, counted independently of the CLI (whole-text parse). */
function dataRows(text: string): { rows: number; blank: number } {
  const records = parseCsv(text);
  const header = records.findIndex((r) => !isBlankRow(r));
  const after = records.slice(header + 1);
  return { rows: after.length, blank: after.filter(isBlankRow).length };
}

describe('the summary reconciles: rows read = computed + with errors + blank', () => {
  const generated: Record<string, string> = {
    'blank-lines.csv': ['', HEADER, GOOD(1), '', ',,,,', BAD(2), GOOD(3), ''].join('\r\n') + '\r\n',
    'header-only.csv': HEADER + '\r\n',
    'bad-rows.csv': [HEADER, BAD(1), BAD(2), GOOD(3)].join('\n'),
    'broken-rows.csv': [HEADER, GOOD(1) + ',extra', GOOD(2), 'HA3,示例3'].join('\n'),
    'multiline.csv': [HEADER + ',备注', GOOD(1) + ',"a\nb\nc"', '', GOOD(2) + ','].join('\n') + '\n',
  };
  const fixtures = [
    'test/cli/fixtures/roster-gbk.csv',
    'docs/guide/examples/roster.csv',
    'docs/guide/examples/one.csv',
    'data/demo/roster.csv',
    ...Object.keys(generated),
  ];
  it.each(fixtures)('%s', async (file) => {
    const bytes =
      generated[file] === undefined ? new Uint8Array(readFileSync(file)) : new TextEncoder().encode(generated[file]);
    const expected = dataRows(decodeAll(bytes).text);
    for (const lang of ['zh', 'en'] as const) {
      const m = memoryIO(generated);
      const multiline = file === 'multiline.csv' ? ['--multiline', '备注'] : [];
      const code = await run(
        ['salary', file, '--as-of', '2026-01-01', '--format', 'json', ...multiline, '--lang', lang],
        m.io,
      );
      expect(code).toBeLessThan(2);
      const [read, ok, failed, blank] = summaryNumbers(m.stderr(), lang);
      expect(read).toBe(ok! + failed! + blank!);
      expect([read, blank]).toEqual([expected.rows, expected.blank]);
      const json = JSON.parse(m.stdout()) as {
        rows: { outcome: string }[];
        summary: { counts: Record<string, number>; skippedBlank: number; physicalLines: number };
      };
      expect(json.rows.length).toBe(ok! + failed!);
      expect(json.rows.filter((r) => r.outcome !== 'error').length).toBe(ok);
      expect(json.summary).toMatchObject({ counts: { total: ok! + failed!, error: failed }, skippedBlank: blank });
      const c = json.summary.counts;
      expect(c.total).toBe(c.computed! + c.undetermined! + c.not_applicable! + c.error!);
      expect(code).toBe(failed! > 0 ? 1 : 0);
    }
  });
  it('says the file has more physical lines than rows when cells hold line breaks', async () => {
    const m = memoryIO(generated);
    await run(['salary', 'multiline.csv', '--as-of', '2026-01-01', '--multiline', '备注', '--format', 'json'], m.io);
    expect(m.stderr()).toContain('文件共 6 个物理行，合 4 行（含表头；有的单元格内有换行）');
    expect((JSON.parse(m.stdout()) as { summary: { physicalLines: number } }).summary.physicalLines).toBe(6);
  });
});

describe('broken rows are errors of their row, never silently read', () => {
  it('a last row cut short and a row with cells beyond the header are reported and not computed (exit 1)', async () => {
    const m = memoryIO({ 'r.csv': [HEADER, GOOD(1) + ',多出', GOOD(2), 'HA3,示例3,正职,本'].join('\n') });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--format', 'csv'], m.io)).toBe(1);
    expect(m.stderr()).toContain('第 2 行（编号 HA1）：这一行有 6 列，比表头多 1 列（多出的内容「多出」）');
    expect(m.stderr()).toContain('第 4 行（编号 HA3）：这一行只有 4 列（表头有 5 列），而且文件在这一行中间结束');
    expect(m.stderr()).toContain('共 3 行：已计算 0 行，无法判定 1 行，有误 2 行');
  });
  it('a header without data rows gives an empty result, a note, and exit 0; an empty file is refused (exit 2)', async () => {
    const m = memoryIO({ 'h.csv': HEADER + '\r\n', 'e.csv': '' });
    expect(await run(['salary', 'h.csv', '--as-of', '2026-01-01', '--out', 'o.csv'], m.io)).toBe(0);
    expect(m.stderr()).toContain('提示：「h.csv」中没有数据行');
    expect(m.file('o.csv').split('\r\n')).toHaveLength(2); // the header line, then nothing
    expect(await run(['salary', 'e.csv', '--as-of', '2026-01-01'], m.io)).toBe(2);
    expect(m.stderr()).toContain('「e.csv」是空文件（没有表头）');
  });
});

describe('duplicate headers', () => {
  it('refuses two differently written headers for one field (exit 2), naming both columns', async () => {
    const m = memoryIO({
      'r.csv': ['编号,岗位,学历,参加社区工作时间,post', 'A,正职,本科,2020-01-01,deputy'].join('\n'),
    });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01'], m.io)).toBe(2);
    // Both columns named by position and as written in the header, and the field they both mean; nothing is computed.
    expect(m.stderr()).toBe(
      'huaian-sw salary: 「r.csv」：表头第 2 列「岗位」、第 5 列「post」都对应「岗位」，无法确定以哪一列为准：请删除或改名其中一列\n用 huaian-sw salary --help 查看用法\n',
    );
    expect(m.stdout()).toBe('');
    const en = memoryIO({
      'r.csv': ['编号,岗位,学历,参加社区工作时间,post', 'A,正职,本科,2020-01-01,deputy'].join('\n'),
    });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--lang', 'en'], en.io)).toBe(2);
    expect(en.stderr()).toContain(
      'r.csv: the header\'s column 2 "岗位", column 5 "post" all mean "post": cannot tell which one to use; delete or rename one of them',
    );
  });
  it('reads a header written twice, and reports a row in which the two columns differ', async () => {
    const m = memoryIO({
      'r.csv': [
        '编号,岗位,学历,参加社区工作时间,学历',
        'A,正职,本科,2020-01-01,本科',
        'B,正职,本科,2020-01-01,硕士',
      ].join('\n'),
    });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--format', 'csv'], m.io)).toBe(1);
    expect(m.stderr()).toContain('提示：有重复的列（学历）：逐行核对，两列不一致的行报错');
    expect(m.stderr()).toContain(
      '第 3 行（编号 B），列「学历」：重复的列两处不一致：「本科」和「硕士」 [inconsistent]\n',
    );
    expect(m.stderr()).toContain('共 2 行：已计算 0 行，无法判定 1 行，有误 1 行');
  });
  it('coverage CSV: a row whose duplicate columns differ is not read, and counts as a problem (exit 1)', async () => {
    const m = memoryIO({
      'socialWorkStations.csv':
        'id,divisionCode,establishedOn,divisionCode\r\ns1,320803001,2023-05-01,320803001\r\ns2,320803002,2023-05-01,320803003\r\n',
    });
    expect(await run(['coverage', 'socialWorkStations.csv', '--as-of', '2025-12-31', '--format', 'json'], m.io)).toBe(
      1,
    );
    expect(m.stderr()).toContain(
      'socialWorkStations.csv 第 3 行（编号 s2），列「divisionCode」：重复的列两处不一致：「320803002」和「320803003」 [inconsistent]\n',
    );
    expect(m.stderr()).toContain('socialWorkStations.csv：共 2 行：读入 1 条记录，有误 1 行（未读入）');
  });
});

describe('diagnostics', () => {
  const rows = (n: number, make: (i: number) => string) =>
    [HEADER, ...Array.from({ length: n }, (_, i) => make(i + 1))].join('\n');

  it('lists the first N errors of each code as they come, then one line with the count of the rest', async () => {
    const m = memoryIO({ 'r.csv': rows(600, (i) => (i % 2 === 0 ? BAD(i) : `HA${i},示例,正职,本科,2020-02-30`)) });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--format', 'csv', '--show-errors', '5'], m.io)).toBe(
      1,
    );
    const lines = m.stderr().split('\n');
    expect(lines.filter((l) => l.endsWith('[ambiguous_value]'))).toHaveLength(5);
    expect(lines.filter((l) => l.endsWith('[invalid_date]'))).toHaveLength(5);
    // The first ones as they come, each naming its row, id, column and value.
    expect(lines[0]).toBe(
      '第 2 行（编号 HA1），列「参加社区工作时间」：「2020-02-30」不是有效的日期（日历上没有这一天）；可写作 2014-09-01、2014/9/1、2014.9.1、2014年9月1日、带时间的日期（2016/3/1 0:00）或 Excel 日期序号（如 41883） [invalid_date]',
    );
    expect(lines[1]).toBe(
      '第 3 行（编号 HA2），列「学历」：「研究生」不明确，请写明是「硕士」还是「博士」 [ambiguous_value]',
    );
    expect(m.stderr()).toContain(
      '…另有 295 条 [ambiguous_value] 错误未逐条列出（同一种错误只列前 5 条；全部错误见输出的「错误」列，或加 --show-errors all 全部列出）',
    );
    expect(m.stderr()).toContain('…另有 295 条 [invalid_date] 错误未逐条列出');
    expect(m.stderr()).toContain('共 600 行：已计算 0 行，有误 600 行');
    // Written one line at a time (streamed), not gathered into one text at the end.
    expect(m.stderrWrites().filter((w) => w.startsWith('第 '))).toHaveLength(10);
    // Every error is still in the output.
    expect(parseCsv(m.stdout().slice(1)).filter((r) => r.at(-1) !== '' && r[0] !== '行号')).toHaveLength(600);
  });
  it('lists every error with --show-errors all, twenty of each code by default', async () => {
    const text = rows(30, BAD);
    const all = memoryIO({ 'r.csv': text });
    await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--format', 'csv', '--show-errors', 'all'], all.io);
    expect(
      all
        .stderr()
        .split('\n')
        .filter((l) => l.endsWith('[ambiguous_value]')),
    ).toHaveLength(30);
    expect(all.stderr()).not.toContain('另有');
    const some = memoryIO({ 'r.csv': text });
    await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--format', 'csv', '--lang', 'en'], some.io);
    expect(
      some
        .stderr()
        .split('\n')
        .filter((l) => l.endsWith('[ambiguous_value]')),
    ).toHaveLength(20);
    expect(some.stderr()).toContain(
      '… 10 more [ambiguous_value] errors not listed (only the first 20 of each kind are; every error is in the errors column of the output, or add --show-errors all to list them all)',
    );
    const bad = memoryIO({ 'r.csv': text });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--show-errors', 'many'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('--show-errors 应为非负整数或 all');
  });
  it('lists 10,000 unrecognised columns as the first 20 and a count', async () => {
    const extra = Array.from({ length: 9_995 }, (_, i) => `列${i + 1}`);
    const m = memoryIO({
      'r.csv': [[HEADER, ...extra].join(','), [GOOD(1), ...extra.map(() => 'x')].join(',')].join('\n'),
    });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--format', 'csv'], m.io)).toBe(0);
    const note = m
      .stderr()
      .split('\n')
      .find((l) => l.startsWith('提示：忽略无法识别的列'))!;
    expect(note).toBe(`提示：忽略无法识别的列：${extra.slice(0, 20).join('、')} 等 9,995 列`);
  });
});
