/**
 * 行政区划单位: a province, city, county-level unit, township-level unit (街道/镇/乡) or village-level unit (居委会/村委会),
 * as in the embedded 淮安 tree (NBS 统计用区划代码).
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { defineRecord, fields, type RecordOutput } from '../core/record.js';
import { DIVISION_KIND_LABELS, DIVISION_KIND_LEVEL, DIVISION_KINDS } from '../divisions/kinds.js';
import {
  parseDivisionCode,
  townshipKindOfCode,
  villageKindOfCode,
  type DivisionCodeLevel,
} from '../validators/division-code.js';
import { divisionCodeField, label, type ValueLabels } from './fields.js';
import { inconsistent } from './messages.js';

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
export const divisionUnitKindLabels: ValueLabels<DivisionUnitKind> = {
  province: label('省级', 'Province'),
  ...DIVISION_KIND_LABELS,
};

const LEVEL_OF_KIND: Readonly<Record<DivisionUnitKind, DivisionCodeLevel>> = {
  province: 'province',
  ...DIVISION_KIND_LEVEL,
};

const shape = {
  code: divisionCodeField().label('区划代码', 'Division code'),
  name: fields.text().label('名称', 'Name'),
  kind: fields.enum(DIVISION_UNIT_KINDS, divisionUnitKindLabels).label('类型', 'Kind'),
  parent: divisionCodeField().optional().label('上级区划代码', 'Parent division code'),
};

/**
 * The record of a division unit.
 * @category Entities
 */
export const divisionUnitRecord = /* @__PURE__ */ defineRecord(
  'division-unit',
  label('行政区划单位', 'Division unit'),
  shape,
  {
    unknownKeys: 'strict',
    description: label(
      '行政区划单位。另须满足：区划代码结构有效（输出为去掉末尾零组的短代码）；类型与代码层级相符，镇街级和村级类型与统计用区划代码的数字段规则相符；上级区划代码为代码的上一级。',
      'A division unit. Also checked: a structurally valid code (output in its short form); the kind matches the level of the code, and township and village kinds match the NBS code-digit ranges; the parent is the code one level up.',
    ),
    refine(u, ctx) {
      const p = parseDivisionCode(u.code);
      if (LEVEL_OF_KIND[u.kind] !== p.level) {
        inconsistent(ctx, ['kind'], 'kind_level', {
          kind: divisionUnitKindLabels[u.kind],
          code: u.code,
          level: p.level,
        });
        return;
      }
      const byCode =
        p.level === 'township'
          ? townshipKindOfCode(u.code)
          : p.level === 'village'
            ? villageKindOfCode(u.code)
            : undefined;
      if (byCode !== undefined && byCode !== u.kind)
        inconsistent(ctx, ['kind'], 'kind_by_code', { code: u.code, kind: divisionUnitKindLabels[byCode] });
      if (u.parent !== undefined && u.parent !== p.parent)
        inconsistent(ctx, ['parent'], 'parent_code', { field: shape.parent.def.label, expected: p.parent });
    },
  },
);

/** A division unit (output of {@link parseDivisionUnit}). @category Entities */
export type DivisionUnitRecord = RecordOutput<typeof divisionUnitRecord>;

/**
 * Validates a division unit; throws a `PolicyError` (`invalid_type`, `required`, `text_length`, `invalid_format`,
 * `unknown_code`, `unknown_enum_value`, `unrecognized_keys`, `inconsistent`).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseDivisionUnit({ code: '320803001', name: '淮城街道', kind: '街道', parent: '320803' }).kind; // 'subdistrict'
 * parseDivisionUnit({ code: '320803001', name: '淮城街道', kind: 'town' }); // throws 'inconsistent' at ['kind']
 * ```
 */
export function parseDivisionUnit(value: unknown, path?: IssuePath): DivisionUnitRecord {
  return divisionUnitRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseDivisionUnit}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParseDivisionUnit({ code: '320800', name: '淮安市', kind: 'city' }).success; // true
 * ```
 */
export function safeParseDivisionUnit(value: unknown, path?: IssuePath): SafeParseResult<DivisionUnitRecord> {
  return divisionUnitRecord.safeParse(value, path);
}
