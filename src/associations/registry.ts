/**
 * A register of office-holders in other 社会团体, indexed once by person so that a batch of slate reviews looks
 * each person up in constant time.
 * @module
 */
import { ErrorCode, fail, type IssuePath, type PolicyError } from '../core/index.js';
import { parseRegistryEntries, type OtherPost, type RegistryEntry } from './schema.js';

/**
 * Office-holders indexed by person key. Build with {@link indexRegistry}; reuse it across reviews.
 * The register is taken as complete for the associations it lists: a person absent from it holds no post there.
 * @category Associations
 */
export interface RegistryIndex {
  /** Always `'registry-index'` (tells an index from a raw array). */
  readonly kind: 'registry-index';
  /** Number of distinct associations in the register. */
  readonly associations: number;
  /** Posts by person key. */
  readonly byPerson: ReadonlyMap<string, readonly OtherPost[]>;
}

/**
 * Validates registry entries and indexes them by person. Throws a `PolicyError` for a bad entry.
 * @category Associations
 * @example
 * ```ts
 * const registry = indexRegistry([{ association: 'B7', role: 'president', personId: 'p1' }]);
 * registry.byPerson.get('p1'); // [{ association: 'B7', role: 'president' }]
 * ```
 */
export function indexRegistry(entries: readonly RegistryEntry[], path: IssuePath = ['registry']): RegistryIndex {
  const valid = parseRegistryEntries(entries, path);
  const byPerson = new Map<string, OtherPost[]>();
  const associations = new Set<string>();
  for (const e of valid) {
    associations.add(e.association);
    const post: OtherPost = { association: e.association, role: e.role };
    const list = byPerson.get(e.personId);
    if (list === undefined) byPerson.set(e.personId, [post]);
    else list.push(post);
  }
  return { kind: 'registry-index', associations: associations.size, byPerson };
}

const cache = /* @__PURE__ */ new WeakMap<readonly RegistryEntry[], RegistryIndex>();

/** An index for a registry given either as an index or as raw entries (indexed once per array). @internal */
export function toRegistryIndex(registry: RegistryIndex | readonly RegistryEntry[]): RegistryIndex {
  if (!Array.isArray(registry)) {
    const r = registry as Partial<RegistryIndex> | null;
    if (r === null || typeof r !== 'object' || r.kind !== 'registry-index' || !(r.byPerson instanceof Map)) {
      fail(ErrorCode.InvalidType, ['registry'], '登记册应为条目数组或 indexRegistry 的结果', 'The registry must be an array of entries or the result of indexRegistry');
    }
    return r as RegistryIndex;
  }
  const entries = registry as readonly RegistryEntry[];
  let hit = cache.get(entries);
  if (hit === undefined) {
    hit = indexRegistry(entries);
    cache.set(entries, hit);
  }
  return hit;
}
