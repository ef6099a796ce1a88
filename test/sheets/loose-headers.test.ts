import { describe, expect, it } from 'vitest';
import { mapHeaders, readCollectionSheet } from '../../src/sheets/index.js';

describe('headers written with 时间 for 日期, 人数 for 数, 街道 for 街', () => {
  const specs = [
    { key: 'establishedOn', zh: '建成日期', en: 'establishedOn' },
    { key: 'certified', zh: '持证社工数', en: 'certified' },
    { key: 'divisionCode', zh: '所在镇街区划代码', en: 'divisionCode' },
  ];
  it('name their columns', () => {
    const m = mapHeaders(['建成时间', '持证社工人数', '所在镇（街道）区划代码', '备注'], specs);
    expect(m.columns.map((c) => c?.key)).toEqual(['establishedOn', 'certified', 'divisionCode', undefined]);
    expect(m.unknown).toEqual(['备注']);
  });
  it('a loose form two fields share names neither; a header as written wins over a loose one', () => {
    const two = [
      { key: 'a', zh: '成员人数', en: 'a' },
      { key: 'b', zh: '成员数量', en: 'b' },
    ];
    expect(mapHeaders(['成员数'], two).columns).toEqual([undefined]);
    expect(mapHeaders(['成员人数', '成员数量'], two).columns.map((c) => c?.key)).toEqual(['a', 'b']);
  });
  it('a station register with the headers clerks give it reads whole', () => {
    const s = readCollectionSheet(
      [
        ['编号', '站点名称', '所在镇（街道）区划代码', '建站时间', '工作人员', '持证社工人数'],
        ['Z1', '淮城街道社工站', '320803001', '2021年3月15日', '5人', '2'],
      ],
      '社工站',
    );
    expect(s.map.unknown).toEqual([]);
    expect(s.rows[0]!.issues).toEqual([]);
    expect(s.rows[0]!.value).toEqual({
      id: 'Z1',
      name: '淮城街道社工站',
      divisionCode: '320803001',
      establishedOn: '2021-03-15',
      staffCount: 5,
      certifiedStaffCount: 2,
    });
  });
});
