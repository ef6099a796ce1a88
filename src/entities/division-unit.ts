/**
 * 行政区划单位: a province, city, county-level unit, township-level unit (街道/镇/乡) or village-level unit (居委会/村委会),
 * as in the embedded 淮安 tree (NBS 统计用区划代码).
 * @module
 */
import * as z from 'zod/mini';
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { schemaParser } from '../core/zod-issues.js';
import { DIVISION_KIND_LABELS, DIVISION_KIND_LEVEL, DIVISION_KINDS } from '../divisions/kinds.js';
import { parseDivisionCode, townshipKindOfCode, villageKindOfCode, type DivisionCodeLevel } from '../validators/division-code.js';
import { addIssue, crossCheck, divisionCodeField, label, nameField, PATTERNS, type FieldLabels, type Refinement, type ValueLabels } from './fields.js';

/**
 * Kinds of division units: `province` plus the kinds of the division tree ({@link DIVISION_KINDS}). The county-level
 * kinds follow GB/T 2260 names (`functional_zone` is a statistical code such as 320871 淮安经济技术开发区); the township
 * and village kinds follow the NBS code-digit rules.
 * @category Entities
 */
export const DIVISION_UNIT_KINDS = ['province', ...DIVISION_KINDS] as const;

/** A kind of division unit. @category Entities */
export type DivisionUnitKind = (typeof DIVISION_UNIT_KINDS)[number];

/**
 * Labels of {@link DivisionUnitKind} (the division tree's labels plus `province`).
 * @category Entities
 */
export const divisionUnitKindLabels: ValueLabels<DivisionUnitKind> = { province: label('省级', 'Province'), ...DIVISION_KIND_LABELS };

const LEVEL_OF_KIND: Readonly<Record<DivisionUnitKind, DivisionCodeLevel>> = { province: 'province', ...DIVISION_KIND_LEVEL };

/**
 * Schema of a {@link DivisionUnitRecord}.
 * @category Entities
 */
export const divisionUnitSchema = z.strictObject({
  code: divisionCodeField(),
  name: nameField,
  kind: z.enum(DIVISION_UNIT_KINDS),
  parent: z.optional(divisionCodeField()),
}).check(
  crossCheck((u: { code: string; kind: DivisionUnitKind; parent?: string | undefined }, ctx) => {
    const p = parseDivisionCode(u.code);
    if (LEVEL_OF_KIND[u.kind] !== p.level) {
      addIssue(ctx, 'inconsistent', ['kind'], `${u.kind} 与区划代码 ${u.code} 的层级（${p.level}）不符`, `Kind ${u.kind} does not match the level of code ${u.code} (${p.level})`);
      return;
    }
    const byCode = p.level === 'township' ? townshipKindOfCode(u.code) : p.level === 'village' ? villageKindOfCode(u.code) : undefined;
    if (byCode !== undefined && byCode !== u.kind) {
      addIssue(ctx, 'inconsistent', ['kind'], `按统计用区划代码规则，${u.code} 应为 ${byCode}`, `By the NBS coding rules, ${u.code} is a ${byCode}`);
    }
    if (u.parent !== undefined && parseDivisionCode(u.parent).code !== p.parent) {
      addIssue(ctx, 'inconsistent', ['parent'], `上级代码应为 ${p.parent ?? '（无）'}`, `The parent code should be ${p.parent ?? '(none)'}`);
    }
  }),
);

/** A division unit (output of {@link parseDivisionUnit}). @category Entities */
export type DivisionUnitRecord = z.output<typeof divisionUnitSchema>;

/**
 * Labels of the fields of {@link DivisionUnitRecord}.
 * @category Entities
 */
export const divisionUnitFieldLabels: FieldLabels<DivisionUnitRecord> = {
  code: label('区划代码', 'Division code'),
  name: label('名称', 'Name'),
  kind: label('类型', 'Kind'),
  parent: label('上级区划代码', 'Parent division code'),
};

/** Rules beyond the JSON Schema (documented in the exported schema). @category Entities */
export const divisionUnitRefinements: readonly Refinement[] = [
  { field: 'code', rule: 'a structurally valid 6-, 9- or 12-digit division code (province prefix, no zero group before a non-zero one)', pattern: PATTERNS.divisionCode },
  { field: 'kind', rule: 'matches the level of the code; township and village kinds match the NBS code-digit ranges' },
  { field: 'parent', rule: 'equals the code one level up', pattern: PATTERNS.divisionCode },
];

const parser = /* @__PURE__ */ schemaParser(divisionUnitSchema);

/**
 * Validates a division unit; throws a `PolicyError` (`invalid_type`, `required`, `invalid_format`,
 * `unknown_code`, `unknown_enum_value`, `unrecognized_keys`, `inconsistent`).
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseDivisionUnit({ code: '320803001', name: '淮城街道', kind: 'subdistrict', parent: '320803' });
 * parseDivisionUnit({ code: '320803001', name: '淮城街道', kind: 'town' }); // throws 'inconsistent' at ['kind']
 * ```
 */
export function parseDivisionUnit(value: unknown, path?: IssuePath): DivisionUnitRecord {
  return parser.parse(value, path);
}

/**
 * Non-throwing {@link parseDivisionUnit}.
 * @category Entities
 * @example
 * ```ts
 * safeParseDivisionUnit({ code: '320800', name: '淮安市', kind: 'city' }).success; // true
 * ```
 */
export function safeParseDivisionUnit(value: unknown, path?: IssuePath): SafeParseResult<DivisionUnitRecord> {
  return parser.safeParse(value, path);
}
