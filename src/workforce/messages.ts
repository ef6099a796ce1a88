/**
 * The workforce domain's one message catalogue: refusals, rule texts, findings and summaries, each in Chinese
 * (entirely Chinese: levels, statuses and fields are passed as labels) and English.
 * @module
 * @internal
 */
import { defineMessages, type Bilingual, type Catalogue, type Messages } from '../core/index.js';

type B = Bilingual;
type Status =
  | 'certified'
  | 'certified_late'
  | 'pending'
  | 'not_yet_eligible'
  | 'overdue'
  | 'not_new_hire'
  | 'no_route'
  | 'not_in_service'
  | 'undetermined';
type O = 'computed' | 'pass' | 'fail' | 'undetermined' | 'not_applicable';

const zhList = (xs: readonly B[]) => xs.map((x) => `「${x.zh}」`).join('、');
const enList = (xs: readonly B[]) => xs.map((x) => `"${x.en}"`).join(', ');
const yearsZh = (ys: readonly number[]) => ys.map((y) => `${y}年`).join('、');
const yearsEn = (ys: readonly number[]) => ys.join(', ');

const STATUS_ZH: Readonly<Record<Status, string>> = {
  certified: '已按期取得职业资格证书',
  certified_late: '逾期后才取得职业资格证书',
  pending: '已具备报考条件，尚在3年期限内',
  not_yet_eligible: '尚未具备报考条件',
  overdue: '逾期未取得职业资格证书',
  not_new_hire: '16条施行前参加社区工作，不适用',
  no_route: '没有符合的报考条件，不适用',
  not_in_service: '计算日期不在岗，不适用',
  undetermined: '因缺少信息无法判定',
};
const STATUS_EN: Readonly<Record<Status, string>> = {
  certified: 'certified in time',
  certified_late: 'certified after the deadline',
  pending: 'eligible, within the 3 years',
  not_yet_eligible: 'not yet eligible for the exam',
  overdue: 'OVERDUE: not certified within 3 years',
  not_new_hire: 'hired before the 16 measures: not applicable',
  no_route: 'no exam condition fits: not applicable',
  not_in_service: 'not in service on the date: not applicable',
  undetermined: 'undetermined (information missing)',
};
const OUTCOME_ZH: Readonly<Record<O, string>> = {
  computed: '已计算',
  pass: '符合',
  fail: '不符合',
  undetermined: '无法判定',
  not_applicable: '不适用',
};
const UNIT_STATUS_ZH: Readonly<Record<string, string>> = {
  met: '达标',
  behind: '未达标',
  undetermined: '因缺少信息无法判定',
  no_workers: '没有在岗人员',
};
const UNIT_STATUS_EN: Readonly<Record<string, string>> = {
  met: 'met',
  behind: 'behind',
  undetermined: 'undetermined',
  no_workers: 'no workers',
};
const ROUNDING_ZH: Readonly<Record<string, string>> = { ceil: '进一', 'half-up': '四舍五入', floor: '去尾' };
const ROUNDING_EN: Readonly<Record<string, string>> = {
  ceil: 'rounded up',
  'half-up': 'rounded half-up',
  floor: 'rounded down',
};
const TARGET_ZH: Readonly<Record<string, string>> = { certified: '持证人数占比', college: '大专以上学历人数占比' };
const TARGET_EN: Readonly<Record<string, string>> = {
  certified: 'Certified share',
  college: 'Share with a college education or above',
};
const pct = (share: string) => {
  const [w, f = ''] = share.split('.');
  const frac = f.padEnd(2, '0');
  const rest = frac.slice(2).replace(/0+$/, '');
  return `${Number(w! + frac.slice(0, 2))}${rest === '' ? '' : `.${rest}`}%`;
};

interface How {
  readonly route: B;
  readonly eligible: string;
  readonly start: string;
  readonly deadline: string;
  readonly fromHire: boolean;
  readonly educationDateAssumed: boolean;
}
const howZh = (p: How) =>
  `首次具备报考条件：${p.route.zh}，自 ${p.eligible} 起${p.educationDateAssumed ? '（未填取得学历日期，按参加社区工作时已具备该学历计）' : ''}；3年期限自 ${p.start} 起算${p.fromHire ? '（录用前已具备条件，自参加社区工作之日起算）' : ''}，至 ${p.deadline} 止`;
const howEn = (p: How) =>
  `first eligible: ${p.route.en}, from ${p.eligible}${p.educationDateAssumed ? ' (no date of the education: taken as held at the start of community work)' : ''}; the 3 years run from ${p.start}${p.fromHire ? ' (eligible before being hired: counted from the hire)' : ''} to ${p.deadline}`;

const CATALOGUE = {
  // ── refusals ──────────────────────────────────────────────────────────────
  invalid_parameter_table: {
    zh: (p: { label: B }) => `参数「${p.label.zh}」的取值格式不对`,
    en: (p: { label: B }) => `Parameter "${p.label.en}" has a value of the wrong shape`,
  },
  invalid_divisions: {
    zh: (p: { received: string }) =>
      `区划树应为本库构建的区划树或区划树数据，实际为${p.received === 'string' ? '字符串' : p.received === 'number' ? '数字' : p.received === 'array' ? '数组' : '其他类型'}`,
    en: (p: { received: string }) => `divisions must be a division tree or division tree JSON, got ${p.received}`,
  },
  unknown_unit: {
    zh: (p: { code: string; tree: string }) => `区划代码 ${p.code} 不在${p.tree}的区划树中`,
    en: (p: { code: string; tree: string }) => `Division code ${p.code} is not in the tree of ${p.tree}`,
  },
  duplicate_residents: {
    zh: (p: { code: string; name: string }) => `${p.name}（${p.code}）的城镇常住人口给了两次`,
    en: (p: { code: string; name: string }) => `The urban residents of ${p.code} are given twice`,
  },
  sub_bachelor_only: {
    raisedAs: 'inconsistent',
    zh: () => `「大专及以下学历的层次」只在最高学历为大专及以下时填写`,
    en: () => `The level below a bachelor's is given only with a highest education of college or below`,
  },
  employment_order: {
    raisedAs: 'inconsistent',
    zh: () => `「本岗位任职截止日期」早于「本岗位任职起始日期」`,
    en: () => `The employment ends before it starts`,
  },
  not_a_list: {
    zh: (p: { received: string }) =>
      `应为列表，实际为${p.received === 'object' ? '对象' : p.received === 'string' ? '字符串' : p.received === 'number' ? '数字' : p.received === 'undefined' ? '空' : '其他类型'}`,
    en: (p: { received: string }) => `Expected a list, got ${p.received}`,
  },
  roster_input: {
    zh: (p: { received: string }) =>
      `输入应为对象，含花名册（人员列表）和可选的城镇常住人口，实际为${p.received === 'array' ? '数组' : p.received === 'string' ? '字符串' : p.received === 'number' ? '数字' : p.received === 'null' ? '空值' : '其他类型'}`,
    en: (p: { received: string }) => `The input must be an object { workers, residents }, got ${p.received}`,
  },
  roster_input_key: {
    zh: (p: { key: string }) => `输入中有未知的项「${p.key}」：只接受花名册和城镇常住人口`,
    en: (p: { key: string }) => `Unknown input "${p.key}": only workers and residents are read`,
  },
  report_finished: {
    zh: () => `报告已经生成，不能再加入人员`,
    en: () => `The report is finished: no more workers can be added`,
  },

  // ── labels ────────────────────────────────────────────────────────────────
  label_certification: {
    zh: () => `新录用人员具备报考条件后3年内取得职业资格证书`,
    en: () => `Certification within 3 years of exam eligibility (new hires)`,
  },
  label_exit: {
    zh: () => `连续考核不合格或基本合格的退出情形`,
    en: () => `Exit after consecutive 不合格 or 基本合格 years`,
  },
  label_exit_flag: { zh: () => `使用方认定的退出情形`, en: () => `Exit case found by the host` },
  label_residents: {
    zh: () => `城镇常住人口（至少一个单位）`,
    en: () => `Urban permanent residents (of at least one unit)`,
  },
  assessment_of_year: {
    zh: (p: { year: number }) => `${p.year}年度考核结果`,
    en: (p: { year: number }) => `Assessment of ${p.year}`,
  },
  case_fail: {
    zh: (p: { n: number }) => `连续${p.n}年考核不合格`,
    en: (p: { n: number }) => `${p.n} consecutive years assessed 不合格`,
  },
  case_basic: {
    zh: (p: { n: number }) => `连续${p.n}年考核基本合格`,
    en: (p: { n: number }) => `${p.n} consecutive years assessed 基本合格`,
  },
  benchmark_for: {
    zh: (p: { name: string }) => `${p.name}的上年度全口径城镇单位就业人员平均工资`,
    en: (p: { name: string }) => `Last year's all-units average wage of ${p.name}`,
  },

  // ── in service ────────────────────────────────────────────────────────────
  left_before: {
    zh: (p: { until: string; asOf: string }) => `本岗位任职至 ${p.until}，${p.asOf} 已不在岗：不适用`,
    en: (p: { until: string; asOf: string }) =>
      `Employed until ${p.until}: not in service on ${p.asOf}, not applicable`,
  },
  not_started: {
    zh: (p: { from: string; asOf: string }) => `${p.from} 起任职，${p.asOf} 尚未在岗：不适用`,
    en: (p: { from: string; asOf: string }) => `In service from ${p.from}: not yet on ${p.asOf}, not applicable`,
  },

  // ── certification ─────────────────────────────────────────────────────────
  route: {
    zh: (p: {
      level: 'assistant' | 'intermediate';
      education: B;
      major: 'social_work' | 'other' | 'any';
      years: number | null;
      fresh: boolean;
    }) =>
      `${p.level === 'assistant' ? '助理社会工作师' : '社会工作师'}（${p.major === 'social_work' ? '社会工作专业' : p.major === 'other' ? '其他专业' : ''}${p.education.zh}${p.fresh ? '应届毕业生' : p.years === 0 ? '，不需工作年限' : `，从事社会工作满${p.years}年`}）`,
    en: (p: {
      level: 'assistant' | 'intermediate';
      education: B;
      major: 'social_work' | 'other' | 'any';
      years: number | null;
      fresh: boolean;
    }) =>
      `${p.level === 'assistant' ? 'assistant social worker' : 'social worker'} (${p.major === 'social_work' ? 'social work ' : p.major === 'other' ? 'other major, ' : ''}${p.education.en}${p.fresh ? ', fresh graduate' : p.years === 0 ? ', no years of work' : `, ${p.years} full years of social work`})`,
  },
  hire_after: {
    zh: (p: { start: string; date: string }) => `${p.start} 参加社区工作，在16条施行（${p.date}）之后，属新录用人员`,
    en: (p: { start: string; date: string }) =>
      `Started community work on ${p.start}, after the 16 measures took effect (${p.date}): a new hire`,
  },
  hire_before: {
    zh: (p: { start: string; date: string }) =>
      `${p.start} 参加社区工作，在16条施行（${p.date}）之前，不属新录用人员：不适用`,
    en: (p: { start: string; date: string }) =>
      `Started community work on ${p.start}, before the 16 measures took effect (${p.date}): not a new hire, not applicable`,
  },
  hire_before_bound: {
    zh: (p: { start: string; date: string }) =>
      `${p.start} 参加社区工作，早于16条可能施行的最早日期（${p.date}，中央意见印发日），不属新录用人员：不适用`,
    en: (p: { start: string; date: string }) =>
      `Started community work on ${p.start}, before the earliest date the 16 measures can have (${p.date}, the central opinion): not a new hire, not applicable`,
  },
  hire_after_bound: {
    zh: (p: { start: string; date: string }) =>
      `${p.start} 参加社区工作，不早于16条已出台的日期（${p.date}，发布会报道），属新录用人员`,
    en: (p: { start: string; date: string }) =>
      `Started community work on ${p.start}, on or after the day the 16 measures were reported issued (${p.date}): a new hire`,
  },
  hire_unknown: {
    zh: (p: { start: string; from: string | null; to: string | null }) =>
      `${p.start} 参加社区工作，在16条可能的施行日期之间（${p.from ?? '不详'}至${p.to ?? '不详'}）；16条施行日期未见，无法判定是否属新录用人员，请提供施行日期`,
    en: (p: { start: string; from: string | null; to: string | null }) =>
      `Started community work on ${p.start}, between the possible dates of the 16 measures (${p.from ?? 'unknown'} to ${p.to ?? 'unknown'}); their date of effect was not seen, so whether this is a new hire cannot be told: supply the date`,
  },
  certification_rules_missing: {
    zh: () => `取证期限或报考条件的参数在计算日期没有取值，无法判定`,
    en: () => `The certification period or the exam conditions have no value on the date: undetermined`,
  },
  certification_needs: {
    zh: (p: { fields: readonly B[] }) => `缺少${zhList(p.fields)}，无法判定报考条件和取证期限`,
    en: (p: { fields: readonly B[] }) =>
      `${enList(p.fields)} missing: the exam eligibility and the deadline cannot be decided`,
  },
  no_route: {
    zh: (p: { education: B }) =>
      `最高学历为${p.education.zh}，没有符合的社会工作者职业水平考试报考条件，3年取证的要求无从起算：不适用`,
    en: (p: { education: B }) =>
      `With a ${p.education.en} education no exam condition fits, so the 3 years never start: not applicable`,
  },
  certified_no_route: {
    zh: (p: { on: string }) => `已于 ${p.on} 取得职业资格证书`,
    en: (p: { on: string }) => `Certified on ${p.on}`,
  },
  eligible: { zh: (p: How) => howZh(p), en: (p: How) => howEn(p) },
  certified: {
    zh: (p: { on: string; deadline: string }) => `${p.on} 取得职业资格证书，不晚于期限最后一日 ${p.deadline}：按期取得`,
    en: (p: { on: string; deadline: string }) =>
      `Certified on ${p.on}, no later than the last day ${p.deadline}: in time`,
  },
  certified_late: {
    zh: (p: { on: string; deadline: string }) => `${p.on} 才取得职业资格证书，晚于期限最后一日 ${p.deadline}：逾期取得`,
    en: (p: { on: string; deadline: string }) => `Certified on ${p.on}, after the last day ${p.deadline}: late`,
  },
  certified_undated: {
    zh: (p: { deadline: string }) =>
      `持有职业资格证书（未填取得日期）；计算日期未过期限最后一日 ${p.deadline}，不论何时取得均未逾期`,
    en: (p: { deadline: string }) =>
      `Holds a certificate (date not given); the date is not past the last day ${p.deadline}, so it is in time whenever obtained`,
  },
  certified_undated_late: {
    zh: (p: { deadline: string }) =>
      `持有职业资格证书但未填取得日期；期限最后一日 ${p.deadline} 已过，是否按期取得无法判定`,
    en: (p: { deadline: string }) =>
      `Holds a certificate without its date; the last day ${p.deadline} has passed, so whether it was in time cannot be told`,
  },
  major_decides: {
    zh: (p: { withDegree: string | null; without: string | null }) =>
      `未填是否社会工作专业学历，报考条件因此不同（社会工作专业：${p.withDegree === null ? '无符合条件' : `${p.withDegree} 起`}；其他专业：${p.without === null ? '无符合条件' : `${p.without} 起`}），无法判定`,
    en: (p: { withDegree: string | null; without: string | null }) =>
      `Whether the degree is in social work is not given, and it changes the exam eligibility (social work: ${p.withDegree ?? 'none'}; other: ${p.without ?? 'none'}): undetermined`,
  },
  calendar_missing: {
    zh: () => `期限所在年份没有放假安排，无法按配置的计算方法确定期限`,
    en: () => `The deadline's year has no holiday calendar: the period cannot be counted as the profile declares`,
  },
  not_yet_eligible: {
    zh: (p: How) => `尚未具备报考条件：${howZh(p)}`,
    en: (p: How) => `Not yet eligible: ${howEn(p)}`,
  },
  pending: {
    zh: (p: How) => `未取得职业资格证书，尚在期限内：${howZh(p)}`,
    en: (p: How) => `Not certified, still in time: ${howEn(p)}`,
  },
  overdue: {
    zh: (p: How) => `逾期未取得职业资格证书：${howZh(p)}`,
    en: (p: How) => `OVERDUE, not certified: ${howEn(p)}`,
  },
  summary_certification: {
    zh: (p: { status: Status; deadline: string | null }) =>
      `${STATUS_ZH[p.status]}${p.deadline === null ? '' : `（期限至 ${p.deadline}）`}`,
    en: (p: { status: Status; deadline: string | null }) =>
      `${STATUS_EN[p.status]}${p.deadline === null ? '' : ` (deadline ${p.deadline})`}`,
  },

  // ── exit ──────────────────────────────────────────────────────────────────
  exit_flag: {
    zh: (p: { flag: B }) => `使用方认定：${p.flag.zh}`,
    en: (p: { flag: B }) => `Found by the host: ${p.flag.en}`,
  },
  exit_rules_missing: {
    zh: () => `退出情形的年数参数在计算日期没有取值，无法判定`,
    en: () => `The exit parameters have no value on the date: undetermined`,
  },
  exit_no_year: {
    zh: (p: { start: string }) => `${p.start} 参加社区工作，尚无完整的考核年度：不适用`,
    en: (p: { start: string }) =>
      `Started community work on ${p.start}: no completed year has been assessed yet, not applicable`,
  },
  exit_no_assessments: {
    zh: () => `没有年度考核记录，无法判定是否连续考核不合格或基本合格`,
    en: () => `No yearly assessment on record: consecutive 不合格 or 基本合格 years cannot be ruled out`,
  },
  exit_runs: {
    zh: (p: { runs: readonly { label: B; years: readonly number[] }[] }) =>
      `符合退出情形：${p.runs.map((r) => `${r.label.zh}（${yearsZh(r.years)}）`).join('；')}`,
    en: (p: { runs: readonly { label: B; years: readonly number[] }[] }) =>
      `Exit case met: ${p.runs.map((r) => `${r.label.en} (${yearsEn(r.years)})`).join('; ')}`,
  },
  exit_open: {
    zh: (p: { years: readonly number[]; fail: number; basic: number }) =>
      `缺少${yearsZh(p.years)}的考核结果，无法排除连续${p.fail}年不合格或连续${p.basic}年基本合格`,
    en: (p: { years: readonly number[]; fail: number; basic: number }) =>
      `The assessments of ${yearsEn(p.years)} are missing: ${p.fail} years 不合格 or ${p.basic} years 基本合格 in a row cannot be ruled out`,
  },
  exit_none: {
    zh: (p: { from: number; to: number; fail: number; basic: number }) =>
      `${p.from}年至${p.to}年的考核中没有连续${p.fail}年不合格或连续${p.basic}年基本合格`,
    en: (p: { from: number; to: number; fail: number; basic: number }) =>
      `From ${p.from} to ${p.to}: no ${p.fail} years 不合格 or ${p.basic} years 基本合格 in a row`,
  },
  exit_others: {
    zh: () =>
      `16条共列6种退出情形；报道中另见“因工作失职，造成居民群众利益重大损失或者造成恶劣影响”，其余4种未见，均须由使用方认定后标注`,
    en: () =>
      `The 16 measures list 6 exit cases; the report also shows dereliction causing major loss or a bad influence, and the other 4 were not seen: the host records them`,
  },
  summary_exit: {
    zh: (p: { outcome: O; cases: readonly B[] }) =>
      p.cases.length > 0
        ? `符合退出情形：${p.cases.map((c) => c.zh).join('；')}`
        : `退出情形：${OUTCOME_ZH[p.outcome]}`,
    en: (p: { outcome: O; cases: readonly B[] }) =>
      p.cases.length > 0 ? `Exit case met: ${p.cases.map((c) => c.en).join('; ')}` : `Exit cases: ${p.outcome}`,
  },
  summary_worker: {
    zh: (p: { outcome: O; status: Status | null; exit: readonly B[] }) =>
      `${OUTCOME_ZH[p.outcome]}${p.status === null ? '' : `；取证：${STATUS_ZH[p.status]}`}${p.exit.length === 0 ? '' : `；退出情形：${p.exit.map((x) => x.zh).join('、')}`}`,
    en: (p: { outcome: O; status: Status | null; exit: readonly B[] }) =>
      `${p.outcome}${p.status === null ? '' : `; certification: ${STATUS_EN[p.status]}`}${p.exit.length === 0 ? '' : `; exit: ${p.exit.map((x) => x.en).join(', ')}`}`,
  },

  // ── units ─────────────────────────────────────────────────────────────────
  staffing_unit: {
    zh: (p: {
      name: string;
      residents: number;
      summed: boolean;
      per: number;
      rounding: string;
      required: number;
      actual: number;
      outside: number;
      gap: number;
    }) =>
      `${p.name}：城镇常住人口 ${p.residents} 人${p.summed ? '（有人口数的下级单位之和）' : ''}，按每万人 ${p.per} 人应配 ${p.required} 人（${ROUNDING_ZH[p.rounding] ?? ''}取整），在岗 ${p.actual} 人${p.gap > 0 ? `，缺 ${p.gap} 人` : '，达标'}${p.outside > 0 ? `（另有 ${p.outside} 人所在单位没有人口数，未计入）` : ''}`,
    en: (p: {
      name: string;
      residents: number;
      summed: boolean;
      per: number;
      rounding: string;
      required: number;
      actual: number;
      outside: number;
      gap: number;
    }) =>
      `${p.name}: ${p.residents} urban residents${p.summed ? ' (sum of the units below with a count)' : ''}, ${p.per} per 10,000 requires ${p.required} (${ROUNDING_EN[p.rounding] ?? p.rounding}); ${p.actual} in service${p.gap > 0 ? `, ${p.gap} short` : ': met'}${p.outside > 0 ? ` (${p.outside} more in units without a count, not counted)` : ''}`,
  },
  pay_unit: {
    zh: (p: {
      name: string;
      status: string;
      workers: number;
      computed: number;
      average: string | null;
      threshold: string | null;
      benchmark: string | null;
      ratio: string | null;
      own: boolean;
      shortfall: string | null;
    }) =>
      `${p.name}：在岗 ${p.workers} 人${p.computed < p.workers ? `（其中 ${p.computed} 人工资已算出）` : ''}${p.average === null ? '' : `，年平均薪酬 ${p.average} 元`}${
        p.benchmark === null
          ? '，上年度全口径城镇单位就业人员平均工资未提供'
          : `，比较基准 ${p.benchmark} 元${p.own ? '' : '（按市的数额）'}${p.ratio === '1' || p.ratio === null ? '' : ` × ${p.ratio}`}`
      }：${UNIT_STATUS_ZH[p.status]}${p.status === 'behind' && p.shortfall !== null ? `，人均差 ${p.shortfall} 元` : ''}`,
    en: (p: {
      name: string;
      status: string;
      workers: number;
      computed: number;
      average: string | null;
      threshold: string | null;
      benchmark: string | null;
      ratio: string | null;
      own: boolean;
      shortfall: string | null;
    }) =>
      `${p.name}: ${p.workers} in service${p.computed < p.workers ? ` (${p.computed} paid as computed)` : ''}${p.average === null ? '' : `, average annual pay ${p.average}`}${
        p.benchmark === null
          ? ', the all-units average wage not supplied'
          : `, benchmark ${p.benchmark}${p.own ? '' : ' (the city figure)'}${p.ratio === '1' || p.ratio === null ? '' : ` × ${p.ratio}`}`
      }: ${UNIT_STATUS_EN[p.status]}${p.status === 'behind' && p.shortfall !== null ? `, ${p.shortfall} short per worker` : ''}`,
  },
  target_unit: {
    zh: (p: {
      name: string;
      target: string;
      share: string;
      met: number;
      unknown: number;
      total: number;
      percent: string | null;
      status: string;
      need: number;
      year: number | null;
      due: string;
    }) =>
      `${p.name}：${TARGET_ZH[p.target]} ${p.met}/${p.total}${p.percent === null ? '' : `（${p.percent}）`}${p.unknown > 0 ? `，另有 ${p.unknown} 人情况不明（不计为达标）` : ''}，目标${pct(p.share)}以上：${UNIT_STATUS_ZH[p.status]}${
        p.status === 'met' || p.status === 'no_workers'
          ? ''
          : `，至少还需 ${p.need} 人${p.year === null ? '；目标完成年份未知' : p.due === 'due' ? `；已过目标年份${p.year}年` : `；目标年份${p.year}年，尚未到期`}`
      }`,
    en: (p: {
      name: string;
      target: string;
      share: string;
      met: number;
      unknown: number;
      total: number;
      percent: string | null;
      status: string;
      need: number;
      year: number | null;
      due: string;
    }) =>
      `${p.name}: ${TARGET_EN[p.target]} ${p.met}/${p.total}${p.percent === null ? '' : ` (${p.percent})`}${p.unknown > 0 ? `, ${p.unknown} unknown (not counted as meeting it)` : ''}, target ${pct(p.share)} or more: ${UNIT_STATUS_EN[p.status]}${
        p.status === 'met' || p.status === 'no_workers'
          ? ''
          : `, at least ${p.need} more needed${p.year === null ? '; the target year is unknown' : p.due === 'due' ? `; past the target year ${p.year}` : `; due by the end of ${p.year}`}`
      }`,
  },
  benchmark_kind: {
    zh: (p: { name: string; needed: B; given: B }) =>
      `${p.name}：平均薪酬应与「${p.needed.zh}」比较，提供的是「${p.given.zh}」，未作比较`,
    en: (p: { name: string; needed: B; given: B }) =>
      `${p.name}: the average pay is compared with "${p.needed.en}"; "${p.given.en}" was supplied, so it was not compared`,
  },
  benchmark_year: {
    zh: (p: { name: string; year: number; expected: number }) =>
      `${p.name}：比较基准是${p.year}年度的平均工资，不是上年度（${p.expected}年度）的`,
    en: (p: { name: string; year: number; expected: number }) =>
      `${p.name}: the benchmark is the average wage of ${p.year}, not of last year (${p.expected})`,
  },

  // ── summaries ─────────────────────────────────────────────────────────────
  summary_staffing: {
    zh: (p: { units: number; behind: number; gap: number }) =>
      p.units === 0
        ? `没有城镇常住人口数据，无法核算配备人数`
        : p.behind === 0
          ? `${p.units} 个单位均按每万城镇常住人口18人配齐社区工作者`
          : `${p.units} 个单位中 ${p.behind} 个未配齐，共缺 ${p.gap} 人`,
    en: (p: { units: number; behind: number; gap: number }) =>
      p.units === 0
        ? `No urban resident counts: the staffing cannot be computed`
        : p.behind === 0
          ? `All ${p.units} units are staffed at 18 per 10,000 urban residents`
          : `${p.behind} of ${p.units} units are short, ${p.gap} workers in all`,
  },
  summary_pay: {
    zh: (p: { outcome: O; city: string | null; threshold: string | null }) =>
      `全市社区工作者年平均薪酬${p.city === null ? '无法算出' : ` ${p.city} 元`}（${p.threshold === null ? '上年度全口径城镇单位就业人员平均工资未提供' : `要求不低于 ${p.threshold} 元`}）；全市及各县（区）：${OUTCOME_ZH[p.outcome]}`,
    en: (p: { outcome: O; city: string | null; threshold: string | null }) =>
      `Average annual pay in the city ${p.city ?? 'not computed'} (${p.threshold === null ? 'the all-units average wage was not supplied' : `at least ${p.threshold} required`}); city and counties: ${p.outcome}`,
  },
  summary_targets: {
    zh: (p: { certified: string | null; college: string | null; outcome: O }) =>
      `持证人数占比 ${p.certified ?? '无'}，大专以上学历人数占比 ${p.college ?? '无'}：${OUTCOME_ZH[p.outcome]}`,
    en: (p: { certified: string | null; college: string | null; outcome: O }) =>
      `Certified ${p.certified ?? 'n/a'}, college or above ${p.college ?? 'n/a'}: ${p.outcome}`,
  },
  summary_report: {
    zh: (p: { workers: number; overdue: number; staffing: O | null; pay: O; targets: O }) =>
      `社区工作者队伍：在岗 ${p.workers} 人，不符合的 ${p.overdue} 人；配备${p.staffing === null ? '未核算（没有城镇常住人口数据）' : OUTCOME_ZH[p.staffing]}，平均薪酬${OUTCOME_ZH[p.pay]}，持证和学历目标${OUTCOME_ZH[p.targets]}`,
    en: (p: { workers: number; overdue: number; staffing: O | null; pay: O; targets: O }) =>
      `Community workforce: ${p.workers} in service, ${p.overdue} failing a check; staffing ${p.staffing ?? 'not computed (no resident counts)'}, average pay ${p.pay}, targets ${p.targets}`,
  },
} satisfies Catalogue;

/** @internal */
export const workforceMessages: Messages<typeof CATALOGUE> = /* @__PURE__ */ defineMessages('workforce', CATALOGUE);
