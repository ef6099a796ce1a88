/**
 * Reading a registry: every row of the collections asked for is checked once, in one place, by its record (or, in
 * `trusted` mode, taken as given), placed in the division tree and checked for a repeated key. A refused row becomes a
 * row-level error and the rest is counted; nothing is dropped without a trace. A registry written for 0.1.0 (old
 * collection or field names) is refused with the list of changes to make.
 * @module
 */
import { PolicyError, typeName, type IssuePath, type PolicyIssue } from '../core/errors.js';
import { suggest } from '../core/options.js';
import type { ValidationMode } from '../core/validation.js';
import { safeParseDivisionCode } from '../validators/division-code.js';
import type { DivisionLevel } from '../divisions/index.js';
import type { Bilingual } from '../core/messages.js';
import type { AnyCollection, Collection } from './collection.js';
import { coverageMessages } from './messages.js';
import { recordMessages } from '../core/record-messages.js';
import type { RegistryRowError } from './result.js';
import type { UnitIndex } from './units.js';

/**
 * The rows of one collection that passed, with where each sits in the tree.
 * @category Coverage
 */
export interface CheckedRows<T> {
  /** The collection. */
  readonly collection: Collection<T>;
  /** Rows that passed, in input order. */
  readonly records: readonly T[];
  /** Unit index (in the compiled tree) of each row; -1 when the collection is not placed in the tree. */
  readonly units: Int32Array;
  /** Input index of each row. */
  readonly indexes: Int32Array;
  /** Position in `records` of the row with a key (for a one-field key, the field's value as text). */
  readonly positionOf: ReadonlyMap<string, number>;
  /** Rows in the input. */
  readonly read: number;
  /** Refused rows. */
  readonly errors: RegistryRowError[];
}

/** Collections that were renamed since 0.1.0: old name → new names. */
const RENAMED_COLLECTIONS: Readonly<Record<string, readonly string[]>> = {
  stations: ['socialWorkStations', 'socialWorkRooms'],
  trainingRecords: ['trainees'],
};

/** The path good rows are checked at (never seen: a refused row is checked again at its own path). */
const ROW: IssuePath = Object.freeze(['row']) as IssuePath;

/** The registry as an object of lists, or `invalid_registry`. @internal */
export function registryObject(data: unknown): Readonly<Record<string, unknown>> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return coverageMessages.fail('invalid_registry', [], { received: typeName(data) });
  return data as Record<string, unknown>;
}

/**
 * @internal
 * Refuses names that are not collections of any registered indicator (`unknown_collection`, with the closest name) and
 * a registry written for 0.1.0 (`registry_outdated`, listing each collection and field to rename).
 */
export function checkRegistryNames(data: Readonly<Record<string, unknown>>, known: readonly AnyCollection[]): void {
  const byName = new Map<string, AnyCollection>(known.map((c) => [c.name, c]));
  const changes: {
    collection: string;
    collectionLabel: { zh: string; en: string };
    from: string;
    to: string;
    toLabel: { zh: string; en: string };
  }[] = [];
  for (const name of Object.keys(data)) {
    const c = byName.get(name);
    const renamedTo = Object.prototype.hasOwnProperty.call(RENAMED_COLLECTIONS, name)
      ? RENAMED_COLLECTIONS[name]
      : undefined;
    if (renamedTo !== undefined) {
      const to = renamedTo.map((n) => byName.get(n)).filter((x): x is AnyCollection => x !== undefined);
      changes.push({
        collection: name,
        collectionLabel: { zh: `「${name}」`, en: name },
        from: '',
        to: to.map((x) => x.name).join(' / '),
        toLabel: { zh: to.map((x) => x.label.zh).join('、'), en: to.map((x) => x.label.en).join(', ') },
      });
      continue;
    }
    if (c === undefined) {
      const names = known.map((k) => k.name);
      const s = suggest(name, names);
      const sc = s === undefined ? undefined : byName.get(s);
      coverageMessages.fail('unknown_collection', [name.slice(0, 64)], {
        received: name.slice(0, 64),
        ids: names,
        labels: known.map((k) => k.label),
        suggestion: sc === undefined ? undefined : { id: sc.name, label: sc.label },
      });
    }
    // A 0.1.0 registry shows in its first row: one look is enough to name every field to rename.
    const rows = data[name];
    const first: unknown = Array.isArray(rows) ? rows[0] : undefined;
    if (c?.renamed === undefined || typeof first !== 'object' || first === null) continue;
    for (const [from, to] of Object.entries(c.renamed)) {
      if (
        Object.prototype.hasOwnProperty.call(first, from) &&
        !Object.prototype.hasOwnProperty.call(c.record.fields, from)
      ) {
        const def = c.record.fields[to];
        if (!changes.some((x) => x.collection === name && x.to === to))
          changes.push({
            collection: name,
            collectionLabel: c.label,
            from,
            to,
            toLabel: def?.label ?? { zh: to, en: to },
          });
      }
    }
  }
  if (changes.length > 0) coverageMessages.fail('registry_outdated', [], { changes });
}

/** The id of a raw row for its error entry (the first key field, when it is text or a number). */
function rowId<T>(c: Collection<T>, raw: unknown): string | number | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const v = (raw as Record<string, unknown>)[c.key[0]!];
  return typeof v === 'string' ? v.slice(0, 64) : typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/**
 * A refused row.
 * @internal
 * @param c - its collection
 * @param index - its input index
 * @param raw - the row as given
 * @param issues - why
 */
export function rowError<T>(
  c: Collection<T>,
  index: number,
  raw: unknown,
  issues: readonly PolicyIssue[],
): RegistryRowError {
  const id = rowId(c, raw);
  const error = new PolicyError(issues);
  return id === undefined
    ? { collection: c.name, index, outcome: 'error', error }
    : { collection: c.name, index, outcome: 'error', id, error };
}

/** Where a collection's rows sit: the field, its label, the levels allowed, and the tree. */
interface Placement {
  readonly field: string;
  readonly label: Bilingual;
  readonly levels: readonly DivisionLevel[];
  readonly rootWhenAbsent: boolean;
}

/** The unit a row sits in, or -1 after pushing the issue that refuses it (its path built only then). */
function placeRow(
  p: Placement,
  row: Record<string, unknown>,
  ix: UnitIndex,
  name: string,
  index: number,
  issues: PolicyIssue[],
): number {
  const code = row[p.field];
  if (code === undefined || code === null) {
    if (p.rootWhenAbsent) return 0;
    issues.push(recordMessages.issue('required', [name, index, p.field], { label: p.label }));
    return -1;
  }
  if (typeof code !== 'string') {
    issues.push(
      recordMessages.issue('invalid_type', [name, index, p.field], {
        label: p.label,
        expected: 'string',
        received: typeName(code),
      }),
    );
    return -1;
  }
  let i = ix.index.get(code);
  if (i === undefined) {
    // Not a code of the tree as written: a 12-digit code padded with zeros (320803000000) names a unit by its short code.
    const parsed = safeParseDivisionCode(code);
    if (parsed.success) i = ix.index.get(parsed.data.code);
  }
  if (i === undefined) {
    issues.push(
      coverageMessages.issue('unit_not_in_tree', [name, index, p.field], {
        label: p.label,
        code: code.slice(0, 20),
        tree: ix.units[0]!.name,
      }),
    );
    return -1;
  }
  const level = ix.units[i]!.level;
  if (!p.levels.includes(level)) {
    issues.push(
      coverageMessages.issue('unit_level', [name, index, p.field], { label: p.label, code, level, allowed: p.levels }),
    );
    return -1;
  }
  return i;
}

/** The key of a row as text, and as shown in a message. */
function keyOf<T>(c: Collection<T>, row: Record<string, unknown>): string {
  if (c.key.length === 1) return String(row[c.key[0]!]);
  return c.key.map((k) => String(row[k])).join(' / ');
}

/**
 * @internal
 * Checks the rows of one collection: the record's check (or, `trusted`, only that a row is an object), its place in the
 * tree, and its key. Throws `collection_not_list` when the collection is not an array.
 * @param data - the registry object
 * @param c - the collection
 * @param ix - the compiled tree
 * @param mode - how rows are checked
 */
export function readCollection<T>(
  data: Readonly<Record<string, unknown>>,
  c: Collection<T>,
  ix: UnitIndex,
  mode: ValidationMode,
): CheckedRows<T> {
  const raw = Object.prototype.hasOwnProperty.call(data, c.name) ? data[c.name] : undefined;
  if (raw !== undefined && !Array.isArray(raw))
    coverageMessages.fail('collection_not_list', [c.name], { name: c.name, label: c.label });
  const rows = (raw ?? []) as readonly unknown[];
  const n = rows.length;
  const records: T[] = [];
  const units = new Int32Array(n);
  const indexes = new Int32Array(n);
  const positionOf = new Map<string, number>();
  const errors: RegistryRowError[] = [];
  const check = c.record;
  const placement: Placement | undefined =
    c.unit === undefined
      ? undefined
      : {
          field: c.unit.field,
          label: c.record.fields[c.unit.field]?.label ?? { zh: c.unit.field, en: c.unit.field },
          levels: c.unit.levels,
          rootWhenAbsent: c.unit.rootWhenAbsent === true,
        };
  const issues: PolicyIssue[] = [];
  const scratch: PolicyIssue[] = [];
  for (let i = 0; i < n; i++) {
    const input = rows[i];
    let row: T | undefined;
    if (mode === 'checked') {
      // Most rows pass: check against a shared path, and only for a refused row again with its own path (the check
      // is pure), so a good row allocates no path; a row already in normal form is kept as it is, not copied.
      row = check.checkInPlace(input, ROW, scratch);
      if (row === undefined) {
        scratch.length = 0;
        check.check(input, [c.name, i], issues);
      }
    } else if (typeof input === 'object' && input !== null && !Array.isArray(input)) row = input as T;
    else
      issues.push(
        coverageMessages.issue('row_not_object', [c.name, i], { collection: c.label, received: typeName(input) }),
      );
    let unit = -1;
    if (row !== undefined && placement !== undefined)
      unit = placeRow(placement, row as Record<string, unknown>, ix, c.name, i, issues);
    if (row !== undefined && issues.length === 0) {
      const key = keyOf(c, row as Record<string, unknown>);
      const first = positionOf.get(key);
      if (first === undefined) positionOf.set(key, records.length);
      else
        issues.push(
          coverageMessages.issue('duplicate_row', [c.name, i, c.key[0]!], {
            collection: c.label,
            key: key.slice(0, 64),
            first: indexes[first]!,
          }),
        );
    }
    if (issues.length > 0) {
      errors.push(rowError(c, i, input, issues.splice(0)));
      continue;
    }
    units[records.length] = unit;
    indexes[records.length] = i;
    records.push(row!);
  }
  return {
    collection: c,
    records,
    units: units.subarray(0, records.length),
    indexes: indexes.subarray(0, records.length),
    positionOf,
    read: n,
    errors,
  };
}
