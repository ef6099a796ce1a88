/**
 * The salary profiles shipped with the library, as JSON files registered once: `huaian` (default; a common template,
 * not a Huai'an document; its amounts are not found), `nanjing-2018` (reference: pay floors) and
 * `beijing-or-quanjiao` (reference: post amounts, attribution uncertain). `sources.json` is generated from the
 * package's sources table by `scripts/sources.ts`.
 * @module
 */
import { defineProfiles, type ProfileRegistry } from '../../core/registry.js';
import type { SourceEntry } from '../../core/sources.js';
import beijingOrQuanjiao from './beijing-or-quanjiao.json';
import huaian from './huaian.json';
import nanjing2018 from './nanjing-2018.json';
import sources from './sources.json';

/**
 * The shipped salary profiles: `ids`, `defaultId` (`huaian`), `get(id)`, and `resolve(option)` for the `profile`
 * option of every salary function (a shipped id, a Profile, or profile JSON, validated once per object).
 * @category Salary
 * @example
 * ```ts
 * salaryProfiles.ids; // ['huaian', 'nanjing-2018', 'beijing-or-quanjiao']
 * salaryProfiles.get('nanjing-2018').label.en; // 'Nanjing 2018 community worker pay floors (reference)'
 * ```
 */
export const salaryProfiles: ProfileRegistry = /* @__PURE__ */ defineProfiles(
  'salary',
  { huaian: () => huaian, 'nanjing-2018': () => nanjing2018, 'beijing-or-quanjiao': () => beijingOrQuanjiao },
  // The generated table's confidence marks are JSON strings; parseProfile checks every value it uses.
  { default: 'huaian', sources: sources as unknown as Readonly<Record<string, SourceEntry>> },
);
