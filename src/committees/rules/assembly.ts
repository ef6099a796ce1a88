/**
 * 村民代表会议 (村委会组织法 第二十五条、第二十六条第一款): 村民代表由村民按每五户至十五户推选一人，或者由各村民小组
 * 推选若干人; 村民代表应当占村民代表会议组成人员的五分之四以上，妇女村民代表应当占村民代表会议组成人员的三分之一以上;
 * 村民代表会议每季度召开一次. The assembly is the committee's members and the representatives. Shares are compared
 * exactly in integers (exactly 1/3 is 三分之一以上). The households rule is checked as a ratio (5 × representatives ≤
 * households ≤ 15 × representatives); it does not apply to representatives chosen by the groups. Meetings are checked
 * for the four complete calendar quarters before the quarter of the date asked about.
 * @module
 * @internal
 */
import { derivedFrom, leastShare, meetsShare, parseShareRule, type ExactShare, type ParameterRead } from '../../core/index.js';
import type { Committee } from '../../entities/committee.js';
import { BASIS } from '../basis.js';
import { badParameter, countOf, isRead, missingFinding, missingLabel, missingText, rangeOf, readGroup, type CommitteeContext } from '../context.js';
import { FindingCache, makeFinding, traced, type CommitteeFinding } from '../finding.js';
import { committeeMessages as M } from '../messages.js';

/** Rule labels. @internal */
export const ASSEMBLY_LABELS = {
  representation: { zh: '村民代表推选户数', en: 'Households per representative' },
  representativeShare: { zh: '村民代表所占比例', en: 'Share of representatives' },
  womenShare: { zh: '妇女村民代表所占比例', en: 'Share of women representatives' },
  meetings: { zh: '每季度召开村民代表会议', en: 'Quarterly assembly meetings' },
} as const;

const IDS = ['selfgov.repHouseholds', 'selfgov.repShareMin', 'selfgov.womenRepShareMin', 'selfgov.assemblyMeetingsPerQuarter'] as const;

type Assembly = Pick<Committee, 'households' | 'memberCount' | 'representativeAssembly' | 'representatives' | 'womenRepresentatives' | 'representativesChosenBy' | 'assemblyMeetings'>;

/** A share rule of the profile, read exactly. @internal */
export function shareOf(read: ParameterRead): ExactShare {
  return parseShareRule(read.value, ['parameters', read.id, 'value']);
}

interface Model {
  readonly households: { readonly min: number; readonly max: number };
  readonly reps: ExactShare;
  readonly women: ExactShare;
  readonly perQuarter: number;
  readonly cache: FindingCache;
}

function model(r: readonly ParameterRead[]): Model {
  const households = rangeOf(r[0]!);
  if (households.min < 1) badParameter(r[0]!, { zh: '每名代表对应的户数最少为1', en: 'at least one household per representative' });
  return { households, reps: shareOf(r[1]!), women: shareOf(r[2]!), perQuarter: countOf(r[3]!), cache: new FindingCache() };
}

const shareText = (s: ExactShare) => ({ numerator: s.numerator, denominator: s.denominator, bound: s.bound });

/** The four calendar quarters before the quarter of `asOf`, as year × 4 + quarter (0-based), oldest first. */
function quartersBefore(asOf: string): number[] {
  const q = Number(asOf.slice(0, 4)) * 4 + Math.floor((Number(asOf.slice(5, 7)) - 1) / 3);
  return [q - 4, q - 3, q - 2, q - 1];
}
const quarterLabel = (q: number) => {
  const y = Math.floor(q / 4);
  const n = (q % 4) + 1;
  return { zh: `${y}年第${['一', '二', '三', '四'][n - 1]}季度`, en: `${y} Q${n}` };
};

/** The four assembly findings of a villagers' committee. @internal */
export function assembly(c: Assembly, ctx: CommitteeContext): CommitteeFinding[] {
  const scope = ctx.scope;
  const has = c.representativeAssembly;
  const rules = [
    ['assembly.representation', ASSEMBLY_LABELS.representation, BASIS.representatives],
    ['assembly.representativeShare', ASSEMBLY_LABELS.representativeShare, BASIS.assemblyShares],
    ['assembly.womenShare', ASSEMBLY_LABELS.womenShare, BASIS.assemblyShares],
    ['assembly.meetings', ASSEMBLY_LABELS.meetings, BASIS.assemblyMeetings],
  ] as const;
  if (has === undefined) {
    const text = missingText(scope, ['representativeAssembly']);
    return rules.map(([rule, label, basis]) => missingFinding(scope, makeFinding(rule, label, 'undetermined', text, basis, ['representativeAssembly'])));
  }
  if (!has) return rules.map(([rule, label, basis]) => traced(scope, makeFinding(rule, label, 'not_applicable', M.text('assembly_na'), basis)));
  const reads = readGroup(scope, IDS);
  if (!isRead(reads)) {
    const text = missingText(scope, reads);
    return rules.map(([rule, label, basis]) => traced(scope, makeFinding(rule, label, 'undetermined', text, basis, reads)));
  }
  const m = derivedFrom(reads, model);
  return [representation(c, m, ctx), repShare(c, m, ctx), womenShare(c, m, ctx), meetings(c, m, ctx)];
}

function need(m: Model, ctx: CommitteeContext, rule: string, label: { zh: string; en: string }, basis: typeof BASIS.representatives, fields: readonly string[]): CommitteeFinding {
  const scope = ctx.scope;
  return missingFinding(scope, m.cache.get(`${rule}|${fields.join(',')}`, () => makeFinding(rule, label, 'undetermined', missingText(scope, fields), basis, fields)));
}

function representation(c: Assembly, m: Model, ctx: CommitteeContext): CommitteeFinding {
  const rule = 'assembly.representation';
  const L = ASSEMBLY_LABELS.representation;
  if (c.representativesChosenBy === 'groups') return traced(ctx.scope, m.cache.get('groups', () => makeFinding(rule, L, 'not_applicable', M.text('representation_groups'), BASIS.representatives)));
  const h = c.households;
  const reps = c.representatives;
  if (h === undefined || reps === undefined) return need(m, ctx, rule, L, BASIS.representatives, [...(h === undefined ? ['households'] : []), ...(reps === undefined ? ['representatives'] : [])]);
  const { min, max } = m.households;
  const ok = min * reps <= h && h <= max * reps;
  const chosen = c.representativesChosenBy;
  if (!ok && chosen === undefined) {
    ctx.scope.need('representativesChosenBy', missingLabel(ctx.scope, 'representativesChosenBy'));
  }
  // Keys: households and representatives are at most a few thousand; 3 states of the choice.
  return traced(
    ctx.scope,
    m.cache.get(`r${h}|${reps}|${chosen === undefined ? 0 : 1}`, () => {
      const p = { households: h, reps, min, max, low: Math.ceil(h / max), high: Math.floor(h / min) };
      if (ok) return makeFinding(rule, L, 'pass', M.text('representation_pass', p), BASIS.representatives);
      if (chosen === undefined) {
        return makeFinding(rule, L, 'undetermined', M.text('representation_unknown', { ...p, field: missingLabel(ctx.scope, 'representativesChosenBy') }), BASIS.representatives, ['representativesChosenBy']);
      }
      return makeFinding(rule, L, 'fail', M.text('representation_fail', p), BASIS.representatives);
    }),
  );
}

function repShare(c: Assembly, m: Model, ctx: CommitteeContext): CommitteeFinding {
  const rule = 'assembly.representativeShare';
  const L = ASSEMBLY_LABELS.representativeShare;
  const reps = c.representatives;
  const members = c.memberCount;
  if (reps === undefined || members === undefined) return need(m, ctx, rule, L, BASIS.assemblyShares, [...(reps === undefined ? ['representatives'] : []), ...(members === undefined ? ['memberCount'] : [])]);
  return traced(
    ctx.scope,
    m.cache.get(`s${reps}|${members}`, () => {
      const whole = reps + members;
      const met = meetsShare(reps, whole, m.reps);
      return makeFinding(rule, L, met ? 'pass' : 'fail', M.text('rep_share', { part: reps, whole, share: shareText(m.reps), least: leastShare(whole, m.reps)!, met }), BASIS.assemblyShares);
    }),
  );
}

function womenShare(c: Assembly, m: Model, ctx: CommitteeContext): CommitteeFinding {
  const rule = 'assembly.womenShare';
  const L = ASSEMBLY_LABELS.womenShare;
  const women = c.womenRepresentatives;
  const reps = c.representatives;
  const members = c.memberCount;
  if (women === undefined || reps === undefined || members === undefined) {
    return need(m, ctx, rule, L, BASIS.assemblyShares, [...(women === undefined ? ['womenRepresentatives'] : []), ...(reps === undefined ? ['representatives'] : []), ...(members === undefined ? ['memberCount'] : [])]);
  }
  return traced(
    ctx.scope,
    m.cache.get(`w${women}|${reps}|${members}`, () => {
      const whole = reps + members;
      const met = meetsShare(women, whole, m.women);
      return makeFinding(rule, L, met ? 'pass' : 'fail', M.text('women_share', { part: women, whole, share: shareText(m.women), least: leastShare(whole, m.women)!, met }), BASIS.assemblyShares);
    }),
  );
}

function meetings(c: Assembly, m: Model, ctx: CommitteeContext): CommitteeFinding {
  const rule = 'assembly.meetings';
  const L = ASSEMBLY_LABELS.meetings;
  const dates = c.assemblyMeetings;
  if (dates === undefined) return need(m, ctx, rule, L, BASIS.assemblyMeetings, ['assemblyMeetings']);
  const asOf = ctx.scope.asOf;
  const quarters = quartersBefore(asOf);
  const first = quarters[0]!;
  const counts = [0, 0, 0, 0];
  for (const d of dates) {
    if (d > asOf) continue;
    const i = Number(d.slice(0, 4)) * 4 + Math.floor((Number(d.slice(5, 7)) - 1) / 3) - first;
    if (i >= 0 && i < 4) counts[i]!++;
  }
  let missed = 0;
  for (let i = 0; i < 4; i++) if (counts[i]! < m.perQuarter) missed |= 1 << i;
  return traced(
    ctx.scope,
    m.cache.get(`m${missed}`, () =>
      missed === 0
        ? makeFinding(rule, L, 'pass', M.text('meetings_pass', { quarters: quarters.map(quarterLabel), per: m.perQuarter }), BASIS.assemblyMeetings)
        : makeFinding(rule, L, 'fail', M.text('meetings_fail', { missed: quarters.filter((_, i) => (missed & (1 << i)) !== 0).map(quarterLabel), per: m.perQuarter }), BASIS.assemblyMeetings),
    ),
  );
}
