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
import {
  derivedFrom,
  leastShare,
  meetsShare,
  parseShareRule,
  type ExactShare,
  type ParameterRead,
} from '../../core/index.js';
import { committeeRecord, type Committee } from '../../entities/committee.js';
import { BASIS } from '../basis.js';
import {
  badParameter,
  countOf,
  isRead,
  missingFinding,
  missingLabel,
  missingText,
  rangeOf,
  readGroup,
  type CommitteeContext,
} from '../context.js';
import { FindingCache, makeFinding, traced, type CommitteeFinding } from '../finding.js';
import { committeeMessages as M } from '../messages.js';

/** Rule labels. @internal */
export const ASSEMBLY_LABELS = {
  representation: { zh: '村民代表推选户数', en: 'Households per representative' },
  representativeShare: { zh: '村民代表所占比例', en: 'Share of representatives' },
  womenShare: { zh: '妇女村民代表所占比例', en: 'Share of women representatives' },
  meetings: { zh: '每季度召开村民代表会议', en: 'Quarterly assembly meetings' },
} as const;

const IDS = [
  'selfgov.repHouseholds',
  'selfgov.repShareMin',
  'selfgov.womenRepShareMin',
  'selfgov.assemblyMeetingsPerQuarter',
] as const;

type Assembly = Pick<
  Committee,
  | 'households'
  | 'memberCount'
  | 'representativeAssembly'
  | 'representatives'
  | 'womenRepresentatives'
  | 'representativesChosenBy'
  | 'assemblyMeetings'
>;

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
  readonly byShare: FindingCache;
  readonly byWomen: FindingCache;
  readonly byRatio: FindingCache;
  readonly byMissed: FindingCache;
}

function model(r: readonly ParameterRead[]): Model {
  const households = rangeOf(r[0]!);
  if (households.min < 1)
    badParameter(r[0]!, { zh: '每名代表对应的户数最少为1', en: 'at least one household per representative' });
  return {
    households,
    reps: shareOf(r[1]!),
    women: shareOf(r[2]!),
    perQuarter: countOf(r[3]!),
    cache: new FindingCache(),
    byShare: new FindingCache(),
    byWomen: new FindingCache(200_000),
    byRatio: new FindingCache(200_000),
    byMissed: new FindingCache(),
  };
}

const shareText = (s: ExactShare) => ({ numerator: s.numerator, denominator: s.denominator, bound: s.bound });

/** The calendar quarter of a `YYYY-MM-DD` date, as year × 4 + quarter (0-based), read from its digits. */
function quarterOf(d: string): number {
  const y =
    (d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + (d.charCodeAt(3) - 48);
  const m = (d.charCodeAt(5) - 48) * 10 + (d.charCodeAt(6) - 48);
  return y * 4 + Math.floor((m - 1) / 3);
}

/** The first of the four calendar quarters before the quarter of `asOf`. */
function firstQuarter(asOf: string): number {
  return quarterOf(asOf) - 4;
}

/** The four calendar quarters before the quarter of `asOf`, oldest first. */
function quartersBefore(asOf: string): number[] {
  const q = firstQuarter(asOf);
  return [q, q + 1, q + 2, q + 3];
}
const quarterLabel = (q: number) => {
  const y = Math.floor(q / 4);
  const n = (q % 4) + 1;
  return { zh: `${y}年第${['一', '二', '三', '四'][n - 1]}季度`, en: `${y} Q${n}` };
};

const RULES = [
  ['assembly.representation', ASSEMBLY_LABELS.representation, BASIS.representatives],
  ['assembly.representativeShare', ASSEMBLY_LABELS.representativeShare, BASIS.assemblyShares],
  ['assembly.womenShare', ASSEMBLY_LABELS.womenShare, BASIS.assemblyShares],
  ['assembly.meetings', ASSEMBLY_LABELS.meetings, BASIS.assemblyMeetings],
] as const;
const NOT_APPLICABLE = RULES.map(([rule, label, basis]) =>
  makeFinding(rule, label, 'not_applicable', M.text('assembly_na'), basis),
);

/** The four assembly findings of a villagers' committee, added to `out`. @internal */
export function assembly(c: Assembly, ctx: CommitteeContext, out: CommitteeFinding[]): void {
  const scope = ctx.scope;
  const has = c.representativeAssembly;
  if (has === undefined) {
    const text = missingText(scope, ['representativeAssembly']);
    for (const [rule, label, basis] of RULES)
      out.push(
        missingFinding(scope, makeFinding(rule, label, 'undetermined', text, basis, ['representativeAssembly'])),
      );
    return;
  }
  if (!has) {
    for (const f of NOT_APPLICABLE) out.push(traced(scope, f));
    return;
  }
  const reads = readGroup(scope, IDS);
  if (!isRead(reads)) {
    const text = missingText(scope, reads);
    for (const [rule, label, basis] of RULES)
      out.push(traced(scope, makeFinding(rule, label, 'undetermined', text, basis, reads)));
    return;
  }
  const m = derivedFrom(reads, model);
  out.push(representation(c, m, ctx), repShare(c, m, ctx), womenShare(c, m, ctx), meetings(c, m, ctx));
}

function need(
  m: Model,
  ctx: CommitteeContext,
  rule: string,
  label: { zh: string; en: string },
  basis: typeof BASIS.representatives,
  fields: readonly string[],
): CommitteeFinding {
  const scope = ctx.scope;
  return missingFinding(
    scope,
    m.cache.get(`${rule}|${fields.join(',')}`, () =>
      makeFinding(rule, label, 'undetermined', missingText(scope, fields), basis, fields),
    ),
  );
}

const UNKNOWN_CHOICE: readonly string[] = Object.freeze(['representativesChosenBy']);
const BY_GROUPS = /* @__PURE__ */ makeFinding(
  'assembly.representation',
  ASSEMBLY_LABELS.representation,
  'not_applicable',
  M.text('representation_groups'),
  BASIS.representatives,
);

function representation(c: Assembly, m: Model, ctx: CommitteeContext): CommitteeFinding {
  const rule = 'assembly.representation';
  const L = ASSEMBLY_LABELS.representation;
  if (c.representativesChosenBy === 'groups') return traced(ctx.scope, BY_GROUPS);
  const h = c.households;
  const reps = c.representatives;
  if (h === undefined || reps === undefined)
    return need(m, ctx, rule, L, BASIS.representatives, [
      ...(h === undefined ? ['households'] : []),
      ...(reps === undefined ? ['representatives'] : []),
    ]);
  const { min, max } = m.households;
  const ok = min * reps <= h && h <= max * reps;
  const chosen = c.representativesChosenBy;
  if (!ok && chosen === undefined) {
    ctx.scope.need('representativesChosenBy', missingLabel(ctx.scope, 'representativesChosenBy'));
  }
  // Keyed by households, representatives and whether the way they were chosen is known: one small integer while
  // they fit (a string beyond).
  const state = ok ? 0 : chosen === undefined ? 1 : 2;
  const key = h < 2 ** 14 && reps < 2 ** 14 ? (h * 2 ** 14 + reps) * 4 + state : `${h}|${reps}|${state}`;
  return traced(ctx.scope, m.byRatio.get(key, ratioFinding, h, reps, m, state));
}

function ratioFinding(h: number, reps: number, m: Model, state: number): CommitteeFinding {
  const { min, max } = m.households;
  const L = ASSEMBLY_LABELS.representation;
  const p = { households: h, reps, min, max, low: Math.ceil(h / max), high: Math.floor(h / min) };
  if (state === 0)
    return makeFinding('assembly.representation', L, 'pass', M.text('representation_pass', p), BASIS.representatives);
  if (state === 1)
    return makeFinding(
      'assembly.representation',
      L,
      'undetermined',
      M.text('representation_unknown', { ...p, field: committeeRecord.fields.representativesChosenBy!.label }),
      BASIS.representatives,
      UNKNOWN_CHOICE,
    );
  return makeFinding('assembly.representation', L, 'fail', M.text('representation_fail', p), BASIS.representatives);
}

function repShare(c: Assembly, m: Model, ctx: CommitteeContext): CommitteeFinding {
  const rule = 'assembly.representativeShare';
  const L = ASSEMBLY_LABELS.representativeShare;
  const reps = c.representatives;
  const members = c.memberCount;
  if (reps === undefined || members === undefined)
    return need(m, ctx, rule, L, BASIS.assemblyShares, [
      ...(reps === undefined ? ['representatives'] : []),
      ...(members === undefined ? ['memberCount'] : []),
    ]);
  // Representatives and members are small counts: one number keys both (a string beyond).
  return traced(
    ctx.scope,
    m.byShare.get(
      reps < 2 ** 15 && members < 2 ** 15 ? reps * 2 ** 15 + members : `${reps}|${members}`,
      shareFinding,
      reps,
      members,
      m.reps,
      'rep_share' as const,
    ),
  );
}

function shareFinding(
  part: number,
  other: number,
  rule: ExactShare,
  code: 'rep_share' | 'women_share',
): CommitteeFinding {
  // For representatives the whole is them and the members; for women representatives `other` is already the whole.
  const whole = code === 'rep_share' ? part + other : other;
  const met = meetsShare(part, whole, rule);
  const label = code === 'rep_share' ? ASSEMBLY_LABELS.representativeShare : ASSEMBLY_LABELS.womenShare;
  return makeFinding(
    code === 'rep_share' ? 'assembly.representativeShare' : 'assembly.womenShare',
    label,
    met ? 'pass' : 'fail',
    M.text(code, { part, whole, share: shareText(rule), least: leastShare(whole, rule)!, met }),
    BASIS.assemblyShares,
  );
}

function womenShare(c: Assembly, m: Model, ctx: CommitteeContext): CommitteeFinding {
  const rule = 'assembly.womenShare';
  const L = ASSEMBLY_LABELS.womenShare;
  const women = c.womenRepresentatives;
  const reps = c.representatives;
  const members = c.memberCount;
  if (women === undefined || reps === undefined || members === undefined) {
    return need(m, ctx, rule, L, BASIS.assemblyShares, [
      ...(women === undefined ? ['womenRepresentatives'] : []),
      ...(reps === undefined ? ['representatives'] : []),
      ...(members === undefined ? ['memberCount'] : []),
    ]);
  }
  const whole = reps + members;
  return traced(
    ctx.scope,
    m.byWomen.get(
      women < 2 ** 15 && whole < 2 ** 15 ? women * 2 ** 15 + whole : `${women}|${whole}`,
      shareFinding,
      women,
      whole,
      m.women,
      'women_share' as const,
    ),
  );
}

function meetings(c: Assembly, m: Model, ctx: CommitteeContext): CommitteeFinding {
  const rule = 'assembly.meetings';
  const L = ASSEMBLY_LABELS.meetings;
  const dates = c.assemblyMeetings;
  if (dates === undefined) return need(m, ctx, rule, L, BASIS.assemblyMeetings, ['assemblyMeetings']);
  const asOf = ctx.scope.asOf;
  const first = firstQuarter(asOf);
  // Meetings in each of the four quarters (a count per quarter, 8 bits each, up to 255).
  let counts = 0;
  for (const d of dates) {
    if (d > asOf) continue;
    const i = quarterOf(d) - first;
    if (i >= 0 && i < 4 && ((counts >>> (8 * i)) & 0xff) < 0xff) counts += 1 << (8 * i);
  }
  let missed = 0;
  for (let i = 0; i < 4; i++) if (((counts >>> (8 * i)) & 0xff) < m.perQuarter) missed |= 1 << i;
  return traced(ctx.scope, m.byMissed.get(missed, meetingsFinding, missed, asOf, m.perQuarter));
}

function meetingsFinding(missed: number, asOf: string, per: number): CommitteeFinding {
  const quarters = quartersBefore(asOf);
  const L = ASSEMBLY_LABELS.meetings;
  return missed === 0
    ? makeFinding(
        'assembly.meetings',
        L,
        'pass',
        M.text('meetings_pass', { quarters: quarters.map(quarterLabel), per }),
        BASIS.assemblyMeetings,
      )
    : makeFinding(
        'assembly.meetings',
        L,
        'fail',
        M.text('meetings_fail', {
          missed: quarters.filter((_, i) => (missed & (1 << i)) !== 0).map(quarterLabel),
          per,
        }),
        BASIS.assemblyMeetings,
      );
}
