/**
 * The embedded 淮安 division tree (国家统计局 统计用区划代码, cut-off 2022-10-31).
 * @module
 */
import { HUAIAN_CITY, HUAIAN_COMPACT, HUAIAN_SOURCE } from './data/huaian.js';
import { townshipKindOfCode, villageKindOfCode } from '../validators/division-code.js';
import type { DivisionKind } from './kinds.js';
import { buildTree, type DivisionTree, type DivisionUnit } from './tree.js';

let cached: DivisionTree | undefined;

/**
 * The embedded 淮安市 tree: the city, 8 county-level units (7 counties/districts and 淮安经济技术开发区, a statistical
 * functional-zone code), 113 township-level units (38 街道, 57 镇, 18 类似乡级单位) and 1,601 village-level units.
 * Built on first use and cached. Counts are data, not constants: a host with a newer list uses {@link parseDivisionTree}.
 * @category Divisions
 * @example
 * ```ts
 * const tree = huaianDivisions();
 * tree.ofKind('town', 'subdistrict').length; // 95
 * tree.get('320803001')?.name;               // '淮城街道'
 * ```
 */
export function huaianDivisions(): DivisionTree {
  if (cached !== undefined) return cached;
  const units: DivisionUnit[] = [{ code: HUAIAN_CITY.code, name: HUAIAN_CITY.name, kind: 'city', level: 'city' }];
  for (const [code, name, kind, townships] of HUAIAN_COMPACT) {
    units.push({ code, name, kind: kind as DivisionKind, level: 'county', parent: HUAIAN_CITY.code });
    for (const [t, villages] of townships) {
      const tcode = code + t.slice(0, 3);
      units.push({ code: tcode, name: t.slice(3), kind: townshipKindOfCode(tcode), level: 'township', parent: code });
      if (villages === '') continue;
      for (const v of villages.split('|')) {
        const vcode = tcode + v.slice(0, 3);
        units.push({ code: vcode, name: v.slice(3), kind: villageKindOfCode(vcode), level: 'village', parent: tcode });
      }
    }
  }
  cached = buildTree(units, HUAIAN_SOURCE);
  return cached;
}
