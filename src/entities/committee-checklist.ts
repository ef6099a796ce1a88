/**
 * The 村(居)委会规范化建设 checklist: its items (supplied by the host; no official checklist was found) and the
 * assessment of one item for one village-level unit on a date.
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { defineRecord, fields, type RecordOutput } from '../core/record.js';
import { divisionCodeField, idField, label } from './fields.js';

/**
 * The record of one item of the checklist.
 * @category Entities
 */
export const committeeChecklistItemRecord = /* @__PURE__ */ defineRecord(
  'committee-checklist-item',
  label('村（居）委会规范化建设清单项目', 'Committee standardization checklist item'),
  {
    id: idField().label('编号', 'Id'),
    name: fields.text().optional().label('名称', 'Name'),
  },
  {
    unknownKeys: 'strict',
    description: label(
      '村（居）委会规范化建设清单的一个项目（由使用方提供）。',
      'One item of the committee standardization checklist (supplied by the host).',
    ),
  },
);

/** One checklist item (output of {@link parseCommitteeChecklistItem}). @category Entities */
export type CommitteeChecklistItem = RecordOutput<typeof committeeChecklistItemRecord>;

/**
 * The record of the assessment of one checklist item for one village-level unit.
 * @category Entities
 */
export const committeeChecklistResultRecord = /* @__PURE__ */ defineRecord(
  'committee-checklist-result',
  label('村（居）委会规范化建设评估结果', 'Committee standardization checklist result'),
  {
    divisionCode: divisionCodeField(['village']).label('村（社区）区划代码', 'Village division code'),
    itemId: idField().label('清单项目编号', 'Checklist item'),
    met: fields.boolean().label('是否达标', 'Met'),
    assessedOn: fields.date().label('评估日期', 'Assessed on'),
  },
  {
    unknownKeys: 'strict',
    description: label(
      '某村（社区）某清单项目在某日的评估结果；区划代码为 12 位村级代码。',
      'The assessment of one checklist item for one village-level unit on a date; a 12-digit village-level code.',
    ),
  },
);

/** One checklist result (output of {@link parseCommitteeChecklistResult}). @category Entities */
export type CommitteeChecklistResult = RecordOutput<typeof committeeChecklistResultRecord>;

/**
 * Validates a checklist item; throws a `PolicyError` (`invalid_type`, `required`, `text_length`, `unrecognized_keys`).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseCommitteeChecklistItem({ id: 'k1', name: '议事规则上墙' }).id; // 'k1'
 * ```
 */
export function parseCommitteeChecklistItem(value: unknown, path?: IssuePath): CommitteeChecklistItem {
  return committeeChecklistItemRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseCommitteeChecklistItem}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParseCommitteeChecklistItem({ id: '' }).success; // false
 * ```
 */
export function safeParseCommitteeChecklistItem(
  value: unknown,
  path?: IssuePath,
): SafeParseResult<CommitteeChecklistItem> {
  return committeeChecklistItemRecord.safeParse(value, path);
}

/**
 * Validates a checklist result; throws a `PolicyError` (`invalid_type`, `required`, `text_length`,
 * `invalid_format`, `invalid_date`, `unknown_code`, `unrecognized_keys`, `inconsistent`).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseCommitteeChecklistResult({ divisionCode: '320803001001', itemId: 'k1', met: true, assessedOn: '2025-12-01' }).met; // true
 * ```
 */
export function parseCommitteeChecklistResult(value: unknown, path?: IssuePath): CommitteeChecklistResult {
  return committeeChecklistResultRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseCommitteeChecklistResult}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParseCommitteeChecklistResult({ divisionCode: '320803001', itemId: 'k1', met: true, assessedOn: '2025-12-01' })
 *   .success; // false: not a village-level code
 * ```
 */
export function safeParseCommitteeChecklistResult(
  value: unknown,
  path?: IssuePath,
): SafeParseResult<CommitteeChecklistResult> {
  return committeeChecklistResultRecord.safeParse(value, path);
}
