/**
 * Year maps (`{ 2023: 'excellent', 2024: 'pass' }`) of frozen objects read once as entries: keys, years and values in
 * key order (ascending years: year keys are array indexes, which objects list in ascending numeric order). A roster
 * read from a sheet shares one frozen map between the rows with the same assessment cell, and a frozen map never
 * changes, so its entries serve every row and every reader (the record check, an engine's rule). Any other map is
 * read by its reader as it goes, each time: building entries for it would cost more than the reading they save.
 * @module
 */

/** A year as a year map's key: four digits, not starting with 0. @internal */
export const YEAR_RE = /^[1-9]\d{3}$/;

/** The entries of a year map. @internal */
export interface YearEntries {
  /** Every key is a year ({@link YEAR_RE}). */
  readonly allYears: boolean;
  /** The keys, in the map's order. */
  readonly keys: readonly string[];
  /** Each key as a number (`NaN` for a key that is not a number). */
  readonly years: readonly number[];
  /** Each key's value. */
  readonly values: readonly unknown[];
}

const learnt = new WeakMap<object, YearEntries>();

function entriesOf(map: object): YearEntries {
  const keys = Object.keys(map);
  const years = new Array<number>(keys.length);
  const values = new Array<unknown>(keys.length);
  let allYears = true;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (allYears && !YEAR_RE.test(k)) allYears = false;
    years[i] = Number(k);
    values[i] = (map as Record<string, unknown>)[k];
  }
  return { allYears, keys, years, values };
}

/**
 * The entries of a frozen year map, learnt once; `undefined` for any other value (which its reader reads as it goes).
 * @param map - a year map (or anything: a trusted input may be malformed)
 * @internal
 */
export function frozenYearEntries(map: unknown): YearEntries | undefined {
  if (typeof map !== 'object' || map === null || !Object.isFrozen(map)) return undefined;
  let e = learnt.get(map);
  if (e === undefined) learnt.set(map, (e = entriesOf(map)));
  return e;
}
