/**
 * The coverage domain's shipped profiles: `huaian` (the default), a JSON file of dated parameters with sources
 * (`profiles/huaian.json`), validated on first use. Every public function of the domain takes the `profile` option
 * (a shipped id, a `Profile`, or profile JSON).
 * @module
 */
import { defineProfiles, type ProfileRegistry } from '../core/registry.js';
import type { SourceEntry } from '../core/sources.js';
import huaian from './profiles/huaian.json';
import sources from './profiles/sources.json';

/**
 * The coverage profiles: `huaian` (default). A host with its own definitions or targets passes
 * `withOverrides(coverageProfiles.get('huaian'), { … })` or its own profile JSON as `profile`.
 * @category Coverage
 * @example
 * ```ts
 * coverageProfiles.ids;                 // ['huaian']
 * coverageProfiles.get('huaian').version; // '2026.1.0'
 * coverageProfiles.resolve('huaian-coverage'); // throws PolicyError 'unknown_profile' (did you mean "huaian"?)
 * ```
 */
export const coverageProfiles: ProfileRegistry = /* @__PURE__ */ defineProfiles(
  'coverage',
  { huaian: () => huaian },
  {
    default: 'huaian',
    // JSON imports type confidence as a string; the registry checks every entry a profile cites.
    sources: sources as Readonly<Record<string, SourceEntry>>,
  },
);
