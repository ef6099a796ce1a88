// A small host tree (a fictional city) used by the coverage tests: 2 counties, 4 townships (one 类似乡级单位),
// 6 village-level units (one 类似居委会).
import { isPolicyError } from '../../src/core/index.js';
import { parseDivisionTree, type DivisionTree } from '../../src/divisions/index.js';

export const HOST_TREE_JSON = {
  title: '测试市',
  source: 'test fixture',
  city: { code: '990100', name: '测试市' },
  counties: [
    { code: '990101', name: '甲区', kind: 'district' },
    { code: '990102', name: '乙县', kind: 'county' },
  ],
  townships: [
    { code: '990101001', name: '甲街道', kind: 'subdistrict', parent: '990101' },
    { code: '990101100', name: '甲镇', kind: 'town', parent: '990101' },
    { code: '990102100', name: '乙镇', kind: 'town', parent: '990102' },
    { code: '990102400', name: '乙开发区', kind: 'township_like', parent: '990102' },
  ],
  villages: [
    { code: '990101001001', name: '一社区', kind: 'residents_committee', parent: '990101001' },
    { code: '990101001002', name: '二社区', kind: 'residents_committee', parent: '990101001' },
    { code: '990101100201', name: '三村', kind: 'villagers_committee', parent: '990101100' },
    { code: '990102100201', name: '四村', kind: 'villagers_committee', parent: '990102100' },
    { code: '990102100202', name: '五村', kind: 'villagers_committee', parent: '990102100' },
    { code: '990102400401', name: '园区生活区', kind: 'residents_committee_like', parent: '990102400' },
  ],
};

export const hostTree = (): DivisionTree => parseDivisionTree(HOST_TREE_JSON);

export const V1 = '990101001001';
export const V2 = '990101001002';
export const V3 = '990101100201';
export const V4 = '990102100201';
export const V5 = '990102100202';
export const V6 = '990102400401';
export const T_JIA_JIEDAO = '990101001';
export const T_JIA_ZHEN = '990101100';
export const T_YI_ZHEN = '990102100';
export const T_YI_KAIFA = '990102400';
export const C_JIA = '990101';
export const C_YI = '990102';
export const CITY = '990100';

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
