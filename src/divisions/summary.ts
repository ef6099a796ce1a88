/**
 * Counting units by kind, for reports and sanity checks.
 * @module
 */
import type { DivisionKind } from './kinds.js';
import { ErrorCode, fail, typeName } from '../core/errors.js';
import { checkTree, type DivisionTree } from './tree.js';

/**
 * Number of units of each kind below a unit (default: the whole tree).
 * @category Divisions
 * @example
 * ```ts
 * countByKind(huaianDivisions()).town; // 57
 * ```
 */
export function countByKind(tree: DivisionTree, code?: string): Partial<Record<DivisionKind, number>> {
  checkTree(tree, ['tree']);
  const at = code ?? tree.root.code;
  if (typeof at !== 'string')
    fail(
      ErrorCode.InvalidType,
      ['code'],
      `区划代码应为字符串，实际为 ${typeName(at)}`,
      `The division code must be a string, got ${typeName(at)}`,
    );
  tree.require(at, ['code']);
  const out: Partial<Record<DivisionKind, number>> = {};
  for (const u of tree.descendants(at)) out[u.kind] = (out[u.kind] ?? 0) + 1;
  return out;
}
