// Title rows above the header (issue 14: sheets as clerks have them). A roster printed from Excel usually starts
// with a title merged across the columns (淮安市…花名册) and a 填报单位 line: the header is the first row with two or
// more filled cells; the rows above it are reported as titles, never read as workers, and the library and the command
// line follow the one rule.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { readRecordSheet, readRoster, readSlateSheet, writeXlsx } from '../../src/sheets/index.js';
import { socialWorkStationRecord } from '../../src/entities/index.js';
import { memoryIO } from '../cli/memory-io.js';

const HEADER = ['编号', '姓名', '岗位', '学历', '参加社区工作时间'];
const ROWS = [
  ['淮安市清河社区社区工作者花名册', '', '', '', ''],
  ['填报单位：清河社区'],
  [],
  HEADER,
  ['HA1', '张三', '书记', '大学本科', '2016/3/1'],
  ['HA2', '李四', '委员', '大专', '2019-05-01'],
];

describe('title rows above the header', () => {
  it('readRoster looks past them, lists them, and reads the workers below the header', () => {
    const r = readRoster(ROWS);
    expect(r.titles).toEqual([
      { row: 1, text: '淮安市清河社区社区工作者花名册' },
      { row: 2, text: '填报单位：清河社区' },
    ]);
    expect(r.rows.map((x) => [x.row, x.id, x.worker.post, x.issues.length])).toEqual([
      [5, 'HA1', 'principal', 0],
      [6, 'HA2', 'staff', 0],
    ]);
    // Without titles nothing changes.
    const plain = readRoster(ROWS.slice(3));
    expect(plain.titles).toEqual([]);
    expect(plain.rows.map((x) => x.worker)).toEqual(r.rows.map((x) => x.worker));
  });

  it('the other readers follow the same rule', () => {
    expect(readSlateSheet([['名单'], ['岗位', '编号'], ['会长', 'p1']]).titles).toEqual([{ row: 1, text: '名单' }]);
    const s = readRecordSheet([['社工站一览'], ['编号', '名称'], ['S1', '清江浦区社工站']], socialWorkStationRecord);
    expect([s.titles, s.rows.map((x) => x.row)]).toEqual([[{ row: 1, text: '社工站一览' }], [3]]);
  });

  it('a sheet of one-cell rows keeps its first row as the header and reads the rest (a one-column sheet)', () => {
    const one = readRecordSheet([['编号'], ['S1'], ['S2']], socialWorkStationRecord, { required: [] });
    expect(one.titles).toEqual([]);
    expect(one.rows.map((x) => x.row)).toEqual([2, 3]);
    // More than five one-cell rows before a wide row: not titles (the first is the header, the others rows).
    const many = readRecordSheet(
      [['编号'], ['S1'], ['S2'], ['S3'], ['S4'], ['S5'], ['S6', '多余']],
      socialWorkStationRecord,
      { required: [] },
    );
    expect([many.titles, many.rows.map((x) => x.row)]).toEqual([[], [2, 3, 4, 5, 6, 7]]);
  });

  it('huaian-sw salary reads a CSV and a workbook with title rows, says which rows it looked past, and gives the library’s workers', async () => {
    const csv = ROWS.map((r) => r.join(',')).join('\r\n');
    const parts: Uint8Array[] = [];
    // A workbook whose first row is the merged title (writeXlsx writes the first row as given).
    const w = await writeXlsx(
      async (b) => void parts.push(b),
      ROWS[0]!.map((h) => ({ header: h })),
    );
    await w.rows(ROWS.slice(1));
    await w.end();
    const book = new Uint8Array(Buffer.concat(parts));
    for (const [name, file] of [
      ['花名册.csv', csv],
      ['花名册.xlsx', book],
    ] as const) {
      const m = memoryIO({ [name]: file });
      expect(await run(['salary', name, '--as-of', '2026-01-01', '--format', 'json'], m.io), m.stderr()).toBe(0);
      expect(m.stderr()).toContain(
        '表头上方的标题行不作数据读取：第 1 行「淮安市清河社区社区工作者花名册」、第 2 行「填报单位：清河社区」',
      );
      const out = JSON.parse(m.stdout()) as {
        rows: { row: number; id: string; grade: number }[];
        summary: { counts: { total: number } };
      };
      expect(out.rows.map((r) => [r.row, r.id])).toEqual([
        [5, 'HA1'],
        [6, 'HA2'],
      ]);
      expect(out.summary.counts.total).toBe(2);
    }
    const en = memoryIO({ 'r.csv': csv });
    await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--lang', 'en', '--format', 'json'], en.io);
    expect(en.stderr()).toContain(
      'title rows above the header are not read as data: row 1 "淮安市清河社区社区工作者花名册"',
    );
  });
});
