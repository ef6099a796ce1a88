/**
 * The committees domain's one message catalogue: refusals, findings, schedule steps and summaries, each in Chinese
 * (entirely Chinese: fields, kinds and subcommittees are passed as labels) and English.
 * @module
 * @internal
 */
import { defineMessages, type Bilingual, type Catalogue, type Messages } from '../core/index.js';

type B = Bilingual;

const list = (xs: readonly B[], lang: 'zh' | 'en') =>
  xs.map((x) => (lang === 'zh' ? `「${x.zh}」` : `"${x.en}"`)).join(lang === 'zh' ? '、' : ', ');
const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A share as its statute writes it: 三分之一 / 1/3 (Chinese numerals up to ten). @internal */
export interface ShareText {
  readonly numerator: number;
  readonly denominator: number;
  readonly bound: string;
}

function fractionZh(s: ShareText): string {
  const n = ZH_DIGITS[s.numerator];
  const d = ZH_DIGITS[s.denominator];
  if (s.numerator === 1 && s.denominator === 2) return '半数';
  return n !== undefined && d !== undefined ? `${d}分之${n}` : `${s.denominator}分之${s.numerator}`;
}
/** "三分之二以上", "过半数". */
function shareZh(s: ShareText): string {
  if (s.bound === '超过') return s.numerator === 1 && s.denominator === 2 ? '过半数' : `超过${fractionZh(s)}`;
  return `${fractionZh(s)}${s.bound}`;
}
/** "two thirds or more", "more than half". */
function shareEn(s: ShareText): string {
  const f = s.numerator === 1 && s.denominator === 2 ? 'half' : `${s.numerator}/${s.denominator}`;
  switch (s.bound) {
    case '超过':
    case '以外':
      return `more than ${f}`;
    case '以下':
    case '以内':
      return `${f} or less`;
    case '不满':
      return `less than ${f}`;
    default:
      return `${f} or more`;
  }
}

interface Share {
  readonly part: number;
  readonly whole: number;
  readonly share: ShareText;
  readonly least?: number;
}
interface Due {
  readonly what: B;
  readonly last: string;
  readonly due: string;
  readonly asOf: string;
}
interface Step {
  readonly label: B;
  readonly event: B;
  readonly from: string;
  readonly n: number;
  readonly due: string;
  readonly plain?: string;
  readonly holiday?: B;
  readonly convention: B;
  /** The day the period runs from is the latest day allowed, not an actual date. */
  readonly planned: boolean;
}

const CATALOGUE = {
  // ── refusals ──────────────────────────────────────────────────────────────
  wrong_kind: {
    zh: (p: { expected: B; received: B }) => `此项核查适用于${p.expected.zh}，输入为${p.received.zh}`,
    en: (p: { expected: B; received: B }) => `This check is for a ${p.expected.en}; the input is a ${p.received.en}`,
  },
  checklist_twice: {
    zh: (p: { item: string }) => `清单项目「${p.item}」重复填写`,
    en: (p: { item: string }) => `Checklist item "${p.item}" is given twice`,
  },
  invalid_parameter: {
    zh: (p: { label: B; reason: B }) => `参数「${p.label.zh}」的取值无效：${p.reason.zh}`,
    en: (p: { label: B; reason: B }) => `The value of parameter "${p.label.en}" is invalid: ${p.reason.en}`,
  },
  score_unknown_rule: {
    zh: (p: { item: string; rule: string }) => `评分表项目「${p.item}」对应的核查编号无效`,
    en: (p: { item: string; rule: string }) => `Score sheet item "${p.item}" names an unknown check "${p.rule}"`,
  },

  // ── missing facts ─────────────────────────────────────────────────────────
  missing: {
    zh: (p: { fields: readonly B[] }) => `缺少${list(p.fields, 'zh')}，无法判定`,
    en: (p: { fields: readonly B[] }) => `${list(p.fields, 'en')} missing: undetermined`,
  },
  missing_parameter: {
    zh: (p: { parameters: readonly B[] }) => `参数${list(p.parameters, 'zh')}在查询日期没有取值，无法判定`,
    en: (p: { parameters: readonly B[] }) =>
      `Parameter ${list(p.parameters, 'en')} has no value on the date: undetermined`,
  },
  kind_missing: {
    zh: () => '未填写类型（村民委员会或居民委员会），区划代码也不能确定类型，无法判定',
    en: () =>
      'The kind (villagers’ or residents’ committee) is not given and the division code does not decide it: undetermined',
  },

  // ── composition ───────────────────────────────────────────────────────────
  size_pass: {
    zh: (p: { n: number; min: number; max: number }) => `成员${p.n}人，在${p.min}至${p.max}人之间`,
    en: (p: { n: number; min: number; max: number }) => `${p.n} members, within ${p.min} to ${p.max}`,
  },
  size_low: {
    zh: (p: { n: number; min: number; max: number }) => `成员${p.n}人，少于${p.min}人（应为${p.min}至${p.max}人）`,
    en: (p: { n: number; min: number; max: number }) =>
      `${p.n} members, fewer than ${p.min} (${p.min} to ${p.max} required)`,
  },
  size_high: {
    zh: (p: { n: number; min: number; max: number }) => `成员${p.n}人，多于${p.max}人（应为${p.min}至${p.max}人）`,
    en: (p: { n: number; min: number; max: number }) =>
      `${p.n} members, more than ${p.max} (${p.min} to ${p.max} required)`,
  },
  women_pass: {
    zh: (p: { n: number }) => `有妇女成员${p.n}人`,
    en: (p: { n: number }) => `${p.n} woman member${p.n === 1 ? '' : 's'}`,
  },
  women_fail: {
    zh: (p: { n: number; min: number }) => `妇女成员${p.n}人，少于${p.min}人（成员中应当有妇女成员）`,
    en: (p: { n: number; min: number }) =>
      `${p.n} women members, fewer than ${p.min} (the committee must have a woman member)`,
  },
  ethnic_na: {
    zh: () => '不是多民族居住，不适用',
    en: () => 'Not an area where several ethnic groups live: does not apply',
  },
  ethnic_pass: {
    zh: (p: { n: number }) => `多民族居住，有人数较少的民族的成员${p.n}人`,
    en: (p: { n: number }) =>
      `Several ethnic groups live here; ${p.n} member${p.n === 1 ? '' : 's'} of the smaller groups`,
  },
  ethnic_fail: {
    zh: (p: { n: number; min: number }) => `多民族居住，人数较少的民族的成员${p.n}人，少于${p.min}人`,
    en: (p: { n: number; min: number }) =>
      `Several ethnic groups live here, but ${p.n} members of the smaller groups, fewer than ${p.min}`,
  },
  households_pass: {
    zh: (p: { n: number; min: number; max: number }) => `${p.n}户，在一般设立范围${p.min}至${p.max}户之内`,
    en: (p: { n: number; min: number; max: number }) =>
      `${p.n} households, within the usual range of ${p.min} to ${p.max}`,
  },
  households_notice: {
    zh: (p: { n: number; min: number; max: number }) =>
      `${p.n}户，超出一般设立范围${p.min}至${p.max}户（法律写“一般”，只作提示，不作为不符合）`,
    en: (p: { n: number; min: number; max: number }) =>
      `${p.n} households, outside the usual range of ${p.min} to ${p.max} (the law says "generally": a notice, not a failure)`,
  },
  households_warning: {
    zh: (p: { n: number; min: number; max: number }) =>
      `居民委员会${p.n}户，超出一般设立范围${p.min}至${p.max}户（居委会组织法第六条第一款）`,
    en: (p: { n: number; min: number; max: number }) =>
      `The residents' committee serves ${p.n} households, outside the usual range of ${p.min} to ${p.max} (art. 6 para. 1)`,
  },

  // ── term ──────────────────────────────────────────────────────────────────
  term_pass: {
    zh: (p: { from: string; years: number; end: string }) =>
      `本届委员会${p.from}产生，每届任期${p.years}年，至${p.end}届满，查询日在任期内`,
    en: (p: { from: string; years: number; end: string }) =>
      `Constituted ${p.from}; a term is ${p.years} years and ends ${p.end}; the date asked about is within it`,
  },
  term_fail: {
    zh: (p: { from: string; years: number; end: string }) =>
      `本届委员会${p.from}产生，每届任期${p.years}年，已于${p.end}届满，尚未换届`,
    en: (p: { from: string; years: number; end: string }) =>
      `Constituted ${p.from}; a term is ${p.years} years and ended ${p.end}; no new committee since`,
  },
  term_future: {
    zh: (p: { from: string }) => `本届委员会产生日期${p.from}晚于查询日期，不适用`,
    en: (p: { from: string }) =>
      `The committee is constituted on ${p.from}, after the date asked about: does not apply`,
  },

  // ── subcommittees ─────────────────────────────────────────────────────────
  subcommittees_pass: {
    zh: (p: { kinds: readonly B[] }) => `设有${list(p.kinds, 'zh')}`,
    en: (p: { kinds: readonly B[] }) => `Has ${list(p.kinds, 'en')}`,
  },
  subcommittees_assigned: {
    zh: (p: { kinds: readonly B[] }) =>
      `未设${list(p.kinds, 'zh')}，由成员分工负责（人口少的村、居民较少的居委会可以不设下属委员会）`,
    en: (p: { kinds: readonly B[] }) =>
      `No ${list(p.kinds, 'en')}: the members share these duties (allowed for a small village or a committee with few residents)`,
  },
  subcommittees_fail: {
    zh: (p: { kinds: readonly B[] }) => `未设${list(p.kinds, 'zh')}，也未说明由成员分工负责`,
    en: (p: { kinds: readonly B[] }) =>
      `No ${list(p.kinds, 'en')}, and no statement that the members share these duties`,
  },
  subcommittees_na: {
    zh: () => '配置不核查下属委员会（法律写“根据需要设”）',
    en: () => 'The profile does not check subcommittees (the law says "as needed")',
  },

  // ── supervision ───────────────────────────────────────────────────────────
  supervisory_pass: {
    zh: () => '设有村务监督委员会（或其他形式的村务监督机构）',
    en: () => 'A village affairs supervisory committee (or another supervisory body) is set up',
  },
  supervisory_fail: {
    zh: () => '未设村务监督委员会或其他形式的村务监督机构（村应当建立）',
    en: () => 'No village affairs supervisory committee or other supervisory body (a village must set one up)',
  },
  supervisory_na: { zh: () => '未设村务监督机构，不适用', en: () => 'No supervisory body: does not apply' },
  independence_pass: {
    zh: () => '村务监督机构成员中没有村民委员会成员及其近亲属',
    en: () => 'No committee member or near relative sits on the supervisory body',
  },
  independence_fail: {
    zh: (p: { n: number }) => `村务监督机构成员中有村民委员会成员或其近亲属${p.n}人（不得担任）`,
    en: (p: { n: number }) =>
      `${p.n} committee member${p.n === 1 ? '' : 's'} or near relative${p.n === 1 ? '' : 's'} sit${p.n === 1 ? 's' : ''} on the supervisory body (not allowed)`,
  },
  expertise_pass: {
    zh: (p: { n: number }) => `村务监督机构成员中具备财会、管理知识的${p.n}人`,
    en: (p: { n: number }) =>
      `${p.n} supervisory member${p.n === 1 ? '' : 's'} with accounting or management knowledge`,
  },
  expertise_fail: {
    zh: (p: { n: number; min: number }) =>
      `村务监督机构成员中具备财会、管理知识的${p.n}人，少于${p.min}人（其中应有具备财会、管理知识的人员）`,
    en: (p: { n: number; min: number }) =>
      `${p.n} supervisory members with accounting or management knowledge, fewer than ${p.min}`,
  },

  // ── representative assembly ───────────────────────────────────────────────
  assembly_na: { zh: () => '未设村民代表会议，不适用', en: () => 'No representative assembly: does not apply' },
  representation_groups: {
    zh: () => '村民代表由村民小组推选，不适用每五户至十五户推选一人',
    en: () => 'Representatives chosen by the villager groups: the households rule does not apply',
  },
  representation_pass: {
    zh: (p: { households: number; reps: number; min: number; max: number; low: number; high: number }) =>
      `${p.households}户推选村民代表${p.reps}人；按每${p.min}至${p.max}户推选一人，代表应为${p.low}至${p.high}人`,
    en: (p: { households: number; reps: number; min: number; max: number; low: number; high: number }) =>
      `${p.households} households, ${p.reps} representatives; one per ${p.min} to ${p.max} households means ${p.low} to ${p.high}`,
  },
  representation_fail: {
    zh: (p: { households: number; reps: number; min: number; max: number; low: number; high: number }) =>
      p.low > p.high
        ? `${p.households}户推选村民代表${p.reps}人；${p.households}户无法按每${p.min}至${p.max}户推选一人`
        : `${p.households}户推选村民代表${p.reps}人；按每${p.min}至${p.max}户推选一人，代表应为${p.low}至${p.high}人`,
    en: (p: { households: number; reps: number; min: number; max: number; low: number; high: number }) =>
      p.low > p.high
        ? `${p.households} households, ${p.reps} representatives; ${p.households} households cannot choose one per ${p.min} to ${p.max}`
        : `${p.households} households, ${p.reps} representatives; one per ${p.min} to ${p.max} households means ${p.low} to ${p.high}`,
  },
  representation_unknown: {
    zh: (p: { households: number; reps: number; low: number; high: number; field: B }) =>
      `${p.households}户推选村民代表${p.reps}人，不在按户推选的${p.low}至${p.high}人之间；缺少「${p.field.zh}」（由村民小组推选的不适用此比例），无法判定`,
    en: (p: { households: number; reps: number; low: number; high: number; field: B }) =>
      `${p.households} households, ${p.reps} representatives, not within the ${p.low} to ${p.high} of the households rule; "${p.field.en}" missing (it does not apply to representatives chosen by groups): undetermined`,
  },
  rep_share: {
    zh: (p: Share & { met: boolean }) =>
      `村民代表${p.part}人，占村民代表会议组成人员${p.whole}人，${p.met ? '达到' : '未达到'}${shareZh(p.share)}（至少${p.least}人）`,
    en: (p: Share & { met: boolean }) =>
      `${p.part} representatives of ${p.whole} assembly members: ${p.met ? 'meets' : 'below'} ${shareEn(p.share)} (at least ${p.least})`,
  },
  women_share: {
    zh: (p: Share & { met: boolean }) =>
      `妇女村民代表${p.part}人，占村民代表会议组成人员${p.whole}人，${p.met ? '达到' : '未达到'}${shareZh(p.share)}（至少${p.least}人）`,
    en: (p: Share & { met: boolean }) =>
      `${p.part} women representatives of ${p.whole} assembly members: ${p.met ? 'meets' : 'below'} ${shareEn(p.share)} (at least ${p.least})`,
  },
  meetings_pass: {
    zh: (p: { quarters: readonly B[]; per: number }) =>
      `${p.quarters.map((q) => q.zh).join('、')}各召开村民代表会议${p.per}次以上`,
    en: (p: { quarters: readonly B[]; per: number }) =>
      `The assembly met at least ${p.per} time${p.per === 1 ? '' : 's'} in each of ${p.quarters.map((q) => q.en).join(', ')}`,
  },
  meetings_fail: {
    zh: (p: { missed: readonly B[]; per: number }) =>
      `${p.missed.map((q) => q.zh).join('、')}召开村民代表会议不足${p.per}次（每季度召开一次）`,
    en: (p: { missed: readonly B[]; per: number }) =>
      `The assembly met fewer than ${p.per} time${p.per === 1 ? '' : 's'} in ${p.missed.map((q) => q.en).join(', ')} (once a quarter)`,
  },

  // ── disclosure and review ─────────────────────────────────────────────────
  due_pass: {
    zh: (p: Due) => `最近一次${p.what.zh}在${p.last}，下一次最迟${p.due}`,
    en: (p: Due) => `Latest ${p.what.en} ${p.last}; the next is due by ${p.due}`,
  },
  due_fail: {
    zh: (p: Due) => `最近一次${p.what.zh}在${p.last}，下一次应在${p.due}以前，至${p.asOf}已逾期`,
    en: (p: Due) => `Latest ${p.what.en} ${p.last}; the next was due by ${p.due} and is overdue on ${p.asOf}`,
  },
  finance_na: {
    zh: () => '集体财务往来不多，财务收支随一般事项公布',
    en: () => 'Collective financial transactions are not frequent: accounts are disclosed with general affairs',
  },
  disclosure_residents: {
    zh: () => '居民委员会组织法未规定公布或评议周期，不适用',
    en: () => 'The residents’ committee law sets no period for this: does not apply',
  },

  // ── facility ──────────────────────────────────────────────────────────────
  area_check: {
    zh: (p: { area: string; households: number; required: string; per100: string; met: boolean }) =>
      `综合服务设施${p.area}平方米；${p.households}户按每百户${p.per100}平方米至少需${p.required}平方米，${p.met ? '达标' : '不达标'}`,
    en: (p: { area: string; households: number; required: string; per100: string; met: boolean }) =>
      `Service facility ${p.area} m²; ${p.households} households at ${p.per100} m² per 100 need at least ${p.required} m²: ${p.met ? 'met' : 'not met'}`,
  },
  activity_check: {
    zh: (p: { activity: string; area: string; required: string; percent: string; met: boolean }) =>
      `居民活动区域${p.activity}平方米；设施${p.area}平方米的${p.percent}为${p.required}平方米，${p.met ? '达标' : '不达标'}`,
    en: (p: { activity: string; area: string; required: string; percent: string; met: boolean }) =>
      `Activity area ${p.activity} m²; ${p.percent} of the facility's ${p.area} m² is ${p.required} m²: ${p.met ? 'met' : 'not met'}`,
  },

  // ── meetings ──────────────────────────────────────────────────────────────
  quorum_share: {
    zh: (p: Share & { who: B; met: boolean }) => {
      const [who, unit] = p.who.zh.split('|') as [string, string];
      return `${who}应到${p.whole}${unit}，到会${p.part}${unit}，${p.met ? '达到' : '未达到'}${shareZh(p.share)}（至少${p.least}${unit}）`;
    },
    en: (p: Share & { who: B; met: boolean }) =>
      `${p.part} of ${p.whole} ${p.who.en} present: ${p.met ? 'meets' : 'below'} ${shareEn(p.share)} (at least ${p.least})`,
  },
  quorum_either: {
    zh: (p: { parts: readonly string[]; met: boolean }) =>
      `${p.parts.join('；')}：${p.met ? '任一达到即可召开' : '两者均未达到，不能召开'}`,
    en: (p: { parts: readonly string[]; met: boolean }) =>
      `${p.parts.join('; ')}: ${p.met ? 'either suffices' : 'neither is met: no quorum'}`,
  },
  decision_share: {
    zh: (p: Share & { met: boolean }) =>
      `到会${p.whole}人，赞成${p.part}人，${p.met ? '达到' : '未达到'}${shareZh(p.share)}（至少${p.least}人），决定${p.met ? '通过' : '未通过'}`,
    en: (p: Share & { met: boolean }) =>
      `${p.part} of ${p.whole} present in favour: ${p.met ? 'meets' : 'below'} ${shareEn(p.share)} (at least ${p.least}); the decision ${p.met ? 'passes' : 'fails'}`,
  },
  decision_na: { zh: () => '未填写表决情况，不核查决定', en: () => 'No vote given: the decision is not checked' },
  notice_check: {
    zh: (p: { given: string; held: string; days: number; latest: string; met: boolean }) =>
      `${p.given}通知，${p.held}召开；提前${p.days}天通知的最后一日为${p.latest}，${p.met ? '符合' : '通知过晚'}`,
    en: (p: { given: string; held: string; days: number; latest: string; met: boolean }) =>
      `Notice given ${p.given} for a meeting on ${p.held}; ${p.days} days ahead means by ${p.latest}: ${p.met ? 'in time' : 'too late'}`,
  },
  notice_na: {
    zh: () => '未填写通知和召开日期，不核查提前通知',
    en: () => 'No notice or meeting date given: notice is not checked',
  },
  notice_other: {
    zh: () => '只有村民会议须提前十天通知，不适用',
    en: () => 'Only a villagers’ meeting must be announced ten days ahead: does not apply',
  },

  // ── elections ─────────────────────────────────────────────────────────────
  turnout: {
    zh: (p: Share & { met: boolean }) =>
      `登记参加选举的村民${p.whole}人，投票${p.part}人，${p.met ? '达到' : '未达到'}${shareZh(p.share)}（至少${p.least}人），${p.met ? '投票有效' : '选举无效'}`,
    en: (p: Share & { met: boolean }) =>
      `${p.part} of ${p.whole} registered voters voted: ${p.met ? 'meets' : 'below'} ${shareEn(p.share)} (at least ${p.least}); ${p.met ? 'valid' : 'the vote is invalid'}`,
  },
  winner: {
    zh: (p: Share & { name: string; met: boolean }) =>
      `${p.name}得票${p.part}，投票${p.whole}人，${p.met ? '达到' : '未达到'}${shareZh(p.share)}（至少${p.least}票），${p.met ? '当选' : '未当选'}`,
    en: (p: Share & { name: string; met: boolean }) =>
      `${p.name}: ${p.part} votes of ${p.whole} cast: ${p.met ? 'meets' : 'below'} ${shareEn(p.share)} (at least ${p.least}); ${p.met ? 'elected' : 'not elected'}`,
  },
  winner_invalid: {
    zh: (p: { name: string }) => `${p.name}：选举无效，不计当选`,
    en: (p: { name: string }) => `${p.name}: the vote is invalid; no one is elected`,
  },
  recall: {
    zh: (p: Share & { met: boolean }) =>
      `投票${p.whole}人，赞成罢免${p.part}人，${p.met ? '达到' : '未达到'}${shareZh(p.share)}（至少${p.least}人），罢免${p.met ? '通过' : '未通过'}`,
    en: (p: Share & { met: boolean }) =>
      `${p.part} of ${p.whole} voting in favour of the recall: ${p.met ? 'meets' : 'below'} ${shareEn(p.share)} (at least ${p.least}); the recall ${p.met ? 'passes' : 'fails'}`,
  },
  recall_invalid: { zh: () => '投票人数不足，罢免无效', en: () => 'Too few voted: the recall is invalid' },
  runoff_turnout_na: {
    zh: () => '配置不要求另行选举另需过半数投票，不核查投票人数',
    en: () => 'The profile does not require a run-off turnout: not checked',
  },

  // ── election schedule ─────────────────────────────────────────────────────
  voter_list_step: {
    zh: (p: { election: string; n: number; day: string; clear: boolean }) =>
      `选民名单公布：在选举日（${p.election}）的${p.n}日前，往前数选举日当日不计入，第${p.n}日为${p.day}；${p.clear ? `须在${p.day}之前公布（两日之间足${p.n}整日）` : `最迟${p.day}当日公布`}（往前数的期限不顺延）`,
    en: (p: { election: string; n: number; day: string; clear: boolean }) =>
      `Voter list: ${p.n} days before the election day (${p.election}), counted back without the election day, the ${p.n}th day is ${p.day}; ${p.clear ? `publish before ${p.day} (${p.n} whole days between)` : `publish on ${p.day} at the latest`} (a period counted back does not move)`,
  },
  counted_step: {
    zh: (p: Step) =>
      `${p.label.zh}：自${p.event.zh}之日（${p.from}${p.planned ? '，按最迟公布日计' : ''}）起${p.n}日，期限届满日为${p.due}（开始的当日不计入${
        p.plain === undefined
          ? ''
          : `；第${p.n}日${p.plain}是${p.holiday === undefined ? '休息日' : `${p.holiday.zh}假期`}，顺延至其后的第一个工作日`
      }；期间计算类推适用${p.convention.zh}）`,
    en: (p: Step) =>
      `${p.label.en}: ${p.n} days from ${p.event.en} (${p.from}${p.planned ? ', the latest day allowed' : ''}); last day ${p.due} (the first day is not counted${
        p.plain === undefined
          ? ''
          : `; day ${p.n}, ${p.plain}, falls on ${p.holiday === undefined ? 'a rest day' : `the ${p.holiday.en} holiday`} and moves to the next working day`
      }; counted as in ${p.convention.en}, by analogy)`,
  },
  step_done: {
    zh: (p: { label: B; done: string; due: string; met: boolean }) =>
      `${p.label.zh}于${p.done}完成，期限${p.due}，${p.met ? '按期' : '逾期'}`,
    en: (p: { label: B; done: string; due: string; met: boolean }) =>
      `${p.label.en} done ${p.done}, due ${p.due}: ${p.met ? 'in time' : 'late'}`,
  },
  step_overdue: {
    zh: (p: { label: B; due: string; asOf: string }) => `${p.label.zh}期限${p.due}，至${p.asOf}未完成，已逾期`,
    en: (p: { label: B; due: string; asOf: string }) =>
      `${p.label.en} was due ${p.due} and is not done on ${p.asOf}: overdue`,
  },
  step_calendar: {
    zh: (p: { label: B; year: number }) => `${p.label.zh}：缺少${p.year}年放假安排，期限无法确定`,
    en: (p: { label: B; year: number }) =>
      `${p.label.en}: no holiday calendar for ${p.year}; the deadline is undetermined`,
  },
  handover_no_date: {
    zh: () => '工作移交：配置未将选举日读作新一届委员会产生之日，缺少「新一届委员会产生日期」，期限无法确定',
    en: () =>
      'Handover: the profile does not read the election day as the day the committee is constituted, and that day is missing',
  },

  // ── scoring ───────────────────────────────────────────────────────────────
  score_item: {
    zh: (p: { item: B; weight: string; outcome: B }) => `评分项「${p.item.zh}」（${p.weight}分）：${p.outcome.zh}`,
    en: (p: { item: B; weight: string; outcome: B }) =>
      `Score item "${p.item.en}" (${p.weight} points): ${p.outcome.en}`,
  },
  score_total: {
    zh: (p: { score: string; open: string; pass: string; outcome: B }) =>
      `得分${p.score}${p.open === '0' ? '' : `（另有${p.open}分无法判定）`}，及格分${p.pass}：${p.outcome.zh}`,
    en: (p: { score: string; open: string; pass: string; outcome: B }) =>
      `Score ${p.score}${p.open === '0' ? '' : ` (${p.open} more undetermined)`}, pass mark ${p.pass}: ${p.outcome.en}`,
  },
  no_score_sheet: {
    zh: () =>
      '未提供本地评分表（江苏省、淮安市的评分表未找到）：标准化为全部法定核查符合，以及使用方清单的全部项目达标',
    en: () =>
      'No local score sheet (none was found for Jiangsu or Huai’an): standard means every statutory check passes and every host checklist item is met',
  },
  checklist_item: {
    zh: (p: { item: string; met: boolean | undefined }) =>
      `清单项目「${p.item}」：${p.met === undefined ? '未评估' : p.met ? '达标' : '未达标'}`,
    en: (p: { item: string; met: boolean | undefined }) =>
      `Checklist item "${p.item}": ${p.met === undefined ? 'not assessed' : p.met ? 'met' : 'not met'}`,
  },

  // ── summaries ─────────────────────────────────────────────────────────────
  summary_check: {
    zh: (p: { what: B; fail: readonly B[]; undetermined: number }) =>
      `${p.what.zh}：${p.fail.length === 0 ? (p.undetermined === 0 ? '各项核查均符合' : '未发现不符合的项目') : `不符合${list(p.fail, 'zh')}`}${p.undetermined > 0 ? `；${p.undetermined}项无法判定` : ''}`,
    en: (p: { what: B; fail: readonly B[]; undetermined: number }) =>
      `${p.what.en}: ${p.fail.length === 0 ? (p.undetermined === 0 ? 'every check passes' : 'nothing fails') : `fails ${list(p.fail, 'en')}`}${p.undetermined > 0 ? `; ${p.undetermined} undetermined` : ''}`,
  },
  summary_schedule: {
    zh: (p: { election: string; publishBy: string | null; late: number; undetermined: number }) =>
      `选举日${p.election}：${p.publishBy === null ? '选民名单公布期限无法确定' : `选民名单最迟${p.publishBy}公布`}${p.late > 0 ? `；${p.late}个环节逾期` : ''}${p.undetermined > 0 ? `；${p.undetermined}个环节无法确定` : ''}`,
    en: (p: { election: string; publishBy: string | null; late: number; undetermined: number }) =>
      `Election day ${p.election}: ${p.publishBy === null ? 'voter list deadline undetermined' : `voter list by ${p.publishBy}`}${p.late > 0 ? `; ${p.late} step${p.late === 1 ? '' : 's'} late` : ''}${p.undetermined > 0 ? `; ${p.undetermined} undetermined` : ''}`,
  },
} satisfies Catalogue;

/** The committees catalogue. @internal */
export const committeeMessages: Messages<typeof CATALOGUE> = /* @__PURE__ */ defineMessages('committees', CATALOGUE);
