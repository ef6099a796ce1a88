/**
 * The review's input records, built from `/entities`: a candidate is a person (every field optional: a missing fact
 * makes the rules that need it undetermined) plus the facts of this candidacy that the rules declare (`priorTerms`,
 * `reviewDate`, …); an association is an organization; a slate seat is a post and a person. The candidate record is
 * assembled from the fields the registered rules declare, so a new rule's input field is declared once, in its rule.
 * An entity record passes without renaming, a masked resident ID included.
 * @module
 */
import {
  defineRecord,
  fields,
  type Field,
  type FieldDef,
  type IssuePath,
  type RecordOutput,
  type SafeParseResult,
  type Shape,
} from '../core/index.js';
import { ASSOCIATION_ROLES, associationRoleLabels } from '../entities/association-post.js';
import { inconsistent } from '../entities/messages.js';
import { organizationRecord } from '../entities/organization.js';
import { personRecord } from '../entities/person.js';
import { maskResidentId, parseResidentId } from '../validators/resident-id.js';
import { individualMemberField, personField } from './fields.js';
import { jsonObjectField } from './json.js';
import { REVIEW_RULES } from './rules/index.js';
import type { Association } from './rule.js';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The fields every registered rule declares. */
type RuleFields = UnionToIntersection<(typeof REVIEW_RULES)[number]['fields']>;

/** The same field declared twice must be the same field (name, kind, label). */
function sameField(a: FieldDef, b: FieldDef): boolean {
  return (
    a.type.kind === b.type.kind && a.label.zh === b.label.zh && a.label.en === b.label.en && a.required === b.required
  );
}

function ruleFields(): RuleFields {
  const out: Record<string, Field<unknown, boolean>> = {};
  for (const rule of REVIEW_RULES) {
    for (const [name, f] of Object.entries(rule.fields as Shape)) {
      const entity = personRecord.fields[name];
      const prev = out[name];
      // A rule may not redefine a person's field, nor two rules one field differently: one name, one meaning.
      if (
        (entity !== undefined && !sameField(entity, { ...f.def, required: entity.required })) ||
        (prev !== undefined && !sameField(prev.def, f.def))
      ) {
        throw new TypeError(`rule ${rule.id}: field ${name} differs from its other declaration`);
      }
      out[name] = f;
    }
  }
  return out as RuleFields;
}

const MASKED_ID = /^\d{6}\*{8}\d{3}[\dX]$/;
const entityResidentId = personRecord.fields.residentId!;

/**
 * The person's resident ID, or the masked form a parsed person carries (`110105********002X`): an entity record
 * passes unchanged (its birth date is then read from `birthDate`).
 */
const residentIdField: Field<string, false> = fields
  .custom<string>(
    'resident-id-or-masked',
    {
      type: 'string',
      pattern: '^(\\d{17}[\\dXx]|\\d{6}\\*{8}\\d{3}[\\dX])$',
      description: '18 位居民身份证号码，或其脱敏形式 / An 18-character resident ID, or its masked form',
    },
    (v, path, issues, label) => {
      if (typeof v === 'string' && MASKED_ID.test(v)) return v;
      const t = entityResidentId.type;
      return t.kind === 'custom' ? (t.check(v, path, issues, label) as string | undefined) : undefined;
    },
  )
  .optional()
  .label(entityResidentId.label.zh, entityResidentId.label.en);

const L = {
  birthDate: personRecord.fields.birthDate!.label,
  sex: personRecord.fields.sex!.label,
  residentId: entityResidentId.label,
  retiredCadre: personRecord.fields.retiredCadre!.label,
  retirementDate: personRecord.fields.retirementDate!.label,
  cadreApproval: personRecord.fields.cadreApproval!.label,
};

/**
 * The record of a candidate: a person (`/entities`), every field optional, with the candidacy's facts declared by the
 * rules and `extra` (host facts for host rules). Its output masks a full resident ID and fills the birth date and sex
 * from it.
 * @category Associations
 * @example
 * ```ts
 * candidateRecord.fields.priorTerms?.label; // { zh: '已连任届数', en: 'Consecutive terms served' }
 * candidateRecord.parse(parsePerson(row)); // a person parsed by /entities is a candidate as it is
 * ```
 */
export const candidateRecord = /* @__PURE__ */ personRecord.partial('candidate').extend(
  'candidate',
  { zh: '负责人人选', en: 'Candidate' },
  {
    ...ruleFields(),
    residentId: residentIdField,
    organizationId: personField('organizationId'),
    individualMember: individualMemberField,
    extra: jsonObjectField()
      .optional()
      .label('使用方事实', 'Host facts')
      .describe(
        '供使用方规则使用的事实（JSON），如 { "debtOverdue": false }',
        'Facts for host rules (JSON), e.g. { "debtOverdue": false }',
      ),
  },
  {
    unknownKeys: 'strict',
    description: {
      zh: '负责人人选：人员记录（各字段均可缺，缺少的事实使相应规则无法判定）加上本次人选的事实。另须满足：居民身份证号码有效（或为脱敏形式），出生日期和性别与之相符（未填时由其得出，输出时号码脱敏）；退休日期和审批或备案只在是退（离）休领导干部时填写。',
      en: 'A candidate: a person record (any field may be missing; a missing fact makes the rules that need it undetermined) plus the facts of this candidacy. Also checked: the resident ID is valid (or masked), and birth date and sex agree with it (filled from it when absent; the ID is masked in the output); retirement date and approval only for a retired leading cadre.',
    },
    refine(c, ctx) {
      if (c.residentId !== undefined && !MASKED_ID.test(c.residentId)) {
        const id = parseResidentId(c.residentId);
        if (c.birthDate !== undefined && c.birthDate !== id.birthDate)
          inconsistent(ctx, ['birthDate'], 'id_mismatch', { field: L.birthDate, id: L.residentId, masked: id.masked });
        if (c.sex !== undefined && c.sex !== id.sex)
          inconsistent(ctx, ['sex'], 'id_mismatch', { field: L.sex, id: L.residentId, masked: id.masked });
      }
      if (c.retiredCadre !== true) {
        if (c.retirementDate !== undefined)
          inconsistent(ctx, ['retirementDate'], 'only_when_true', { field: L.retirementDate, flag: L.retiredCadre });
        if (c.cadreApproval !== undefined)
          inconsistent(ctx, ['cadreApproval'], 'only_when_true', { field: L.cadreApproval, flag: L.retiredCadre });
      }
    },
    finish(c) {
      if (c.residentId === undefined || MASKED_ID.test(c.residentId)) return c;
      const id = parseResidentId(c.residentId);
      return { ...c, residentId: maskResidentId(id.id), birthDate: id.birthDate, sex: id.sex };
    },
  },
);

/** A candidate (output of {@link parseCandidate}: a full resident ID is masked). @category Associations */
export type Candidate = RecordOutput<typeof candidateRecord>;

/**
 * The record of the association holding the election: an organization (`/entities`) of which only `id` is required.
 * @category Associations
 * @example
 * ```ts
 * associationRecord.parse({ id: 'A1', national: false, management: 'decoupled', termYears: 5 }).national; // false
 * ```
 */
export const associationRecord = /* @__PURE__ */ organizationRecord.partial(
  'association',
  ['name', 'kind', 'divisionCode'],
  { zh: '协会', en: 'Association' },
);

/**
 * The record of one seat of a slate: the post and the person proposed for it. One person may hold two seats
 * (president and legal representative) under the same `id`.
 * @category Associations
 * @example
 * ```ts
 * slateSeatRecord.parse({ role: '会长', candidate: { id: 'p1' } }).role; // 'president'
 * ```
 */
export const slateSeatRecord = /* @__PURE__ */ defineRecord(
  'slate-seat',
  { zh: '人选名单中的一个岗位', en: 'Seat of a slate' },
  {
    role: fields
      .enum(ASSOCIATION_ROLES, associationRoleLabels, {
        理事长: 'president',
        会长: 'president',
        副理事长: 'vice_president',
        副会长: 'vice_president',
      })
      .label('岗位', 'Post'),
    candidate: fields.object(candidateRecord).label('人选', 'Candidate'),
  },
  { unknownKeys: 'strict' },
);

/** One seat of a slate (output of {@link slateSeatRecord}). @category Associations */
export type SlateSeat = RecordOutput<typeof slateSeatRecord>;

/**
 * Validates a candidate, throwing a `PolicyError` that lists every problem (`invalid_type`, `invalid_date`,
 * `unrecognized_keys`, `invalid_check_digit`, `inconsistent`, …), fields named by their labels. Messages never echo a
 * resident ID; the output masks it.
 * @param value - the input
 * @param path - where it sits in a larger input
 * @category Associations
 * @example
 * ```ts
 * parseCandidate({ birthDate: '1960-05-01', priorTerms: 1 }); // { birthDate: '1960-05-01', priorTerms: 1 }
 * parseCandidate({ birthdate: '1960-05-01' });                // throws: unrecognized_keys
 * ```
 */
export function parseCandidate(value: unknown, path: IssuePath = []): Candidate {
  return candidateRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseCandidate}.
 * @param value - the input
 * @param path - where it sits in a larger input
 * @category Associations
 * @example
 * ```ts
 * const r = safeParseCandidate({ priorTerms: -1 });
 * if (!r.success) r.error.code; // 'out_of_range'
 * ```
 */
export function safeParseCandidate(value: unknown, path: IssuePath = []): SafeParseResult<Candidate> {
  return candidateRecord.safeParse(value, path);
}

/**
 * Validates an association (an organization of which only `id` is required).
 * @param value - the input
 * @param path - where it sits in a larger input
 * @category Associations
 * @example
 * ```ts
 * parseAssociation({ id: 'A1', management: 'decoupled', termYears: 5 }).termYears; // 5
 * ```
 */
export function parseAssociation(value: unknown, path: IssuePath = []): Association {
  return associationRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseAssociation}.
 * @param value - the input
 * @param path - where it sits in a larger input
 * @category Associations
 * @example
 * ```ts
 * safeParseAssociation({ id: 'A1', termYears: 0 }).success; // false
 * ```
 */
export function safeParseAssociation(value: unknown, path: IssuePath = []): SafeParseResult<Association> {
  return associationRecord.safeParse(value, path);
}
