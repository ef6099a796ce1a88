/**
 * The coverage domain's message catalogue: refusals (of options, registries and rows), warnings about the data, and
 * the texts of the rules an explanation lists. Every Chinese text is entirely Chinese: fields, kinds and units are
 * passed in as labels, never as identifiers.
 * @module
 */
import { defineMessages, type Bilingual, type Catalogue, type Messages } from '../core/messages.js';

const LEVEL: Readonly<Record<string, Bilingual>> = {
  city: { zh: '市级', en: 'city level' },
  county: { zh: '县（区）级', en: 'county level' },
  township: { zh: '镇街级', en: 'township level' },
  village: { zh: '村（社区）级', en: 'village level' },
};

const levels = (ls: readonly string[], lang: 'zh' | 'en'): string =>
  ls.map((l) => LEVEL[l]?.[lang] ?? l).join(lang === 'zh' ? '或' : ' or ');
const list = (xs: readonly string[], lang: 'zh' | 'en', max = 10): string => {
  const shown = xs.slice(0, max).join(lang === 'zh' ? '、' : ', ');
  return xs.length > max
    ? lang === 'zh'
      ? `${shown}等 ${xs.length} 个`
      : `${shown} and ${xs.length - max} more`
    : shown;
};
const labels = (xs: readonly Bilingual[], lang: 'zh' | 'en'): string =>
  xs.map((x) => x[lang]).join(lang === 'zh' ? '、' : ', ');
const yes = (v: boolean, lang: 'zh' | 'en'): string => (lang === 'zh' ? (v ? '' : '不') : v ? '' : 'not ');

/** A count of records and the first of their ids. */
type Counted = { readonly count: number; readonly ids: readonly string[] };
/** An unknown name, the known ones and the closest. */
type IdChoice = {
  readonly received: string;
  readonly ids: readonly string[];
  readonly labels: readonly Bilingual[];
  readonly suggestion: { readonly id: string; readonly label: Bilingual } | undefined;
};
/** A collection or field renamed since 0.1.0 (`from` empty for a collection). */
type Renamed = {
  readonly collection: string;
  readonly collectionLabel: Bilingual;
  readonly from: string;
  readonly to: string;
  readonly toLabel: Bilingual;
};

const CATALOGUE = {
  // ── Refusals of options and of the registry as a whole ───────────────────────────────────────────────────────
  unknown_indicator: {
    zh: (p: IdChoice) =>
      `没有这项指标${p.suggestion === undefined ? '' : `，是否应为「${p.suggestion.label.zh}」`}；可用的指标：${labels(p.labels, 'zh')}`,
    en: (p: IdChoice) =>
      `Unknown indicator "${p.received}"${p.suggestion === undefined ? '' : ` (did you mean "${p.suggestion.id}"?)`}; known: ${p.ids.join(', ')}`,
  },
  invalid_registry: {
    zh: () => '登记册应为对象，各类记录以数组给出',
    en: (p: { received: string }) => `The registry must be an object of record lists, got ${p.received}`,
  },
  unknown_collection: {
    zh: (p: IdChoice) =>
      `登记册中有一类未知的记录${p.suggestion === undefined ? '' : `，是否应为「${p.suggestion.label.zh}」`}；可用的记录类别：${labels(p.labels, 'zh')}`,
    en: (p: IdChoice) =>
      `Unknown collection "${p.received}" in the registry${p.suggestion === undefined ? '' : ` (did you mean "${p.suggestion.id}"?)`}; known: ${p.ids.join(', ')}`,
  },
  registry_outdated: {
    zh: (p: { changes: readonly Renamed[] }) =>
      `登记册是按旧版本（0.1.0）的格式写的，请改用新的记录类别或字段名：${p.changes.map((c) => `${c.collectionLabel.zh}${c.from === '' ? '' : '的字段'}改为「${c.to}」（${c.toLabel.zh}）`).join('；')}`,
    en: (p: { changes: readonly Renamed[] }) =>
      `The registry was written for 0.1.0; rename: ${p.changes.map((c) => `${c.collection}${c.from === '' ? '' : `.${c.from}`} → ${c.to}`).join('; ')}`,
  },
  collection_not_list: {
    zh: (p: { name: string; label: Bilingual }) => `「${p.label.zh}」应为数组（每条记录一项）`,
    en: (p: { name: string; label: Bilingual }) => `${p.name} must be an array (one item per record)`,
  },
  invalid_divisions: {
    zh: (p: { received: string }) =>
      `区划树应为本库构建的区划树或区划树 JSON，实际为${p.received === 'object' ? '其他对象' : '非对象'}`,
    en: (p: { received: string }) =>
      `divisions must be a division tree built by this library, or division tree JSON; got ${p.received}`,
  },
  period_order: {
    zh: () => '统计期的结束日期早于开始日期',
    en: () => 'The period ends before it starts',
  },
  invalid_period: {
    zh: (p: { received: string }) =>
      `统计期应为含开始日期、结束日期的对象${p.received === 'object' ? '' : '，实际不是对象'}`,
    en: (p: { received: string }) => `period must be an object { from, to }, got ${p.received}`,
  },
  invalid_parameter_table: {
    zh: (p: { id: string; label: Bilingual }) => `参数「${p.label.zh}」的取值格式不对`,
    en: (p: { id: string; label: Bilingual }) =>
      `The value of parameter "${p.label.en}" (${p.id}) is not of the expected shape`,
  },
  invalid_count: {
    zh: (p: { label: Bilingual }) => `「${p.label.zh}」应为不小于 0 的整数`,
    en: (p: { label: Bilingual }) => `"${p.label.en}" must be a whole number ≥ 0`,
  },

  // ── Refusals of one row (a row-level error: the rest of the registry is counted) ────────────────────────────
  unit_not_in_tree: {
    zh: (p: { label: Bilingual; code: string; tree: string }) => `「${p.label.zh}」${p.code} 不在区划树“${p.tree}”中`,
    en: (p: { label: Bilingual; code: string; tree: string }) =>
      `"${p.label.en}" ${p.code} is not in the division tree of ${p.tree}`,
  },
  unit_level: {
    zh: (p: { label: Bilingual; code: string; level: string; allowed: readonly string[] }) =>
      `「${p.label.zh}」${p.code} 是${levels([p.level], 'zh')}单位，此处应为${levels(p.allowed, 'zh')}单位`,
    en: (p: { label: Bilingual; code: string; level: string; allowed: readonly string[] }) =>
      `"${p.label.en}" ${p.code} is at ${levels([p.level], 'en')}; here it must be at ${levels(p.allowed, 'en')}`,
  },
  duplicate_row: {
    zh: (p: { collection: Bilingual; key: string; first: number }) =>
      `与第 ${p.first + 1} 条${p.collection.zh}重复（${p.key}），本条未计入`,
    en: (p: { collection: Bilingual; key: string; first: number }) =>
      `Repeats ${p.collection.en} #${p.first + 1} (${p.key}); this row is not counted`,
  },
  row_not_object: {
    zh: (p: { collection: Bilingual; received: string }) => `每条${p.collection.zh}应为对象`,
    en: (p: { collection: Bilingual; received: string }) =>
      `Each ${p.collection.en} must be an object, got ${p.received}`,
  },
  unknown_item: {
    zh: (p: { item: string }) => `清单中没有项目 ${p.item}，本条评估结果未计入`,
    en: (p: { item: string }) => `Checklist item ${p.item} is not in the checklist; the result is not counted`,
  },

  // ── Warnings about the data (the figures are computed; the host should look) ────────────────────────────────
  zero_denominator: {
    zh: (p: { measure: Bilingual }) => `“${p.measure.zh}”没有统计对象（分母为 0），比率为空`,
    en: (p: { measure: Bilingual }) => `“${p.measure.en}” has nothing to count (a zero denominator); its rate is null`,
  },
  counted_twice: {
    zh: (p: Counted) => `${p.count} 个单位同时属于两个以上在册党组织，只计一次：${list(p.ids, 'zh')}`,
    en: (p: Counted) =>
      `${p.count} unit(s) belong to two or more party organizations in force; each is counted once: ${list(p.ids, 'en')}`,
  },
  unknown_member: {
    zh: (p: Counted) => `党组织覆盖的 ${p.count} 个单位不在组织名录中：${list(p.ids, 'zh')}`,
    en: (p: Counted) =>
      `Party organizations cover ${p.count} unit(s) not in the organization list: ${list(p.ids, 'en')}`,
  },
  association_in_two_units: {
    zh: (p: Counted) => `${p.count} 个社会团体的负责人变动登记在不同单位，按第一次出现的单位计：${list(p.ids, 'zh')}`,
    en: (p: Counted) =>
      `${p.count} association(s) have leadership changes under different units; each counts in the first: ${list(p.ids, 'en')}`,
  },
  joint_branch_over_limit: {
    zh: (p: { limit: number; branches: readonly { id: string; count: number }[] }) =>
      `联合党支部覆盖单位一般不超过${p.limit}个，以下 ${p.branches.length} 个超过：${p.branches
        .slice(0, 10)
        .map((x) => `${x.id}（${x.count} 个）`)
        .join('、')}${p.branches.length > 10 ? '等' : ''}`,
    en: (p: { limit: number; branches: readonly { id: string; count: number }[] }) =>
      `A joint party branch normally covers at most ${p.limit} units; ${p.branches.length} cover more: ${p.branches
        .slice(0, 10)
        .map((x) => `${x.id} (${x.count} units)`)
        .join(', ')}${p.branches.length > 10 ? ', …' : ''}`,
  },
  no_checklist: {
    zh: () => '没有标准化建设清单项目：未找到官方清单，须由使用方提供清单项目',
    en: () => 'No checklist items: no official checklist was found, the host must supply its items',
  },

  // ── Rule texts (explanations) ───────────────────────────────────────────────────────────────────────────────
  summary: {
    zh: (p: {
      indicator: Bilingual;
      measure: Bilingual;
      percent: string | null;
      numerator: number;
      denominator: number;
      undetermined: number;
      errors: number;
    }) =>
      `${p.indicator.zh}：${p.measure.zh} ${p.percent ?? '无统计对象'}（${p.numerator}/${p.denominator}）${p.undetermined > 0 ? `，另有 ${p.undetermined} 个因缺少信息无法判定` : ''}${p.errors > 0 ? `；${p.errors} 条记录有误，未计入` : ''}`,
    en: (p: {
      indicator: Bilingual;
      measure: Bilingual;
      percent: string | null;
      numerator: number;
      denominator: number;
      undetermined: number;
      errors: number;
    }) =>
      `${p.indicator.en}: ${p.measure.en} ${p.percent ?? 'nothing to count'} (${p.numerator}/${p.denominator})${p.undetermined > 0 ? `; ${p.undetermined} more cannot be classified (information missing)` : ''}${p.errors > 0 ? `; ${p.errors} record(s) refused, not counted` : ''}`,
  },
  summary_no_figures: {
    zh: (p: { indicator: Bilingual }) => `${p.indicator.zh}：缺少参数，无法计算`,
    en: (p: { indicator: Bilingual }) => `${p.indicator.en}: parameters are missing; nothing computed`,
  },
  rule_rate: {
    zh: () =>
      '覆盖率 = 覆盖数 ÷ 应覆盖数，保留 4 位小数（四舍五入），介于全无与全部之间的比率不显示为 0% 或 100%；上级单位的数字为下级之和；因缺少信息无法判定的不计入分子、分母，单独列出',
    en: () =>
      'Rate = covered ÷ in scope, to 4 decimals (half-up); a rate between none and all never shows as 0% or 100%; a unit’s figures are the sum of its children’s; what cannot be classified for missing information is in neither, and is listed apart',
  },
  rule_party_scope: {
    zh: (p: {
      kinds: readonly Bilingual[];
      minEmployees: number;
      site: boolean;
      business: boolean;
      minStaff: number;
      provincial: boolean;
      shells: boolean;
    }) =>
      `统计范围（摸排口径）：${labels(p.kinds, 'zh')}；企业须${p.minEmployees}名以上员工${p.site ? '、有固定经营场所' : ''}${p.business ? '、有生产经营活动' : ''}；社会组织须${p.minStaff}人以上${p.provincial ? '或为省级社会组织' : ''}${p.shells ? '；剔除标记为空壳、僵尸的组织' : ''}；缺少所需信息的单位列为无法判定`,
    en: (p: {
      kinds: readonly Bilingual[];
      minEmployees: number;
      site: boolean;
      business: boolean;
      minStaff: number;
      provincial: boolean;
      shells: boolean;
    }) =>
      `Scope (the 摸排 definition): ${labels(p.kinds, 'en')}; enterprises with ${p.minEmployees}+ employees${p.site ? ', a fixed site' : ''}${p.business ? ', real business' : ''}; social organizations with ${p.minStaff}+ staff${p.provincial ? ' or provincial-level' : ''}${p.shells ? '; organizations marked as empty shells removed' : ''}; units missing a fact the scope needs cannot be classified`,
  },
  rule_party_organization: {
    zh: () =>
      '组织覆盖率 =（单独组建 + 联合组建）÷ 范围内单位数；单独组建率 = 单独组建 ÷ 范围内单位数；只计统计日在册（已成立、未撤销）的党组织',
    en: () =>
      'Organization coverage = (own + joint) ÷ units in scope; own-organization rate = own ÷ units in scope; only party organizations in force on the date count',
  },
  rule_party_work: {
    zh: (p: { means: readonly Bilingual[] }) =>
      `工作覆盖 = 有党组织的单位 + 无党组织但有${labels(p.means, 'zh')}的单位`,
    en: (p: { means: readonly Bilingual[] }) =>
      `Work coverage = units with a party organization + units without one that have: ${labels(p.means, 'en')}`,
  },
  rule_must_form: {
    zh: (p: { min: number }) =>
      `应建未建：名录中有正式党员${p.min}人以上、统计日没有本单位单独组建的党组织的单位，不论规模大小，也不论是否在摸排范围内（分别注明）`,
    en: (p: { min: number }) =>
      `Must form: every listed unit with ${p.min}+ formal party members and no party organization of its own on the date, whatever its size, in the 摸排 scope or not (said which)`,
  },
  rule_joint_limit: {
    zh: (p: { limit: number }) => `联合党支部覆盖单位一般不超过${p.limit}个`,
    en: (p: { limit: number }) => `A joint party branch normally covers at most ${p.limit} units`,
  },
  rule_review: {
    zh: (p: { kinds: readonly Bilingual[]; lead: number; from: string; to: string }) =>
      `先审后选覆盖率 = ${p.from} 至 ${p.to} 期间负责人产生事项（${labels(p.kinds, 'zh')}）全部先审后选的社会团体数 ÷ 期间有此类事项的社会团体数；审核日期须不晚于选举日${p.lead === 0 ? '' : `前 ${p.lead} 天`}，未填审核日期即未审核`,
    en: (p: { kinds: readonly Bilingual[]; lead: number; from: string; to: string }) =>
      `Review coverage = associations all of whose leadership changes (${labels(p.kinds, 'en')}) from ${p.from} to ${p.to} were reviewed first ÷ associations with such changes; the review must be ${p.lead === 0 ? 'on or before the election day' : `at least ${p.lead} day(s) before the election`}; no review date means not reviewed`,
  },
  rule_training: {
    zh: (p: { roles: readonly Bilingual[]; from: string; to: string }) =>
      `培训覆盖率 = ${p.from} 至 ${p.to} 期间至少参加一次培训的${labels(p.roles, 'zh')}人数 ÷ 名册人数（一人一角色计一次）`,
    en: (p: { roles: readonly Bilingual[]; from: string; to: string }) =>
      `Training coverage = ${labels(p.roles, 'en')} trained at least once from ${p.from} to ${p.to} ÷ people on the roster (once per person and role)`,
  },
  rule_committee: {
    zh: (p: { items: number; kinds: readonly Bilingual[] }) =>
      `标准化建设达标率 = 清单 ${p.items} 项全部达标的村（居）委会数 ÷ 村（居）委会数（${labels(p.kinds, 'zh')}）；以统计日或之前最近一次评估为准，未评估的项目不算达标`,
    en: (p: { items: number; kinds: readonly Bilingual[] }) =>
      `Standardization = committees meeting all ${p.items} checklist items ÷ committees (${labels(p.kinds, 'en')}); the latest assessment on or before the date counts, an item never assessed is not met`,
  },
  rule_volunteer: {
    zh: (p: {
      townshipKinds: readonly Bilingual[];
      villageKinds: readonly Bilingual[];
      window: number | null;
      villageCovers: boolean;
    }) =>
      `志愿服务队伍覆盖率 = 统计日有至少 1 支在册队伍（已成立、未撤销${p.window === null ? '' : `、近 ${p.window} 天内有活动`}）的单位数 ÷ 单位数（镇街：${labels(p.townshipKinds, 'zh')}；村（社区）：${labels(p.villageKinds, 'zh')}）；村（社区）队伍${yes(p.villageCovers, 'zh')}计入所在镇街`,
    en: (p: {
      townshipKinds: readonly Bilingual[];
      villageKinds: readonly Bilingual[];
      window: number | null;
      villageCovers: boolean;
    }) =>
      `Volunteer-team coverage = units with at least one team in force on the date (established, not dissolved${p.window === null ? '' : `, an activity in the last ${p.window} days`}) ÷ units (township: ${labels(p.townshipKinds, 'en')}; village: ${labels(p.villageKinds, 'en')}); a village team does ${yes(p.villageCovers, 'en')}cover its township`,
  },
  rule_stations: {
    zh: (p: { townshipKinds: readonly Bilingual[]; villageKinds: readonly Bilingual[] }) =>
      `社工站覆盖率 = 统计日有运营中（已建成、未撤销）社会工作站的镇街数 ÷ 镇街数（${labels(p.townshipKinds, 'zh')}）；社会工作室覆盖率按村（社区）（${labels(p.villageKinds, 'zh')}）同样计算`,
    en: (p: { townshipKinds: readonly Bilingual[]; villageKinds: readonly Bilingual[] }) =>
      `Station coverage = townships with a station operating on the date (established, not closed) ÷ townships (${labels(p.townshipKinds, 'en')}); room coverage likewise over village-level units (${labels(p.villageKinds, 'en')})`,
  },
  rule_certification: {
    zh: () =>
      '持证率 = 统计日已取得社会工作者职业资格证书的在岗社区工作者数 ÷ 统计日在岗社区工作者数；未填写证书即未持证，证书未注明取得日期的无法判定',
    en: () =>
      'Certification rate = community workers employed on the date who hold a social work certificate obtained on or before it ÷ community workers employed on the date; no certificate means none held; a certificate without its date cannot be classified',
  },
  rule_target: {
    zh: (p: {
      measure: Bilingual;
      target: string;
      status: Bilingual;
      numerator: number;
      denominator: number;
      undetermined: number;
    }) =>
      `${p.measure.zh}：目标 ${p.target}，全市 ${p.numerator}/${p.denominator}${p.undetermined > 0 ? `（另有 ${p.undetermined} 个无法判定）` : ''}，${p.status.zh}`,
    en: (p: {
      measure: Bilingual;
      target: string;
      status: Bilingual;
      numerator: number;
      denominator: number;
      undetermined: number;
    }) =>
      `${p.measure.en}: target ${p.target}, city ${p.numerator}/${p.denominator}${p.undetermined > 0 ? ` (${p.undetermined} more cannot be classified)` : ''}, ${p.status.en}`,
  },
  rule_count_target: {
    zh: (p: {
      measure: Bilingual;
      atLeast: number;
      perCounty: boolean;
      status: Bilingual;
      behind: readonly string[];
      numerator: number;
    }) =>
      `${p.measure.zh}：目标${p.perCounty ? '每个县（区）' : '全市'}不少于 ${p.atLeast} 个，全市共 ${p.numerator} 个，${p.status.zh}${p.behind.length > 0 ? `（未达标：${list(p.behind, 'zh')}）` : ''}`,
    en: (p: {
      measure: Bilingual;
      atLeast: number;
      perCounty: boolean;
      status: Bilingual;
      behind: readonly string[];
      numerator: number;
    }) =>
      `${p.measure.en}: target at least ${p.atLeast}${p.perCounty ? ' in each county' : ' in the city'}, ${p.numerator} in the city, ${p.status.en}${p.behind.length > 0 ? ` (behind: ${list(p.behind, 'en')})` : ''}`,
  },
  report_summary: {
    zh: (p: { targets: number; met: number; behind: number; undetermined: number; noData: number }) =>
      `五个全覆盖：${p.targets} 项目标，全市达标 ${p.met} 项，未达 ${p.behind} 项${p.undetermined > 0 ? `，无法判定 ${p.undetermined} 项` : ''}${p.noData > 0 ? `，无统计对象 ${p.noData} 项` : ''}`,
    en: (p: { targets: number; met: number; behind: number; undetermined: number; noData: number }) =>
      `Five full coverages: ${p.targets} targets; the city meets ${p.met}, is behind on ${p.behind}${p.undetermined > 0 ? `, ${p.undetermined} cannot be decided` : ''}${p.noData > 0 ? `, ${p.noData} have nothing to count` : ''}`,
  },
  training_summary: {
    zh: (p: { percent: string | null; numerator: number; denominator: number; errors: number }) =>
      `双培培训覆盖率 ${p.percent ?? '无培训对象'}（${p.numerator}/${p.denominator}）${p.errors > 0 ? `；${p.errors} 条记录有误，未计入` : ''}`,
    en: (p: { percent: string | null; numerator: number; denominator: number; errors: number }) =>
      `Training coverage ${p.percent ?? '(nobody to train)'} (${p.numerator}/${p.denominator})${p.errors > 0 ? `; ${p.errors} record(s) refused, not counted` : ''}`,
  },

  // ── Party organization to set up (requiredPartyOrganization) ───────────────────────────────────────────────
  party_summary: {
    zh: (p: { formation: 'standalone' | 'joint' | null; levels: Bilingual }) =>
      `${p.formation === 'standalone' ? '应当单独成立党支部' : p.formation === 'joint' ? '正式党员不足，与邻近单位联合成立党支部' : '能否单独成立党支部无法判定'}；${p.levels.zh}`,
    en: (p: { formation: 'standalone' | 'joint' | null; levels: Bilingual }) =>
      `${p.formation === 'standalone' ? 'Must set up a party branch of its own' : p.formation === 'joint' ? 'Too few formal members: a joint branch with neighbouring units' : 'Whether it must set up a branch is undetermined'}; ${p.levels.en}`,
  },
  party_branch_must: {
    zh: (p: { min: number; formal: number }) =>
      `正式党员 ${p.formal} 人，“有正式党员${p.min}人以上的，都应当成立党支部”`,
    en: (p: { min: number; formal: number }) =>
      `${p.formal} formal members: wherever there are ${p.min} or more formal members a party branch must be set up`,
  },
  party_branch_joint: {
    zh: (p: { min: number; formal: number; maxUnits: number }) =>
      `正式党员 ${p.formal} 人，不足${p.min}人，应与邻近单位的党员联合成立党支部（联合党支部覆盖单位一般不超过${p.maxUnits}个）`,
    en: (p: { min: number; formal: number; maxUnits: number }) =>
      `${p.formal} formal members, fewer than ${p.min}: a joint branch with neighbouring units (a joint branch normally covers at most ${p.maxUnits} units)`,
  },
  party_branch_committee: {
    zh: (p: { min: number; size: { min: number; max: number; limit: number } }) =>
      `正式党员${p.min}人以上的党支部设立支部委员会，由${p.size.min}至${p.size.max}人组成，一般不超过${p.size.limit}人`,
    en: (p: { min: number; size: { min: number; max: number; limit: number } }) =>
      `A branch with ${p.min}+ formal members sets up a branch committee of ${p.size.min}–${p.size.max} members, normally at most ${p.size.limit}`,
  },
  party_branch_secretary: {
    zh: (p: { min: number }) => `正式党员不足${p.min}人的党支部，设书记 1 名，必要时设副书记 1 名`,
    en: (p: { min: number }) =>
      `A branch with fewer than ${p.min} formal members has a secretary, and a deputy if needed`,
  },
  party_branch_size: {
    zh: (p: { limit: number; members: number }) => `党员 ${p.members} 人：党支部党员人数一般不超过${p.limit}人`,
    en: (p: { limit: number; members: number }) =>
      `${p.members} members: a party branch normally has at most ${p.limit} members`,
  },
  party_level: {
    zh: (p: {
      level: Bilingual;
      wording: Bilingual;
      members: number;
      rule: Bilingual;
      verdict: 'shall' | 'may' | 'no';
    }) =>
      `党员（正式党员与预备党员合计）${p.members} 人；${p.wording.zh}：“${p.rule.zh}”，${p.verdict === 'shall' ? `应设立${p.level.zh}` : p.verdict === 'may' ? `可以成立${p.level.zh}` : `不符合成立${p.level.zh}的人数条件`}`,
    en: (p: {
      level: Bilingual;
      wording: Bilingual;
      members: number;
      rule: Bilingual;
      verdict: 'shall' | 'may' | 'no';
    }) =>
      `${p.members} party members (formal and probationary); ${p.wording.en}: ${p.rule.en}: ${p.verdict === 'shall' ? `a ${p.level.en} is to be set up` : p.verdict === 'may' ? `a ${p.level.en} may be set up` : `too few members for a ${p.level.en}`}`,
  },
  party_level_none: {
    zh: (p: { level: Bilingual; wording: Bilingual }) => `${p.wording.zh}未规定成立${p.level.zh}的人数条件`,
    en: (p: { level: Bilingual; wording: Bilingual }) => `${p.wording.en} sets no member threshold for a ${p.level.en}`,
  },
} satisfies Catalogue;

/**
 * The coverage domain's messages.
 * @category Coverage
 */
export const coverageMessages: Messages<typeof CATALOGUE> = /* @__PURE__ */ defineMessages('coverage', CATALOGUE);
