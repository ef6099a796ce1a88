/**
 * A division tree compiled for counting: each unit gets an integer index once (code → index), with its parent's
 * index and its level as typed arrays. Counts are kept per unit in `Int32Array`s and rolled up children-first, so a
 * county's count is exactly the sum of its townships' (plus records attached to the county itself).
 * @module
 */
import type { Bilingual } from '../core/messages.js';
import { objectArg } from '../core/args.js';
import type { Scope } from '../core/evaluation.js';
import {
  DIVISION_KIND_LABELS,
  type DivisionKind,
  type DivisionLevel,
  type DivisionTree,
  type DivisionUnit,
} from '../divisions/index.js';

/** Level numbers: 0 city, 1 county, 2 township, 3 village. @internal */
export const LEVEL_NUMBER: Readonly<Record<DivisionLevel, number>> = { city: 0, county: 1, township: 2, village: 3 };

/** The levels, by number. @internal */
export const LEVELS: readonly DivisionLevel[] = ['city', 'county', 'township', 'village'];

/** A tree compiled for counting. @internal */
export interface UnitIndex {
  readonly tree: DivisionTree;
  readonly units: readonly DivisionUnit[];
  /** Code → index into `units`. */
  readonly index: ReadonlyMap<string, number>;
  /** Parent index, -1 for the root. */
  readonly parent: Int32Array;
  /** Level number: 0 city, 1 county, 2 township, 3 village. */
  readonly level: Uint8Array;
  /** Indexes of the units at each level, in tree order. */
  readonly byLevel: readonly (readonly number[])[];
}

const cache = new WeakMap<DivisionTree, UnitIndex>();

/** The compiled form of a tree, built once per tree object. @internal */
export function unitIndex(tree: DivisionTree): UnitIndex {
  const hit = cache.get(tree);
  if (hit !== undefined) return hit;
  const units = tree.units;
  const n = units.length;
  const index = new Map<string, number>();
  const parent = new Int32Array(n);
  const level = new Uint8Array(n);
  const byLevel: number[][] = [[], [], [], []];
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    index.set(u.code, i);
    level[i] = LEVEL_NUMBER[u.level];
    byLevel[level[i]!]!.push(i);
  }
  for (let i = 0; i < n; i++) {
    const p = units[i]!.parent;
    parent[i] = p === undefined ? -1 : (index.get(p) ?? -1);
  }
  const compiled: UnitIndex = { tree, units, index, parent, level, byLevel };
  cache.set(tree, compiled);
  return compiled;
}

/** 1 for each unit whose kind is in `kinds`, else 0: the per-unit denominator of a unit-population measure. @internal */
export function kindMask(ix: UnitIndex, kinds: readonly DivisionKind[]): Int32Array {
  const out = new Int32Array(ix.units.length);
  for (let i = 0; i < ix.units.length; i++) if (kinds.includes(ix.units[i]!.kind)) out[i] = 1;
  return out;
}

/**
 * Adds each unit's count into its parent's, children first (units are in tree order, parents before children), so
 * afterwards every entry holds the total of its whole subtree. Works in place; returns its argument.
 * @internal
 */
export function rollUp(ix: UnitIndex, counts: Int32Array): Int32Array {
  const parent = ix.parent;
  for (let i = counts.length - 1; i > 0; i--) {
    const p = parent[i]!;
    if (p >= 0) counts[p]! += counts[i]!;
  }
  return counts;
}

/** The labels of unit kinds, for rule texts. @internal */
export function kindLabels(kinds: readonly DivisionKind[]): Bilingual[] {
  return kinds.map((k) => DIVISION_KIND_LABELS[k]);
}

/** Refuses what is not an evaluation scope (a Scope: its parameters, trace, warnings and missing items). @internal */
export function checkScope(scope: unknown): asserts scope is Scope {
  const s = scope as Partial<Scope> | null;
  if (
    typeof s !== 'object' ||
    s === null ||
    typeof s.param !== 'function' ||
    typeof s.trace?.rule !== 'function' ||
    typeof s.at?.get !== 'function' ||
    !Array.isArray(s.missing)
  ) {
    objectArg(null, 'scope');
  }
}

/** Refuses what is not a compiled tree (what unitIndex returns). @internal */
export function checkUnitIndex(ix: unknown, name = 'tree'): asserts ix is UnitIndex {
  const x = ix as Partial<UnitIndex> | null;
  if (
    typeof x !== 'object' ||
    x === null ||
    !Array.isArray(x.units) ||
    !(x.level instanceof Uint8Array) ||
    !(x.parent instanceof Int32Array) ||
    !Array.isArray(x.byLevel) ||
    x.level.length !== x.units.length
  ) {
    objectArg(null, name);
  }
}
