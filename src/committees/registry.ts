/**
 * The committees domain's shipped profiles: `huaian` (the two organic laws as amended 2018-12-29 and the 2021 national
 * plan's facility ratios; no Jiangsu or 淮安 score sheet was found), with the sources its values cite.
 * @module
 */
import { defineProfiles, type ProfileRegistry, type SourceEntry } from '../core/index.js';
import huaian from './profiles/huaian.json' with { type: 'json' };
import sources from './profiles/sources.json' with { type: 'json' };

/**
 * The shipped committees profiles: `huaian` (default).
 * @category Committees
 * @example
 * ```ts
 * committeeProfiles.ids; // ['huaian']
 * committeeProfiles.get('huaian').parameters['selfgov.villageCommitteeSize'].values[0].value; // { min: 3, max: 7 }
 * ```
 */
export const committeeProfiles: ProfileRegistry = /* @__PURE__ */ defineProfiles(
  'committees',
  { huaian: () => huaian },
  {
    default: 'huaian',
    sources: sources as Readonly<Record<string, SourceEntry>>,
  },
);
