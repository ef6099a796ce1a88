/**
 * A registry collection: a named list of records of one kind (`organizations`, `partyOrganizations`, …), the record
 * that checks each row, the fields that identify a row (a second row with the same key is refused), and where a row
 * sits in the division tree. Indicators declare the collections they read; the registry reader checks every row of
 * them once, in one place, and hands the indicators only rows that passed.
 * @module
 */
import type { Bilingual } from '../core/messages.js';
import type { RecordDef } from '../core/record.js';
import type { DivisionLevel } from '../divisions/index.js';

/**
 * Where a collection's rows sit in the division tree: the field holding the division code and the levels allowed.
 * @category Coverage
 */
export interface CollectionUnit<T> {
  /** The field with the division code. */
  readonly field: keyof T & string;
  /** The levels a row's unit may be at. */
  readonly levels: readonly DivisionLevel[];
  /** When true, a row without a code is attached to the root of the tree (e.g. a city-level trainee). */
  readonly rootWhenAbsent?: boolean;
}

/**
 * A collection of the coverage registry.
 * @category Coverage
 */
export interface Collection<T = unknown> {
  /** The key of the registry object (`organizations`). */
  readonly name: string;
  /** What one row is, for messages (`组织`). */
  readonly label: Bilingual;
  /** The record that checks a row (built from an entity with `pick` / `extend`). */
  readonly record: RecordDef<T>;
  /** The fields that identify a row: a later row with the same values is refused as a duplicate. */
  readonly key: readonly (keyof T & string)[];
  /** Where a row sits in the tree (absent: rows are not placed in the tree). */
  readonly unit?: CollectionUnit<T>;
  /** Field names of 0.1.0 and their names now: a registry written with them is refused with the list of changes. */
  readonly renamed?: Readonly<Record<string, string>>;
}

/**
 * A collection of any record type (the type is erased where collections of several kinds sit in one list).
 * @category Coverage
 */
// A record type appears both in and out of RecordDef's members, so no narrower type admits every collection.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCollection = Collection<any>;

/**
 * Declares a collection (a typed identity function, so indicators can declare what they read).
 * @param collection - the collection
 * @category Coverage
 * @example
 * ```ts
 * const stations = defineCollection({
 *   name: 'socialWorkStations', label: { zh: '社会工作站', en: 'social work station' },
 *   record: socialWorkStationRecord, key: ['id'], unit: { field: 'divisionCode', levels: ['township'] },
 * });
 * ```
 */
export function defineCollection<T>(collection: Collection<T>): Collection<T> {
  return collection;
}
