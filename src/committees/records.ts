/**
 * The inputs of the committees engine, built from the `committee` entity: a committee as it is (the standard check
 * adds the host's checklist marks); the assembly, disclosure and facility checks pick the facts they read; a meeting,
 * an election's dates and an election's votes are records of their own.
 * @module
 */
import { defineRecord, fields, type RecordDef, type RecordOutput, type RefineContext } from '../core/index.js';
import { committeeCountOrder, committeeRecord, type Committee } from '../entities/committee.js';
import { countField, divisionCodeField, idField } from '../entities/fields.js';
import { inconsistent } from '../entities/messages.js';
import { committeeMessages as M } from './messages.js';

const b = (zh: string, en: string) => ({ zh, en });

/** A committee as the checks read it (the `committee` entity). @category Committees */
export const committeeCheckRecord: RecordDef<Committee> = committeeRecord;

const checklistMark = /* @__PURE__ */ defineRecord(
  'committee-checklist-mark',
  b('清单项目评估', 'Checklist mark'),
  {
    itemId: idField().label('清单项目编号', 'Checklist item'),
    met: fields.boolean().optional().label('是否达标', 'Met'),
  },
  { unknownKeys: 'strict' },
);

/** Refuses a checklist item given twice. */
function checklistOnce(list: readonly { readonly itemId: string }[], ctx: RefineContext): void {
  const seen = new Set<string>();
  list.forEach((m, i) => {
    if (seen.has(m.itemId))
      ctx.add(M.issue('checklist_twice', [...ctx.path, 'checklist', i, 'itemId'], { item: m.itemId.slice(0, 40) }));
    seen.add(m.itemId);
  });
}

/**
 * The input of `checkCommittee`: a committee and, where the host has a checklist, each item's mark (absent `met`: not
 * assessed).
 * @category Committees
 */
export const committeeStandardRecord = /* @__PURE__ */ committeeRecord.extend(
  'committee-standard',
  b('村（居）委会标准化核查', 'Committee standardization check'),
  {
    checklist: fields
      .array(fields.object(checklistMark).label('清单项目评估', 'Checklist mark'))
      .optional()
      .label('使用方清单', 'Host checklist'),
  },
  {
    unknownKeys: 'strict',
    refine(c, ctx) {
      committeeCountOrder(c, ctx);
      if (c.checklist !== undefined) checklistOnce(c.checklist, ctx);
    },
  },
);

/** The input of `checkCommittee`. @category Committees */
export type CommitteeStandardInput = RecordOutput<typeof committeeStandardRecord>;

const pickWith = <K extends keyof Committee & string>(
  name: string,
  label: { zh: string; en: string },
  keys: readonly K[],
) =>
  committeeRecord
    .pick(name, keys)
    .extend(name, label, {}, { unknownKeys: 'strict', refine: (c, ctx) => committeeCountOrder(c, ctx) });

/** The input of `checkRepresentativeAssembly`: the village's households, committee members and assembly facts. @category Committees */
export const assemblyRecord = /* @__PURE__ */ pickWith(
  'committee-assembly',
  b('村民代表会议', 'Representative assembly'),
  [
    'id',
    'divisionCode',
    'name',
    'kind',
    'households',
    'memberCount',
    'representativeAssembly',
    'representatives',
    'womenRepresentatives',
    'representativesChosenBy',
    'assemblyMeetings',
  ],
);

/** The input of `checkRepresentativeAssembly`. @category Committees */
export type AssemblyInput = RecordOutput<typeof assemblyRecord>;

/** The input of `disclosureDue`: the dates of the latest disclosures and review. @category Committees */
export const disclosureRecord = /* @__PURE__ */ pickWith(
  'committee-disclosure',
  b('村务公开和民主评议', 'Disclosure and democratic review'),
  [
    'id',
    'divisionCode',
    'name',
    'kind',
    'generalDisclosedOn',
    'financeFrequent',
    'financeDisclosedOn',
    'democraticReviewOn',
  ],
);

/** The input of `disclosureDue`. @category Committees */
export type DisclosureInput = RecordOutput<typeof disclosureRecord>;

/** The input of `facilityAdequacy`: households and the facility's areas. @category Committees */
export const facilityRecord = /* @__PURE__ */ pickWith(
  'committee-facility',
  b('社区综合服务设施', 'Community service facility'),
  ['id', 'divisionCode', 'name', 'kind', 'households', 'serviceArea', 'activityArea'],
);

/** The input of `facilityAdequacy`. @category Committees */
export type FacilityInput = RecordOutput<typeof facilityRecord>;

/**
 * Meetings with a quorum in the organic laws: 村民会议 (村委会组织法 第二十二条), 村民代表会议 (第二十六条), 村民小组会议
 * (第二十八条), 居民会议 (居委会组织法 第九条).
 * @category Committees
 */
export const MEETING_KINDS = [
  'villagers_meeting',
  'representative_assembly',
  'villager_group_meeting',
  'residents_meeting',
] as const;

/** A kind of meeting. @category Committees */
export type MeetingKind = (typeof MEETING_KINDS)[number];

/**
 * Labels of {@link MeetingKind}.
 * @category Committees
 */
export const meetingKindLabels: Readonly<Record<MeetingKind, { readonly zh: string; readonly en: string }>> = {
  villagers_meeting: b('村民会议', "Villagers' meeting"),
  representative_assembly: b('村民代表会议', 'Representative assembly'),
  villager_group_meeting: b('村民小组会议', 'Villager group meeting'),
  residents_meeting: b('居民会议', "Residents' meeting"),
};

const meetingShape = {
  id: idField().optional().label('编号', 'Id'),
  kind: fields.enum(MEETING_KINDS, meetingKindLabels).label('会议类型', 'Meeting'),
  heldOn: fields.date().optional().label('召开日期', 'Held on'),
  noticeGivenOn: fields.date().optional().label('通知日期', 'Notice given on'),
  adults: countField().optional().label('十八周岁以上的村（居）民人数', 'Adults'),
  adultsPresent: countField().optional().label('到会的十八周岁以上村（居）民人数', 'Adults present'),
  households: countField().optional().label('户数', 'Households'),
  householdsRepresented: countField().optional().label('到会的户的代表人数', 'Households represented'),
  members: countField().optional().label('组成人员（代表）人数', 'Members (delegates)'),
  membersPresent: countField().optional().label('到会的组成人员（代表）人数', 'Members (delegates) present'),
  attendees: countField().optional().label('到会人员总数', 'Everyone present'),
  votesFor: countField().optional().label('赞成人数', 'In favour'),
};
const ML = Object.fromEntries(Object.entries(meetingShape).map(([k, f]) => [k, f.def.label])) as {
  [K in keyof typeof meetingShape]: { zh: string; en: string };
};

/**
 * A meeting: its kind, the counts its quorum is measured on and, when a decision was voted, those present and in
 * favour. Counts that cannot be are refused (more present than eligible, more in favour than present, notice after the
 * meeting).
 * @category Committees
 */
export const meetingRecord = /* @__PURE__ */ defineRecord('committee-meeting', b('会议', 'Meeting'), meetingShape, {
  unknownKeys: 'strict',
  description: b(
    '村民会议、村民代表会议、村民小组会议或居民会议。另须满足：到会人数不多于应到人数，赞成人数不多于到会人数，通知日期不晚于召开日期。',
    'A villagers’, representative, group or residents’ meeting. Also checked: no more present than eligible, no more in favour than present, notice no later than the meeting.',
  ),
  refine(m, ctx) {
    const over = (
      field: keyof typeof ML,
      value: number | undefined,
      limit: keyof typeof ML,
      max: number | undefined,
    ) => {
      if (value !== undefined && max !== undefined && value > max)
        inconsistent(ctx, [field], 'count_exceeds', { field: ML[field], value, limit: ML[limit], max });
    };
    over('adultsPresent', m.adultsPresent, 'adults', m.adults);
    over('householdsRepresented', m.householdsRepresented, 'households', m.households);
    over('membersPresent', m.membersPresent, 'members', m.members);
    over('votesFor', m.votesFor, 'attendees', m.attendees);
    if (m.noticeGivenOn !== undefined && m.heldOn !== undefined && m.heldOn < m.noticeGivenOn)
      inconsistent(ctx, ['noticeGivenOn'], 'date_order', { later: ML.heldOn, earlier: ML.noticeGivenOn });
  },
});

/** The input of `checkMeetingQuorum`. @category Committees */
export type MeetingInput = RecordOutput<typeof meetingRecord>;

const objection = /* @__PURE__ */ defineRecord(
  'committee-election-objection',
  b('对选民名单的申诉', 'Objection to the voter list'),
  {
    receivedOn: fields.date().label('收到申诉日期', 'Objection received on'),
    decidedOn: fields.date().optional().label('作出处理决定日期', 'Decided on'),
  },
  {
    unknownKeys: 'strict',
    refine(o, ctx) {
      if (o.decidedOn !== undefined && o.decidedOn < o.receivedOn)
        inconsistent(ctx, ['decidedOn'], 'date_order', {
          later: b('作出处理决定日期', 'Decided on'),
          earlier: b('收到申诉日期', 'Objection received on'),
        });
    },
  },
);

const electionShape = {
  id: idField().optional().label('编号', 'Id'),
  divisionCode: divisionCodeField(['village']).optional().label('村区划代码', 'Village division code'),
  electionDay: fields.date().label('选举日', 'Election day'),
  voterListPublishedOn: fields.date().optional().label('选民名单公布日期', 'Voter list published on'),
  objections: fields.array(fields.object(objection).label('申诉', 'Objection')).optional().label('申诉', 'Objections'),
  constitutedOn: fields.date().optional().label('新一届委员会产生日期', 'New committee constituted on'),
  handoverCompletedOn: fields.date().optional().label('工作移交完成日期', 'Handover completed on'),
};
const EL = {
  electionDay: electionShape.electionDay.def.label,
  voterListPublishedOn: electionShape.voterListPublishedOn.def.label,
  constitutedOn: electionShape.constitutedOn.def.label,
  handoverCompletedOn: electionShape.handoverCompletedOn.def.label,
  receivedOn: b('收到申诉日期', 'Objection received on'),
};

/**
 * The dates of a 村民委员会 election: the election day and, when known, the day the voter list was published, the
 * objections, the day the new committee was constituted and the day the handover was completed. Dates out of order
 * are refused, naming the article that orders them.
 * @category Committees
 */
export const electionRecord = /* @__PURE__ */ defineRecord(
  'committee-election',
  b('村民委员会选举', "Villagers' committee election"),
  electionShape,
  {
    unknownKeys: 'strict',
    description: b(
      '村民委员会选举的日期。另须满足：选民名单在选举日以前公布（第十四条）；申诉不早于名单公布；新一届委员会不早于选举日产生；工作移交不早于新一届委员会产生（第二十条）。',
      'The dates of a villagers’ committee election. Also checked: the voter list before the election (art. 14); objections after its publication; the new committee no earlier than the election; the handover no earlier than the new committee (art. 20).',
    ),
    refine(e, ctx) {
      const basis14 = b('村民委员会组织法第十四条', 'art. 14'),
        basis20 = b('村民委员会组织法第二十条', 'art. 20');
      if (e.voterListPublishedOn !== undefined && e.voterListPublishedOn > e.electionDay)
        inconsistent(ctx, ['voterListPublishedOn'], 'date_order_article', {
          later: EL.electionDay,
          earlier: EL.voterListPublishedOn,
          basis: basis14,
        });
      e.objections?.forEach((o, i) => {
        if (e.voterListPublishedOn !== undefined && o.receivedOn < e.voterListPublishedOn)
          inconsistent(ctx, ['objections', i, 'receivedOn'], 'date_order_article', {
            later: EL.receivedOn,
            earlier: EL.voterListPublishedOn,
            basis: basis14,
          });
      });
      if (e.constitutedOn !== undefined && e.constitutedOn < e.electionDay)
        inconsistent(ctx, ['constitutedOn'], 'date_order', { later: EL.constitutedOn, earlier: EL.electionDay });
      const from = e.constitutedOn ?? e.electionDay;
      if (e.handoverCompletedOn !== undefined && e.handoverCompletedOn < from)
        inconsistent(ctx, ['handoverCompletedOn'], 'date_order_article', {
          later: EL.handoverCompletedOn,
          earlier: e.constitutedOn === undefined ? EL.electionDay : EL.constitutedOn,
          basis: basis20,
        });
    },
  },
);

/** The input of `electionSchedule` (or just the election day). @category Committees */
export type ElectionInput = RecordOutput<typeof electionRecord>;

/**
 * Votes counted under 村委会组织法 第十五条 and 第十六条: an election, a run-off (另行选举) or a recall (罢免).
 * @category Committees
 */
export const BALLOT_KINDS = ['election', 'runoff', 'recall'] as const;

/** A kind of vote. @category Committees */
export type BallotKind = (typeof BALLOT_KINDS)[number];

/**
 * Labels of {@link BallotKind}.
 * @category Committees
 */
export const ballotKindLabels: Readonly<Record<BallotKind, { readonly zh: string; readonly en: string }>> = {
  election: b('选举', 'Election'),
  runoff: b('另行选举', 'Run-off'),
  recall: b('罢免', 'Recall'),
};

const candidate = /* @__PURE__ */ defineRecord(
  'committee-candidate',
  b('候选人', 'Candidate'),
  { name: fields.text().optional().label('姓名', 'Name'), votes: countField().label('得票数', 'Votes') },
  { unknownKeys: 'strict' },
);

const ballotShape = {
  id: idField().optional().label('编号', 'Id'),
  kind: fields.enum(BALLOT_KINDS, ballotKindLabels).label('投票类型', 'Vote'),
  registeredVoters: countField().optional().label('登记参加选举的村民人数', 'Registered voters'),
  ballotsCast: countField().optional().label('参加投票的村民人数', 'Voters who voted'),
  candidates: fields
    .array(fields.object(candidate).label('候选人', 'Candidate'))
    .optional()
    .label('候选人', 'Candidates'),
  votesFor: countField().optional().label('赞成罢免票数', 'Votes for the recall'),
};
const BL = Object.fromEntries(Object.entries(ballotShape).map(([k, f]) => [k, f.def.label])) as {
  [K in keyof typeof ballotShape]: { zh: string; en: string };
};

/**
 * The counts of a vote: registered voters, those who voted and, for an election or run-off, each candidate's votes;
 * for a recall, the votes in favour. Counts that cannot be are refused (more voting than registered, a candidate or
 * the recall with more votes than voters); candidates on a recall or votes for a recall on an election too.
 * @category Committees
 */
export const ballotRecord = /* @__PURE__ */ defineRecord(
  'committee-ballot',
  b('选举或罢免的票数', 'Votes of an election or recall'),
  ballotShape,
  {
    unknownKeys: 'strict',
    description: b(
      '选举、另行选举或罢免的票数。另须满足：投票人数不多于登记人数；候选人得票、赞成罢免票数不多于投票人数；候选人只用于选举和另行选举，赞成罢免票数只用于罢免。',
      'The counts of an election, run-off or recall. Also checked: no more voting than registered; no candidate and no recall with more votes than voters; candidates only for an election or run-off, votes for a recall only for a recall.',
    ),
    refine(v, ctx) {
      if (v.ballotsCast !== undefined && v.registeredVoters !== undefined && v.ballotsCast > v.registeredVoters) {
        inconsistent(ctx, ['ballotsCast'], 'count_exceeds', {
          field: BL.ballotsCast,
          value: v.ballotsCast,
          limit: BL.registeredVoters,
          max: v.registeredVoters,
        });
      }
      v.candidates?.forEach((c, i) => {
        if (v.ballotsCast !== undefined && c.votes > v.ballotsCast)
          inconsistent(ctx, ['candidates', i, 'votes'], 'count_exceeds', {
            field: b('得票数', 'Votes'),
            value: c.votes,
            limit: BL.ballotsCast,
            max: v.ballotsCast,
          });
      });
      if (v.votesFor !== undefined && v.ballotsCast !== undefined && v.votesFor > v.ballotsCast) {
        inconsistent(ctx, ['votesFor'], 'count_exceeds', {
          field: BL.votesFor,
          value: v.votesFor,
          limit: BL.ballotsCast,
          max: v.ballotsCast,
        });
      }
      if (v.kind === 'recall' && v.candidates !== undefined)
        inconsistent(ctx, ['candidates'], 'only_for_kinds', {
          field: BL.candidates,
          kinds: [ballotKindLabels.election, ballotKindLabels.runoff],
        });
      if (v.kind !== 'recall' && v.votesFor !== undefined)
        inconsistent(ctx, ['votesFor'], 'only_for_kinds', { field: BL.votesFor, kinds: [ballotKindLabels.recall] });
    },
  },
);

/** The input of `checkElectionResult`. @category Committees */
export type BallotInput = RecordOutput<typeof ballotRecord>;

export type { Committee };
