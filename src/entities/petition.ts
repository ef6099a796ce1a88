/**
 * 信访事项 and 人民建议: the records of the department's 信访 and 人民建议征集 work, in the vocabulary of
 * 《信访工作条例》 (2022, source U2): how an item reached the office (art. 22, 23), its category (arts. 29–31) and, for
 * a 申诉求决类 item, the route of art. 31; and the dates of each step (收到, 告知, 受理, 办结, 复查, 复核) from which the
 * petitions engine counts the legal deadlines. A 人民建议 carries the elements a suggestion is expected to have
 * (U21, 上海 art. 10, a comparator) and what would exclude it (a personal claim, a matter for a legal procedure).
 * Dates must follow the order of the procedure; each refusal names the article that fixes the order.
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import type { Bilingual } from '../core/messages.js';
import { defineRecord, fields, type RecordOutput, type RefineContext } from '../core/record.js';
import { countField, idField, label, type ValueLabels } from './fields.js';
import { inconsistent } from './messages.js';

/**
 * How an item reached the office that keeps the record: 信访部门收到 (art. 22), 信访人直接提出 to another body
 * (art. 23 ¶1–2), or 转送、交办 by a 信访部门 or a superior body (art. 23 ¶3).
 * @category Entities
 */
export const PETITION_INTAKES = ['petition_office', 'direct', 'transferred'] as const;

/** How an item reached the office. @category Entities */
export type PetitionIntake = (typeof PETITION_INTAKES)[number];

/**
 * Labels of {@link PetitionIntake}.
 * @category Entities
 */
export const petitionIntakeLabels: ValueLabels<PetitionIntake> = {
  petition_office: label('信访部门收到', 'Received by a petition office'),
  direct: label('信访人直接提出', 'Submitted directly by the petitioner'),
  transferred: label('转送、交办', 'Transferred or assigned'),
};

/**
 * How a 台账 writes the intake: 转送 and 交办 apart (the label joins them: a clerk writing one was refused), and 转办.
 */
const intakeAliases: Readonly<Record<string, PetitionIntake>> = {
  转送: 'transferred',
  交办: 'transferred',
  转办: 'transferred',
};

/** Forms of a petition (art. 17): 信息网络, 书信, 电话, 传真, 走访. @category Entities */
export const PETITION_FORMS = ['online', 'letter', 'phone', 'fax', 'visit'] as const;

/** A form of petition. @category Entities */
export type PetitionForm = (typeof PETITION_FORMS)[number];

/**
 * Labels of {@link PetitionForm}.
 * @category Entities
 */
export const petitionFormLabels: ValueLabels<PetitionForm> = {
  online: label('信息网络', 'Online'),
  letter: label('书信', 'Letter'),
  phone: label('电话', 'Telephone'),
  fax: label('传真', 'Fax'),
  visit: label('走访', 'Visit'),
};

/** How 信访 work names the forms of art. 17 (来信, 来电, 来访, 网上信访). */
const formAliases: Readonly<Record<string, PetitionForm>> = {
  网上信访: 'online',
  网上: 'online',
  网络: 'online',
  来信: 'letter',
  信件: 'letter',
  来电: 'phone',
  来访: 'visit',
};

/** Categories of 信访事项 (arts. 29–31): 建议意见类, 检举控告类, 申诉求决类. @category Entities */
export const PETITION_CATEGORIES = ['suggestion', 'accusation', 'claim'] as const;

/** A category of 信访事项. @category Entities */
export type PetitionCategory = (typeof PETITION_CATEGORIES)[number];

/**
 * Labels of {@link PetitionCategory}.
 * @category Entities
 */
export const petitionCategoryLabels: ValueLabels<PetitionCategory> = {
  suggestion: label('建议意见类', 'Suggestion or opinion'),
  accusation: label('检举控告类', 'Report or accusation'),
  claim: label('申诉求决类', 'Complaint or claim'),
};

/**
 * The six routes of a 申诉求决类 item (art. 31), in the article's order: (一) court, reconsideration, procuratorial or
 * police procedure; (二) arbitration; (三) party member appeal or re-examination; (四) an administrative procedure;
 * (五) a request to act against a violation or to protect rights; (六) none of these: a 信访处理意见书, with the
 * 60-day limit of art. 34.
 * @category Entities
 */
export const PETITION_ROUTES = [
  'judicial',
  'arbitration',
  'party_appeal',
  'administrative',
  'protection_duty',
  'opinion',
] as const;

/** A route of art. 31. @category Entities */
export type PetitionRoute = (typeof PETITION_ROUTES)[number];

/**
 * Labels of {@link PetitionRoute}.
 * @category Entities
 */
export const petitionRouteLabels: ValueLabels<PetitionRoute> = {
  judicial: label(
    '第三十一条第一项：诉讼、复议、检察、公安程序',
    'Art. 31(1): court, reconsideration, procuratorial or police procedure',
  ),
  arbitration: label('第三十一条第二项：仲裁', 'Art. 31(2): arbitration'),
  party_appeal: label('第三十一条第三项：党员申诉、申请复审', 'Art. 31(3): party member appeal or re-examination'),
  administrative: label('第三十一条第四项：行政程序', 'Art. 31(4): administrative procedure'),
  protection_duty: label(
    '第三十一条第五项：查处违法行为、履行保护职责',
    'Art. 31(5): act against a violation or protect rights',
  ),
  opinion: label('第三十一条第六项：出具信访处理意见书', 'Art. 31(6): petition handling opinion'),
};

const NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;

/** The route's item number written the ways a 台账 writes it: 6, 六, （六）, (6), 第六项, 第6项. */
const routeAliases: Readonly<Record<string, PetitionRoute>> = Object.fromEntries(
  PETITION_ROUTES.flatMap((r, i) => {
    const n = String(i + 1);
    const c = NUMERALS[i]!;
    return [n, c, `（${c}）`, `(${c})`, `（${n}）`, `(${n})`, `第${c}项`, `第${n}项`].map((k) => [k, r] as const);
  }),
);

const d = (zh: string, en: string) => fields.date().optional().label(zh, en);

const petitionShape = {
  id: idField().optional().label('编号', 'Id'),
  office: fields.text().optional().label('承办单位', 'Office'),
  intake: fields.enum(PETITION_INTAKES, petitionIntakeLabels, intakeAliases).optional().label('收到方式', 'Intake'),
  form: fields.enum(PETITION_FORMS, petitionFormLabels, formAliases).optional().label('信访形式', 'Form'),
  category: fields.enum(PETITION_CATEGORIES, petitionCategoryLabels).optional().label('信访事项类别', 'Category'),
  route: fields
    .enum(PETITION_ROUTES, petitionRouteLabels, routeAliases)
    .optional()
    .label('申诉求决类办理途径', 'Route of a claim'),
  identityUnclear: fields
    .boolean()
    .optional()
    .label('信访人姓名（名称）、住址不清', 'Name or address unclear')
    .describe(
      '仅当姓名（名称）或住址不清时填“是”（第二十三条第二款的例外）；不填即姓名、住址清楚。',
      'True only when the name or address is unclear (the exception of art. 23 ¶2); absent means both are known.',
    ),
  visitors: countField().optional().label('走访人数', 'Number of visitors'),
  representatives: countField().optional().label('推选代表人数', 'Representatives elected'),
  receivedOn: d('收到日期', 'Received on'),
  routedOn: d('转送、交办日期', 'Transferred or assigned on'),
  noticeGivenOn: d('书面告知日期', 'Written notice given on'),
  objectedOn: d('提出异议日期', 'Objection raised on'),
  acceptedOn: d('受理日期', 'Accepted on'),
  extensionDays: fields
    .integer()
    .optional()
    .label('延长办理期限（日）', 'Extension (days)')
    .describe(
      '经负责人批准延长的天数；第三十四条：不得超过30日，且只适用于第三十一条第六项的事项（由信访引擎核对）。',
      'Days of extension approved; art. 34: at most 30, and only for items of art. 31(6) (checked by the petitions engine).',
    ),
  resolvedOn: d('办结日期', 'Resolved on'),
  answerReceivedOn: d('信访人收到书面答复日期', 'Written answer received on'),
  reviewRequestedOn: d('收到复查请求日期', 'Review request received on'),
  reviewDecidedOn: d('复查意见答复日期', 'Review opinion given on'),
  reviewAnswerReceivedOn: d('信访人收到复查意见日期', 'Review opinion received on'),
  reexamRequestedOn: d('收到复核请求日期', 'Re-examination request received on'),
  hearingDays: countField()
    .optional()
    .label('听证所需时间（日）', 'Hearing time (days)')
    .describe(
      '复核中举行听证所用的日数，不计入复核期限（第三十六条第二款）。',
      'Days taken by a hearing during re-examination, not counted in its period (art. 36 ¶2).',
    ),
  reexamDecidedOn: d('复核意见日期', 'Re-examination opinion given on'),
};

/** Fields of a petition record that are dates of the procedure. @internal */
export type PetitionDateField =
  | 'receivedOn'
  | 'routedOn'
  | 'noticeGivenOn'
  | 'objectedOn'
  | 'acceptedOn'
  | 'resolvedOn'
  | 'answerReceivedOn'
  | 'reviewRequestedOn'
  | 'reviewDecidedOn'
  | 'reviewAnswerReceivedOn'
  | 'reexamRequestedOn'
  | 'reexamDecidedOn';

const art = (n: string, en: string): Bilingual => label(`《信访工作条例》${n}`, `Regulations on Petition Work, ${en}`);

// The main line of the procedure, in order: each date is compared with the nearest earlier one given.
const CHAIN: readonly (readonly [PetitionDateField, Bilingual])[] = [
  ['receivedOn', art('第二十二条、第二十三条', 'arts. 22, 23')],
  ['acceptedOn', art('第二十二条、第二十三条', 'arts. 22, 23')],
  ['resolvedOn', art('第三十四条', 'art. 34')],
  ['answerReceivedOn', art('第三十五条', 'art. 35')],
  ['reviewRequestedOn', art('第三十五条', 'art. 35')],
  ['reviewDecidedOn', art('第三十五条', 'art. 35')],
  ['reviewAnswerReceivedOn', art('第三十六条', 'art. 36')],
  ['reexamRequestedOn', art('第三十六条', 'art. 36')],
  ['reexamDecidedOn', art('第三十六条', 'art. 36')],
];
// Steps counted from the receipt.
const FROM_RECEIPT: readonly (readonly [PetitionDateField, Bilingual])[] = [
  ['routedOn', art('第二十二条', 'art. 22')],
  ['noticeGivenOn', art('第二十三条', 'art. 23')],
  ['objectedOn', art('第二十三条第三款', 'art. 23 ¶3')],
];

type Dated = Partial<Record<PetitionDateField, string>>;

/**
 * The order of the procedure's dates (answer before receipt is refused, naming the article that orders them).
 * Written out field by field: it runs on every row of a 台账.
 * @internal
 */
export function petitionDateOrder(p: Dated, ctx: RefineContext, base: IssuePath = []): void {
  // The main line: each date against the nearest earlier one given.
  let last = p.receivedOn;
  let lastField: PetitionDateField = 'receivedOn';
  let v = p.acceptedOn;
  if (v !== undefined) {
    if (last !== undefined && v < last) refuse(ctx, base, 'acceptedOn', lastField, CHAIN[1]![1]);
    last = v;
    lastField = 'acceptedOn';
  }
  // Most rows end here: nothing after acceptance is given.
  if (
    p.resolvedOn !== undefined ||
    p.answerReceivedOn !== undefined ||
    p.reviewRequestedOn !== undefined ||
    p.reviewDecidedOn !== undefined ||
    p.reviewAnswerReceivedOn !== undefined ||
    p.reexamRequestedOn !== undefined ||
    p.reexamDecidedOn !== undefined
  ) {
    for (let i = 2; i < CHAIN.length; i++) {
      const [field, basis] = CHAIN[i]!;
      v = p[field];
      if (v === undefined) continue;
      if (last !== undefined && v < last) refuse(ctx, base, field, lastField, basis);
      last = v;
      lastField = field;
    }
  }
  const received = p.receivedOn;
  if (received === undefined) return;
  if (p.routedOn !== undefined && p.routedOn < received)
    refuse(ctx, base, 'routedOn', 'receivedOn', FROM_RECEIPT[0]![1]);
  if (p.noticeGivenOn !== undefined && p.noticeGivenOn < received)
    refuse(ctx, base, 'noticeGivenOn', 'receivedOn', FROM_RECEIPT[1]![1]);
  if (p.objectedOn !== undefined && p.objectedOn < received)
    refuse(ctx, base, 'objectedOn', 'receivedOn', FROM_RECEIPT[2]![1]);
}

function refuse(
  ctx: RefineContext,
  base: IssuePath,
  later: PetitionDateField,
  earlier: PetitionDateField,
  basis: Bilingual,
): void {
  inconsistent(ctx, [...base, later], 'date_order_article', {
    later: petitionShape[later].def.label,
    earlier: petitionShape[earlier].def.label,
    basis,
  });
}

/**
 * The record of a 信访事项 as an office's 台账 keeps it.
 * @category Entities
 */
export const petitionRecord = /* @__PURE__ */ defineRecord('petition', label('信访事项', 'Petition'), petitionShape, {
  unknownKeys: 'strict',
  description: label(
    '一件信访事项：收到方式、形式、类别（申诉求决类另有第三十一条的办理途径）及各环节日期。另须满足：各日期不得早于程序上的前一日期（收到、受理、办结、收到答复、复查请求、复查意见、收到复查意见、复核请求、复核意见依次；转送交办、书面告知、提出异议不早于收到）。',
    'One 信访事项: how it came in, its form, its category (with the route of art. 31 for a claim) and the date of each step. Also checked: no date is before the step it follows (received, accepted, resolved, answer received, review requested, review opinion, review opinion received, re-examination requested, re-examination opinion; routing, written notice and objection not before receipt).',
  ),
  refine: (p, ctx) => petitionDateOrder(p, ctx),
});

/** A 信访事项 (output of {@link parsePetition}). @category Entities */
export type Petition = RecordOutput<typeof petitionRecord>;

/**
 * Validates a 信访事项; throws a `PolicyError` (`invalid_type`, `required`, `text_length`, `invalid_date`,
 * `unknown_enum_value`, `unrecognized_keys`, `out_of_range`, `inconsistent` for dates out of the procedure's order).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parsePetition({ id: 'X-1', intake: '转送、交办', category: '申诉求决类', route: '六', receivedOn: '2026-02-10' }).route; // 'opinion'
 * parsePetition({ receivedOn: '2026-02-10', answerReceivedOn: '2026-02-01' }); // throws inconsistent (第三十五条)
 * ```
 */
export function parsePetition(value: unknown, path?: IssuePath): Petition {
  return petitionRecord.parse(value, path);
}

/**
 * Non-throwing {@link parsePetition}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParsePetition({ route: '第七项' }).success; // false: art. 31 has six routes
 * ```
 */
export function safeParsePetition(value: unknown, path?: IssuePath): SafeParseResult<Petition> {
  return petitionRecord.safeParse(value, path);
}

/**
 * Legal channels that exclude a matter from 人民建议 (U21 art. 10 ¶2, a comparator): 诉讼, 仲裁, 行政复议, another
 * legal procedure, or none.
 * @category Entities
 */
export const SUGGESTION_LEGAL_CHANNELS = [
  'litigation',
  'arbitration',
  'administrative_reconsideration',
  'other_legal',
  'none',
] as const;

/** A legal channel a matter should go through. @category Entities */
export type SuggestionLegalChannel = (typeof SUGGESTION_LEGAL_CHANNELS)[number];

/**
 * Labels of {@link SuggestionLegalChannel}.
 * @category Entities
 */
export const suggestionLegalChannelLabels: ValueLabels<SuggestionLegalChannel> = {
  litigation: label('诉讼', 'Litigation'),
  arbitration: label('仲裁', 'Arbitration'),
  administrative_reconsideration: label('行政复议', 'Administrative reconsideration'),
  other_legal: label('其他法定途径', 'Another legal procedure'),
  none: label('无', 'None'),
};

/** What became of a suggestion (art. 29: 采纳, 部分采纳). @category Entities */
export const SUGGESTION_ADOPTIONS = ['adopted', 'partly_adopted', 'not_adopted'] as const;

/** What became of a suggestion. @category Entities */
export type SuggestionAdoption = (typeof SUGGESTION_ADOPTIONS)[number];

/**
 * Labels of {@link SuggestionAdoption}.
 * @category Entities
 */
export const suggestionAdoptionLabels: ValueLabels<SuggestionAdoption> = {
  adopted: label('采纳', 'Adopted'),
  partly_adopted: label('部分采纳', 'Partly adopted'),
  not_adopted: label('未采纳', 'Not adopted'),
};

const suggestionShape = {
  id: idField().optional().label('编号', 'Id'),
  office: fields.text().optional().label('承办单位', 'Office'),
  topic: fields.text().optional().label('建议主题', 'Topic'),
  reason: fields.text().optional().label('主要事由', 'Main reason'),
  proposal: fields.text().optional().label('对策建议', 'Proposed measures'),
  proposer: fields.text().optional().label('建议人基本信息', 'Proposer'),
  personalClaim: fields.boolean().optional().label('涉及个人诉求', 'Personal claim'),
  legalChannel: fields
    .enum(SUGGESTION_LEGAL_CHANNELS, suggestionLegalChannelLabels)
    .optional()
    .label('依法应当通过的法定途径', 'Legal channel required by law'),
  receivedOn: d('收到日期', 'Received on'),
  adoption: fields.enum(SUGGESTION_ADOPTIONS, suggestionAdoptionLabels).optional().label('采纳情况', 'Adoption'),
  repliedOn: d('回复日期', 'Replied on'),
};

/**
 * The record of a 人民建议 (a suggestion of the 人民建议征集 system, 建议意见类 under art. 29).
 * @category Entities
 */
export const peopleSuggestionRecord = /* @__PURE__ */ defineRecord(
  'people-suggestion',
  label('人民建议', "People's suggestion"),
  suggestionShape,
  {
    unknownKeys: 'strict',
    description: label(
      '一条人民建议：建议主题、主要事由、对策建议、建议人基本信息，是否涉及个人诉求或应走法定途径，收到、采纳和回复情况。另须满足：回复日期不早于收到日期。',
      "A people's suggestion: topic, reason, proposed measures, proposer, whether it is a personal claim or a matter for a legal procedure, when it was received, adopted and replied to. Also checked: replied no earlier than received.",
    ),
    refine(s, ctx) {
      if (s.receivedOn !== undefined && s.repliedOn !== undefined && s.repliedOn < s.receivedOn) {
        inconsistent(ctx, ['repliedOn'], 'date_order_article', {
          later: suggestionShape.repliedOn.def.label,
          earlier: suggestionShape.receivedOn.def.label,
          basis: art('第二十九条', 'art. 29'),
        });
      }
    },
  },
);

/** A 人民建议 (output of {@link parsePeopleSuggestion}). @category Entities */
export type PeopleSuggestion = RecordOutput<typeof peopleSuggestionRecord>;

/**
 * Validates a 人民建议; throws a `PolicyError` (`invalid_type`, `text_length`, `invalid_date`, `unknown_enum_value`,
 * `unrecognized_keys`, `inconsistent`).
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parsePeopleSuggestion({ topic: '老旧小区加装电梯', legalChannel: '无', receivedOn: '2026-03-02' }).legalChannel; // 'none'
 * ```
 */
export function parsePeopleSuggestion(value: unknown, path?: IssuePath): PeopleSuggestion {
  return peopleSuggestionRecord.parse(value, path);
}

/**
 * Non-throwing {@link parsePeopleSuggestion}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParsePeopleSuggestion({ receivedOn: '2026-03-02', repliedOn: '2026-03-01' }).success; // false
 * ```
 */
export function safeParsePeopleSuggestion(value: unknown, path?: IssuePath): SafeParseResult<PeopleSuggestion> {
  return peopleSuggestionRecord.safeParse(value, path);
}
