/**
 * Sources tables. The package keeps one table of every document its profiles cite (`data/sources.json`, each source
 * once, with issuer, number, date, URL and confidence; `docs/sources.md` is generated from it). Each domain ships
 * the entries its profiles cite (`profiles/sources.json`, generated from the one table), so a bundle carries only
 * its own sources; shipped profiles cite them by key.
 * @module
 */
import type { Bilingual } from './messages.js';
import { objectArg } from './args.js';
import type { Confidence, Source } from './parameters.js';

/**
 * One entry of a sources table.
 * @category Parameters
 */
export interface SourceEntry {
  /** Title, in Chinese (the document's own title where it has one). */
  readonly title: string;
  /** Issuing body. */
  readonly issuer?: string | null;
  /** Document number (文号). */
  readonly number?: string | null;
  /** Date of the document. */
  readonly date?: string | null;
  /** Date it took effect, when the text says. */
  readonly inForce?: string | null;
  /** Address of the document or of the copy that was read. */
  readonly url?: string | null;
  /** How far the source can be trusted (`null` for the library's own conventions and "not found"). */
  readonly confidence?: Confidence | null;
  /** What kind of text it is (`statute`, `notice`, `party-rule`, `report`, `page`, `dataset`, `comparator`). */
  readonly kind?: string;
  /** Context. */
  readonly note?: Bilingual;
}

/** Source key → {@link Source}, or `undefined` for a key not in the table. @category Parameters */
export type SourceLookup = (key: string) => Source | undefined;

/**
 * A lookup over a sources table (entries are turned into {@link Source}s once and frozen).
 * @category Parameters
 * @example
 * ```ts
 * const lookup = sourceLookup({ U2: { title: '《信访工作条例》', issuer: '中共中央、国务院', date: '2022-02-25', confidence: 'H' } });
 * lookup('U2')?.issuer; // '中共中央、国务院'
 * ```
 */
export function sourceLookup(table: Readonly<Record<string, SourceEntry>>): SourceLookup {
  objectArg(table, 'table');
  for (const k of Object.keys(table)) {
    const e = table[k] as { title?: unknown } | null;
    if (typeof e !== 'object' || e === null || typeof e.title !== 'string') objectArg(null, 'table');
  }
  const cache = new Map<string, Source>();
  return (key) => {
    let s = cache.get(key);
    if (s !== undefined) return s;
    const e = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
    if (e === undefined) return undefined;
    const out: Record<string, unknown> = { key, title: e.title };
    if (e.issuer != null) out.issuer = e.issuer;
    if (e.number != null) out.number = e.number;
    if (e.date != null) out.date = e.date;
    if (e.url != null) out.url = e.url;
    if (e.confidence != null) out.confidence = e.confidence;
    s = Object.freeze(out) as unknown as Source;
    cache.set(key, s);
    return s;
  };
}
