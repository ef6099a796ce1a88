/**
 * The associations domain's shipped profiles, as data: `national-2015` (the national rules; the default), with the
 * sources its values cite.
 * @module
 */
import { defineProfiles, sourceLookup, type ProfileRegistry, type Source, type SourceEntry } from '../../core/index.js';
import national2015 from './national-2015.json' with { type: 'json' };
import sources from './sources.json' with { type: 'json' };

const table = sources as Readonly<Record<string, SourceEntry>>;

/**
 * The shipped association-review profiles: `national-2015` (default). Every public function of the domain takes its
 * `profile` option: a shipped id, a `Profile`, or profile JSON.
 * @category Associations
 * @example
 * ```ts
 * associationProfiles.ids; // ['national-2015']
 * associationProfiles.get('national-2015').parameters['associations.age.limit']?.values[0]?.value; // 70
 * ```
 */
export const associationProfiles: ProfileRegistry = /* @__PURE__ */ defineProfiles(
  'associations',
  { 'national-2015': () => national2015 },
  { default: 'national-2015', sources: table },
);

const lookup = /* @__PURE__ */ sourceLookup(table);

/** A shipped source by key, with an article, for findings that code cites (not a parameter). @internal */
export function shippedSource(key: string, article: string): Source {
  const s = lookup(key);
  // A key missing from the generated table is a bug of this package (npm run sources regenerates it).
  if (s === undefined) throw new TypeError(`source ${key} is not in the associations sources table`);
  return { ...s, article };
}
