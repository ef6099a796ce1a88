import { describe, expect, it } from 'vitest';
import { readRoster, sheetDate } from '../../src/sheets/index.js';

// Clerks write a date they half know as a year and month (2016.3, 2016年3月). Read as an Excel serial, 2016.3 was
// 1905-07-08: a worker's service silently started 110 years early.
describe('a year, or a year and month, is not a date', () => {
  it('is refused as incomplete, as text and as a number cell', () => {
    for (const cell of [
      '2016.3',
      '2016.03',
      '2016.10',
      '2016',
      '2016年',
      '2016年3月',
      '2016-03',
      '2016/3',
      ' 2016.3 ',
      2016.3,
      2016,
      9999.5,
    ])
      expect(sheetDate(cell), String(cell)).toEqual({ ok: false, reason: 'incomplete' });
  });
  it('leaves full dates and serials of our era as they were', () => {
    expect(sheetDate('2016.3.1')).toEqual({ ok: true, date: '2016-03-01' });
    expect(sheetDate('20160301')).toEqual({ ok: true, date: '2016-03-01' });
    expect(sheetDate('41883')).toEqual({ ok: true, date: '2014-09-01' });
    expect(sheetDate(41883)).toEqual({ ok: true, date: '2014-09-01' });
    expect(sheetDate(999)).toEqual({ ok: true, date: '1902-09-25' });
    expect(sheetDate({ serial: 2016, text: '1905-07-08' })).toEqual({ ok: true, date: '1905-07-08' });
    expect(sheetDate('2016-13')).toEqual({ ok: false, reason: 'invalid' });
  });
  it('names the cell and asks for the day', () => {
    const r = readRoster([
      ['姓名', '岗位', '学历', '参加社区工作时间'],
      ['李四', '副主任', '本科', '2016.3'],
    ]);
    expect(r.rows[0]!.issues.map((i) => i.zh)).toEqual([
      expect.stringContaining(
        '第 2 行，列「参加社区工作时间」：「2016.3」不是有效的日期（只有年份或年月，请写明哪一天）',
      ),
    ]);
    expect(r.rows[0]!.issues[0]!.en).toContain(
      '"2016.3" is not a valid date (a year, or a year and month: give the day)',
    );
    expect(r.rows[0]!.worker.serviceStart).toBeUndefined();
  });
});
