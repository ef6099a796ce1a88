/**
 * The petitions domain's one message catalogue: refusals, rule texts, statuses and findings, each in Chinese (entirely
 * Chinese: fields, milestones and categories are passed as labels) and English.
 * @module
 * @internal
 */
import { defineMessages, type Bilingual, type Catalogue, type Messages } from '../core/index.js';

type B = Bilingual;

/** What a counted period says, for its rule text. */
interface Counted {
  readonly label: B;
  readonly event: B;
  readonly from: string;
  readonly n: number;
  readonly due: string;
  /** Working days rather than days. */
  readonly working: boolean;
  /** Under the convention: is the start day excluded. */
  readonly startExcluded: boolean;
  /** The convention's name (e.g. 民法典第二百零一条至第二百零三条). */
  readonly convention: B;
  /** The last day before the roll-over, when it moved. */
  readonly plain?: string;
  readonly holiday?: B;
  /** Days added to the period: an extension (art. 34) or a hearing (art. 36 ¶2). */
  readonly extra?: { readonly kind: 'extension' | 'hearing'; readonly days: number; readonly base: number };
}

function countedZh(p: Counted): string {
  const extra =
    p.extra === undefined
      ? ''
      : p.extra.kind === 'extension'
        ? `（${p.extra.base}日，另经批准延长${p.extra.days}日）`
        : `（${p.extra.base}日，听证所需${p.extra.days}日不计入期限，相应后延）`;
  if (p.working)
    return `${p.label.zh}：自${p.event.zh}之日（${p.from}）起${p.n}个工作日${extra}，第${p.n}个工作日为${p.due}（按国务院办公厅放假安排：法定节假日和周末不计，调休上班日计入）`;
  const start = p.startExcluded ? '开始的当日不计入' : '开始的当日计入';
  const roll =
    p.plain === undefined
      ? ''
      : `；第${p.n}日${p.plain}是${p.holiday === undefined ? '休息日' : `${p.holiday.zh}假期`}，顺延至其后的第一个工作日`;
  return `${p.label.zh}：自${p.event.zh}之日（${p.from}）起${p.n}日${extra}，期限届满日为${p.due}（${start}${roll}；期间计算类推适用${p.convention.zh}）`;
}

function countedEn(p: Counted): string {
  const extra =
    p.extra === undefined
      ? ''
      : p.extra.kind === 'extension'
        ? ` (${p.extra.base} days plus an approved extension of ${p.extra.days})`
        : ` (${p.extra.base} days; ${p.extra.days} hearing days not counted)`;
  if (p.working)
    return `${p.label.en}: ${p.n} working days from ${p.event.en} (${p.from})${extra}; the ${p.n}th working day is ${p.due} (official holiday calendar: holidays and weekends not counted, make-up working days counted)`;
  const start = p.startExcluded ? 'the first day is not counted' : 'the first day is counted';
  const roll =
    p.plain === undefined
      ? ''
      : `; day ${p.n}, ${p.plain}, falls on ${p.holiday === undefined ? 'a rest day' : `the ${p.holiday.en} holiday`} and moves to the next working day`;
  return `${p.label.en}: ${p.n} days from ${p.event.en} (${p.from})${extra}; last day ${p.due} (${start}${roll}; counted as in ${p.convention.en}, by analogy)`;
}

const list = (xs: readonly B[], lang: 'zh' | 'en') =>
  xs.map((x) => (lang === 'zh' ? `「${x.zh}」` : `"${x.en}"`)).join(lang === 'zh' ? '、' : ', ');

const CATALOGUE = {
  // ── refusals ──────────────────────────────────────────────────────────────
  extension_negative: {
    zh: (p: { days: number }) => `延长办理期限不能为负数（${p.days}日）：第三十四条只允许经批准延长，且不得超过30日`,
    en: (p: { days: number }) =>
      `An extension cannot be negative (${p.days} days): art. 34 allows only an approved extension of at most 30 days`,
  },
  extension_too_long: {
    zh: (p: { days: number; max: number }) => `延长办理期限${p.days}日超过第三十四条规定的${p.max}日`,
    en: (p: { days: number; max: number }) =>
      `An extension of ${p.days} days exceeds the ${p.max} days allowed by art. 34`,
  },
  extension_not_allowed: {
    zh: (p: { days: number; what: B }) =>
      `「${p.what.zh}」的事项不能延长办理期限（${p.days}日）：第三十四条的延长只适用于第三十一条第六项的申诉求决类事项`,
    en: (p: { days: number; what: B }) =>
      `An item of "${p.what.en}" cannot be extended (${p.days} days): the extension of art. 34 only applies to claims of art. 31(6)`,
  },
  classification_conflict: {
    zh: (p: { field: B; given: B; derived: B; basis: B }) =>
      `「${p.field.zh}」填写为「${p.given.zh}」，但所填事实依${p.basis.zh}应为「${p.derived.zh}」`,
    en: (p: { field: B; given: B; derived: B; basis: B }) =>
      `"${p.field.en}" is given as "${p.given.en}", but the facts given make it "${p.derived.en}" (${p.basis.en})`,
  },

  // ── milestones ────────────────────────────────────────────────────────────
  counted: { zh: (p: Counted) => countedZh(p), en: (p: Counted) => countedEn(p) },
  milestone_missing: {
    zh: (p: { label: B; fields: readonly B[] }) => `${p.label.zh}：缺少${list(p.fields, 'zh')}，期限无法确定`,
    en: (p: { label: B; fields: readonly B[] }) =>
      `${p.label.en}: ${list(p.fields, 'en')} missing; the deadline is undetermined`,
  },
  milestone_no_parameter: {
    zh: (p: { label: B; parameter: B }) => `${p.label.zh}：参数「${p.parameter.zh}」在计算日期没有取值，期限无法确定`,
    en: (p: { label: B; parameter: B }) =>
      `${p.label.en}: "${p.parameter.en}" has no value on the date; the deadline is undetermined`,
  },
  milestone_before_in_force: {
    zh: (p: { label: B; event: B; from: string; since: string }) =>
      `${p.label.zh}：${p.event.zh}之日（${p.from}）早于所用规定的施行日（${p.since}），应按当时的规定计算，期限无法确定`,
    en: (p: { label: B; event: B; from: string; since: string }) =>
      `${p.label.en}: ${p.event.en} (${p.from}) is before the rule in use took effect (${p.since}); the rules of that time apply, so the deadline is undetermined`,
  },
  milestone_calendar_unknown: {
    zh: (p: { label: B; year: number }) =>
      `${p.label.zh}：缺少${p.year}年放假安排，期限无法确定（不作推测；该年通知发布后可加载）`,
    en: (p: { label: B; year: number }) =>
      `${p.label.en}: no holiday calendar for ${p.year}; the deadline is undetermined (never guessed; load that year's notice once published)`,
  },
  na_route_intake: {
    zh: (p: { intake: B }) =>
      `登记并转送、交办：第二十二条的15日只适用于党委和政府信访部门收到的信访事项，本事项为「${p.intake.zh}」`,
    en: (p: { intake: B }) =>
      `Registration and routing: the 15 days of art. 22 apply to items received by a petition office; this item is "${p.intake.en}"`,
  },
  na_notice_petition_office: {
    zh: () => '书面告知：信访部门收到的事项按第二十二条登记并转送、交办，书面告知由接收的机关、单位按第二十三条办理',
    en: () =>
      'Written notice: an item received by a petition office is routed under art. 22; the body receiving it notifies under art. 23',
  },
  na_objection_intake: {
    zh: (p: { intake: B }) =>
      `提出异议：第二十三条第三款的5个工作日只适用于转送、交办的信访事项，本事项为「${p.intake.zh}」`,
    en: (p: { intake: B }) =>
      `Objection: the 5 working days of art. 23 para. 3 apply to transferred or assigned items; this item is "${p.intake.en}"`,
  },
  na_identity_unclear: {
    zh: () => '书面告知：信访人的姓名（名称）、住址不清，不适用书面告知期限（第二十三条第二款但书）',
    en: () =>
      "Written notice: the petitioner's name or address is unclear, so the notice period does not apply (art. 23 para. 2, proviso)",
  },
  na_resolve_category: {
    zh: (p: { category: B }) =>
      `办结：第三十四条的60日只适用于第三十一条第六项的申诉求决类事项，本事项为「${p.category.zh}」`,
    en: (p: { category: B }) =>
      `Resolution: the 60 days of art. 34 apply to claims of art. 31(6); this item is "${p.category.en}"`,
  },
  na_resolve_route: {
    zh: (p: { route: B }) => `办结：本事项按「${p.route.zh}」导入相应程序，按该程序的期限办理，不适用第三十四条`,
    en: (p: { route: B }) =>
      `Resolution: this item goes to its own procedure ("${p.route.en}") with that procedure's time limits; art. 34 does not apply`,
  },
  na_stage: {
    zh: (p: { label: B; field: B }) => `${p.label.zh}：尚未进入这一环节（未填写「${p.field.zh}」）`,
    en: (p: { label: B; field: B }) => `${p.label.en}: this step has not been reached ("${p.field.en}" not given)`,
  },

  // ── status ────────────────────────────────────────────────────────────────
  status_pending: {
    zh: (p: { label: B; due: string; days: number }) =>
      p.days === 0 ? `${p.label.zh}：今日（${p.due}）到期` : `${p.label.zh}：期限至${p.due}，还剩${p.days}日`,
    en: (p: { label: B; due: string; days: number }) =>
      p.days === 0 ? `${p.label.en}: due today (${p.due})` : `${p.label.en}: due ${p.due}, ${p.days} days left`,
  },
  status_overdue: {
    zh: (p: { label: B; due: string; days: number; basis: B; violation?: B }) =>
      `${p.label.zh}：期限${p.due}已过${p.days}日，没有办理记录（${p.basis.zh}${p.violation === undefined ? '' : `；逾期属于${p.violation.zh}规定的情形`}）`,
    en: (p: { label: B; due: string; days: number; basis: B; violation?: B }) =>
      `${p.label.en}: due ${p.due}, ${p.days} days overdue with no record of it (${p.basis.en}${p.violation === undefined ? '' : `; overdue falls under ${p.violation.en}`})`,
  },
  status_done: {
    zh: (p: { label: B; on: string; due: string }) => `${p.label.zh}：已于${p.on}办理，未超过期限${p.due}`,
    en: (p: { label: B; on: string; due: string }) => `${p.label.en}: done on ${p.on}, within the deadline ${p.due}`,
  },
  status_done_late: {
    zh: (p: { label: B; on: string; due: string; days: number; basis: B; violation?: B }) =>
      `${p.label.zh}：${p.on}才办理，超过期限${p.due}共${p.days}日（${p.basis.zh}${p.violation === undefined ? '' : `；逾期属于${p.violation.zh}规定的情形`}）`,
    en: (p: { label: B; on: string; due: string; days: number; basis: B; violation?: B }) =>
      `${p.label.en}: done on ${p.on}, ${p.days} days after the deadline ${p.due} (${p.basis.en}${p.violation === undefined ? '' : `; late falls under ${p.violation.en}`})`,
  },
  status_open: {
    zh: (p: { label: B; due: string; days: number }) => `${p.label.zh}：可在${p.due}前（含当日）提出，还剩${p.days}日`,
    en: (p: { label: B; due: string; days: number }) =>
      `${p.label.en}: open until ${p.due} (inclusive), ${p.days} days left`,
  },
  status_closed: {
    zh: (p: { label: B; due: string }) => `${p.label.zh}：期限已于${p.due}届满，未提出`,
    en: (p: { label: B; due: string }) => `${p.label.en}: the window closed on ${p.due} without a request`,
  },
  status_used: {
    zh: (p: { label: B; on: string; due: string }) => `${p.label.zh}：已于${p.on}提出（期限至${p.due}）`,
    en: (p: { label: B; on: string; due: string }) => `${p.label.en}: made on ${p.on} (window until ${p.due})`,
  },
  status_used_late: {
    zh: (p: { label: B; on: string; due: string; days: number }) =>
      `${p.label.zh}：${p.on}才提出，已超过期限${p.due}共${p.days}日`,
    en: (p: { label: B; on: string; due: string; days: number }) =>
      `${p.label.en}: made on ${p.on}, ${p.days} days after the window closed on ${p.due}`,
  },
  status_not_started: {
    zh: (p: { label: B; event: B; from: string }) =>
      `${p.label.zh}：${p.event.zh}之日（${p.from}）晚于查询日期，尚未开始计算`,
    en: (p: { label: B; event: B; from: string }) =>
      `${p.label.en}: ${p.event.en} (${p.from}) is after the date asked about; not started`,
  },

  // ── checks ────────────────────────────────────────────────────────────────
  group_pass: {
    zh: (p: { n: number; max: number }) => `多人走访推选代表${p.n}人，未超过${p.max}人（第二十条第三款）`,
    en: (p: { n: number; max: number }) =>
      `A group visit elected ${p.n} representatives, not more than ${p.max} (art. 20 para. 3)`,
  },
  group_fail: {
    zh: (p: { n: number; max: number }) =>
      `多人走访推选代表${p.n}人，超过${p.max}人（第二十条第三款：代表人数不得超过${p.max}人）`,
    en: (p: { n: number; max: number }) =>
      `A group visit elected ${p.n} representatives, more than ${p.max} (art. 20 para. 3: at most ${p.max})`,
  },
  group_na_form: {
    zh: (p: { form: B }) => `信访形式为「${p.form.zh}」，不是走访，不适用代表人数规定（第二十条第三款）`,
    en: (p: { form: B }) =>
      `The form is "${p.form.en}", not a visit: the rule on representatives does not apply (art. 20 para. 3)`,
  },
  group_na_single: {
    zh: () => '一人走访，不适用推选代表的规定（第二十条第三款）',
    en: () => 'One person visited: the rule on representatives does not apply (art. 20 para. 3)',
  },
  group_missing: {
    zh: (p: { fields: readonly B[] }) =>
      `走访人数或代表人数不明（缺少${list(p.fields, 'zh')}），无法判定是否符合第二十条第三款`,
    en: (p: { fields: readonly B[] }) =>
      `The number of visitors or representatives is unknown (${list(p.fields, 'en')} missing): art. 20 para. 3 cannot be checked`,
  },
  superior_fail: {
    zh: (p: { stage: B; due: string; on: string }) =>
      `同一信访事项正处于「${p.stage.zh}」环节，期限至${p.due}；信访人于${p.on}在规定期限内向上级机关、单位又提出，上级机关、单位不予受理（第十九条第三款）`,
    en: (p: { stage: B; due: string; on: string }) =>
      `The same matter is at the "${p.stage.en}" step, due ${p.due}; the petitioner submitted it to a superior body on ${p.on}, within that period, so the superior body does not accept it (art. 19 para. 3)`,
  },
  superior_pass_overdue: {
    zh: (p: { stage: B; due: string; on: string }) =>
      `同一信访事项的「${p.stage.zh}」期限已于${p.due}届满，${p.on}提出不在规定期限内，第十九条第三款不妨碍受理`,
    en: (p: { stage: B; due: string; on: string }) =>
      `The "${p.stage.en}" period of the same matter ended on ${p.due}; a submission on ${p.on} is outside it, so art. 19 para. 3 does not bar acceptance`,
  },
  superior_pass_finished: {
    zh: (p: { on: string }) =>
      `同一信访事项已于${p.on}办结，不属于“已经受理或者正在办理”；信访人可依第三十五条、第三十六条请求复查、复核`,
    en: (p: { on: string }) =>
      `The same matter was resolved on ${p.on}: it is no longer "accepted or being handled"; the petitioner may ask for a review or re-examination (arts. 35, 36)`,
  },
  superior_pass_not_superior: {
    zh: () => '未向办理机关、单位的上级提出，不适用第十九条第三款',
    en: () => 'Not submitted to a superior of the handling body: art. 19 para. 3 does not apply',
  },
  superior_na_no_prior: {
    zh: () => '没有同一事项已受理或正在办理的记录，不适用第十九条第三款',
    en: () => 'No earlier item of the same matter accepted or being handled: art. 19 para. 3 does not apply',
  },
  superior_na_route: {
    zh: (p: { route: B }) =>
      `同一事项按「${p.route.zh}」导入其他程序，其规定期限依该程序判断，不由本条例第十九条第三款判定`,
    en: (p: { route: B }) =>
      `The same matter went to another procedure ("${p.route.en}"); whether it is within its time limit is for that procedure, not art. 19 para. 3`,
  },
  superior_missing: {
    zh: (p: { fields: readonly B[] }) => `缺少${list(p.fields, 'zh')}，无法判定是否属于第十九条第三款不予受理的情形`,
    en: (p: { fields: readonly B[] }) => `${list(p.fields, 'en')} missing: art. 19 para. 3 cannot be checked`,
  },
  reexam_fail: {
    zh: (p: { on: string }) =>
      `同一事项已于${p.on}作出复核意见，信访人仍以同一事实和理由提出投诉请求，不再受理（第三十六条第三款）`,
    en: (p: { on: string }) =>
      `The matter was re-examined on ${p.on}; a complaint on the same facts and reasons is not accepted again (art. 36 para. 3)`,
  },
  reexam_pass: {
    zh: (p: { on: string }) => `同一事项已于${p.on}作出复核意见，但本次不是同一事实和理由，第三十六条第三款不妨碍受理`,
    en: (p: { on: string }) =>
      `The matter was re-examined on ${p.on}, but this submission is not on the same facts and reasons: art. 36 para. 3 does not bar it`,
  },
  reexam_na: {
    zh: () => '同一事项没有复核意见，不适用第三十六条第三款',
    en: () => 'No re-examination opinion on the same matter: art. 36 para. 3 does not apply',
  },
  reexam_missing: {
    zh: (p: { fields: readonly B[] }) => `缺少${list(p.fields, 'zh')}，无法判定是否属于第三十六条第三款不再受理的情形`,
    en: (p: { fields: readonly B[] }) => `${list(p.fields, 'en')} missing: art. 36 para. 3 cannot be checked`,
  },

  // ── classification ───────────────────────────────────────────────────────
  category_given: {
    zh: (p: { category: B }) => `按登记的类别：「${p.category.zh}」`,
    en: (p: { category: B }) => `As registered: "${p.category.en}"`,
  },
  category_from_fact: {
    zh: (p: { category: B; fact: B }) => `「${p.fact.zh}」：属于${p.category.zh}事项`,
    en: (p: { category: B; fact: B }) => `"${p.fact.en}": a "${p.category.en}" item`,
  },
  category_several: {
    zh: (p: { facts: readonly B[] }) => `同时填写了${list(p.facts, 'zh')}，类别须由承办人员确定（或分别登记）`,
    en: (p: { facts: readonly B[] }) =>
      `${list(p.facts, 'en')} are all given: the category must be set by the officer (or the items registered separately)`,
  },
  category_missing: {
    zh: () => '未填写类别，也没有可据以分类的事实（第二十九条至第三十一条）',
    en: () => 'No category and no facts to classify by (arts. 29-31)',
  },
  category_none: {
    zh: () => '所填事实均为否：不属于建议意见、检举控告或申诉求决类事项，类别须由承办人员确定',
    en: () => 'Every fact given is false: not a suggestion, report or claim; the category must be set by the officer',
  },
  route_given: {
    zh: (p: { route: B }) => `按登记的办理途径：「${p.route.zh}」`,
    en: (p: { route: B }) => `As registered: "${p.route.en}"`,
  },
  route_from_fact: {
    zh: (p: { route: B; fact: B }) => `「${p.fact.zh}」：办理途径为「${p.route.zh}」（第三十一条各项依次适用）`,
    en: (p: { route: B; fact: B }) => `"${p.fact.en}": route "${p.route.en}" (the items of art. 31 apply in order)`,
  },
  route_sixth: {
    zh: () => '不属于第三十一条第一项至第五项的情形，按第六项办理：听取陈述、调查核实，出具信访处理意见书',
    en: () =>
      'None of art. 31(1)-(5) applies: art. 31(6), hear the petitioner, investigate and issue a handling opinion',
  },
  route_missing: {
    zh: (p: { fields: readonly B[] }) => `申诉求决类事项的办理途径无法确定：缺少${list(p.fields, 'zh')}（第三十一条）`,
    en: (p: { fields: readonly B[] }) =>
      `The route of the claim is undetermined: ${list(p.fields, 'en')} missing (art. 31)`,
  },
  handling_suggestion: {
    zh: () =>
      '认真研究论证；科学合理、具有现实可行性的，采纳或者部分采纳，并予以回复；有贡献的按规定给予奖励（第二十九条）',
    en: () => 'Study it; adopt it in whole or part if sound and feasible, and reply; reward contributions (art. 29)',
  },
  handling_accusation: {
    zh: () =>
      '由纪检监察机关或者有权处理的机关、单位依规依纪依法接收、受理、办理和反馈；不得将检举、揭发材料透露或者转给被检举、揭发的人员或者单位（第三十条）',
    en: () =>
      'Received, handled and answered by the discipline inspection and supervision bodies or the competent body; the report must not be passed to those reported (art. 30)',
  },
  handling_route: {
    zh: (p: { route: B }) => `导入相应程序处理（${p.route.zh}）`,
    en: (p: { route: B }) => `Sent to the corresponding procedure (${p.route.en})`,
  },
  handling_opinion: {
    zh: () =>
      '听取信访人陈述事实和理由，调查核实，出具信访处理意见书（第三十一条第六项、第三十二条），自受理之日起60日内办结（第三十四条）',
    en: () =>
      'Hear the petitioner, investigate and issue a handling opinion (arts. 31(6), 32); resolve within 60 days of acceptance (art. 34)',
  },

  // ── 人民建议 ───────────────────────────────────────────────────────────────
  element_present: {
    zh: (p: { element: B }) => `具备要素「${p.element.zh}」`,
    en: (p: { element: B }) => `Has the element "${p.element.en}"`,
  },
  element_missing: {
    zh: (p: { element: B }) =>
      `缺少要素「${p.element.zh}」（参照上海规定第十条第一款：建议一般具备建议主题、主要事由、对策建议、建议人基本信息等要素）`,
    en: (p: { element: B }) => `Lacks the element "${p.element.en}" (Shanghai rules art. 10 para. 1, as a comparator)`,
  },
  element_unknown: {
    zh: (p: { element: string }) =>
      `配置中的要素「${p.element}」无法识别，可选：建议主题、主要事由、对策建议、建议人基本信息`,
    en: (p: { element: string }) =>
      `Unknown element "${p.element}" in the profile; known: topic, reason, proposal, proposer`,
  },
  excluded_personal: {
    zh: () =>
      '涉及个人诉求，不宜作为人民建议提出（参照上海规定第十条第二款）；应作为申诉求决类信访事项办理（第三十一条）',
    en: () =>
      'A personal claim is not a suggestion (Shanghai rules art. 10 para. 2, as a comparator); handle it as a claim (art. 31)',
  },
  excluded_channel: {
    zh: (p: { channel: B }) =>
      `依法应当通过「${p.channel.zh}」解决的事项，不宜作为人民建议提出（参照上海规定第十条第二款）`,
    en: (p: { channel: B }) =>
      `A matter for "${p.channel.en}" is not a suggestion (Shanghai rules art. 10 para. 2, as a comparator)`,
  },
  not_excluded: {
    zh: () =>
      '不涉及个人诉求，也不属于依法应当通过诉讼、仲裁、行政复议等法定途径解决的事项（参照上海规定第十条第二款）',
    en: () =>
      'Neither a personal claim nor a matter for litigation, arbitration, reconsideration or another legal procedure (Shanghai rules art. 10 para. 2, as a comparator)',
  },
  exclusion_missing: {
    zh: (p: { fields: readonly B[] }) => `缺少${list(p.fields, 'zh')}，无法判定是否属于不宜作为人民建议的事项`,
    en: (p: { fields: readonly B[] }) => `${list(p.fields, 'en')} missing: whether it is excluded cannot be decided`,
  },
  exclusion_unknown: {
    zh: (p: { exclusion: string }) => `配置中的排除情形「${p.exclusion}」无法识别`,
    en: (p: { exclusion: string }) => `Unknown exclusion "${p.exclusion}" in the profile`,
  },
  reply_due: {
    zh: (p: Counted) => countedZh(p),
    en: (p: Counted) => countedEn(p),
  },
  reply_undetermined: {
    zh: () =>
      '回复：第二十九条要求予以回复，但未找到回复期限（江苏省、淮安市的规定均未找到），期限无法确定，需由使用方设置“人民建议回复期限”',
    en: () =>
      "Reply: art. 29 requires a reply but no time limit was found (no Jiangsu or Huai'an rule); the deadline is undetermined until the host sets the reply parameter",
  },
  reply_na_excluded: {
    zh: () => '回复：不作为人民建议办理，不计算人民建议回复期限',
    en: () => 'Reply: not handled as a suggestion; no suggestion reply deadline',
  },
  reply_missing: {
    zh: () => '回复：缺少「收到日期」，回复期限无法确定',
    en: () => 'Reply: "Received on" missing; the reply deadline is undetermined',
  },

  // ── summaries ─────────────────────────────────────────────────────────────
  summary_deadlines: {
    zh: (p: { computed: number; undetermined: number; next?: { label: B; due: string } }) =>
      `期限：已确定${p.computed}项${p.undetermined > 0 ? `，无法确定${p.undetermined}项` : ''}${p.next === undefined ? '' : `；最近一项为${p.next.label.zh}，${p.next.due}`}`,
    en: (p: { computed: number; undetermined: number; next?: { label: B; due: string } }) =>
      `Deadlines: ${p.computed} determined${p.undetermined > 0 ? `, ${p.undetermined} undetermined` : ''}${p.next === undefined ? '' : `; next: ${p.next.label.en}, ${p.next.due}`}`,
  },
  summary_status: {
    zh: (p: { asOf: string; overdue: number; late: number; pending: number; undetermined: number }) =>
      `截至${p.asOf}：逾期${p.overdue}项，逾期办理${p.late}项，待办${p.pending}项${p.undetermined > 0 ? `，无法确定${p.undetermined}项` : ''}`,
    en: (p: { asOf: string; overdue: number; late: number; pending: number; undetermined: number }) =>
      `As of ${p.asOf}: ${p.overdue} overdue, ${p.late} done late, ${p.pending} pending${p.undetermined > 0 ? `, ${p.undetermined} undetermined` : ''}`,
  },
  summary_check: {
    zh: (p: { fail: readonly B[]; undetermined: number }) =>
      p.fail.length > 0
        ? `核查：不符合${list(p.fail, 'zh')}`
        : p.undetermined > 0
          ? `核查：${p.undetermined}项无法判定`
          : '核查：未发现不予受理或违反代表人数规定的情形',
    en: (p: { fail: readonly B[]; undetermined: number }) =>
      p.fail.length > 0
        ? `Check: fails ${list(p.fail, 'en')}`
        : p.undetermined > 0
          ? `Check: ${p.undetermined} undetermined`
          : 'Check: no bar to acceptance and no breach of the representatives rule found',
  },
  summary_classification: {
    zh: (p: { category?: B; route?: B }) =>
      p.category === undefined
        ? '分类：类别无法确定'
        : `分类：${p.category.zh}${p.route === undefined ? '' : `，${p.route.zh}`}`,
    en: (p: { category?: B; route?: B }) =>
      p.category === undefined
        ? 'Classification: category undetermined'
        : `Classification: ${p.category.en}${p.route === undefined ? '' : `, ${p.route.en}`}`,
  },
  summary_suggestion: {
    zh: (p: { excluded: boolean; missing: readonly B[]; due?: string }) =>
      p.excluded
        ? '人民建议审查：不宜作为人民建议'
        : `人民建议审查：${p.missing.length > 0 ? `缺少${list(p.missing, 'zh')}` : '要素齐全'}；回复期限${p.due === undefined ? '无法确定' : `至${p.due}`}`,
    en: (p: { excluded: boolean; missing: readonly B[]; due?: string }) =>
      p.excluded
        ? "Suggestion review: not a people's suggestion"
        : `Suggestion review: ${p.missing.length > 0 ? `lacks ${list(p.missing, 'en')}` : 'all elements present'}; reply ${p.due === undefined ? 'deadline undetermined' : `due ${p.due}`}`,
  },
} satisfies Catalogue;

/** The petitions domain's messages. @internal */
export const petitionMessages: Messages<typeof CATALOGUE> = /* @__PURE__ */ defineMessages('petitions', CATALOGUE);

/** The params of a counted period's text. @internal */
export type CountedText = Counted;
