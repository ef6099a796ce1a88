/**
 * A register of posts held in 社会团体 (rows of `/entities` association-post records), indexed once by person so that
 * reviews look each person up in constant time. The register is taken as complete for the associations it lists: a
 * person absent from it holds no post there.
 * @module
 */
import { PolicyError, oncePerObject, type IssuePath, type OptionReader, type PolicyIssue } from '../core/index.js';
import { pathArg } from '../core/errors.js';
import { associationPostRecord, type AssociationPost } from '../entities/association-post.js';
import { associationsMessages } from './messages.js';
import type { HeldPost } from './rule.js';

/**
 * Posts indexed by person (`personId`, the person's `id`). Build with {@link indexRegistry}; reuse it across reviews.
 * @category Associations
 */
export interface RegistryIndex {
  /** Always `'registry-index'` (tells an index from a raw array). */
  readonly kind: 'registry-index';
  /** Number of distinct associations in the register. */
  readonly associations: number;
  /** Posts by person id. */
  readonly byPerson: ReadonlyMap<string, readonly HeldPost[]>;
}

/**
 * Validates register rows (association-post records: `{ personId, associationId, role }`) and indexes them by person.
 * Throws a `PolicyError` listing every bad row (paths start with the row index).
 * @param entries - the rows
 * @param path - where they sit in the caller's input (default `['registry']`)
 * @category Associations
 * @example
 * ```ts
 * const registry = indexRegistry([{ personId: 'p1', associationId: 'B7', role: 'president' }]);
 * registry.byPerson.get('p1'); // [{ associationId: 'B7', role: 'president' }]
 * ```
 */
export function indexRegistry(entries: readonly unknown[], path: IssuePath = ['registry']): RegistryIndex {
  pathArg(path);
  if (!Array.isArray(entries)) associationsMessages.fail('registry_type', path);
  const issues: PolicyIssue[] = [];
  const rows: AssociationPost[] = [];
  entries.forEach((e, i) => {
    const r = associationPostRecord.check(e, [...path, i], issues);
    if (r !== undefined) rows.push(r);
  });
  if (issues.length > 0) throw new PolicyError(issues);
  const byPerson = new Map<string, HeldPost[]>();
  const associations = new Set<string>();
  for (const e of rows) {
    associations.add(e.associationId);
    const post: HeldPost = { associationId: e.associationId, role: e.role };
    const list = byPerson.get(e.personId);
    if (list === undefined) byPerson.set(e.personId, [post]);
    else list.push(post);
  }
  return { kind: 'registry-index', associations: associations.size, byPerson };
}

function isIndex(v: unknown): v is RegistryIndex {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as { kind?: unknown }).kind === 'registry-index' &&
    (v as { byPerson?: unknown }).byPerson instanceof Map
  );
}

/** The `registry` option: an index, or rows (indexed once per array). @internal */
export const registryOption: OptionReader<RegistryIndex | undefined> = /* @__PURE__ */ oncePerObject((value, path) => {
  if (value === undefined) return undefined;
  if (isIndex(value)) return value;
  if (!Array.isArray(value)) return associationsMessages.fail('registry_type', path);
  return indexRegistry(value, path);
});
