/**
 * The division tree as the workforce checks count over it: each unit gets an index once (code → index), with its
 * parent's index and its level, so a count kept per unit is rolled up children-first and a county's figure is the
 * sum of its townships' (plus workers placed on the county itself).
 * @module
 * @internal
 */
import type { DivisionLevel, DivisionTree, DivisionUnit } from '../divisions/index.js';

/** Level numbers: 0 city, 1 county, 2 township, 3 village. @internal */
export const LEVEL_NUMBER: Readonly<Record<DivisionLevel, number>> = { city: 0, county: 1, township: 2, village: 3 };

/** A tree compiled for counting. @internal */
export interface UnitTable {
  readonly tree: DivisionTree;
  readonly units: readonly DivisionUnit[];
  /** Code → index into `units` (the root is 0). */
  readonly index: ReadonlyMap<string, number>;
  /** Parent index, -1 for the root. */
  readonly parent: Int32Array;
  /** Level number. */
  readonly level: Uint8Array;
  /** The county-level ancestor of each unit (itself for a county), -1 for the root. */
  readonly county: Int32Array;
}

const cache = new WeakMap<DivisionTree, UnitTable>();

/** The compiled form of a tree, built once per tree object. @internal */
export function unitTable(tree: DivisionTree): UnitTable {
  const hit = cache.get(tree);
  if (hit !== undefined) return hit;
  const units = tree.units;
  const n = units.length;
  const index = new Map<string, number>();
  const parent = new Int32Array(n);
  const level = new Uint8Array(n);
  const county = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    index.set(units[i]!.code, i);
    level[i] = LEVEL_NUMBER[units[i]!.level];
  }
  // Units come root first and each parent before its children.
  for (let i = 0; i < n; i++) {
    const p = units[i]!.parent;
    parent[i] = p === undefined ? -1 : (index.get(p) ?? -1);
    county[i] = level[i] === 0 ? -1 : level[i] === 1 ? i : county[parent[i]!]!;
  }
  const table: UnitTable = { tree, units, index, parent, level, county };
  cache.set(tree, table);
  return table;
}

/** Adds each unit's count into its parent's, children first; every entry then holds its whole subtree. @internal */
export function rollUp(table: UnitTable, counts: Float64Array | Int32Array): void {
  const parent = table.parent;
  for (let i = counts.length - 1; i > 0; i--) {
    const p = parent[i]!;
    if (p >= 0) counts[p]! += counts[i]!;
  }
}
