/**
 * A person trained under 双培 (党组织书记 and 党建工作指导员 of 行业协会商会) and the dates of the trainings they
 * attended: one record per person and role. Training coverage over a period counts people, not courses; a person
 * with no training is a record with an empty list.
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { defineRecord, fields, type RecordOutput } from '../core/record.js';
import { divisionCodeField, idField, label, type ValueLabels } from './fields.js';

/** Who 双培 trains: 党组织书记, 党建工作指导员. @category Entities */
export const TRAINEE_ROLES = ['party_secretary', 'party_instructor'] as const;

/** A role trained under 双培. @category Entities */
export type TraineeRole = (typeof TRAINEE_ROLES)[number];

/**
 * Labels of {@link TraineeRole}.
 * @category Entities
 */
export const traineeRoleLabels: ValueLabels<TraineeRole> = {
  party_secretary: label('党组织书记', 'Party organization secretary'),
  party_instructor: label('党建工作指导员', 'Party-building instructor'),
};

/**
 * The record of a person to be trained under 双培.
 * @category Entities
 */
export const traineeRecord = /* @__PURE__ */ defineRecord(
  'trainee',
  label('双培对象', 'Trainee'),
  {
    personId: idField().label('人员编号', 'Person'),
    role: fields.enum(TRAINEE_ROLES, traineeRoleLabels).label('培训对象类别', 'Role'),
    associationId: idField().optional().label('所在社会团体编号', 'Association'),
    divisionCode: divisionCodeField().optional().label('所在区划代码', 'Division code'),
    trainedOn: fields.array(fields.date().label('培训日期', 'Training date')).label('参加培训日期', 'Training dates'),
  },
  {
    unknownKeys: 'strict',
    description: label(
      '双培对象（一人一角色一条）及其参加培训的日期（任意多个，顺序不限；空列表即未参加培训）。',
      'A person to be trained (one record per person and role) and the dates of the trainings attended (any number, any order; an empty list means none).',
    ),
  },
);

/** A person to be trained under 双培 (output of {@link parseTrainee}). @category Entities */
export type Trainee = RecordOutput<typeof traineeRecord>;

/**
 * Validates a 双培 trainee; throws a `PolicyError` (`invalid_type`, `required`, `text_length`, `invalid_format`,
 * `invalid_date`, `unknown_code`, `unknown_enum_value`, `unrecognized_keys`).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseTrainee({ personId: 'p1', role: '党组织书记', associationId: 'A7', trainedOn: ['2025-04-12'] }).role; // 'party_secretary'
 * ```
 */
export function parseTrainee(value: unknown, path?: IssuePath): Trainee {
  return traineeRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseTrainee}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParseTrainee({ personId: 'p1', role: 'party_secretary', trainedOn: ['2025-02-30'] }).success; // false
 * ```
 */
export function safeParseTrainee(value: unknown, path?: IssuePath): SafeParseResult<Trainee> {
  return traineeRecord.safeParse(value, path);
}
