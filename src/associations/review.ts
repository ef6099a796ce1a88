/**
 * Reviewing one candidate for one post before the election (双审, 负责人人选 or 党组织书记人选): every registered rule
 * that concerns the post gives a finding, then the host's rules; the outcome is the worst finding (fail, then
 * undetermined, then pass). Parameters are read on the election date (the result's `asOf`) through `profileAt` and one
 * `Scope`, so every value used is traced with its source and warnings, and every gap or missing input is named.
 * @module
 */
import {
  derived,
  envelope,
  explainedScope,
  isGap,
  profileAt,
  readOptions,
  Scope,
  type Bilingual,
  type CalendarDate,
  type IssuePath,
  type Outcome,
  type ParameterRead,
  type ParametersAt,
  parsePeriodConvention,
  type Profile,
  type ResultEnvelope,
  type Source,
  type Warning,
} from '../core/index.js';
import { associationRoleLabels, type AssociationRole } from '../entities/association-post.js';
import { CandidateContext, type CallSettings } from './context.js';
import { maskPersonKey, type Finding } from './findings.js';
import { hostFinding, type CompiledHostRule, type HostRule } from './host-rules.js';
import { associationsMessages as M } from './messages.js';
import { CANDIDATE_OPTIONS } from './options.js';
import { shippedSource } from './profiles/index.js';
import { associationRecord, candidateRecord, type Candidate } from './records.js';
import type { RegistryIndex } from './registry.js';
import {
  badParameter,
  lastDayAfter,
  type Association,
  type ReviewContext,
  type ReviewPhase,
  type ReviewRule,
  type ValueCheck,
} from './rule.js';
import { REVIEW_RULES } from './rules/index.js';

/**
 * Options shared by {@link reviewCandidate} and `reviewSlate`.
 * @category Associations
 */
export interface CommonReviewOptions {
  /** The association holding the election (an organization record; only `id` is required). */
  readonly association: unknown;
  /** The election date: the parameters in force on it apply (it is the result's `asOf`), and ages and periods are counted to it. */
  readonly electionDate: CalendarDate;
  /** The profile: a shipped id (`'national-2015'`, the default), a `Profile`, or profile JSON. */
  readonly profile?: string | Profile | object;
  /** Rules added by the host (validated once per array). */
  readonly rules?: readonly HostRule[] | readonly unknown[];
  /** `pre-election` (default) runs the review rules; `post-election` adds the 公示 rule. */
  readonly phase?: ReviewPhase;
  /** Posts held in other associations (association-post rows, or an index from `indexRegistry`), for the dual-post rules. */
  readonly registry?: RegistryIndex | readonly unknown[];
}

/**
 * Options of {@link reviewCandidate}.
 * @category Associations
 */
export interface ReviewCandidateOptions extends CommonReviewOptions {
  /** The post the candidate is proposed for. */
  readonly role: AssociationRole;
}

/**
 * The result of reviewing one candidate for one post: the envelope (`kind: 'review'`, `outcome`, `asOf` = the election
 * date, profile, engine, warnings, missing, explanation), the post, who was reviewed, the date the review was made and
 * one finding per rule.
 * @category Associations
 */
export interface CandidateReview extends ResultEnvelope<'review', Outcome> {
  /** The post. */
  readonly role: AssociationRole;
  /** Who was reviewed (resident ID masked; an id that looks like a resident ID masked too). */
  readonly person: { readonly id?: string; readonly name?: string; readonly residentId?: string };
  /** The date the department's review was made (the candidate's `reviewDate`), when given. */
  readonly reviewDate?: string;
  /** One finding per rule that concerns the candidate: built-in rules first, then host rules. */
  readonly findings: readonly Finding[];
}

/** What one review call shares between its candidates. @internal */
export interface Call extends CallSettings {
  readonly phase: ReviewPhase;
  readonly hostRules: readonly CompiledHostRule[];
  /** The "applied by reference" notice (the same for every candidate of the call), or `undefined`. */
  readonly notice: { readonly warning: Warning; readonly source: Source } | undefined;
}

const NO_INPUTS: Readonly<Record<string, unknown>> = /* @__PURE__ */ Object.freeze({});
const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);
const SCOPE_PARAMETER = 'associations.scope.directApplication';

/** Every value check the rules declare, by parameter: each throws the PolicyError naming the parameter. */
const CHECKS: ReadonlyArray<readonly [string, (read: ParameterRead) => true]> = /* @__PURE__ */ (() => {
  const expected: Bilingual = {
    zh: '本规则认可的取值（见参数说明）',
    en: 'a value this rule understands (see the parameter description)',
  };
  const refusing =
    (check: ValueCheck) =>
    (read: ParameterRead): true =>
      check(read.value) ? true : badParameter(read, expected);
  const out: [string, (read: ParameterRead) => true][] = [];
  for (const rule of REVIEW_RULES as readonly ReviewRule[]) {
    if (rule.check !== undefined) out.push([rule.parameter, refusing(rule.check)]);
    for (const [id, check] of Object.entries(rule.reads)) if (check !== null) out.push([id, refusing(check)]);
  }
  // The period convention is read by several rules: checked here by the core's own parser.
  out.push([
    'associations.periodCounting',
    (read) => (parsePeriodConvention(read.value, ['profile', 'parameters', read.id]), true),
  ]);
  out.push([
    SCOPE_PARAMETER,
    refusing(
      (v) =>
        typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v) &&
        typeof (v as { national?: unknown }).national === 'boolean' &&
        Array.isArray((v as { management?: unknown }).management),
    ),
  ]);
  return out;
})();

/** Refuses a profile whose table or text values the rules cannot read (before any candidate is reviewed; each read checked once). */
function checkValues(at: ParametersAt): void {
  for (const [id, check] of CHECKS) {
    const r = at.get(id);
    if (!isGap(r)) derived(r, check);
  }
}

function labelOf(field: string): Bilingual {
  if (field.startsWith('association.'))
    return associationRecord.fields[field.slice(12)]?.label ?? { zh: `「${field}」`, en: field };
  if (field === 'rules') return M.text('host_rules_label');
  return candidateRecord.fields[field]?.label ?? { zh: `「${field}」`, en: field };
}

/** The notice when the 民政部 2015 办法 applies by reference only (办法第二条). */
function referenceNotice(at: ParametersAt, a: Association): Call['notice'] {
  const r = at.get<{ national: boolean; management: string[] }>(SCOPE_PARAMETER);
  if (isGap(r)) return undefined;
  const why =
    r.value.national && a.national !== true
      ? a.national === undefined
        ? 'national_unknown'
        : 'not_national'
      : a.management === undefined
        ? 'management_unknown'
        : !r.value.management.includes(a.management)
          ? 'not_decoupled'
          : undefined;
  return why === undefined ? undefined : { warning: M.warning('applied_by_reference', { why }), source: r.source };
}

/** The last day of a term from the election, per call (every candidate of a call shares the election date). */
function termDays(electionDate: CalendarDate): CallSettings['termLastDay'] {
  const days = new Map<string, CalendarDate>();
  return (years, convention) => {
    const key = `${years}\u0000${convention.id}`;
    let d = days.get(key);
    if (d === undefined) days.set(key, (d = lastDayAfter(electionDate, years, convention)));
    return d;
  };
}

/** Reads the options common to the review functions into a call. @internal */
export function prepareCall(o: {
  association: Association;
  electionDate: CalendarDate;
  profile: Profile;
  rules: readonly CompiledHostRule[];
  phase: ReviewPhase;
  registry: RegistryIndex | undefined;
}): Call {
  const at = profileAt(o.profile, o.electionDate);
  checkValues(at);
  return {
    at,
    association: o.association,
    electionDate: o.electionDate,
    registry: o.registry,
    labelOf,
    termLastDay: termDays(o.electionDate),
    phase: o.phase,
    hostRules: o.rules,
    notice: referenceNotice(at, o.association),
  };
}

/** Checks between a candidate and the election date that a record cannot see. */
function crossCheck(c: Candidate, electionDate: CalendarDate, path: IssuePath): void {
  const refuse = (
    code: 'born_after_election' | 'retired_after_election' | 'previous_after_election',
    field: string,
  ): never => M.fail(code, [...path, field], { field: labelOf(field) });
  if (c.birthDate !== undefined && c.birthDate > electionDate) refuse('born_after_election', 'birthDate');
  if (c.retirementDate !== undefined && c.retirementDate > electionDate)
    refuse('retired_after_election', 'retirementDate');
  if (c.previousElectionDate !== undefined && c.previousElectionDate >= electionDate)
    refuse('previous_after_election', 'previousElectionDate');
}

function firstSource(at: ParametersAt, id: string): Source {
  return at.profile.parameters[id]!.values[0]!.source;
}

/**
 * Evaluates one validated candidate in `scope`: the findings and the outcome. Throws a PolicyError for inputs that
 * contradict the election date. @internal
 */
export function evaluateCandidate(
  c: Candidate,
  role: AssociationRole,
  call: Call,
  scope: Scope,
  path: IssuePath,
): { findings: Finding[]; outcome: Outcome } {
  crossCheck(c, call.electionDate, path);
  const at = call.at;
  const trace = scope.trace;
  if (call.notice !== undefined) {
    scope.param(SCOPE_PARAMETER);
    scope.warn(call.notice.warning);
    if (trace.recording)
      trace.rule({
        rule: 'scope.byReference',
        text: { zh: call.notice.warning.zh, en: call.notice.warning.en },
        source: call.notice.source,
      });
  }
  const ctx = new CandidateContext(c, role, scope, call);
  const findings: Finding[] = [];
  let substantive = false;
  for (const rule of REVIEW_RULES as readonly ReviewRule[]) {
    if (
      (rule.phase === 'post-election' && call.phase === 'pre-election') ||
      !rule.appliesTo(role) ||
      !at.has(rule.parameter)
    )
      continue;
    ctx.begin();
    const main = at.get(rule.parameter);
    let verdict;
    let source: Source;
    if (isGap(main)) {
      verdict = ctx.mainGap(main);
      source = main.source ?? firstSource(at, rule.parameter);
    } else {
      if (main.value === false) continue; // switched off by the profile
      verdict = rule.evaluate(ctx as unknown as ReviewContext<never>, main);
      if (verdict === undefined) continue;
      scope.param(rule.parameter); // the basis: traced, its warnings reach the result
      source = verdict.source ?? main.source;
    }
    if (rule.substantive) substantive = true;
    const f: Finding = {
      rule: rule.id,
      label: rule.label,
      outcome: verdict.outcome,
      text: verdict.text,
      source,
      inputs: verdict.inputs ?? NO_INPUTS,
      missing: ctx.findingMissing.length === 0 ? NONE : ctx.findingMissing,
      warnings: ctx.findingWarnings.length === 0 ? NONE : ctx.findingWarnings,
    };
    findings.push(f);
    if (trace.recording) trace.rule(f);
  }
  if (call.hostRules.length > 0) {
    const facts = { candidate: c, role, association: call.association, electionDate: call.electionDate };
    const need = (f: string, l: Bilingual): void => scope.need(f, l);
    for (const h of call.hostRules) {
      if (h.roles !== undefined && !h.roles.has(role)) continue;
      substantive = true;
      const f = hostFinding(h, facts, labelOf, need);
      findings.push(f);
      if (trace.recording) trace.rule(f);
    }
  }
  if (!substantive) {
    // Nothing decides eligibility for this post (e.g. 党组织书记: party rules, not encoded): never a silent pass.
    const label = M.text('criteria_none_label');
    scope.need('rules', M.text('host_rules_label'));
    const f: Finding = {
      rule: 'criteria.none',
      label,
      outcome: 'undetermined',
      text: M.text('criteria_none', { post: associationRoleLabels[role] }),
      source: shippedSource('S12', '双审：负责人人选、党组织书记人选'),
      inputs: { role },
      missing: ['rules'],
      warnings: NONE,
    };
    findings.push(f);
    if (trace.recording) trace.rule(f);
  }
  let outcome: Outcome = findings.length === 0 ? 'undetermined' : 'pass';
  for (const f of findings) {
    if (f.outcome === 'fail') outcome = 'fail';
    else if (f.outcome === 'undetermined' && outcome === 'pass') outcome = 'undetermined';
  }
  return { findings, outcome };
}

/** Who was reviewed, as results show it. */
function personOf(c: Candidate): CandidateReview['person'] {
  const p: { id?: string; name?: string; residentId?: string } = {};
  if (c.id !== undefined) p.id = maskPersonKey(c.id);
  if (c.name !== undefined) p.name = c.name;
  if (c.residentId !== undefined) p.residentId = c.residentId;
  return p;
}

/** The one-line summary of a review. */
function summaryOf(role: AssociationRole, outcome: Outcome, findings: readonly Finding[], scope: Scope): Bilingual {
  const failed = findings.filter((f) => f.outcome === 'fail').map((f) => f.label);
  const missing = scope.missing.map((m) => (m.startsWith('parameter:') ? scope.at.get(m.slice(10)).label : labelOf(m)));
  return M.text('review_summary', { post: associationRoleLabels[role], outcome, failed, missing });
}

/** The review of a validated candidate, explained or not; a seat of a slate carries its `index`. @internal */
export function candidateReview(
  c: Candidate,
  role: AssociationRole,
  call: Call,
  explain: boolean,
  path: IssuePath,
  index?: number,
): CandidateReview & { index?: number } {
  let r: { findings: Finding[]; outcome: Outcome };
  let result: Record<string, unknown>;
  if (explain) {
    const { scope, explain: finish } = explainedScope(call.at);
    r = evaluateCandidate(c, role, call, scope, path);
    result = envelope(
      'associations',
      'review',
      r.outcome,
      scope,
      finish(summaryOf(role, r.outcome, r.findings, scope)),
    ) as unknown as Record<string, unknown>;
  } else {
    const scope = new Scope(call.at);
    r = evaluateCandidate(c, role, call, scope, path);
    result = envelope('associations', 'review', r.outcome, scope) as unknown as Record<string, unknown>;
  }
  // Fields added to the envelope one by one: every review has the same shape (no spread of a varying object).
  if (index !== undefined) result.index = index;
  result.role = role;
  result.person = personOf(c);
  if (c.reviewDate !== undefined) result.reviewDate = c.reviewDate;
  result.findings = r.findings;
  return result as unknown as CandidateReview & { index?: number };
}

/**
 * Reviews one candidate for one post before the election (双审, 负责人人选 or 党组织书记人选).
 *
 * The rules (registered in `src/associations/rules/`; this list is generated from the registry by
 * `scripts/review-rules-doc.ts`):
 * <!-- rules:start -->
 * - `eligibility.age`: the age in full years on the election date against the limit (70, 民政部 2015 第四条第（四）项), read as `associations.age.failFrom` says (default: 不超过70周岁, failing from the 71st birthday; a 29 February birthday falls on 1 March in common years); a candidate who reaches the limit within the term (T9) is warned, or fails when `associations.age.withinTerm` is `fail` [`associations.age.limit`]
 * - `term.length`: the association's years per term (`association.termYears`) at most 5 (民政部 2015) [`associations.term.maxYears`]
 * - `term.consecutive`: at most 2 consecutive terms in the same post (民政部 2015); a further term passes only with a recorded extension (2/3 vote and registration-authority approval, S17), and the finding says so; a hired secretary-general has no term limit (T9) [`associations.term.maxConsecutive`]
 * - `posts.exclusive`: a president or secretary-general may not hold either post in another association (民政部 2015 第四条第二款); posts come from `associationPosts` and the `registry` (by `id`) [`associations.posts.exclusiveRoles`]
 * - `posts.legalRepresentative`: a legal representative may not be legal representative of another association (条例 第十二条第三款, from the 2016 text) [`associations.legalRepresentative.exclusive`]
 * - `status.civilServant`: a serving civil servant, or one who left a leading post without retiring, fails (民政部 2015); so does state-organ staff who are not civil servants (中组发〔2014〕11号) [`associations.civilServant.barred`]
 * - `status.retiredCadre`: a retired leading cadre needs an approval within three years of retirement and an approval or a filing after (民政部 2015), dated on or before the election; "三年内" is counted by `associations.periodCounting` (民法典 arts. 201–202: the 3rd anniversary is still inside) [`associations.retiredCadre.coolingOffYears`]
 * - `retiredCadre.onePost`: a retired leading cadre may hold one association post only ("本人又无其他兼职", 中组发〔2014〕11号): a post in another association (declared or registered) fails [`associations.retiredCadre.maxPosts`]
 * - `retiredCadre.legalRepresentative`: a retired leading cadre may not be legal representative save for special work needs (中组发〔2014〕11号): passes only with `specialNeedApproval` recorded [`associations.retiredCadre.legalRepresentativeBarred`]
 * - `retiredCadre.unpaid`: a retired leading cadre takes no pay for the post (中组发〔2014〕11号); `remunerated` is an input, and without it the rule is undetermined [`associations.retiredCadre.unpaid`]
 * - `retiredCadre.terms`: a retired leading cadre serves at most 2 terms, with no extension, and a renewal needs an approval or filing dated after `previousElectionDate` (中组发〔2014〕11号) [`associations.retiredCadre.maxTerms`]
 * - `retiredCadre.age`: the age limit of a retired leading cadre’s post (70, 中组发〔2014〕11号), read as `associations.age.failFrom` says [`associations.retiredCadre.ageLimit`]
 * - `eligibility.politicalRights`: anyone ever sentenced to deprivation of political rights fails (条例 第十三条第（三）项: the 1998 text, then the 2016 text) [`associations.eligibility.politicalRights`]
 * - `eligibility.civilCapacity`: full civil capacity is required (条例 第十三条第（三）项; 民政部 2015 第四条第（五）项) [`associations.eligibility.fullCivilCapacity`]
 * - `procedure.reviewBeforeElection`: 先审后选 (S12): a `reviewDate` after the election fails; a review on the election day counts as before it [`associations.procedure.reviewBeforeElection`]
 * - `procedure.publicNotice` (post-election only): 会后公示 (S12): at least the profile’s number of calendar days, first and last included; the number was NOT FOUND, so until a host sets `associations.procedure.publicNoticeDays` the rule is undetermined [`associations.procedure.publicNoticeDays`]
 * <!-- rules:end -->
 *
 * A missing input makes its rule `undetermined` and is listed in `missing`; a parameter with no value on the election
 * date (not yet in force, or not found) makes its rule `undetermined` with `parameter:<id>`. When the association is
 * not a national association in the 脱钩 reform, the result warns that the 民政部 2015 rules apply by reference
 * (`applied_by_reference`). A post with no encoded criteria (the party secretary) is `undetermined` unless host rules
 * give some (`criteria.none`). Bad input, an unknown option or a bad profile is a `PolicyError`.
 * @param candidate - the person (a person record from `/entities`, every field optional, plus the candidacy's facts)
 * @param options - `role`, `association`, `electionDate` (required); `profile`, `rules`, `phase`, `registry`
 * @category Associations
 * @example
 * ```ts
 * const r = reviewCandidate(
 *   { birthDate: '1956-05-20', priorTerms: 1, civilServant: 'none', retiredCadre: false, politicalRightsDeprived: false,
 *     fullCivilCapacity: true, associationPosts: [], reviewDate: '2026-05-01' },
 *   { role: 'president', association: { id: 'A1', termYears: 5 }, electionDate: '2026-05-20' },
 * );
 * r.outcome; // 'pass' (aged 70 on the election date)
 * r.asOf;    // '2026-05-20'
 * r.warnings.map((w) => w.code); // [..., 'age_reached_during_term', 'applied_by_reference', ...]
 * ```
 */
export function reviewCandidate(
  candidate: unknown,
  options: ReviewCandidateOptions | Record<string, unknown>,
): CandidateReview {
  const o = readOptions(options, CANDIDATE_OPTIONS);
  const call = prepareCall(o);
  return candidateReview(candidateRecord.parse(candidate, ['candidate']), o.role, call, true, ['candidate']);
}
