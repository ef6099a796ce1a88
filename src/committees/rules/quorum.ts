/**
 * Meetings (村委会组织法 第二十一条第二款、第二十二条第一款、第二十六条第二款、第二十八条第一款; 居委会组织法 第九条第三款):
 * - 村民会议: 十八周岁以上村民的过半数, or 三分之二以上的户的代表 (either suffices); decisions 到会人员的过半数;
 *   announced 提前十天;
 * - 村民代表会议: 三分之二以上的组成人员; decisions 到会人员的过半数;
 * - 村民小组会议: 十八周岁以上的村民三分之二以上, or 三分之二以上的户的代表; decisions 到会人员的过半数;
 * - 居民会议: 全体十八周岁以上的居民、户的代表或者居民小组选举的代表的过半数 (whichever form the meeting takes);
 *   decisions 出席人的过半数.
 * Shares are compared exactly in integers ("过半数" excludes exactly half; "三分之二以上" includes exactly 2/3). A
 * decision is checked only when a vote is given; its base is everyone present (`attendees`, or the one attendance
 * count given).
 * @module
 * @internal
 */
import {
  derived,
  leastShare,
  meetsShare,
  parseShareRule,
  periodBefore,
  type Bilingual,
  type ExactShare,
  type ParameterRead,
} from '../../core/index.js';
import { BASIS } from '../basis.js';
import { badParameter, isRead, missingFinding, missingText, readGroup, type CommitteeContext } from '../context.js';
import { makeFinding, traced, type CommitteeFinding } from '../finding.js';
import { committeeMessages as M } from '../messages.js';
import { meetingRecord, type MeetingInput, type MeetingKind } from '../records.js';

const LABELS = {
  quorum: { zh: '到会人数', en: 'Quorum' },
  decision: { zh: '表决', en: 'Decision' },
  notice: { zh: '提前通知', en: 'Notice' },
};
const PARAM: Readonly<Record<MeetingKind, string>> = {
  villagers_meeting: 'selfgov.quorum.villagersMeeting',
  representative_assembly: 'selfgov.quorum.representativeAssembly',
  villager_group_meeting: 'selfgov.quorum.villagerGroupMeeting',
  residents_meeting: 'selfgov.quorum.residentsMeeting',
};
const BASES = {
  villagers_meeting: BASIS.villagersMeeting,
  representative_assembly: BASIS.assemblyQuorum,
  villager_group_meeting: BASIS.groupMeeting,
  residents_meeting: BASIS.residentsMeeting,
} as const;

type Branch = 'adults' | 'households' | 'members' | 'present';
const PAIRS: Readonly<
  Record<
    'adults' | 'households' | 'members',
    readonly [
      'adults' | 'households' | 'members',
      'adultsPresent' | 'householdsRepresented' | 'membersPresent',
      Bilingual,
    ]
  >
> = {
  adults: ['adults', 'adultsPresent', { zh: '十八周岁以上的村（居）民|人', en: 'adults' }],
  households: [
    'households',
    'householdsRepresented',
    { zh: '户的代表|户', en: 'households (by their representatives)' },
  ],
  members: ['members', 'membersPresent', { zh: '组成人员（代表）|人', en: 'members (delegates)' }],
};

/** The shares of one meeting kind. */
function sharesOf(read: ParameterRead): Readonly<Partial<Record<Branch | 'decision', ExactShare>>> {
  const v = read.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return badParameter(read, { zh: '应为各项比例的表', en: 'expected a table of shares' });
  const out: Partial<Record<Branch | 'decision', ExactShare>> = {};
  for (const [k, s] of Object.entries(v)) {
    if (!['adults', 'households', 'members', 'present', 'decision'].includes(k))
      badParameter(read, { zh: '含有未知的项目', en: `unknown key ${k.slice(0, 20)}` });
    out[k as Branch | 'decision'] = parseShareRule(s, ['parameters', read.id, 'value', k]);
  }
  if (out.decision === undefined) badParameter(read, { zh: '缺少表决比例', en: 'no decision share' });
  return out;
}

const shareText = (s: ExactShare) => ({ numerator: s.numerator, denominator: s.denominator, bound: s.bound });

/** The findings of a meeting: quorum, decision, and for a 村民会议 the notice. @internal */
export function meetingFindings(m: MeetingInput, ctx: CommitteeContext): CommitteeFinding[] {
  const scope = ctx.scope;
  const basis = BASES[m.kind];
  const ids = [
    PARAM[m.kind]!,
    ...(m.kind === 'villagers_meeting' ? ['selfgov.meetingNoticeDays', 'selfgov.nthDayBeforeInTime'] : []),
  ];
  const reads = readGroup(scope, derivedIds(ids));
  if (!isRead(reads)) {
    const text = missingText(scope, reads);
    return [
      traced(scope, makeFinding('meeting.quorum', LABELS.quorum, 'undetermined', text, basis, reads)),
      traced(scope, makeFinding('meeting.decision', LABELS.decision, 'undetermined', text, basis, reads)),
    ];
  }
  const shares = derived(reads[0]!, sharesOf);
  const label = (f: string) => meetingRecord.fields[f]!.label;
  const need = (rule: string, l: Bilingual, fields: readonly string[], b = basis) =>
    missingFinding(scope, makeFinding(rule, l, 'undetermined', missingText(scope, fields, label), b, fields), label);
  // Quorum: every branch the law allows for this kind; any one met suffices.
  const branches: ('adults' | 'households' | 'members')[] =
    m.kind === 'representative_assembly'
      ? ['members']
      : m.kind === 'residents_meeting'
        ? ['adults', 'households', 'members']
        : ['adults', 'households'];
  const parts: string[] = [];
  const partsEn: string[] = [];
  let met = false;
  const open: string[] = [];
  let presentCount: number | undefined;
  let given = 0;
  for (const b of branches) {
    const [total, present, who] = PAIRS[b];
    const t = m[total];
    const p = m[present];
    if (p !== undefined) {
      presentCount = p;
      given++;
    }
    const share = shares[m.kind === 'residents_meeting' ? 'present' : b];
    if (share === undefined) badParameter(reads[0]!, { zh: '缺少到会比例', en: `no share for ${b}` });
    if (t === undefined || p === undefined) {
      // For a residents' meeting only the form it took is asked for: an absent form is not missing.
      if (m.kind !== 'residents_meeting')
        open.push(...(t === undefined ? [total] : []), ...(p === undefined ? [present] : []));
      continue;
    }
    const ok = meetsShare(p, t, share);
    met ||= ok;
    const text = M.text('quorum_share', {
      part: p,
      whole: t,
      share: shareText(share),
      least: leastShare(t, share)!,
      who,
      met: ok,
    });
    parts.push(text.zh);
    partsEn.push(text.en);
  }
  let quorum: CommitteeFinding;
  if (parts.length === 0)
    quorum = need('meeting.quorum', LABELS.quorum, m.kind === 'residents_meeting' ? ['adults', 'adultsPresent'] : open);
  else if (met)
    quorum = traced(
      scope,
      makeFinding(
        'meeting.quorum',
        LABELS.quorum,
        'pass',
        joined(parts, partsEn, branches.length > 1 && m.kind !== 'residents_meeting', true),
        basis,
      ),
    );
  else if (open.length > 0) quorum = need('meeting.quorum', LABELS.quorum, open);
  else
    quorum = traced(
      scope,
      makeFinding(
        'meeting.quorum',
        LABELS.quorum,
        'fail',
        joined(parts, partsEn, branches.length > 1 && m.kind !== 'residents_meeting', false),
        basis,
      ),
    );
  const out = [quorum];
  // Decision: only when a vote is given.
  if (m.votesFor === undefined)
    out.push(
      traced(scope, makeFinding('meeting.decision', LABELS.decision, 'not_applicable', M.text('decision_na'), basis)),
    );
  else {
    const whole = m.attendees ?? (given === 1 ? presentCount : undefined);
    if (whole === undefined) out.push(need('meeting.decision', LABELS.decision, ['attendees']));
    else {
      const s = shares.decision!;
      const ok = meetsShare(m.votesFor, whole, s);
      out.push(
        traced(
          scope,
          makeFinding(
            'meeting.decision',
            LABELS.decision,
            ok ? 'pass' : 'fail',
            M.text('decision_share', {
              part: m.votesFor,
              whole,
              share: shareText(s),
              least: leastShare(whole, s)!,
              met: ok,
            }),
            basis,
          ),
        ),
      );
    }
  }
  if (m.kind === 'villagers_meeting') {
    if (m.heldOn === undefined || m.noticeGivenOn === undefined)
      out.push(
        traced(
          scope,
          makeFinding('meeting.notice', LABELS.notice, 'not_applicable', M.text('notice_na'), BASIS.meetingNotice),
        ),
      );
    else {
      const days = reads[1]!.value;
      if (typeof days !== 'number' || !Number.isSafeInteger(days) || days < 1)
        badParameter(reads[1]!, { zh: '应为正整数', en: 'expected a whole number >= 1' });
      const latest = latestBefore(m.heldOn, days, reads[2]!);
      const ok = m.noticeGivenOn <= latest;
      out.push(
        traced(
          scope,
          makeFinding(
            'meeting.notice',
            LABELS.notice,
            ok ? 'pass' : 'fail',
            M.text('notice_check', { given: m.noticeGivenOn, held: m.heldOn, days, latest, met: ok }),
            BASIS.meetingNotice,
          ),
        ),
      );
    }
  }
  return out;
}

function joined(zh: readonly string[], en: readonly string[], either: boolean, met: boolean): Bilingual {
  if (!either || zh.length === 1) return { zh: zh.join('；'), en: en.join('; ') };
  const t = M.text('quorum_either', { parts: zh, met });
  const e = M.text('quorum_either', { parts: en, met });
  return { zh: t.zh, en: e.en };
}

/** The last day something "n 日前" an event may happen, under the declared reading. @internal */
export function latestBefore(event: string, days: number, reading: ParameterRead): string {
  if (typeof reading.value !== 'boolean') badParameter(reading, { zh: '应为是或否', en: 'expected true or false' });
  const day = periodBefore(event, { days }).day;
  return reading.value ? day : periodBefore(day, { days: 1 }).day;
}

// One frozen list per list of ids, so the parameter group is the same array each time (see Scope.params).
const idLists = new Map<string, readonly string[]>();
function derivedIds(ids: readonly string[]): readonly string[] {
  const key = ids.join('|');
  let l = idLists.get(key);
  if (l === undefined) idLists.set(key, (l = Object.freeze([...ids])));
  return l;
}
