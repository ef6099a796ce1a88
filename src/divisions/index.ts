/**
 * The 淮安 division tree and division-tree tools: lookup by code, children, ancestors, kinds; loading a host's tree.
 * @module divisions
 */
export * from './kinds.js';
// Not `export *`: tree.ts also exports buildTree, an internal helper of the embedded tree.
export {
  parseDivisionTree,
  safeParseDivisionTree,
  type DivisionUnit,
  type DivisionSource,
  type DivisionTree,
  type DivisionUnitInput,
  type DivisionTreeInput,
} from './tree.js';
export * from './huaian.js';
export * from './summary.js';
