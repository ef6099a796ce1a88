/**
 * The built-in rules of a candidate review. Each rule reads its numbers and switches from the profile (dated, with
 * a source), names the inputs it used, and is `undetermined` (naming what is missing) when an input is absent.
 * @module
 */
import { daysBetween, type Bilingual, type ParameterRead, type Source, type Warning } from '../core/index.js';
import { maskIds } from '../core/errors.js';
import { anniversary, fullYears } from './dates.js';
import type { Outcome } from './findings.js';
import type { ResolvedParams } from './params.js';
import { LEADER_ROLES, ROLE_LABELS, type Role } from './roles.js';
import type { Association, Candidate, OtherPost } from './schema.js';

/** Which rules run: before the election (the review) or also after it (the 公示). @category Associations */
export type ReviewPhase = 'pre-election' | 'post-election';

/** What a rule sees. @internal */
export interface RuleContext {
  readonly candidate: Candidate;
  readonly role: Role;
  readonly association: Association;
  readonly electionDate: string;
  /** `birthDate`, or the one encoded in the resident ID. */
  readonly birthDate: string | undefined;
  /** Posts in other 社会团体 (candidate's own list and/or the registry), or `undefined` if unknown. */
  readonly otherPosts: readonly OtherPost[] | undefined;
  /** Where `otherPosts` came from, or what is missing when it is unknown. */
  readonly otherPostsSource: string;
  readonly params: ResolvedParams;
}

/** What a rule returns. @internal */
export interface Evaluation {
  readonly outcome: Outcome;
  readonly zh: string;
  readonly en: string;
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly missing?: readonly string[];
  readonly warnings?: readonly Warning[];
  /** Overrides the rule's citation (e.g. an extension allowed by another source). */
  readonly citation?: Source;
}

/** A built-in rule. @internal */
export interface BuiltinRule {
  readonly id: string;
  readonly label: Bilingual;
  readonly phase: ReviewPhase;
  /** The parameter that carries the rule's source; a boolean `false` switches the rule off. */
  readonly parameter: string;
  /** Other parameters the rule may read (listed in the explanation). */
  readonly reads: readonly string[];
  appliesTo(role: Role, params: ResolvedParams): boolean;
  evaluate(ctx: RuleContext, main: ParameterRead): Evaluation;
}

/** Reads another parameter in force on the election date (declare it in the rule's `reads`). @internal */
export function param(ctx: RuleContext, id: string): ParameterRead | undefined {
  return ctx.params.get(id);
}

function missing(fields: readonly string[], inputs: Record<string, unknown> = {}): Evaluation {
  const list = fields.join(', ');
  return { outcome: 'undetermined', zh: `缺少输入：${list}`, en: `Missing input: ${list}`, inputs, missing: fields };
}

const leader = (role: Role): boolean => LEADER_ROLES.includes(role);

const ageRule: BuiltinRule = {
  id: 'eligibility.age',
  label: { zh: '年龄上限', en: 'Age limit' },
  phase: 'pre-election',
  parameter: 'associations.age.limit',
  reads: ['associations.age.termWarningAge', 'associations.term.maxYears'],
  appliesTo: leader,
  evaluate(ctx, main) {
    const birth = ctx.birthDate;
    if (birth === undefined) return missing(['birthDate']);
    const limit = main.value as number;
    const age = fullYears(birth, ctx.electionDate);
    const failsFrom = anniversary(birth, limit + 1);
    const inputs: Record<string, unknown> = { birthDate: birth, electionDate: ctx.electionDate, age, limit };
    if (age > limit) {
      return {
        outcome: 'fail',
        zh: `选举日 ${ctx.electionDate} 年满 ${age} 周岁，超过 ${limit} 周岁上限（自 ${failsFrom} 起不符合）`,
        en: `Aged ${age} on the election date ${ctx.electionDate}, above the limit of ${limit} (ineligible from ${failsFrom})`,
        inputs,
      };
    }
    const warnings: Warning[] = [];
    const warnAge = param(ctx, 'associations.age.termWarningAge');
    const maxYears = param(ctx, 'associations.term.maxYears');
    const termYears = ctx.association.termYears ?? (maxYears?.value as number | undefined);
    if (warnAge !== undefined && termYears !== undefined) {
      const lastDay = ctx.params.lastDayOfTerm(termYears);
      const w = warnAge.value as number;
      const reached = anniversary(birth, w);
      inputs.termYears = termYears;
      inputs.termLastDay = lastDay;
      // The birthday of age w (29 February → 1 March) on or before the term's last day: w is reached within the term.
      if (reached > ctx.electionDate && reached <= lastDay) {
        warnings.push({
          code: 'age_reached_during_term',
          zh: `任期（${termYears} 年，至 ${lastDay}）内将于 ${reached} 年满 ${w} 周岁，一般不再作为候选人（T9）`,
          en: `Reaches ${w} on ${reached}, within the ${termYears}-year term ending ${lastDay}; generally not a candidate (T9)`,
        });
      } else if (reached <= ctx.electionDate && failsFrom <= lastDay) {
        // Already w (at most the limit) on election day: the candidate passes the limit during the term.
        warnings.push({
          code: 'age_reached_during_term',
          zh: `选举日已年满 ${age} 周岁，任期（${termYears} 年，至 ${lastDay}）内将于 ${failsFrom} 超过 ${limit} 周岁，一般不再作为候选人（T9）`,
          en: `Already ${age} on election day; passes ${limit} on ${failsFrom}, within the ${termYears}-year term ending ${lastDay}; generally not a candidate (T9)`,
        });
      }
    }
    return {
      outcome: 'pass',
      zh: `选举日年满 ${age} 周岁，未超过 ${limit} 周岁（${failsFrom} 起不符合）`,
      en: `Aged ${age} on the election date, within the limit of ${limit} (ineligible from ${failsFrom})`,
      inputs,
      warnings,
    };
  },
};

const termLengthRule: BuiltinRule = {
  id: 'term.length',
  label: { zh: '每届任期', en: 'Length of a term' },
  phase: 'pre-election',
  parameter: 'associations.term.maxYears',
  reads: [],
  appliesTo: leader,
  evaluate(ctx, main) {
    const years = ctx.association.termYears;
    if (years === undefined) return missing(['association.termYears']);
    const max = main.value as number;
    const inputs = { termYears: years, maxYears: max };
    return years > max
      ? { outcome: 'fail', zh: `章程规定每届 ${years} 年，超过 ${max} 年`, en: `A term of ${years} years exceeds ${max}`, inputs }
      : { outcome: 'pass', zh: `每届 ${years} 年，不超过 ${max} 年`, en: `A term of ${years} years is within ${max}`, inputs };
  },
};

const consecutiveRule: BuiltinRule = {
  id: 'term.consecutive',
  label: { zh: '连任届数', en: 'Consecutive terms' },
  phase: 'pre-election',
  parameter: 'associations.term.maxConsecutive',
  reads: ['associations.term.extension', 'associations.term.hiredSecretaryExempt'],
  appliesTo: leader,
  evaluate(ctx, main) {
    const c = ctx.candidate;
    const roleName = ROLE_LABELS[ctx.role];
    if (ctx.role === 'secretary_general' && c.appointment === 'hired') {
      const exempt = param(ctx, 'associations.term.hiredSecretaryExempt');
      if (exempt?.value === true) {
        return { outcome: 'pass', zh: '聘任的秘书长不受连任届数限制', en: 'A hired secretary-general has no term limit', inputs: { appointment: 'hired' }, citation: exempt.source };
      }
    }
    if (c.priorTerms === undefined) return missing(['priorTerms']);
    const max = main.value as number;
    const term = c.priorTerms + 1;
    const inputs: Record<string, unknown> = { priorTerms: c.priorTerms, thisTerm: term, maxConsecutive: max };
    if (term <= max) {
      return { outcome: 'pass', zh: `本届为连续第 ${term} 届${roleName.zh}，不超过 ${max} 届`, en: `This would be consecutive term ${term} as ${roleName.en}, within ${max}`, inputs };
    }
    if (ctx.role === 'secretary_general' && c.appointment === undefined) {
      return missing(['appointment'], inputs);
    }
    const ext = param(ctx, 'associations.term.extension');
    if (ext === undefined) return missing(['parameter:associations.term.extension'], inputs);
    const e = c.termExtension;
    inputs.termExtension = e ?? null;
    if (e?.vote2of3 === true && e.registrationApproval === true) {
      return {
        outcome: 'pass',
        zh: `本届为连续第 ${term} 届，超过 ${max} 届上限；已记录会员（代表）大会2/3以上表决通过并经登记管理机关批准，按延长任期处理`,
        en: `Consecutive term ${term} exceeds the limit of ${max}; allowed because a 2/3 vote of the members' assembly and the registration authority's approval are recorded`,
        inputs,
        citation: ext.source,
      };
    }
    const lacking = e === undefined ? '未记录延长任期' : [!e.vote2of3 ? '缺少2/3表决通过' : '', !e.registrationApproval ? '缺少登记管理机关批准' : ''].filter(Boolean).join('、');
    const lackingEn = e === undefined ? 'no extension is recorded' : [!e.vote2of3 ? 'no 2/3 vote' : '', !e.registrationApproval ? 'no registration authority approval' : ''].filter(Boolean).join(' and ');
    return {
      outcome: 'fail',
      zh: `本届为连续第 ${term} 届，超过 ${max} 届上限，且${lacking}`,
      en: `Consecutive term ${term} exceeds the limit of ${max}, and ${lackingEn}`,
      inputs,
    };
  },
};

function postsConflict(ctx: RuleContext, barred: readonly string[], rule: { zh: string; en: string }): Evaluation {
  if (ctx.otherPosts === undefined) return missing([ctx.otherPostsSource]);
  // Association ids are the host's text: masked where they look like resident IDs (the only user text a built-in
  // rule quotes; masking here keeps the other findings free of per-review work).
  const conflicts = ctx.otherPosts.filter((p) => p.association !== ctx.association.id && barred.includes(p.role)).map((p) => ({ ...p, association: maskIds(p.association) }));
  const inputs = { otherPosts: ctx.otherPosts.length, source: ctx.otherPostsSource, conflicts };
  if (conflicts.length === 0) return { outcome: 'pass', zh: `未在其他社会团体担任${rule.zh}`, en: `Holds no ${rule.en} post in another 社会团体`, inputs };
  const list = conflicts.map((p) => `${p.association}（${ROLE_LABELS[p.role].zh}）`).join('、');
  const listEn = conflicts.map((p) => `${p.association} (${ROLE_LABELS[p.role].en})`).join(', ');
  return { outcome: 'fail', zh: `已在其他社会团体担任${rule.zh}：${list}`, en: `Already holds a ${rule.en} post in another 社会团体: ${listEn}`, inputs };
}

const exclusivePostsRule: BuiltinRule = {
  id: 'posts.exclusive',
  label: { zh: '不得在其他社会团体兼任理事长、秘书长', en: 'No president or secretary-general post in another 社会团体' },
  phase: 'pre-election',
  parameter: 'associations.posts.exclusiveRoles',
  reads: [],
  appliesTo: (role, params) => {
    // Before the parameter is in force the rule still applies (undetermined) to the posts S15 names.
    const roles = (params.get('associations.posts.exclusiveRoles')?.value ?? ['president', 'secretary_general']) as readonly string[];
    return roles.includes(role);
  },
  evaluate(ctx, main) {
    const barred = main.value as readonly Role[];
    const names = barred.map((r) => ROLE_LABELS[r]);
    return postsConflict(ctx, barred, { zh: names.map((n) => n.zh).join('或'), en: names.map((n) => n.en).join(' or ') });
  },
};

const legalRepRule: BuiltinRule = {
  id: 'posts.legalRepresentative',
  label: { zh: '法定代表人不得兼任其他社会团体法定代表人', en: 'Not legal representative of another 社会团体' },
  phase: 'pre-election',
  parameter: 'associations.legalRepresentative.exclusive',
  reads: [],
  appliesTo: (role) => role === 'legal_representative',
  evaluate: (ctx) => postsConflict(ctx, ['legal_representative'], { zh: '法定代表人', en: 'legal representative' }),
};

const civilServantRule: BuiltinRule = {
  id: 'status.civilServant',
  label: { zh: '公务员不得兼任', en: 'Civil servants barred' },
  phase: 'pre-election',
  parameter: 'associations.civilServant.barred',
  reads: [],
  appliesTo: leader,
  evaluate(ctx, main) {
    const s = ctx.candidate.civilServant;
    if (s === undefined) return missing(['civilServant']);
    const barred = main.value as readonly string[];
    const inputs = { civilServant: s };
    if (!barred.includes(s)) return { outcome: 'pass', zh: '非现职公务员', en: 'Not a serving civil servant', inputs };
    return s === 'serving'
      ? { outcome: 'fail', zh: '现职公务员不得兼任', en: 'A serving civil servant may not hold the post', inputs }
      : { outcome: 'fail', zh: '不担任领导职务但尚未办理退休手续的公务员不得兼任', en: 'A civil servant who left a leading post but has not retired may not hold the post', inputs };
  },
};

const TYPE_ZH = { approval: '审批', filing: '备案' } as const;

const retiredCadreRule: BuiltinRule = {
  id: 'status.retiredCadre',
  label: { zh: '退（离）休领导干部兼职', en: 'Retired leading cadres' },
  phase: 'pre-election',
  parameter: 'associations.retiredCadre.coolingOffYears',
  reads: ['associations.retiredCadre.requiredRecord'],
  appliesTo: leader,
  evaluate(ctx, main) {
    const r = ctx.candidate.retiredCadre;
    if (r === undefined) return missing(['retiredCadre']);
    if (r === false) return { outcome: 'pass', zh: '非退（离）休领导干部', en: 'Not a retired leading cadre', inputs: { retiredCadre: false } };
    const record = param(ctx, 'associations.retiredCadre.requiredRecord');
    if (record === undefined) return missing(['parameter:associations.retiredCadre.requiredRecord']);
    const years = main.value as number;
    const endOfPeriod = anniversary(r.retirementDate, years);
    // Anniversary semantics: the period is over on the 3rd anniversary of retirement itself.
    const within = ctx.electionDate < endOfPeriod;
    const accepted = (record.value as { within: readonly string[]; after: readonly string[] })[within ? 'within' : 'after'];
    const a = r.approval;
    const inputs = { retirementDate: r.retirementDate, electionDate: ctx.electionDate, coolingOffEnds: endOfPeriod, within, approval: a ?? null, accepted };
    const when = within ? { zh: `退休未满 ${years} 年（${endOfPeriod} 满）`, en: `within ${years} years of retirement (ending ${endOfPeriod})` } : { zh: `退休已满 ${years} 年`, en: `more than ${years} years after retirement` };
    const need = accepted.map((t) => TYPE_ZH[t as 'approval']).join('或');
    const needEn = accepted.join(' or ');
    if (a !== undefined && accepted.includes(a.type) && a.date <= ctx.electionDate) {
      return { outcome: 'pass', zh: `${when.zh}，已于 ${a.date} ${TYPE_ZH[a.type]}`, en: `${when.en}; ${a.type} recorded on ${a.date}`, inputs };
    }
    if (a !== undefined && accepted.includes(a.type)) {
      return { outcome: 'fail', zh: `${when.zh}，${TYPE_ZH[a.type]}日期 ${a.date} 晚于选举日`, en: `${when.en}; the ${a.type} (${a.date}) is dated after the election`, inputs };
    }
    const got = a === undefined ? { zh: '未记录', en: 'none is recorded' } : { zh: `仅有${TYPE_ZH[a.type]}`, en: `only a ${a.type} is recorded` };
    return { outcome: 'fail', zh: `${when.zh}，须经${need}，${got.zh}`, en: `${when.en}: needs ${needEn}, ${got.en}`, inputs };
  },
};

const politicalRightsRule: BuiltinRule = {
  id: 'eligibility.politicalRights',
  label: { zh: '剥夺政治权利', en: 'Deprivation of political rights' },
  phase: 'pre-election',
  parameter: 'associations.eligibility.politicalRights',
  reads: [],
  appliesTo: leader,
  evaluate(ctx) {
    const v = ctx.candidate.politicalRightsDeprived;
    if (v === undefined) return missing(['politicalRightsDeprived']);
    const inputs = { politicalRightsDeprived: v };
    return v
      ? { outcome: 'fail', zh: '正在或者曾经受到剥夺政治权利的刑事处罚', en: 'Is or was sentenced to deprivation of political rights', inputs }
      : { outcome: 'pass', zh: '未受过剥夺政治权利的刑事处罚', en: 'Never sentenced to deprivation of political rights', inputs };
  },
};

const civilCapacityRule: BuiltinRule = {
  id: 'eligibility.civilCapacity',
  label: { zh: '完全民事行为能力', en: 'Full civil capacity' },
  phase: 'pre-election',
  parameter: 'associations.eligibility.fullCivilCapacity',
  reads: [],
  appliesTo: leader,
  evaluate(ctx) {
    const v = ctx.candidate.fullCivilCapacity;
    if (v === undefined) return missing(['fullCivilCapacity']);
    const inputs = { fullCivilCapacity: v };
    return v
      ? { outcome: 'pass', zh: '具有完全民事行为能力', en: 'Has full civil capacity', inputs }
      : { outcome: 'fail', zh: '不具有完全民事行为能力', en: 'Lacks full civil capacity', inputs };
  },
};

const reviewBeforeElectionRule: BuiltinRule = {
  id: 'procedure.reviewBeforeElection',
  label: { zh: '先审后选', en: 'Review before election' },
  phase: 'pre-election',
  parameter: 'associations.procedure.reviewBeforeElection',
  reads: [],
  appliesTo: () => true,
  evaluate(ctx) {
    const d = ctx.candidate.reviewDate;
    if (d === undefined) return missing(['reviewDate']);
    const inputs = { reviewDate: d, electionDate: ctx.electionDate };
    // Dates only: a review on the election day itself counts as before it.
    return d > ctx.electionDate
      ? { outcome: 'fail', zh: `审核日期 ${d} 晚于选举日 ${ctx.electionDate}，不符合先审后选`, en: `Reviewed on ${d}, after the election on ${ctx.electionDate}: not reviewed before election`, inputs }
      : { outcome: 'pass', zh: `审核日期 ${d} 不晚于选举日 ${ctx.electionDate}`, en: `Reviewed on ${d}, not after the election on ${ctx.electionDate}`, inputs };
  },
};

const publicNoticeRule: BuiltinRule = {
  id: 'procedure.publicNotice',
  label: { zh: '会后公示', en: 'Post-election public notice' },
  phase: 'post-election',
  parameter: 'associations.procedure.publicNoticeDays',
  reads: [],
  appliesTo: () => true,
  evaluate(ctx, main) {
    const n = ctx.candidate.publicNotice;
    if (n === undefined) return missing(['publicNotice']);
    const need = main.value as number;
    const days = daysBetween(n.from, n.to) + 1;
    const inputs = { from: n.from, to: n.to, days, requiredDays: need };
    return days >= need
      ? { outcome: 'pass', zh: `公示 ${days} 天（${n.from} 至 ${n.to}），不少于 ${need} 天`, en: `Public notice of ${days} days (${n.from} to ${n.to}), at least ${need}`, inputs }
      : { outcome: 'fail', zh: `公示 ${days} 天（${n.from} 至 ${n.to}），少于 ${need} 天`, en: `Public notice of ${days} days (${n.from} to ${n.to}), fewer than ${need}`, inputs };
  },
};

/** The built-in rules, in the order findings are listed. @internal */
export const BUILTIN_RULES: readonly BuiltinRule[] = [
  ageRule,
  termLengthRule,
  consecutiveRule,
  exclusivePostsRule,
  legalRepRule,
  civilServantRule,
  retiredCadreRule,
  politicalRightsRule,
  civilCapacityRule,
  reviewBeforeElectionRule,
  publicNoticeRule,
];

/**
 * Ids of the built-in candidate rules (host rules may not reuse them).
 * @category Associations
 */
export const BUILTIN_RULE_IDS: readonly string[] = /* @__PURE__ */ BUILTIN_RULES.map((r) => r.id);
