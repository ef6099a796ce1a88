/**
 * 行政区划代码 (GB/T 2260, 6 digits) and the longer 统计用区划代码 of the National Bureau of Statistics (9 digits for a
 * township, 12 for a village). The structure alone tells the level and the parent; whether a code exists is a question
 * for a division tree (`huaian-social-work/divisions`).
 *
 * Statistical codes are often written padded to 12 digits (`320803000000` for 淮安区): trailing zero groups are
 * stripped, and the parsed `code` is the short form.
 * @module
 */
import { safeOf, type IssuePath, type SafeParseResult } from '../core/errors.js';
import { reject, stringInput, type Subject } from './reject.js';

/** The 34 province-level prefixes of GB/T 2260 (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82). */
const PROVINCE = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])/;

/**
 * Level of a division code.
 * @category Division codes
 */
export type DivisionCodeLevel = 'province' | 'city' | 'county' | 'township' | 'village';

/**
 * A structurally valid division code.
 * @category Division codes
 */
export interface ParsedDivisionCode {
  /** The code in its short form (6, 9 or 12 digits). */
  readonly code: string;
  /** Its level. */
  readonly level: DivisionCodeLevel;
  /** The code one level up; `undefined` for a province. A county directly under a province (…90xx) has the pseudo-city …9000. */
  readonly parent: string | undefined;
}

/**
 * Kind of a township-level unit, from digits 7–9 of its code (NBS rules): 001–099 街道 `subdistrict`, 100–199 镇 `town`,
 * 200–399 乡 `township`, 400–599 类似乡级单位 `township_like` (开发区, 农场, 办事处).
 * @category Division codes
 */
export type TownshipKind = 'subdistrict' | 'town' | 'township' | 'township_like';

/**
 * Kind of a village-level unit, from digits 10–12 of its code (NBS rules): 001–199 居民委员会 `residents_committee`,
 * 200–399 村民委员会 `villagers_committee`, 400–499 类似居委会 `residents_committee_like`, 500–599 类似村委会
 * `villagers_committee_like` (虚拟社区, 生活区 …).
 * @category Division codes
 */
export type VillageKind =
  'residents_committee' | 'villagers_committee' | 'residents_committee_like' | 'villagers_committee_like';

/**
 * Validates the structure of a 6-, 9- or 12-digit division code and tells its level and parent. Throws a
 * {@link PolicyError}: `invalid_type`, `required`, `invalid_format` (not 6/9/12 digits, or a zero group above a
 * non-zero one such as `320001`), `unknown_code` (the first two digits are not a province).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Division codes
 * @example
 * ```ts
 * parseDivisionCode('320800');       // { code: '320800', level: 'city', parent: '320000' }
 * parseDivisionCode('320803001001'); // { code: '320803001001', level: 'village', parent: '320803001' }
 * parseDivisionCode('320803000000'); // { code: '320803', level: 'county', parent: '320800' }
 * ```
 */
export function parseDivisionCode(value: unknown, path: IssuePath = []): ParsedDivisionCode {
  // The value is quoted in messages only once it has the shape of a code (a 15- or 18-digit resident ID may not).
  const raw = stringInput(value, path, ['区划代码', 'Division code'], /^(\d{6}|\d{9}|\d{12})$/);
  const s: Subject = [`区划代码 ${raw} `, `Division code ${raw}`];
  const code = raw.replace(/^(\d{6}(?:\d{3})??)(?:000){1,2}$/, '$1');
  const n = code.length;
  const city = code.slice(2, 4) !== '00';
  const county = code.slice(4, 6) !== '00';
  // A zero group may only be followed by zero groups, except that a township may sit directly under a city without
  // districts (东莞 441900003, 中山 442000001).
  if ((!city && (county || n > 6)) || code.slice(6, 9) === '000') reject('invalid_format', path, s);
  if (!PROVINCE.test(code)) reject('unknown_code', path, s, undefined, { province: code.slice(0, 2) });
  return {
    code,
    level: n > 9 ? 'village' : n > 6 ? 'township' : county ? 'county' : city ? 'city' : 'province',
    parent:
      n > 6 ? code.slice(0, n - 3) : county ? `${code.slice(0, 4)}00` : city ? `${code.slice(0, 2)}0000` : undefined,
  };
}

/**
 * Non-throwing {@link parseDivisionCode}.
 * @category Division codes
 * @example
 * ```ts
 * safeParseDivisionCode('3208').success; // false
 * ```
 */
export const safeParseDivisionCode: (value: unknown, path?: IssuePath) => SafeParseResult<ParsedDivisionCode> =
  /* @__PURE__ */ safeOf(parseDivisionCode);

/**
 * True when `value` is a structurally valid division code (see {@link parseDivisionCode}).
 * @category Division codes
 * @example
 * ```ts
 * isValidDivisionCode('320812'); // true
 * isValidDivisionCode('990000'); // false
 * ```
 */
export function isValidDivisionCode(value: unknown): value is string {
  return safeParseDivisionCode(value).success;
}

function kindOf<K extends string>(value: unknown, path: IssuePath, digits: number, kinds: readonly K[]): K {
  const { code } = parseDivisionCode(value, path);
  const s: Subject = [`区划代码 ${code} `, `Division code ${code}`];
  if (code.length !== digits) reject('invalid_format', path, s, undefined, { length: code.length, expected: digits });
  // Ranges of 100 (NBS rules); anything from 600 up has no meaning.
  const kind = kinds[Number(code.slice(-3)[0])];
  if (kind === undefined) reject('unknown_code', path, s, undefined, { digits: code.slice(-3) });
  return kind;
}

/**
 * Kind of a township-level unit from its 9-digit code (see {@link TownshipKind}). Throws `invalid_format` for a code
 * of another level and `unknown_code` for digits 600–999.
 * @param path - where the value sits in a larger input
 * @category Division codes
 * @example
 * ```ts
 * townshipKindOfCode('320803001'); // 'subdistrict'
 * townshipKindOfCode('320803101'); // 'town'
 * ```
 */
export function townshipKindOfCode(value: unknown, path: IssuePath = []): TownshipKind {
  return kindOf(value, path, 9, ['subdistrict', 'town', 'township', 'township', 'township_like', 'township_like']);
}

/**
 * Kind of a village-level unit from its 12-digit code (see {@link VillageKind}). Throws `invalid_format` for a code
 * of another level and `unknown_code` for digits 600–999.
 * @param path - where the value sits in a larger input
 * @category Division codes
 * @example
 * ```ts
 * villageKindOfCode('320803001001'); // 'residents_committee'
 * villageKindOfCode('320803101201'); // 'villagers_committee'
 * ```
 */
export function villageKindOfCode(value: unknown, path: IssuePath = []): VillageKind {
  return kindOf(value, path, 12, [
    'residents_committee',
    'residents_committee',
    'villagers_committee',
    'villagers_committee',
    'residents_committee_like',
    'villagers_committee_like',
  ]);
}
