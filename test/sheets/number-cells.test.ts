import { describe, expect, it } from 'vitest';
import { sheetNumber } from '../../src/sheets/cells.js';
import { registerCell } from '../../src/sheets/register-cells.js';
import { readRecordSheet } from '../../src/sheets/index.js';
import { socialWorkStationRecord } from '../../src/entities/index.js';

// One reading of a number cell for every sheet reader: the typed record reader and the register readers (台账) used to
// differ, the registers reading neither full-width digits nor thousands separators.
describe('number cells as clerks write them', () => {
  it('reads digits with a unit after them, full-width digits and thousands separators', () => {
    expect(sheetNumber('5人')).toBe(5);
    expect(sheetNumber('1,500户')).toBe(1500);
    expect(sheetNumber('１，２００ 户')).toBe(1200);
    expect(sheetNumber('600平方米')).toBe(600);
    expect(sheetNumber('80.5㎡')).toBe(80.5);
    expect(sheetNumber(' 12 ')).toBe(12);
    expect(sheetNumber(7)).toBe(7);
  });
  it('leaves words around a number, a unit before it and non-numbers unread', () => {
    for (const t of ['5人以上', '约5人', '人5', '五人', '', '5 人 6', '12-3'])
      expect(sheetNumber(t), t).toBeUndefined();
    expect(sheetNumber(Number.NaN)).toBeUndefined();
    expect(sheetNumber(true)).toBeUndefined();
  });
  it('the register cells and the record sheets read them alike', () => {
    expect(registerCell('integer', '7人')).toBe(7);
    expect(registerCell('integer', '１２')).toBe(12);
    expect(registerCell('integer', '2.5')).toBe('2.5');
    expect(registerCell('integer', '5人以上')).toBe('5人以上');
    const r = readRecordSheet(
      [
        ['编号', '名称', '所在镇街区划代码', '持证社工数'],
        ['S1', '站', '320803001', '12人'],
      ],
      socialWorkStationRecord,
    );
    expect(r.rows[0]!.value).toMatchObject({ certifiedStaffCount: 12 });
  });
});
