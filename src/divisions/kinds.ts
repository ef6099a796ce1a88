/**
 * Kinds and levels of division units, with labels, and the code-digit rules of the 统计用区划代码.
 * @module
 */
import type { Bilingual } from '../core/parameters.js';

/** Level of a unit in the tree. @category Divisions */
export type DivisionLevel = 'city' | 'county' | 'township' | 'village';

/**
 * The kinds of division unit, in level order.
 * County level: `district` 市辖区, `county` 县, `county_city` 县级市, `functional_zone` 功能区 (statistical code only).
 * Township level: `subdistrict` 街道, `town` 镇, `township` 乡, `township_like` 类似乡级单位 (开发区, 农场, 办事处).
 * Village level: `residents_committee` 居民委员会, `villagers_committee` 村民委员会, and their `*_like` counterparts
 * (虚拟社区, 生活区).
 * @category Divisions
 */
export const DIVISION_KINDS = [
  'city',
  'district',
  'county',
  'county_city',
  'functional_zone',
  'subdistrict',
  'town',
  'township',
  'township_like',
  'residents_committee',
  'villagers_committee',
  'residents_committee_like',
  'villagers_committee_like',
] as const;

/** Kind of a division unit (see {@link DIVISION_KINDS}). @category Divisions */
export type DivisionKind = (typeof DIVISION_KINDS)[number];

/** Level of each kind. @category Divisions */
export const DIVISION_KIND_LEVEL: Readonly<Record<DivisionKind, DivisionLevel>> = {
  city: 'city',
  district: 'county',
  county: 'county',
  county_city: 'county',
  functional_zone: 'county',
  subdistrict: 'township',
  town: 'township',
  township: 'township',
  township_like: 'township',
  residents_committee: 'village',
  villagers_committee: 'village',
  residents_committee_like: 'village',
  villagers_committee_like: 'village',
};

/** Chinese and English names of each kind. @category Divisions */
export const DIVISION_KIND_LABELS: Readonly<Record<DivisionKind, Bilingual>> = {
  city: { zh: '地级市', en: 'Prefecture-level city' },
  district: { zh: '市辖区', en: 'District' },
  county: { zh: '县', en: 'County' },
  county_city: { zh: '县级市', en: 'County-level city' },
  functional_zone: { zh: '功能区（开发区等）', en: 'Functional zone (development zone etc.)' },
  subdistrict: { zh: '街道', en: 'Subdistrict' },
  town: { zh: '镇', en: 'Town' },
  township: { zh: '乡', en: 'Township' },
  township_like: { zh: '类似乡级单位', en: 'Township-like unit' },
  residents_committee: { zh: '居民委员会', en: "Residents' committee" },
  villagers_committee: { zh: '村民委员会', en: "Villagers' committee" },
  residents_committee_like: { zh: '类似居委会', en: "Residents'-committee-like unit" },
  villagers_committee_like: { zh: '类似村委会', en: "Villagers'-committee-like unit" },
};

/** Code length of each level. @category Divisions */
export const LEVEL_CODE_LENGTH: Readonly<Record<DivisionLevel, number>> = {
  city: 6,
  county: 6,
  township: 9,
  village: 12,
};

/**
 * The 镇 + 街道 kinds: the denominator of the township-level coverages (类似乡级单位 excluded, as the
 * 2023 淮安年鉴's 95 镇街 count does).
 * @category Divisions
 */
export const TOWN_AND_SUBDISTRICT: readonly DivisionKind[] = ['town', 'subdistrict'];
