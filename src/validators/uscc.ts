/**
 * 统一社会信用代码 (Unified Social Credit Code, GB 32100-2015): 18 characters =
 * 登记管理部门码 (1) + 机构类别码 (1) + 登记管理机关行政区划码 (6) + 主体标识码 / 组织机构代码 (9, GB 11714) + 校验码 (1).
 *
 * Lower-case letters are accepted and normalized to upper case (codes are often typed by hand); the parsed `code` is
 * always the canonical upper-case form. Whitespace is not trimmed.
 * @module
 */
import type { Warning } from '../core/explanation.js';
import { safeOf, type IssuePath, type SafeParseResult } from '../core/errors.js';
import { reject, stringInput, type Subject } from './reject.js';
import { usccCodeConfidence, type UsccConfidence } from './uscc-departments.js';

export * from './uscc-departments.js';

/** The 31 symbols of GB 32100 (I, O, S, V, Z excluded); a symbol's value is its index. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const SUBJECT: Subject = ['统一社会信用代码', 'The unified social credit code'];

/**
 * A department or category code and the confidence of its table entry. Names: `usccDepartmentLabels` and
 * `usccCategoryLabels` in `huaian-social-work/entities`.
 * @category USCC
 */
export interface UsccCode {
  /** The code: `'5'` for a department, `'51'` for a category. */
  readonly code: string;
  /** Confidence of the table entry (see {@link usccCodeConfidence}). */
  readonly confidence: UsccConfidence;
}

/**
 * A valid 统一社会信用代码, split into its parts.
 * @category USCC
 */
export interface ParsedUscc {
  /** The code, upper case. */
  readonly code: string;
  /** 登记管理部门 (character 1). */
  readonly department: UsccCode;
  /** 机构类别 (characters 1–2); `undefined` when a medium/low-confidence department has a category not in the table. */
  readonly category: UsccCode | undefined;
  /** 登记管理机关行政区划码 (characters 3–8), not checked against a division tree. */
  readonly regionCode: string;
  /** Embedded 组织机构代码 (characters 9–17). */
  readonly organizationCode: string;
  /**
   * Problems that do not make the code invalid: `organization_code_mismatch` (characters 9–17 fail the GB 11714
   * check, seen in some codes issued around 2015) and `unconfirmed_category`.
   */
  readonly warnings: readonly Warning[];
}

/**
 * The GB 32100 check character for the first 17 characters (upper case, within the character set; anything else is
 * refused with `invalid_format`).
 * @category USCC
 * @example
 * ```ts
 * usccCheckChar('91350100M000100Y4'); // '3'
 * ```
 */
export function usccCheckChar(first17: string): string {
  stringInput(first17, [], SUBJECT, /^[0-9A-HJ-NP-RTUWXY]{17}$/);
  let sum = 0;
  let w = 1; // weights are 3^(i-1) mod 31: 1, 3, 9, 27, 19, …
  for (let i = 0; i < 17; i++) {
    sum += CHARSET.indexOf(first17.charAt(i)) * w;
    w = (w * 3) % 31;
  }
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * The GB 11714 check character of a 组织机构代码 body (8 digits or upper-case letters; A = 10 … Z = 35; anything else
 * is refused with `invalid_format`).
 * @category USCC
 * @example
 * ```ts
 * organizationCodeCheckChar('M000100Y'); // '4'
 * ```
 */
export function organizationCodeCheckChar(body8: string): string {
  stringInput(body8, [], SUBJECT, /^[0-9A-Z]{8}$/);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8.charAt(i), 36) * [3, 7, 9, 10, 5, 8, 4, 2][i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : String(c % 11);
}

/**
 * Validates a 统一社会信用代码 and splits it into its parts. Throws a {@link PolicyError}:
 * `invalid_type` (not a string), `required` (undefined), `invalid_format` (not 18 characters, a character outside the
 * set, or a non-digit in characters 3–8; params `length` or `position`), `invalid_check_digit` (character 18; params
 * `expected`), `unknown_code` (department not in the code table, see {@link usccCodeConfidence}, or a category not in the table of a
 * high-confidence department). A failing embedded 组织机构代码 check is only a warning.
 * @param value - the input (lower case accepted)
 * @param path - where the value sits in a larger input
 * @category USCC
 * @example
 * ```ts
 * const p = parseUscc('91350100M000100Y43');
 * p.department;         // { code: '9', confidence: 'high' }
 * p.category;           // { code: '91', confidence: 'high' }
 * p.regionCode;         // '350100'
 * p.organizationCode;   // 'M000100Y4'
 * parseUscc('91350100M000100Y44'); // throws PolicyError 'invalid_check_digit'
 * ```
 */
export function parseUscc(value: unknown, path: IssuePath = []): ParsedUscc {
  const raw = stringInput(value, path, SUBJECT);
  if (raw.length !== 18) reject('invalid_format', path, SUBJECT, undefined, { length: raw.length });
  for (let i = 0; i < 18; i++) {
    // Per-character upper-casing: no non-ASCII letter maps to an allowed symbol. Characters 3–8 are a region code.
    const v = CHARSET.indexOf(raw.charAt(i).toUpperCase());
    if (v < 0 || (i > 1 && i < 8 && v > 9)) {
      reject('invalid_format', path, SUBJECT, undefined, { position: i + 1 });
    }
  }
  const code = raw.toUpperCase();
  const check = usccCheckChar(code.slice(0, 17));
  if (code.charAt(17) !== check) reject('invalid_check_digit', path, SUBJECT, undefined, { expected: check });
  const d = code.charAt(0);
  const c = code.slice(0, 2);
  const dc = usccCodeConfidence(d);
  const cc = usccCodeConfidence(c);
  if (dc === undefined) reject('unknown_code', path, SUBJECT, [` ${d}`, ` ${d}`], { department: d });
  const warnings: Warning[] = [];
  if (cc === undefined) {
    if (dc === 'high') reject('unknown_code', path, SUBJECT, [` ${c}`, ` ${c}`], { category: c });
    warnings.push({
      code: 'unconfirmed_category',
      path,
      zh: `未收录的机构类别码 ${c}`,
      en: `Unlisted category code ${c}`,
    });
  }
  const org = code.slice(8, 17);
  if (organizationCodeCheckChar(org.slice(0, 8)) !== org.charAt(8)) {
    warnings.push({
      code: 'organization_code_mismatch',
      path,
      zh: '组织机构代码校验不符',
      en: 'The organization code fails its check',
    });
  }
  return {
    code,
    department: { code: d, confidence: dc },
    category: cc && { code: c, confidence: cc },
    regionCode: code.slice(2, 8),
    organizationCode: org,
    warnings,
  };
}

/**
 * Non-throwing {@link parseUscc}.
 * @category USCC
 * @example
 * ```ts
 * safeParseUscc('91110108551385082Q').success; // true
 * ```
 */
export const safeParseUscc: (value: unknown, path?: IssuePath) => SafeParseResult<ParsedUscc> =
  /* @__PURE__ */ safeOf(parseUscc);

/**
 * True when `value` is a valid 统一社会信用代码 (warnings allowed).
 * @category USCC
 * @example
 * ```ts
 * isValidUscc('91310115591693856A'); // true
 * isValidUscc('91310115591693856B'); // false
 * ```
 */
export function isValidUscc(value: unknown): value is string {
  return safeParseUscc(value).success;
}
