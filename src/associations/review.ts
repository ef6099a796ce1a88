/**
 * Reviewing candidates (双审): one candidate for one post, or a whole slate with the cross-person rules.
 * Input is validated first (bad input is a `PolicyError`); then every applicable rule gives a finding, and the
 * overall outcome is the worst of them. Parameters are read once per (profile, election date) and cached.
 * @module
 */
import {
  ErrorCode,
  fail,
  parseCalendarDate,
  type CalendarDate,
  type Explanation,
  type IssuePath,
  type Profile,
  type Source,
  type Warning,
  type PolicyError,
} from '../core/index.js';
import { maskIds } from '../core/errors.js';
import { addWarning, collectWarnings, explain } from './explain.js';
import { cachedReadsOf } from './plan.js';
import { S12 } from './sources.js';
import { combineOutcomes, maskPersonKey, type Finding, type Outcome } from './findings.js';
import { compileHostRules, evaluateCondition, factOf, type CompiledHostRule, type HostRule, type RuleFacts } from './host-rules.js';
import { resolveParams, type ResolvedParams } from './params.js';
import { nationalAssociationProfile } from './profiles/national-2015.js';
import { toRegistryIndex, type RegistryIndex } from './registry.js';
import { parseResidentId } from '../validators/resident-id.js';
import { ROLES, ROLE_LABELS, type Role } from './roles.js';
import { type Evaluation, type ReviewPhase, type RuleContext } from './rules.js';
import { parseAssociation, parseCandidate, parseSlate, type Association, type Candidate, type JsonValue, type OtherPost, type RegistryEntry, type SlateSeat } from './schema.js';

/**
 * Options shared by {@link reviewCandidate} and {@link reviewSlate}.
 * @category Associations
 */
export interface CommonReviewOptions {
  /** The association holding the election. */
  readonly association: Association;
  /** The election date: parameters in force on this date apply, and ages and periods are counted to it. */
  readonly electionDate: CalendarDate;
  /** The date the review is made (for the explanation); defaults to the election date. */
  readonly asOf?: CalendarDate;
  /** The profile to apply (default {@link nationalAssociationProfile}). */
  readonly profile?: Profile;
  /** Rules added by the host (validated once per array). */
  readonly rules?: readonly HostRule[];
  /** `pre-election` (default) runs the review rules; `post-election` adds the 公示 rule. */
  readonly phase?: ReviewPhase;
  /** Office-holders of other 社会团体, for the dual-post rules (an index from {@link indexRegistry}, or raw entries). */
  readonly registry?: RegistryIndex | readonly RegistryEntry[];
}

/**
 * Options of {@link reviewCandidate}.
 * @category Associations
 */
export interface ReviewCandidateOptions extends CommonReviewOptions {
  /** The post the candidate is proposed for. */
  readonly role: Role;
}

/**
 * The result of reviewing one candidate for one post.
 * @category Associations
 */
export interface CandidateReview {
  /** The post. */
  readonly role: Role;
  /** Who was reviewed (resident ID masked; a person key that looks like an ID is masked too). */
  readonly person: { readonly personId?: string; readonly name?: string; readonly residentId?: string };
  /** `fail` if any rule fails, else `undetermined` if any rule lacks inputs, else `pass`. */
  readonly outcome: Outcome;
  /** One finding per applicable rule, built-in rules first, then host rules. */
  readonly findings: readonly Finding[];
  /** Every missing input named by an undetermined finding, once each. */
  readonly missing: readonly string[];
  /** Warnings (from findings, and provisional parameters). */
  readonly warnings: readonly Warning[];
  /** Rules applied and parameters read, with sources. */
  readonly explanation: Explanation;
}

/**
 * The result of reviewing a slate.
 * @category Associations
 */
export interface SlateReview {
  /** The worst outcome over every seat and every cross-person rule. */
  readonly outcome: Outcome;
  /** One review per seat, in slate order. */
  readonly seats: readonly CandidateReview[];
  /** Findings of the cross-person rules (president vs secretary-general). */
  readonly findings: readonly Finding[];
  /** Missing inputs over the whole slate, prefixed with the seat (`seats[2].birthDate`). */
  readonly missing: readonly string[];
  /** Warnings over the whole slate. */
  readonly warnings: readonly Warning[];
  /** Explanation of the cross-person rules (each seat has its own). */
  readonly explanation: Explanation;
}

const CRITERIA_BASIS: Source = { ...S12, article: '双审：负责人人选、党组织书记人选' };
const NO_CRITERIA = { zh: '无编码的资格条件', en: 'No encoded eligibility criteria' };

interface Prepared {
  readonly association: Association;
  readonly electionDate: string;
  readonly asOf: string;
  readonly profile: Profile;
  readonly params: ResolvedParams;
  readonly hostRules: readonly CompiledHostRule[];
  readonly phase: ReviewPhase;
  readonly registry: RegistryIndex | undefined;
}

function prepare(options: CommonReviewOptions): Prepared {
  if (options === null || typeof options !== 'object') fail(ErrorCode.Required, [], '缺少审核选项', 'Review options are required');
  const association = parseAssociation(options.association, ['association']);
  const electionDate = parseCalendarDate(options.electionDate, ['electionDate']);
  const asOf = options.asOf === undefined ? electionDate : parseCalendarDate(options.asOf, ['asOf']);
  const profile = options.profile ?? nationalAssociationProfile;
  if (profile === null || typeof profile !== 'object' || typeof profile.parameters !== 'object' || profile.parameters === null) {
    fail(ErrorCode.InvalidType, ['profile'], '配置无效（请用 parseProfile 加载）', 'Invalid profile (load it with parseProfile)');
  }
  const phase = options.phase ?? 'pre-election';
  if (phase !== 'pre-election' && phase !== 'post-election') {
    fail(ErrorCode.UnknownEnumValue, ['phase'], '阶段应为 pre-election 或 post-election', 'Phase must be pre-election or post-election');
  }
  const hostRules = options.rules === undefined ? [] : compileHostRules(options.rules);
  const registry = options.registry === undefined ? undefined : toRegistryIndex(options.registry);
  return { association, electionDate, asOf, profile, params: resolveParams(profile, electionDate), hostRules, phase, registry };
}

function checkRole(role: unknown, path: IssuePath): Role {
  if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
    fail(ErrorCode.UnknownEnumValue, path, `职务无效，可选值：${ROLES.join(', ')}`, `Invalid role; expected one of: ${ROLES.join(', ')}`, { allowed: ROLES });
  }
  return role as Role;
}

/** Checks between the candidate and the election date that a schema cannot see. */
function crossCheck(c: Candidate, electionDate: string, path: IssuePath): string | undefined {
  let birth = c.birthDate;
  if (c.residentId !== undefined) {
    const fromId = parseResidentId(c.residentId, { path: [...path, 'residentId'] }).birthDate;
    if (birth !== undefined && birth !== fromId) {
      fail(ErrorCode.Inconsistent, [...path, 'birthDate'], '出生日期与身份证号码不一致', 'The birth date does not match the resident ID');
    }
    birth = fromId;
  }
  if (birth !== undefined && birth > electionDate) {
    fail(ErrorCode.OutOfRange, [...path, 'birthDate'], '出生日期晚于选举日', 'The birth date is after the election date');
  }
  if (c.retiredCadre && c.retiredCadre.retirementDate > electionDate) {
    fail(ErrorCode.OutOfRange, [...path, 'retiredCadre', 'retirementDate'], '退休日期晚于选举日（尚未退休者请填写 civilServant）', 'The retirement date is after the election date (record a serving cadre under civilServant)');
  }
  return birth;
}

function maskInputs(inputs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(inputs)) out[k] = masked(v);
  return out;
}

/** A finding's input value with every string passed through maskPersonKey (inputs nest: lists of conflicting posts). */
function masked(v: unknown): unknown {
  if (typeof v === 'string') return maskPersonKey(v);
  if (Array.isArray(v)) return v.map(masked);
  if (typeof v === 'object' && v !== null) return maskInputs(v as Record<string, unknown>);
  return v;
}

const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);

function finding(id: string, label: { zh: string; en: string }, citation: Source, ev: Evaluation): Finding {
  return {
    rule: id,
    label,
    outcome: ev.outcome,
    zh: ev.zh,
    en: ev.en,
    citation: ev.citation ?? citation,
    inputs: ev.inputs,
    missing: ev.missing ?? NONE,
    warnings: ev.warnings ?? NONE,
  };
}

function hostFinding(h: CompiledHostRule, facts: RuleFacts): Finding {
  const r = h.rule;
  const inputs: Record<string, unknown> = {};
  const missingSet = new Set<string>();
  for (const f of h.requires) {
    const v = facts.get(f);
    if (v === undefined) missingSet.add(f);
    else inputs[f] = v;
  }
  const base = { rule: r.id, label: r.label, citation: r.citation, warnings: [] as Warning[] };
  if (missingSet.size > 0) {
    const list = [...missingSet];
    return { ...base, outcome: 'undetermined', zh: maskIds(`缺少输入：${list.join(', ')}`), en: maskIds(`Missing input: ${list.join(', ')}`), inputs: maskInputs(inputs), missing: list.map(maskIds) };
  }
  const p = r.predicate;
  const holds = typeof p === 'function' ? p(facts) : evaluateCondition(p, facts.get, missingSet);
  if (holds !== undefined && typeof holds !== 'boolean') {
    fail(ErrorCode.InvalidType, ['rules', r.id, 'predicate'], `规则 ${r.id} 的判断函数应返回 true、false 或 undefined`, `The predicate of rule ${r.id} must return true, false or undefined`);
  }
  if (holds === undefined) {
    const list = missingSet.size > 0 ? [...missingSet] : [`rule:${r.id}`];
    return { ...base, outcome: 'undetermined', zh: maskIds(`无法判断：${list.join(', ')}`), en: maskIds(`Cannot decide: ${list.join(', ')}`), inputs: maskInputs(inputs), missing: list.map(maskIds) };
  }
  const outcome = holds ? h.whenTrue : h.whenTrue === 'fail' ? 'pass' : 'fail';
  const msg = r.messages?.[outcome] ?? (outcome === 'fail' ? { zh: `不符合：${r.label.zh}`, en: `Fails: ${r.label.en}` } : { zh: `符合：${r.label.zh}`, en: `Passes: ${r.label.en}` });
  return { ...base, outcome, zh: maskIds(msg.zh), en: maskIds(msg.en), inputs: maskInputs(inputs), missing: [] };
}

function otherPostsOf(c: Candidate, p: Prepared): { posts: readonly OtherPost[] | undefined; source: string } {
  if (p.registry === undefined) return { posts: c.otherPosts, source: 'otherPosts' };
  const key = c.personId ?? c.residentId;
  if (key === undefined) return c.otherPosts === undefined ? { posts: undefined, source: 'personId' } : { posts: c.otherPosts, source: 'otherPosts' };
  const listed = p.registry.byPerson.get(key) ?? [];
  if (c.otherPosts === undefined) return { posts: listed, source: 'registry' };
  if (listed.length === 0) return { posts: c.otherPosts, source: 'otherPosts+registry' };
  // The same post may be declared by the candidate and listed in the registry: count it once.
  const declared = new Set(c.otherPosts.map((o) => `${o.association}\u0000${o.role}`));
  const extra = listed.filter((o) => !declared.has(`${o.association}\u0000${o.role}`));
  return { posts: extra.length === 0 ? c.otherPosts : [...c.otherPosts, ...extra], source: 'otherPosts+registry' };
}

/** Reviews a validated candidate. */
function reviewParsed(c: Candidate, role: Role, p: Prepared, path: IssuePath): CandidateReview {
  const birthDate = crossCheck(c, p.electionDate, path);
  const posts = otherPostsOf(c, p);
  const ctx: RuleContext = {
    candidate: c,
    role,
    association: p.association,
    electionDate: p.electionDate,
    birthDate,
    otherPosts: posts.posts,
    otherPostsSource: posts.source,
    params: p.params,
  };
  const plan = p.params.plan(role, p.phase);
  const findings: Finding[] = [];
  for (const { rule, def, main } of plan.rules) {
    if (main === undefined) {
      findings.push(
        finding(rule.id, rule.label, def.values[0]!.source, {
          outcome: 'undetermined',
          zh: `配置 ${p.profile.id} 在 ${p.electionDate} 没有参数 ${rule.parameter} 的取值（未找到依据或尚未生效），请设置`,
          en: `Profile ${p.profile.id} has no value of ${rule.parameter} on ${p.electionDate} (not found or not yet in force); set it`,
          inputs: { electionDate: p.electionDate },
          missing: [`parameter:${rule.parameter}`],
        }),
      );
    } else {
      findings.push(finding(rule.id, rule.label, main.source, rule.evaluate(ctx, main)));
    }
  }
  let substantive = plan.substantive;
  if (p.hostRules.length > 0) {
    const base = { candidate: c, role, association: p.association, electionDate: p.electionDate, birthDate };
    const facts: RuleFacts = { candidate: c, role, association: p.association, electionDate: p.electionDate, get: (f: string): JsonValue | undefined => factOf(f, base) };
    for (const h of p.hostRules) {
      if (h.roles !== undefined && !h.roles.has(role)) continue;
      substantive++;
      findings.push(hostFinding(h, facts));
    }
  }
  if (substantive === 0) {
    // Nothing decides eligibility for this post (e.g. 党组织书记: party rules, not encoded): never a silent pass.
    findings.push({
      rule: 'criteria.none',
      label: NO_CRITERIA,
      outcome: 'undetermined',
      zh: `本配置未编码${ROLE_LABELS[role].zh}人选的资格条件；请以 rules 提供本地条件`,
      en: `This profile encodes no eligibility criteria for a ${ROLE_LABELS[role].en}; supply local criteria as rules`,
      citation: CRITERIA_BASIS,
      inputs: { role },
      missing: ['rules'],
      warnings: [],
    });
  }
  const warnings = collectWarnings(plan.provisional, findings);
  const missing: string[] = [];
  let outcome: Outcome = findings.length === 0 ? 'undetermined' : 'pass';
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.outcome === 'fail') outcome = 'fail';
    else if (f.outcome === 'undetermined' && outcome === 'pass') outcome = 'undetermined';
    for (let j = 0; j < f.missing.length; j++) if (!missing.includes(f.missing[j]!)) missing.push(f.missing[j]!);
  }
  const person: { personId?: string; name?: string; residentId?: string } = {};
  if (c.personId !== undefined) person.personId = maskPersonKey(c.personId);
  if (c.name !== undefined) person.name = c.name;
  if (c.residentId !== undefined) person.residentId = maskPersonKey(c.residentId);
  const explanation = explain(p.profile, p.asOf, plan.parameters, findings, warnings);
  return { role, person, outcome, findings, missing, warnings, explanation };
}

/**
 * Reviews one candidate for one post before the election (双审, 负责人人选 or 党组织书记人选).
 *
 * Rules and readings (national profile; each value is a dated parameter with its source):
 * - `eligibility.age`: fails when the age in full years on the election date is above 70, i.e. from the 71st
 *   birthday on ("不超过70周岁" read as 周岁 ≤ 70; a 29 February birthday falls on 1 March in common years).
 *   Warns (T9) when the 70th birthday falls on or before the last day of the term (term length from the
 *   association, else the 5-year maximum).
 * - `term.length` ≤ 5 years; `term.consecutive` ≤ 2 consecutive terms, a further term only with a recorded
 *   extension (2/3 vote and registration-authority approval, S17), which passes with a finding saying so;
 *   a hired secretary-general has no term limit (T9).
 * - `posts.exclusive`: a president or secretary-general may not hold either post in another 社会团体 (S15);
 *   `posts.legalRepresentative` (条例 art. 12 ¶3).
 * - `status.civilServant` (S15); `status.retiredCadre`: before the 3rd anniversary of retirement an approval is
 *   required, from that day an approval or a filing; it must be dated on or before the election.
 * - `eligibility.politicalRights`, `eligibility.civilCapacity` (条例 art. 13(3)).
 * - `procedure.reviewBeforeElection` (先审后选): a review dated after the election fails; `procedure.publicNotice`
 *   (phase `post-election`) needs the 公示 period, which was NOT FOUND and must be set by the host.
 * A missing input makes its rule `undetermined` and is listed in `missing`; bad input throws a `PolicyError`.
 * @category Associations
 * @example
 * ```ts
 * const r = reviewCandidate(
 *   { birthDate: '1956-05-20', priorTerms: 1, civilServant: 'none', retiredCadre: false, politicalRightsDeprived: false,
 *     fullCivilCapacity: true, otherPosts: [], reviewDate: '2026-05-01' },
 *   { role: 'president', association: { id: 'A1', termYears: 5 }, electionDate: '2026-05-20' },
 * );
 * r.outcome;     // 'pass' (aged 70 on the election date)
 * r.warnings[0]; // age_reached_during_term
 * ```
 */
export function reviewCandidate(candidate: unknown, options: ReviewCandidateOptions): CandidateReview {
  const p = prepare(options);
  const role = checkRole(options.role, ['role']);
  return reviewParsed(parseCandidate(candidate, ['candidate']), role, p, ['candidate']);
}

function personKey(c: Candidate): string | undefined {
  return c.personId ?? c.residentId;
}

function slateFindings(seats: readonly SlateSeat[], p: Prepared): Finding[] {
  const def = p.profile.parameters['associations.posts.presidentSecretaryDistinct'];
  if (def === undefined) return [];
  const main = p.params.get('associations.posts.presidentSecretaryDistinct');
  const person = { zh: '理事长与秘书长不得为同一人', en: 'President and secretary-general not the same person' };
  const unit = { zh: '理事长与秘书长不得来自同一会员单位', en: 'President and secretary-general not from the same member unit' };
  if (main === undefined) {
    const src = def.values[0]!.source;
    const ev: Evaluation = {
      outcome: 'undetermined',
      zh: `配置在 ${p.electionDate} 没有该参数的取值`,
      en: `The profile has no value for this on ${p.electionDate}`,
      inputs: {},
      missing: ['parameter:associations.posts.presidentSecretaryDistinct'],
    };
    return [finding('slate.samePerson', person, src, ev), finding('slate.sameUnit', unit, src, ev)];
  }
  if (main.value === false) return [];
  const pres: number[] = [];
  const secs: number[] = [];
  seats.forEach((s, i) => {
    if (s.role === 'president') pres.push(i);
    else if (s.role === 'secretary_general') secs.push(i);
  });
  if (pres.length === 0 || secs.length === 0) {
    const ev: Evaluation = { outcome: 'pass', zh: '名单中没有同时列出理事长和秘书长，无需比较', en: 'The slate does not list both a president and a secretary-general; nothing to compare', inputs: { presidents: pres.length, secretariesGeneral: secs.length } };
    return [finding('slate.samePerson', person, main.source, ev), finding('slate.sameUnit', unit, main.source, ev)];
  }
  const missP: string[] = [];
  const missU: string[] = [];
  const samePerson: string[] = [];
  const sameUnit: string[] = [];
  for (const i of pres) {
    for (const j of secs) {
      const a = seats[i]!.candidate;
      const b = seats[j]!.candidate;
      const ka = personKey(a);
      const kb = personKey(b);
      if (ka === undefined) missP.push(`seats[${i}].personId`);
      if (kb === undefined) missP.push(`seats[${j}].personId`);
      if (ka !== undefined && ka === kb) samePerson.push(`seats[${i}]/seats[${j}]`);
      if (a.memberUnit === undefined) missU.push(`seats[${i}].memberUnit`);
      if (b.memberUnit === undefined) missU.push(`seats[${j}].memberUnit`);
      if (a.memberUnit !== undefined && a.memberUnit !== null && a.memberUnit === b.memberUnit) sameUnit.push(`seats[${i}]/seats[${j}]`);
    }
  }
  const pe: Evaluation =
    samePerson.length > 0
      ? { outcome: 'fail', zh: `理事长与秘书长为同一人（${samePerson.join('、')}）`, en: `President and secretary-general are the same person (${samePerson.join(', ')})`, inputs: { pairs: samePerson } }
      : missP.length > 0
        ? { outcome: 'undetermined', zh: `缺少人员标识：${[...new Set(missP)].join(', ')}`, en: `Missing person key: ${[...new Set(missP)].join(', ')}`, inputs: {}, missing: [...new Set(missP)] }
        : { outcome: 'pass', zh: '理事长与秘书长不是同一人', en: 'President and secretary-general are different people', inputs: { presidents: pres.length, secretariesGeneral: secs.length } };
  const ue: Evaluation =
    sameUnit.length > 0
      ? { outcome: 'fail', zh: `理事长与秘书长来自同一会员单位（${sameUnit.join('、')}）`, en: `President and secretary-general come from the same member unit (${sameUnit.join(', ')})`, inputs: { pairs: sameUnit } }
      : missU.length > 0
        ? { outcome: 'undetermined', zh: `缺少会员单位：${[...new Set(missU)].join(', ')}`, en: `Missing member unit: ${[...new Set(missU)].join(', ')}`, inputs: {}, missing: [...new Set(missU)] }
        : { outcome: 'pass', zh: '理事长与秘书长不来自同一会员单位', en: 'President and secretary-general come from different member units', inputs: { presidents: pres.length, secretariesGeneral: secs.length } };
  return [finding('slate.samePerson', person, main.source, pe), finding('slate.sameUnit', unit, main.source, ue)];
}

/**
 * Reviews a whole leadership slate: each seat as in {@link reviewCandidate}, plus the cross-person rules
 * (president and secretary-general not the same person nor from the same member unit, S15). With a `registry`,
 * each person's posts in other 社会团体 are looked up by `personId` (or resident ID) for the dual-post rules.
 * @category Associations
 * @example
 * ```ts
 * const registry = indexRegistry([{ association: 'B7', role: 'secretary_general', personId: 'p1' }]);
 * const r = reviewSlate(
 *   [{ role: 'president', candidate: { personId: 'p1', memberUnit: 'U1' } },
 *    { role: 'secretary_general', candidate: { personId: 'p2', memberUnit: 'U1' } }],
 *   { association: { id: 'A1', termYears: 5 }, electionDate: '2026-05-20', registry },
 * );
 * r.findings.find((f) => f.rule === 'slate.sameUnit')?.outcome; // 'fail'
 * ```
 */
export function reviewSlate(slate: unknown, options: CommonReviewOptions): SlateReview {
  const p = prepare(options);
  const seats = parseSlate(slate, ['slate']);
  const reviews = seats.map((s, i) => reviewParsed(s.candidate, s.role, p, ['slate', i, 'candidate']));
  const findings = slateFindings(seats, p);
  const missing: string[] = [];
  const add = (m: string): void => {
    if (!missing.includes(m)) missing.push(m);
  };
  const seatWarnings: Warning[] = [];
  reviews.forEach((r, i) => {
    for (const m of r.missing) add(`seats[${i}].${m}`);
    for (const w of r.warnings) addWarning(seatWarnings, w);
  });
  for (const f of findings) for (const m of f.missing) add(m);
  const reads = findings.length > 0 ? cachedReadsOf(p.params, ['associations.posts.presidentSecretaryDistinct']) : { parameters: [], provisional: [] };
  const warnings = collectWarnings(reads.provisional, findings, seatWarnings);
  const outcomes: Outcome[] = reviews.map((r) => r.outcome);
  for (const f of findings) outcomes.push(f.outcome);
  const explanation = explain(p.profile, p.asOf, reads.parameters, findings, warnings);
  return { outcome: combineOutcomes(outcomes), seats: reviews, findings, missing, warnings, explanation };
}
