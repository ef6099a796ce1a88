/**
 * The 淮安 division tree and division-tree tools: lookup by code, children, ancestors, kinds; loading a host's tree.
 * @module divisions
 */
export * from './kinds.js';
export * from './tree.js';
export * from './huaian.js';
export * from './summary.js';
