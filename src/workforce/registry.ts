/**
 * The workforce domain's shipped profile: `huaian` (the Jiangsu 16条 as it applies in 淮安), with the sources its
 * values cite.
 * @module
 */
import { defineProfiles, type ProfileRegistry, type SourceEntry } from '../core/index.js';
import huaian from './profiles/huaian.json' with { type: 'json' };
import sources from './profiles/sources.json' with { type: 'json' };

/**
 * The shipped workforce profiles: `huaian` (default).
 * @category Workforce
 * @example
 * ```ts
 * workforceProfiles.ids; // ['huaian']
 * workforceProfiles.get('huaian').parameters['workforce.staffing.perTenThousand'].values[0].value; // 18
 * ```
 */
export const workforceProfiles: ProfileRegistry = /* @__PURE__ */ defineProfiles(
  'workforce',
  { huaian: () => huaian },
  { default: 'huaian', sources: sources as Readonly<Record<string, SourceEntry>> },
);
