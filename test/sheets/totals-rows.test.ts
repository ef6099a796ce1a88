// Totals rows below the data (sheets as clerks have them): an Excel export often ends with a 合计 row, its first filled
// cell 合计 (总计, 小计, Total …) and the rest sums or blanks. Read as data it was an error row (「岗位」 missing) and a
// bad roster to the clerk; the readers skip it, never compute it, and list it in `totals`.
import { describe, expect, it } from 'vitest';
import {
  readRecordSheet,
  readRoster,
  readSlateSheet,
  readXlsx,
  totalsText,
  writeXlsx,
  type XlsxRow,
} from '../../src/sheets/index.js';
import { socialWorkStationRecord } from '../../src/entities/index.js';

const HEADER = ['编号', '姓名', '岗位', '学历', '参加社区工作时间'];
const ROWS = [
  ['淮安市清河社区社区工作者花名册'],
  HEADER,
  ['HA1', '张三', '书记', '大学本科', '2016/3/1'],
  ['HA2', '李四', '委员', '大专', '2019-05-01'],
  [],
  ['合计', '', '2 人', '', ''],
];

describe('totals rows', () => {
  it('readRoster skips a 合计 row at the bottom, computes every data row and lists it in totals', () => {
    const r = readRoster(ROWS);
    expect(r.totals).toEqual([{ row: 6, text: '合计' }]);
    expect(r.titles).toEqual([{ row: 1, text: '淮安市清河社区社区工作者花名册' }]);
    expect(r.blank).toBe(1);
    expect(r.rows.map((x) => [x.row, x.id, x.issues.length])).toEqual([
      [3, 'HA1', 0],
      [4, 'HA2', 0],
    ]);
    // Read as data, the same row is a worker without a post: the error a clerk saw before.
    const asData = readRoster([...ROWS.slice(0, 5), ['合计行', '', '2 人', '', '']]);
    expect(asData.totals).toEqual([]);
    expect(asData.rows.at(-1)!.issues.length).toBeGreaterThan(0);
  });

  it('only the first filled cell counts: 合计 in a later cell is data', () => {
    const r = readRoster([
      HEADER,
      ['HA1', '合计', '书记', '大学本科', '2016/3/1'],
      ['', '李四', '委员', '合计', '2019-05-01'],
      ['', '', '', '', '合计'],
    ]);
    // The last row's first filled cell is its only one: a totals row.
    expect(r.totals).toEqual([{ row: 4, text: '合计' }]);
    expect(r.rows.map((x) => [x.row, x.worker.post])).toEqual([
      [2, 'principal'],
      [3, 'staff'],
    ]);
    expect(r.rows[1]!.issues.length).toBeGreaterThan(0);
  });

  it('knows the words with spaces (full-width too) and in any case, after empty leading cells', () => {
    for (const word of [
      '合 计',
      '合\u3000计',
      ' 总计 ',
      '小计',
      '共计',
      '总合计',
      'Total',
      'SUBTOTAL',
      'Grand Total',
      'sum',
    ])
      expect([word, totalsText(['', null, word, 12])]).toEqual([word, word.trim()]);
    for (const cells of [['HA1', '合计'], ['合计人数', 3], [12, '合计'], ['Totals'], [], ['', '']])
      expect(totalsText(cells)).toBeUndefined();
  });

  it('the record and slate readers follow the same rule', () => {
    const s = readRecordSheet(
      [
        ['编号', '名称'],
        ['S1', '清江浦区社工站'],
        ['S2', '淮阴区社工站'],
        ['Total', '2'],
      ],
      socialWorkStationRecord,
    );
    expect([s.totals, s.rows.map((x) => x.row)]).toEqual([[{ row: 4, text: 'Total' }], [2, 3]]);
    const slate = readSlateSheet([
      ['岗位', '编号'],
      ['会长', 'p1'],
      ['合 计', '1'],
    ]);
    expect([slate.totals, slate.rows.map((x) => x.row)]).toEqual([[{ row: 3, text: '合 计' }], [2]]);
  });

  it('a workbook’s 合计 row is skipped as the CSV’s is', async () => {
    const parts: Uint8Array[] = [];
    const w = await writeXlsx(
      async (b) => void parts.push(b),
      HEADER.map((h) => ({ header: h })),
    );
    await w.rows(ROWS.slice(2));
    await w.end();
    const sheet = await readXlsx(new Uint8Array(Buffer.concat(parts)));
    // Each row at the number the workbook gives it (a workbook stores no empty row).
    const rows: XlsxRow['cells'][] = [];
    for (const chunk of sheet.chunks)
      for (const r of chunk) {
        while (rows.length < r.row - 1) rows.push([]);
        rows.push(r.cells);
      }
    const r = readRoster(rows);
    expect(r.totals).toEqual([{ row: 5, text: '合计' }]);
    expect(r.rows.map((x) => [x.id, x.issues.length])).toEqual([
      ['HA1', 0],
      ['HA2', 0],
    ]);
  });
});
