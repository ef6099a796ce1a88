/**
 * The petitions domain's shipped profiles: `national-2022` (《信访工作条例》 2022, the default; no Jiangsu 信访条例 text
 * was found), with the sources its values cite.
 * @module
 */
import { defineProfiles, type ProfileRegistry, type SourceEntry } from '../core/index.js';
import national2022 from './profiles/national-2022.json' with { type: 'json' };
import sources from './profiles/sources.json' with { type: 'json' };

/**
 * The shipped petitions profiles: `national-2022` (default).
 * @category Petitions
 * @example
 * ```ts
 * petitionProfiles.ids; // ['national-2022']
 * petitionProfiles.get('national-2022').parameters['petition.resolveDays'].values[0].value; // 60
 * ```
 */
export const petitionProfiles: ProfileRegistry = /* @__PURE__ */ defineProfiles(
  'petitions',
  { 'national-2022': () => national2022 },
  {
    default: 'national-2022',
    sources: sources as Readonly<Record<string, SourceEntry>>,
  },
);
