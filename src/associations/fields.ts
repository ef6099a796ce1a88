/**
 * Candidate fields that are the person's own (birth date, status, posts…), taken from the `/entities` person record by
 * name, so a rule that reads one declares the entity's field (same name, label and check) rather than a copy of it.
 * @module
 * @internal
 */
import { Field, fields } from '../core/record.js';
import { personRecord, type Person } from '../entities/person.js';

/**
 * The person entity's field `name`, optional (a missing fact makes the rules that need it undetermined).
 * @internal
 */
export function personField<K extends keyof Person & string>(name: K): Field<Exclude<Person[K], undefined>, false> {
  const def = personRecord.fields[name];
  // A typo here is a bug of this package, found by the first test that imports the rule.
  if (def === undefined) throw new TypeError(`person has no field ${name}`);
  return new Field<Exclude<Person[K], undefined>, false>({ ...def, required: false });
}

/**
 * Consecutive terms already served in this post of this association, immediately before this election (read by the
 * consecutive-terms rule and by the retired-cadre terms rule).
 * @internal
 */
export const priorTermsField = /* @__PURE__ */ fields
  .integer({ min: 0, max: 100 })
  .optional()
  .label('已连任届数', 'Consecutive terms served')
  .describe(
    '本人在本协会同一职务上紧接本次选举之前已连续担任的届数',
    'Consecutive terms already served in this post of this association, just before this election',
  );

/** Whether the person is an individual member (个人会员): then no member unit is shared with anyone. @internal */
export const individualMemberField = /* @__PURE__ */ fields
  .boolean()
  .optional()
  .label('是否个人会员', 'Individual member');
