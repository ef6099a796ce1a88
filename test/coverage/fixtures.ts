// A small host tree (a fictional city, 测试市 329100: codes valid in structure, no real place) used by the coverage
// tests: 2 counties, 4 townships (one 类似乡级单位), 6 village-level units (one 类似居委会).
import { isPolicyError } from '../../src/core/index.js';
import { parseDivisionTree, type DivisionTree } from '../../src/divisions/index.js';

export const HOST_TREE_JSON = {
  title: '测试市',
  source: 'test fixture',
  city: { code: '329100', name: '测试市' },
  counties: [
    { code: '329101', name: '甲区', kind: 'district' },
    { code: '329102', name: '乙县', kind: 'county' },
  ],
  townships: [
    { code: '329101001', name: '甲街道', kind: 'subdistrict', parent: '329101' },
    { code: '329101100', name: '甲镇', kind: 'town', parent: '329101' },
    { code: '329102100', name: '乙镇', kind: 'town', parent: '329102' },
    { code: '329102400', name: '乙开发区', kind: 'township_like', parent: '329102' },
  ],
  villages: [
    { code: '329101001001', name: '一社区', kind: 'residents_committee', parent: '329101001' },
    { code: '329101001002', name: '二社区', kind: 'residents_committee', parent: '329101001' },
    { code: '329101100201', name: '三村', kind: 'villagers_committee', parent: '329101100' },
    { code: '329102100201', name: '四村', kind: 'villagers_committee', parent: '329102100' },
    { code: '329102100202', name: '五村', kind: 'villagers_committee', parent: '329102100' },
    { code: '329102400401', name: '园区生活区', kind: 'residents_committee_like', parent: '329102400' },
  ],
};

export const hostTree = (): DivisionTree => parseDivisionTree(HOST_TREE_JSON);

export const V1 = '329101001001';
export const V2 = '329101001002';
export const V3 = '329101100201';
export const V4 = '329102100201';
export const V5 = '329102100202';
export const V6 = '329102400401';
export const T_JIA_JIEDAO = '329101001';
export const T_JIA_ZHEN = '329101100';
export const T_YI_ZHEN = '329102100';
export const T_YI_KAIFA = '329102400';
export const C_JIA = '329101';
export const C_YI = '329102';
export const CITY = '329100';

/** A row of a roll-up level by code. */
export function row<T extends { code: string }>(rows: readonly T[], code: string): T {
  const r = rows.find((x) => x.code === code);
  if (r === undefined) throw new Error(`no row ${code}`);
  return r;
}

/** The PolicyError code `f` throws, or undefined when it does not throw; any other error is rethrown. */
export function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (isPolicyError(e)) return e.code;
    throw e;
  }
  return undefined;
}
