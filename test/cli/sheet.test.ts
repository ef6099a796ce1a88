// A stray quote never swallows rows: cells over several lines only in the columns the user names, within a limit.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.js';
import { parseSheet, readSheet, type SheetOptions } from '../../src/cli/sheet.js';
import { run } from '../../src/cli/run.js';
import { memoryIO } from './memory-io.js';

const HEADER = '编号,姓名,岗位,学历,参加社区工作时间';
const row = (i: number, name = `示例${i}`) => `HA${String(i).padStart(3, '0')},${name},正职,本科,2020-01-01`;
/** Eight data rows; row 5 of the sheet (the 4th worker) has a stray quote opening its name. */
const STRAY = [HEADER, row(1), row(2), row(3), row(4, '"示例丁'), row(5), row(6), row(7), row(8)].join('\r\n') + '\r\n';

function refusal(text: string, options: SheetOptions): UsageError {
  try {
    parseSheet(text, options);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error('the sheet was accepted');
}

describe('a stray quote', () => {
  it('refuses the sheet, naming the row where the cell starts, its column and the lines it ran over', () => {
    const e = refusal(STRAY, { file: 'r.csv' });
    expect(e.zh).toBe(
      '「r.csv」第 5 行，列「姓名」：带引号的单元格直到文件末尾（5 个物理行）都没有结束的引号：可能多了一个引号 "，或者文件不完整（被截断）',
    );
    expect(e.en).toContain(
      'r.csv, row 5, column "姓名": a quoted cell has no closing quote up to the end of the file (5 physical lines)',
    );
  });
  it('refuses a cell closed by a later quote too, unless its column is named with --multiline', () => {
    const text = [HEADER, row(1), row(2, '"示例乙'), row(3, '示例丙"'), row(4)].join('\n') + '\n';
    const e = refusal(text, { file: 'r.csv' });
    expect(e.zh).toContain(
      '「r.csv」第 3 行，列「姓名」：带引号的单元格跨了 2 个物理行。这多半是单元格里多了一个引号 "',
    );
    expect(e.zh).toContain('请加 --multiline 姓名');
    // Named: the cell is read as Excel would, and the rows after it keep their numbers.
    const ok = parseSheet(text, { file: 'r.csv', multiline: ['姓名'] });
    expect(ok.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(ok.counts).toEqual({ rows: 3, blank: 0, totals: 0, records: 4, lines: 5 });
  });
  it('refuses a cell over the line limit even in a named column, giving up after the limit', () => {
    const text = [HEADER, row(1, '"一'), ...Array.from({ length: 100_000 }, (_, i) => row(i + 2))].join('\n');
    const e = refusal(text, { file: 'r.csv', multiline: ['姓名'], multilineLimit: 10 });
    expect(e.zh).toContain('「r.csv」第 2 行，列「姓名」：带引号的单元格超过 10 个物理行仍未结束');
  });
  it('gives the physical line where it differs from the row, and refuses a --multiline column not in the header', () => {
    const text = [HEADER, row(1, '"a\nb"'), row(2, '"c'), row(3)].join('\n');
    const e = refusal(text, { file: 'r.csv', multiline: ['姓名'] });
    expect(e.zh).toContain(
      '「r.csv」第 3 行（文件第 4 个物理行），列「姓名」：带引号的单元格直到文件末尾（2 个物理行）',
    );
    expect(refusal(text, { file: 'r.csv', multiline: ['学历'] }).zh).toContain(
      '「r.csv」第 2 行，列「姓名」：带引号的单元格跨了 2 个物理行',
    );
    expect(refusal(STRAY, { file: 'r.csv', multiline: ['备注'] }).zh).toContain(
      '--multiline 给出的列「备注」不在「r.csv」的表头中',
    );
  });
});

describe('sheet counts and broken rows', () => {
  it('counts blank rows and physical lines so that rows = data rows + blank rows', () => {
    const text = ['', HEADER, row(1), ',,,,', row(2, '"two\r\nlines"'), '', row(3)].join('\r\n') + '\r\n';
    const s = parseSheet(text, { file: 'r.csv', multiline: ['姓名'] });
    expect(s.rows.map((r) => r.row)).toEqual([3, 5, 7]);
    expect(s.counts).toEqual({ rows: 5, blank: 2, totals: 0, records: 7, lines: 8 });
  });
  it('marks a last row cut short and a row with cells beyond the header', () => {
    const s = parseSheet([HEADER, row(1) + ',多,', row(2), 'HA003,示例3,正职'].join('\n'), { file: 'r.csv' });
    expect(s.rows.map((r) => [r.row, r.issues?.map((i) => i.code)])).toEqual([
      [2, ['extra_cells']],
      [3, undefined],
      [4, ['truncated_row']],
    ]);
    expect(s.rows[0]!.issues![0]!.zh).toBe(
      '这一行有 7 列，比表头多 2 列（多出的内容「多」）：可能有没加引号的逗号，这一行不予计算',
    );
    // The same short row followed by a line break is not a cut: the file ended where it should.
    expect(parseSheet([HEADER, 'HA003,示例3,正职', ''].join('\n'), { file: 'r.csv' }).rows[0]!.issues).toBeUndefined();
  });
  it('streams the same rows and counts whatever the read size', async () => {
    const text = [HEADER, row(1), '', row(2, '"x\ny"'), row(3)].join('\n');
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 5, 1 << 16]) {
      const chunks = (async function* () {
        for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
      })();
      const rows: number[] = [];
      let counts;
      for await (const c of readSheet(chunks, 'auto', 2, { file: 'r.csv', multiline: ['姓名'] })) {
        rows.push(...c.rows.map((r) => r.row));
        counts = c.counts;
      }
      expect(rows).toEqual([2, 4, 5]);
      expect(counts).toEqual({ rows: 4, blank: 1, totals: 0, records: 5, lines: 6 });
    }
  });
});

describe('huaian-sw salary over a sheet with a stray quote', () => {
  it('fails (exit 2) with the row, column and lines instead of computing fewer rows, and writes no output', async () => {
    const m = memoryIO({ 'r.csv': STRAY }, { written: { 'pay.csv': 'previous' } });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--out', 'pay.csv'], m.io)).toBe(2);
    expect(m.stderr()).toContain(
      '「r.csv」第 5 行，列「姓名」：带引号的单元格直到文件末尾（5 个物理行）都没有结束的引号',
    );
    expect(m.file('pay.csv')).toBe('previous');
  });
  it('reads a named multi-line column and says the file has more physical lines than rows', async () => {
    const text =
      [HEADER + ',备注', row(1) + ',"第一行\r\n第二行"', row(2) + ',', '', row(3) + ','].join('\r\n') + '\r\n';
    const m = memoryIO({ 'r.csv': text });
    expect(
      await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--multiline', '备注', '--format', 'csv'], m.io),
    ).toBe(0);
    expect(m.stderr()).toContain('共 4 行：已计算 0 行，无法判定 3 行，有误 0 行，空行 1 行（已跳过）');
    expect(m.stderr()).toContain('文件共 6 个物理行，合 5 行（含表头；有的单元格内有换行）');
  });
});
