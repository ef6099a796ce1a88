/**
 * Field builders shared by the entities: host ids, names, counts, lists of ids, and the Chinese codes (统一社会信用代码,
 * 居民身份证号码, 区划代码) as custom field kinds that call the validators and word their refusals with the field's
 * label. Engines that extend an entity use the same builders.
 * @module
 */
import { typeName, type IssuePath, type PolicyIssue } from '../core/errors.js';
import { arrayArg, bilingualArg, choiceArg, countArg } from '../core/args.js';
import type { Bilingual } from '../core/messages.js';
import { fields, type Field } from '../core/record.js';
import { recordMessages } from '../core/record-messages.js';
import { safeParseDivisionCode, type DivisionCodeLevel } from '../validators/division-code.js';
import { safeParseResidentId } from '../validators/resident-id.js';
import { safeParseUscc } from '../validators/uscc.js';
import { codeRefused, entityMessages, LEVEL_LABELS } from './messages.js';

/** Labels of an enum's values. @category Entities */
export type ValueLabels<T extends string> = { readonly [K in T]: Bilingual };

/** Bilingual label shorthand. @internal */
export const label = (zh: string, en: string): Bilingual => ({ zh, en });

/**
 * A host-assigned id (a non-empty string), or a reference to another record's id.
 * @category Entities
 * @example
 * ```ts
 * const withParent = organizationRecord.extend('organization-with-parent', { zh: '组织', en: 'Organization' }, {
 *   parentId: idField().optional().label('上级单位', 'Parent organization'),
 * });
 * ```
 */
export function idField(): Field<string> {
  return fields.text();
}

/**
 * A list of ids of other records: at least `min`, each once.
 * @param item - the label of one id (named in messages about that item)
 * @param min - the least number of ids (default 0)
 * @category Entities
 * @example
 * ```ts
 * idListField(label('覆盖单位', 'Covered unit'), 1).label('覆盖单位', 'Covered units');
 * ```
 */
export function idListField(item: Bilingual, min = 0): Field<string[]> {
  bilingualArg(item, 'item');
  countArg(min, 'min');
  return fields.array(idField().label(item.zh, item.en), { min, unique: true });
}

/**
 * A whole number ≥ 0 (a head count).
 * @category Entities
 * @example
 * ```ts
 * countField().label('正式党员数', 'Formal party members');
 * ```
 */
export function countField(): Field<number> {
  return fields.integer({ min: 0 });
}

/** Patterns of the codes for the exported JSON Schema (the parsers check more: check characters, levels). @internal */
const PATTERNS = {
  divisionCode: '^(\\d{6}|\\d{9}|\\d{12})$',
  uscc: '^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{2}\\d{6}[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{10}$',
  residentId: '^\\d{17}[\\dXx]$',
} as const;

/** A code given as text, else an `invalid_type` issue named by the field's label. */
function text(v: unknown, path: IssuePath, issues: PolicyIssue[], l: Bilingual): v is string {
  if (typeof v === 'string') return true;
  issues.push(recordMessages.issue('invalid_type', path, { label: l, expected: 'string', received: typeName(v) }));
  return false;
}

/**
 * A 统一社会信用代码 (GB 32100: character set, check character, known department and category), checked by the
 * validators' `parseUscc` and normalised to upper case.
 * @category Entities
 * @example
 * ```ts
 * usccField().optional().label('统一社会信用代码', 'Unified social credit code');
 * ```
 */
export function usccField(): Field<string> {
  return fields.custom<string>(
    'uscc',
    {
      type: 'string',
      pattern: PATTERNS.uscc,
      description:
        '统一社会信用代码（GB 32100 校验码、登记管理部门码和机构类别码均须有效；小写转为大写） / A unified social credit code (GB 32100 check character, known department and category; upper-cased)',
    },
    (v, path, issues, l) => {
      if (!text(v, path, issues, l)) return undefined;
      const r = safeParseUscc(v, path);
      if (r.success) return r.data.code;
      for (const i of r.error.issues) issues.push(codeRefused(i, path, l));
      return undefined;
    },
  );
}

/**
 * An 18-character 居民身份证号码 (GB 11643: real birth date, check character), checked by the validators'
 * `parseResidentId` (messages show it only masked) and normalised to an upper-case `X`. The person record masks it
 * in its output; a record that picks this field without the person's finish step gets it unmasked.
 * @category Entities
 * @example
 * ```ts
 * residentIdField().optional().label('居民身份证号码', 'Resident ID');
 * ```
 */
export function residentIdField(): Field<string> {
  return fields.custom<string>(
    'resident-id',
    {
      type: 'string',
      pattern: PATTERNS.residentId,
      description:
        '18 位居民身份证号码（GB 11643 校验码，出生日期须真实存在）；输出时脱敏 / An 18-character resident ID (GB 11643 check character, a real birth date); masked in the output',
    },
    (v, path, issues, l) => {
      if (!text(v, path, issues, l)) return undefined;
      const r = safeParseResidentId(v, { path });
      if (r.success) return r.data.id;
      for (const i of r.error.issues) issues.push(codeRefused(i, path, l));
      return undefined;
    },
  );
}

/**
 * A division code (6, 9 or 12 digits, structure checked by the validators' `parseDivisionCode`), normalised to its
 * short form (`320803000000` → `320803`); with `levels`, only codes of those levels (`inconsistent` otherwise).
 * Whether the unit exists is a question for a division tree, not for the record.
 * @param levels - the levels allowed (default: any)
 * @category Entities
 * @example
 * ```ts
 * divisionCodeField(['township']).label('所在镇街区划代码', 'Township division code');
 * ```
 */
export function divisionCodeField(levels?: readonly DivisionCodeLevel[]): Field<string> {
  if (levels !== undefined) {
    if (!Array.isArray(levels) || levels.length === 0) arrayArg(null, 'levels');
    levels.forEach((x) => choiceArg(x, 'levels', Object.keys(LEVEL_LABELS)));
  }
  const name = levels === undefined ? 'division-code' : `division-code:${levels.join('|')}`;
  const only = levels === undefined ? '' : `，须为${levels.map((x) => LEVEL_LABELS[x]!.zh).join('或')}`;
  return fields.custom<string>(
    name,
    {
      type: 'string',
      pattern: PATTERNS.divisionCode,
      description: `区划代码（6、9 或 12 位，结构须有效${only}） / A division code (6, 9 or 12 digits, structurally valid${levels === undefined ? '' : `; ${levels.map((x) => LEVEL_LABELS[x]!.en).join(' or ')}`})`,
    },
    (v, path, issues, l) => {
      if (!text(v, path, issues, l)) return undefined;
      const r = safeParseDivisionCode(v, path);
      if (!r.success) {
        for (const i of r.error.issues) issues.push(codeRefused(i, path, l));
        return undefined;
      }
      if (levels !== undefined && !levels.includes(r.data.level)) {
        const t = entityMessages.text('division_level', {
          label: l,
          expected: levels,
          level: r.data.level,
          code: r.data.code,
        });
        issues.push({
          code: 'inconsistent',
          path,
          zh: t.zh,
          en: t.en,
          params: { level: r.data.level, expected: levels },
        });
        return undefined;
      }
      return r.data.code;
    },
  );
}
