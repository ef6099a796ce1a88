/**
 * The ratings domain's shipped profiles: `jiangsu` (the default: 民政部令第39号 with the 2020 Jiangsu bands),
 * `suzhou-2021` (Jiangsu with Suzhou's 5A rule) and `anhui-huaining` (a second province, as a comparator), with the
 * sources their values cite.
 * @module
 */
import { defineProfiles, type ProfileRegistry, type SourceEntry } from '../core/index.js';
import anhui from './profiles/anhui-huaining.json' with { type: 'json' };
import jiangsu from './profiles/jiangsu.json' with { type: 'json' };
import sources from './profiles/sources.json' with { type: 'json' };
import suzhou from './profiles/suzhou-2021.json' with { type: 'json' };

/**
 * The shipped ratings profiles: `jiangsu` (default), `suzhou-2021`, `anhui-huaining`.
 * @category Ratings
 * @example
 * ```ts
 * ratingProfiles.ids; // ['jiangsu', 'suzhou-2021', 'anhui-huaining']
 * ratingProfiles.get('jiangsu').parameters['ratings.grade.cutoffs'].values[0].value; // { '5A': 951, '4A': 901, '3A': 851, '2A': 801 }
 * ```
 */
export const ratingProfiles: ProfileRegistry = /* @__PURE__ */ defineProfiles(
  'ratings',
  { jiangsu: () => jiangsu, 'suzhou-2021': () => suzhou, 'anhui-huaining': () => anhui },
  { default: 'jiangsu', sources: sources as Readonly<Record<string, SourceEntry>> },
);
