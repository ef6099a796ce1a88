/**
 * Counting units by kind, for reports and sanity checks.
 * @module
 */
import type { DivisionKind } from './kinds.js';
import type { DivisionTree } from './tree.js';

/**
 * Number of units of each kind below a unit (default: the whole tree).
 * @category Divisions
 * @example
 * ```ts
 * countByKind(huaianDivisions()).town; // 57
 * ```
 */
export function countByKind(tree: DivisionTree, code: string = tree.root.code): Partial<Record<DivisionKind, number>> {
  const out: Partial<Record<DivisionKind, number>> = {};
  for (const u of tree.descendants(code)) out[u.kind] = (out[u.kind] ?? 0) + 1;
  return out;
}
