/**
 * A change of the leadership of a 行业协会商会 (成立登记, 换届, 届中变更) and the date its candidates were reviewed
 * (任前审核, 双审 "先审后选"): the coverage engine counts events reviewed before the election.
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { defineRecord, fields, type RecordOutput } from '../core/record.js';
import { divisionCodeField, idField, label, type ValueLabels } from './fields.js';

/** Kinds of leadership change: 成立登记, 换届, 届中变更. @category Entities */
export const ASSOCIATION_EVENT_KINDS = ['establishment', 'general_election', 'mid_term_change'] as const;

/** A kind of leadership change. @category Entities */
export type AssociationEventKind = (typeof ASSOCIATION_EVENT_KINDS)[number];

/**
 * Labels of {@link AssociationEventKind}.
 * @category Entities
 */
export const associationEventKindLabels: ValueLabels<AssociationEventKind> = {
  establishment: label('成立登记', 'Establishment'),
  general_election: label('换届', 'General election'),
  mid_term_change: label('届中变更', 'Mid-term change'),
};

/**
 * The record of a leadership change of an association.
 * @category Entities
 */
export const associationEventRecord = /* @__PURE__ */ defineRecord(
  'association-event',
  label('社会团体负责人变动', 'Leadership change of an association'),
  {
    id: idField().label('编号', 'Id'),
    associationId: idField().label('社会团体编号', 'Association'),
    divisionCode: divisionCodeField().label('登记管理机关所在区划代码', 'Division code of the registration authority'),
    kind: fields.enum(ASSOCIATION_EVENT_KINDS, associationEventKindLabels).label('变动类型', 'Kind of change'),
    electionDate: fields.date().label('选举日期', 'Election date'),
    reviewDate: fields.date().optional().label('任前审核日期', 'Review date'),
  },
  {
    unknownKeys: 'strict',
    description: label(
      '社会团体负责人的一次变动（成立登记、换届或届中变更）及其人选的任前审核日期；未填审核日期即未审核。',
      'One leadership change of an association and the date its candidates were reviewed; no review date means not reviewed.',
    ),
  },
);

/** A leadership change of an association (output of {@link parseAssociationEvent}). @category Entities */
export type AssociationEvent = RecordOutput<typeof associationEventRecord>;

/**
 * Validates a leadership change of an association; throws a `PolicyError` (`invalid_type`, `required`,
 * `text_length`, `invalid_format`, `invalid_date`, `unknown_code`, `unknown_enum_value`, `unrecognized_keys`).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseAssociationEvent({ id: 'e1', associationId: 'A7', divisionCode: '320800', kind: '换届',
 *   electionDate: '2025-06-18', reviewDate: '2025-05-30' }).kind; // 'general_election'
 * ```
 */
export function parseAssociationEvent(value: unknown, path?: IssuePath): AssociationEvent {
  return associationEventRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseAssociationEvent}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParseAssociationEvent({ id: 'e1', associationId: 'A7', divisionCode: '320800', kind: 'election' }).success; // false
 * ```
 */
export function safeParseAssociationEvent(value: unknown, path?: IssuePath): SafeParseResult<AssociationEvent> {
  return associationEventRecord.safeParse(value, path);
}
