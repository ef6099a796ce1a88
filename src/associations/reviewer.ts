/**
 * Who reviews an association's candidates (S12): decided by how the association is managed and whether
 * an industry party committee (行业党委) exists for its field or its supervising unit. The routing table is a profile
 * parameter, so a city with another arrangement ships its own.
 * @module
 */
import {
  asOfOption,
  choiceOption,
  envelope,
  explainedScope,
  isGap,
  profileAt,
  readOptions,
  type CalendarDate,
  type OptionReader,
  type Outcome,
  type Profile,
  type ResultEnvelope,
  type Source,
} from '../core/index.js';
import { associationManagementLabels, type AssociationManagement } from '../entities/organization.js';
import { REVIEWER_BODIES, associationsMessages as M, type ReviewerKind } from './messages.js';
import { associationOption } from './options.js';
import { associationRecord } from './records.js';
import { associationProfiles } from './profiles/index.js';
import { badParameter } from './rule.js';

export type { ReviewerKind } from './messages.js';

/**
 * Options of {@link reviewerFor}.
 * @category Associations
 */
export interface ReviewerOptions {
  /** The date the routing table is read on (the date of the review). */
  readonly asOf: CalendarDate;
  /** The profile (default `national-2015`). */
  readonly profile?: string | Profile | object;
  /** Whose review: the leaders (`leader`, default) or the party secretary (`party_secretary`). */
  readonly subject?: 'leader' | 'party_secretary';
  /**
   * The 行业党委 of the association's field (脱钩 / 直接登记) or of its supervising unit (有业务主管单位): its name, or
   * `null` when none exists. Where it decides the reviewer and is absent, the result is `undetermined`.
   */
  readonly industryPartyCommittee?: string | null;
  /** Name of the supervising unit (业务主管单位), for display. */
  readonly supervisingUnit?: string;
  /** Name of the grass-roots party organization (属地管理), for display. */
  readonly localPartyOrganization?: string;
  /** Name of the party organization above the association's own, for a party-secretary review. */
  readonly superiorPartyOrganization?: string;
}

/**
 * The body that reviews, and why: the envelope (`kind: 'reviewer'`, `outcome` `computed` or `undetermined`), the body
 * (its kind, a generic name and, when known, its actual name), the reason and the basis.
 * @category Associations
 */
export interface ReviewerRouting extends ResultEnvelope<'reviewer', Outcome> {
  /** The reviewing body, when it could be determined. */
  readonly body?: { readonly kind: ReviewerKind; readonly zh: string; readonly en: string; readonly name?: string };
  /** Why this body (or what is missing). */
  readonly reason: { readonly zh: string; readonly en: string };
  /** The basis (the routing table's source). */
  readonly basis?: Source;
}

const PARAMETER = 'associations.reviewer.routing';
type Route = {
  readonly withCommittee?: ReviewerKind;
  readonly withoutCommittee?: ReviewerKind;
  readonly always?: ReviewerKind;
};
type Routing = { readonly partySecretary: ReviewerKind } & Readonly<Partial<Record<AssociationManagement, Route>>>;

const KINDS = Object.keys(REVIEWER_BODIES);
const isKind = (v: unknown): boolean => v === undefined || KINDS.includes(v as string);
const isRouting = (v: unknown): v is Routing =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  KINDS.includes((v as { partySecretary?: unknown }).partySecretary as string) &&
  Object.entries(v).every(
    ([k, r]) =>
      k === 'partySecretary' ||
      (typeof r === 'object' &&
        r !== null &&
        isKind((r as Route).withCommittee) &&
        isKind((r as Route).withoutCommittee) &&
        isKind((r as Route).always)),
  );

const text = (v: unknown, path: readonly (string | number)[]): string | undefined => {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v === '') return M.fail('reviewer_committee_type', path);
  return v;
};
const committeeOption: OptionReader<string | null | undefined> = (v, path) => (v === null ? null : text(v, path));
const nameOption: OptionReader<string | undefined> = (v, path) => text(v, path);

const OPTIONS = {
  association: associationOption,
  asOf: asOfOption,
  profile: associationProfiles.option,
  subject: choiceOption(['leader', 'party_secretary'] as const, 'leader'),
  industryPartyCommittee: committeeOption,
  supervisingUnit: nameOption,
  localPartyOrganization: nameOption,
  superiorPartyOrganization: nameOption,
};

/**
 * The body that reviews the association's candidates, from the profile's routing table (default, S12):
 *
 * | management | reviewer |
 * |---|---|
 * | 脱钩 / 直接登记 | its field's 行业党委 if one exists, else the 行业协会商会党委 |
 * | 有业务主管单位 | the 主管单位's 行业党委 if one exists, else the 主管单位's 党组织 |
 * | 属地管理 | the 基层党组织 it belongs to |
 *
 * A party-secretary review (`subject: 'party_secretary'`) goes to the party organization above the association's
 * own, by affiliation. When the management type or, where it decides, `industryPartyCommittee` is missing, the result
 * is `undetermined` and names it.
 * @param association - the association (an organization record; only `id` is required)
 * @param options - `asOf` (required), `profile`, `subject`, `industryPartyCommittee`, names for display
 * @category Associations
 * @example
 * ```ts
 * reviewerFor({ id: 'A1', management: 'decoupled' }, { asOf: '2026-05-20', industryPartyCommittee: null }).body?.kind;
 * // 'association_party_committee'
 * ```
 */
export function reviewerFor(association: unknown, options: ReviewerOptions | Record<string, unknown>): ReviewerRouting {
  // The options object is read with the association as one more option: anything but an object is refused as it
  // is (spreading a string would make an option of every character).
  const given = options === undefined ? {} : options;
  const o = readOptions(
    typeof given === 'object' && given !== null && !Array.isArray(given) ? { ...given, association } : given,
    OPTIONS,
  );
  const at = profileAt(o.profile, o.asOf);
  const { scope, explain } = explainedScope(at);
  const r = scope.param<Routing>(PARAMETER);
  const done = (
    outcome: Outcome,
    reason: { zh: string; en: string },
    body?: ReviewerRouting['body'],
  ): ReviewerRouting => {
    const base = { ...envelope('associations', 'reviewer', outcome, scope, explain(reason)), reason };
    return { ...base, ...(body === undefined ? {} : { body }), ...(r === undefined ? {} : { basis: r.source }) };
  };
  if (r === undefined) {
    const g = at.get(PARAMETER);
    return done(
      'undetermined',
      isGap(g)
        ? M.text('reviewer_undetermined', { missing: [g.label] })
        : M.text('reviewer_undetermined', { missing: [] }),
    );
  }
  if (!isRouting(r.value))
    badParameter(r, {
      zh: '按管理方式的审核主体表（见参数说明）',
      en: 'a routing table by management type (see the parameter description)',
    });
  const routing = r.value;
  const route = (
    kind: ReviewerKind,
    management: AssociationManagement | null,
    committee: boolean | null,
    name: string | null | undefined,
  ): ReviewerRouting => {
    const reason = M.text('reviewer_reason', {
      management: management === null ? null : associationManagementLabels[management],
      committee,
      kind,
    });
    scope.trace.rule({ rule: 'reviewer.routing', text: reason, outcome: 'computed', source: r.source });
    const b = REVIEWER_BODIES[kind];
    return done('computed', reason, { kind, zh: b.zh, en: b.en, ...(typeof name === 'string' ? { name } : {}) });
  };
  if (o.subject === 'party_secretary') return route(routing.partySecretary, null, null, o.superiorPartyOrganization);
  const management = o.association.management;
  if (management === undefined) {
    const label = associationRecord.fields.management!.label;
    scope.need('association.management', label);
    return done('undetermined', M.text('reviewer_undetermined', { missing: [label] }));
  }
  const row = routing[management];
  if (row === undefined)
    badParameter(r, {
      zh: `含「${associationManagementLabels[management].zh}」一行的审核主体表`,
      en: `a routing table with a row for ${associationManagementLabels[management].en}`,
    });
  if (row.always !== undefined) return route(row.always, management, null, o.localPartyOrganization);
  if (o.industryPartyCommittee === undefined) {
    const label = M.text('reviewer_committee_label');
    scope.need('industryPartyCommittee', label);
    return done('undetermined', M.text('reviewer_undetermined', { missing: [label] }));
  }
  const has = o.industryPartyCommittee !== null;
  const kind = has ? row.withCommittee : row.withoutCommittee;
  if (kind === undefined)
    badParameter(r, { zh: '每种管理方式都有审核主体的表', en: 'a routing table with a body for every case' });
  return route(
    kind,
    management,
    has,
    has ? o.industryPartyCommittee : management === 'supervised' ? o.supervisingUnit : undefined,
  );
}
