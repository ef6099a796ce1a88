/**
 * The ratings domain's one message catalogue: refusals, rule texts, findings and summaries, each in Chinese (entirely
 * Chinese: grades are written 一级 to 五级, fields and states are passed as labels) and English.
 * @module
 * @internal
 */
import { defineMessages, type Bilingual, type Catalogue, type Messages } from '../core/index.js';
import { typeOrTextZh } from '../core/core-messages.js';

type B = Bilingual;

const list = (xs: readonly B[], lang: 'zh' | 'en') =>
  xs.map((x) => (lang === 'zh' ? `「${x.zh}」` : `"${x.en}"`)).join(lang === 'zh' ? '、' : ', ');
const yearsZh = (n: number) => `${n}年`;

const CATALOGUE = {
  // ── refusals ──────────────────────────────────────────────────────────────
  score_not_number: {
    // `received` is a type name (`undefined` for a hole in a list: 未定义) or the text given, quoted.
    zh: (p: { received: string }) =>
      `评估得分应为数字，或写成数字的文字（如 950、"950.5"），实际为${typeOrTextZh(p.received)}`,
    en: (p: { received: string }) =>
      `A score must be a number, or a number written as text (950, "950.5"); got ${p.received}`,
  },
  score_out_of_range: {
    zh: (p: { score: string; max: number }) => `评估得分 ${p.score} 不在 0 至 ${p.max} 分之间`,
    en: (p: { score: string; max: number }) => `The score ${p.score} is not between 0 and ${p.max}`,
  },
  score_negative: {
    zh: (p: { score: string }) => `评估得分不能为负数，实际为 ${p.score}`,
    en: (p: { score: string }) => `A score cannot be negative; got ${p.score}`,
  },
  target_conflict: {
    zh: (p: { row: B; option: B }) => `申报等级在输入中为${p.row.zh}，在选项中为${p.option.zh}，两者不一致`,
    en: (p: { row: B; option: B }) =>
      `The grade applied for is ${p.row.en} in the input and ${p.option.en} in the options`,
  },
  invalid_parameter_table: {
    zh: (p: { label: B }) => `参数「${p.label.zh}」的取值格式不对`,
    en: (p: { label: B }) => `Parameter "${p.label.en}" has a value of the wrong shape`,
  },
  predicate_not_function: {
    zh: () => `「社会工作专业人才」的认定应为函数（返回是、否或不确定）`,
    en: () => `isProfessional must be a function (returning true, false or undefined)`,
  },
  predicate_result: {
    zh: (p: { received: string }) => `「社会工作专业人才」的认定函数应返回是、否或不确定，实际返回${p.received}`,
    en: (p: { received: string }) => `isProfessional must return true, false or undefined; it returned ${p.received}`,
  },
  budget_zero: {
    zh: () => `项目经费为零，无法计算人力成本占比`,
    en: () => `The project budget is zero: the labour-cost share cannot be computed`,
  },

  // ── grades from scores ────────────────────────────────────────────────────
  band: {
    zh: (p: { score: string; grade: B; floor: number; next?: { grade: B; floor: number } }) =>
      `得分${p.score}分，不低于${p.grade.zh}的最低分${p.floor}分${p.next === undefined ? '' : `，低于${p.next.grade.zh}的最低分${p.next.floor}分`}：评为${p.grade.zh}`,
    en: (p: { score: string; grade: B; floor: number; next?: { grade: B; floor: number } }) =>
      `Score ${p.score}: at least ${p.floor}, the floor of ${p.grade.en}${p.next === undefined ? '' : `, below ${p.next.floor}, the floor of ${p.next.grade.en}`}: grade ${p.grade.en}`,
  },
  band_no_floor: {
    zh: (p: { score: string; grade: B; next: { grade: B; floor: number } }) =>
      `得分${p.score}分，低于${p.next.grade.zh}的最低分${p.next.floor}分；${p.grade.zh}未设下限：评为${p.grade.zh}`,
    en: (p: { score: string; grade: B; next: { grade: B; floor: number } }) =>
      `Score ${p.score}: below ${p.next.floor}, the floor of ${p.next.grade.en}; ${p.grade.en} has no floor: grade ${p.grade.en}`,
  },
  band_below: {
    zh: (p: { score: string; floor: number }) => `得分${p.score}分，低于一级的最低分${p.floor}分：不予定级`,
    en: (p: { score: string; floor: number }) => `Score ${p.score}: below ${p.floor}, the floor of 1A: no grade`,
  },
  band_between: {
    zh: (p: { score: string; lower: B; upper: number; higher: B; floor: number; chosen: B }) =>
      `得分${p.score}分在${p.lower.zh}（写至${p.upper}分）与${p.higher.zh}（自${p.floor}分起）之间，文本未规定归属，按参数的读法评为${p.chosen.zh}`,
    en: (p: { score: string; lower: B; upper: number; higher: B; floor: number; chosen: B }) =>
      `Score ${p.score} lies between ${p.lower.en} (written up to ${p.upper}) and ${p.higher.en} (from ${p.floor}); the text does not say, and the parameter's reading gives ${p.chosen.en}`,
  },
  grade_scale: {
    zh: () => `社会组织评估结果分为五个等级，由高至低依次为五级、四级、三级、二级、一级`,
    en: () => `Five grades, from 5A (highest) down to 1A`,
  },
  summary_grade: {
    zh: (p: { score: string; grade?: B }) =>
      p.grade === undefined ? `评估得分${p.score}分：不予定级` : `评估得分${p.score}分：${p.grade.zh}`,
    en: (p: { score: string; grade?: B }) =>
      p.grade === undefined ? `Score ${p.score}: no grade` : `Score ${p.score}: grade ${p.grade.en}`,
  },
  summary_grade_missing: {
    zh: (p: { score: string }) => `评估得分${p.score}分：分数段参数没有取值，无法定级`,
    en: (p: { score: string }) => `Score ${p.score}: the bands have no value on the date; the grade is undetermined`,
  },

  // ── validity ──────────────────────────────────────────────────────────────
  validity: {
    zh: (p: { grade: B; ratedOn: string; years: number; expiresOn: string; convention: B }) =>
      `${p.grade.zh}于${p.ratedOn}认定，有效期${yearsZh(p.years)}，至${p.expiresOn}届满（开始的当日不计入，到期年的对应日为最后一日；${p.convention.zh}）`,
    en: (p: { grade: B; ratedOn: string; years: number; expiresOn: string; convention: B }) =>
      `${p.grade.en}, awarded ${p.ratedOn}, valid ${p.years} years, through ${p.expiresOn} (the first day not counted, ending on the corresponding day; ${p.convention.en})`,
  },
  renewal: {
    zh: (p: { years: number; opensOn: string; open: boolean }) =>
      `有效期满前${yearsZh(p.years)}，即自${p.opensOn}起，可以申请重新评估${p.open ? '（已进入申请期）' : ''}`,
    en: (p: { years: number; opensOn: string; open: boolean }) =>
      `Re-evaluation may be applied for in the last ${p.years} years, from ${p.opensOn}${p.open ? ' (now open)' : ''}`,
  },
  expired: {
    zh: (p: { expiresOn: string }) => `有效期已于${p.expiresOn}届满，未重新评估的视为无评估等级`,
    en: (p: { expiresOn: string }) =>
      `The validity ended on ${p.expiresOn}; without a new evaluation the organization is deemed to have no grade`,
  },
  cancelled: {
    zh: (p: { grade: B; on: string }) => `${p.grade.zh}已于${p.on}被取消`,
    en: (p: { grade: B; on: string }) => `${p.grade.en} was cancelled on ${p.on}`,
  },
  lowered: {
    zh: (p: { grade: B; on: string }) => `评估等级于${p.on}被降低，现为${p.grade.zh}`,
    en: (p: { grade: B; on: string }) => `The grade was lowered on ${p.on}; it is now ${p.grade.en}`,
  },
  no_grade: { zh: () => `没有评估等级`, en: () => `No grade` },
  not_yet_rated: {
    zh: (p: { ratedOn: string }) => `评估等级于${p.ratedOn}认定，计算日尚未取得`,
    en: (p: { ratedOn: string }) => `The grade was awarded on ${p.ratedOn}, after the date asked about`,
  },
  validity_missing: {
    zh: (p: { fields: readonly B[] }) => `缺少${list(p.fields, 'zh')}，评估等级的有效期无法确定`,
    en: (p: { fields: readonly B[] }) => `${list(p.fields, 'en')} missing: the validity of the grade is undetermined`,
  },
  validity_no_parameter: {
    zh: () => `有效期参数在计算日期没有取值，有效期无法确定`,
    en: () => `The validity parameters have no value on the date; the validity is undetermined`,
  },

  // ── sanctions (art. 30) and certificates (art. 33) ────────────────────────
  ground_basic: {
    zh: (p: { years: readonly number[] }) =>
      `${p.years.join('、')}年度连续${p.years.length}年年度检查基本合格：属于第三十条第三项，由民政部门降低评估等级，情节严重的取消`,
    en: (p: { years: readonly number[] }) =>
      `Basically qualified ${p.years.length} years running (${p.years.join(', ')}): art. 30(3), the grade is to be lowered (cancelled if serious)`,
  },
  ground_inspection: {
    zh: (p: { year: number; result: B }) =>
      `${p.year}年度年度检查「${p.result.zh}」：属于第三十条第四项，由民政部门降低评估等级，情节严重的取消`,
    en: (p: { year: number; result: B }) =>
      `Annual inspection of ${p.year}: "${p.result.en}": art. 30(4), the grade is to be lowered (cancelled if serious)`,
  },
  ground_penalty: {
    zh: (p: { on: string; kind?: string }) =>
      `${p.on}受到行政处罚${p.kind === undefined ? '' : `（${p.kind}）`}：属于第三十条第五项，由民政部门降低评估等级，情节严重的取消`,
    en: (p: { on: string; kind?: string }) =>
      `An administrative penalty on ${p.on}${p.kind === undefined ? '' : ` (${p.kind})`}: art. 30(5), the grade is to be lowered (cancelled if serious)`,
  },
  ground_none: {
    zh: (p: { year: number }) =>
      `${p.year}年度及上一年度年度检查、持有等级期间的行政处罚均无第三十条第三项至第五项的情形`,
    en: (p: { year: number }) =>
      `No ground of art. 30(3)-(5) in the annual inspections of ${p.year} and the year before or in penalties while the grade was held`,
  },
  ground_missing: {
    zh: (p: { fields: readonly B[] }) => `缺少${list(p.fields, 'zh')}，无法判断是否有第三十条第三项至第五项的情形`,
    en: (p: { fields: readonly B[] }) =>
      `${list(p.fields, 'en')} missing: whether a ground of art. 30(3)-(5) applies is undetermined`,
  },
  certificate_pending: {
    zh: (p: { kind: B; received: string; due: string; days: number }) =>
      `${p.kind.zh}的通知书于${p.received}收到，证书、牌匾应于${p.due}前退回，尚余${p.days}日`,
    en: (p: { kind: B; received: string; due: string; days: number }) =>
      `Notice of "${p.kind.en}" received ${p.received}: the certificate and plaque are due back by ${p.due}, ${p.days} days left`,
  },
  certificate_overdue: {
    zh: (p: { kind: B; received: string; due: string; asOf: string }) =>
      `${p.kind.zh}的通知书于${p.received}收到，证书、牌匾应于${p.due}前退回，至${p.asOf}未退回：逾期，拒不退回（换）的由民政部门公告作废`,
    en: (p: { kind: B; received: string; due: string; asOf: string }) =>
      `Notice of "${p.kind.en}" received ${p.received}: the certificate and plaque were due back by ${p.due} and are not back on ${p.asOf}: overdue; if refused, the department declares them void`,
  },
  certificate_returned: {
    zh: (p: { kind: B; received: string; due: string; returned: string; late: boolean }) =>
      `${p.kind.zh}的通知书于${p.received}收到，证书、牌匾应于${p.due}前退回，${p.returned}退回${p.late ? '：逾期' : '，在期限内'}`,
    en: (p: { kind: B; received: string; due: string; returned: string; late: boolean }) =>
      `Notice of "${p.kind.en}" received ${p.received}: due back by ${p.due}, returned ${p.returned}${p.late ? ': late' : ', in time'}`,
  },
  certificate_rolled: {
    zh: (p: { plain: string; holiday?: B }) =>
      `第15日${p.plain}是${p.holiday === undefined ? '休息日' : `${p.holiday.zh}假期`}，顺延至其后的第一个工作日`,
    en: (p: { plain: string; holiday?: B }) =>
      `day 15, ${p.plain}, falls on ${p.holiday === undefined ? 'a rest day' : `the ${p.holiday.en} holiday`} and moves to the next working day`,
  },
  certificate_missing: {
    zh: (p: { kind: B; fields: readonly B[] }) =>
      `${p.kind.zh}：缺少${list(p.fields, 'zh')}，退回证书、牌匾的期限无法确定`,
    en: (p: { kind: B; fields: readonly B[] }) =>
      `${p.kind.en}: ${list(p.fields, 'en')} missing; the deadline to return the certificate is undetermined`,
  },
  summary_status: {
    zh: (p: { state: B; grade?: B; expiresOn?: string; fail: number; undetermined: number }) =>
      `${p.grade === undefined ? '' : `${p.grade.zh}：`}${p.state.zh}${p.expiresOn === undefined ? '' : `（有效期至${p.expiresOn}）`}${p.fail > 0 ? `；${p.fail}项须处理` : ''}${p.undetermined > 0 ? `；${p.undetermined}项无法判定` : ''}`,
    en: (p: { state: B; grade?: B; expiresOn?: string; fail: number; undetermined: number }) =>
      `${p.grade === undefined ? '' : `${p.grade.en}: `}${p.state.en}${p.expiresOn === undefined ? '' : ` (valid through ${p.expiresOn})`}${p.fail > 0 ? `; ${p.fail} to act on` : ''}${p.undetermined > 0 ? `; ${p.undetermined} undetermined` : ''}`,
  },

  // ── eligibility ───────────────────────────────────────────────────────────
  first_pass: {
    zh: (p: { registeredOn: string; cutoff: string; years: number }) =>
      `未获过评估等级；登记日期${p.registeredOn}不晚于本轮通知的登记截止日期${p.cutoff}：取得登记证书满${p.years}个年度，符合第六条第一项`,
    en: (p: { registeredOn: string; cutoff: string; years: number }) =>
      `Never graded; registered ${p.registeredOn}, no later than the round's cut-off ${p.cutoff}: registered ${p.years} full years, art. 6(1)`,
  },
  first_fail: {
    zh: (p: { registeredOn: string; cutoff: string; years: number }) =>
      `未获过评估等级；登记日期${p.registeredOn}晚于本轮通知的登记截止日期${p.cutoff}：不满第六条第一项的${p.years}个年度`,
    en: (p: { registeredOn: string; cutoff: string; years: number }) =>
      `Never graded; registered ${p.registeredOn}, after the round's cut-off ${p.cutoff}: not registered the ${p.years} years of art. 6(1)`,
  },
  first_missing: {
    zh: (p: { fields: readonly B[]; years: number }) =>
      `未获过评估等级，须依第六条第一项判断是否取得登记证书满${p.years}个年度：缺少${list(p.fields, 'zh')}`,
    en: (p: { fields: readonly B[]; years: number }) =>
      `Never graded: whether it was registered ${p.years} full years (art. 6(1)) needs ${list(p.fields, 'en')}`,
  },
  route_expired: {
    zh: (p: { grade: B; expiresOn: string }) => `${p.grade.zh}已于${p.expiresOn}满有效期：符合第六条第二项`,
    en: (p: { grade: B; expiresOn: string }) => `${p.grade.en} completed its validity on ${p.expiresOn}: art. 6(2)`,
  },
  route_renewal: {
    zh: (p: { grade: B; expiresOn: string; opensOn: string }) =>
      `${p.grade.zh}有效期至${p.expiresOn}，自${p.opensOn}起处于有效期满前的重新评估申请期：可以申请重新评估（第二十九条第一款）`,
    en: (p: { grade: B; expiresOn: string; opensOn: string }) =>
      `${p.grade.en} is valid through ${p.expiresOn}, in its re-evaluation window since ${p.opensOn}: it may apply again (art. 29 para. 1)`,
  },
  route_upgrade_pass: {
    zh: (p: { grade: B; ratedOn: string; years: number; since: string; target: B }) =>
      `现持${p.grade.zh}（${p.ratedOn}认定），${p.since}已满${p.years}年，申报更高的${p.target.zh}：符合晋升条件`,
    en: (p: { grade: B; ratedOn: string; years: number; since: string; target: B }) =>
      `Holds ${p.grade.en} (awarded ${p.ratedOn}), held ${p.years} years on ${p.since}; applies for the higher ${p.target.en}: may apply`,
  },
  route_upgrade_fail: {
    zh: (p: { grade: B; ratedOn: string; years: number; from: string; target: B; opensOn: string }) =>
      `现持${p.grade.zh}（${p.ratedOn}认定），申报更高的${p.target.zh}须持有现等级满${p.years}年，自${p.from}起方可申报；重新评估自${p.opensOn}起可以申请`,
    en: (p: { grade: B; ratedOn: string; years: number; from: string; target: B; opensOn: string }) =>
      `Holds ${p.grade.en} (awarded ${p.ratedOn}); applying for the higher ${p.target.en} needs the grade held ${p.years} years, possible from ${p.from}; re-evaluation from ${p.opensOn}`,
  },
  route_not_higher: {
    zh: (p: { grade: B; expiresOn: string; target: B; opensOn: string }) =>
      `现持${p.grade.zh}有效期至${p.expiresOn}，申报的${p.target.zh}不高于现等级；重新评估自${p.opensOn}起可以申请（第二十九条第一款）`,
    en: (p: { grade: B; expiresOn: string; target: B; opensOn: string }) =>
      `Holds ${p.grade.en}, valid through ${p.expiresOn}; ${p.target.en} is not higher; re-evaluation from ${p.opensOn} (art. 29 para. 1)`,
  },
  route_target_missing: {
    zh: (p: { grade: B; expiresOn: string; opensOn: string }) =>
      `现持${p.grade.zh}有效期至${p.expiresOn}，重新评估自${p.opensOn}起；在此之前能否申报取决于申报等级：缺少「申报等级」`,
    en: (p: { grade: B; expiresOn: string; opensOn: string }) =>
      `Holds ${p.grade.en}, valid through ${p.expiresOn}, re-evaluation from ${p.opensOn}; before that it depends on the grade applied for: "target" missing`,
  },
  route_upgrade_no_parameter: {
    zh: (p: { grade: B; target: B }) =>
      `现持${p.grade.zh}，申报更高的${p.target.zh}：持有现等级年限的要求未找到，无法判定`,
    en: (p: { grade: B; target: B }) =>
      `Holds ${p.grade.en} and applies for the higher ${p.target.en}: the years a grade must be held were not found; undetermined`,
  },
  route_after_cancel: {
    zh: (p: { on: string }) => `原评估等级已于${p.on}被取消；第三十一条的限制期满后可以再申请评估`,
    en: (p: { on: string }) =>
      `The former grade was cancelled on ${p.on}; it may apply again once the bar of art. 31 ends`,
  },
  route_unknown: {
    zh: (p: { fields: readonly B[] }) => `缺少${list(p.fields, 'zh')}，无法判断现等级是否有效及能否申请`,
    en: (p: { fields: readonly B[] }) =>
      `${list(p.fields, 'en')} missing: whether the grade is valid, and so whether it may apply, is undetermined`,
  },
  inspection_pass: {
    zh: (p: { year: number; result: B; before?: { year: number; result: B } }) =>
      `${p.year}年度年度检查「${p.result.zh}」${p.before === undefined ? '' : `（${p.before.year}年度「${p.before.result.zh}」）`}：无第七条第一项、第二项的情形`,
    en: (p: { year: number; result: B; before?: { year: number; result: B } }) =>
      `Annual inspection of ${p.year}: "${p.result.en}"${p.before === undefined ? '' : ` (${p.before.year}: "${p.before.result.en}")`}: no exclusion under art. 7(1), (2)`,
  },
  inspection_not_taken: {
    zh: (p: { year: number }) => `未参加${p.year}年度年度检查：不予评估（第七条第一项）`,
    en: (p: { year: number }) => `Did not take part in the annual inspection of ${p.year}: not evaluated (art. 7(1))`,
  },
  inspection_failed: {
    zh: (p: { year: number }) => `${p.year}年度年度检查不合格：不予评估（第七条第二项）`,
    en: (p: { year: number }) => `Failed the annual inspection of ${p.year}: not evaluated (art. 7(2))`,
  },
  inspection_basic: {
    zh: (p: { years: readonly number[] }) =>
      `${p.years.join('、')}年度连续${p.years.length}年年度检查基本合格：不予评估（第七条第二项）`,
    en: (p: { years: readonly number[] }) =>
      `Basically qualified ${p.years.length} years running (${p.years.join(', ')}): not evaluated (art. 7(2))`,
  },
  inspection_missing: {
    zh: (p: { years: readonly number[] }) =>
      `缺少${p.years.join('、')}年度的年度检查结果，无法判断第七条第一项、第二项的情形`,
    en: (p: { years: readonly number[] }) =>
      `The annual inspection result of ${p.years.join(', ')} is missing: art. 7(1), (2) undetermined`,
  },
  penalty_pass: {
    zh: (p: { years: readonly number[] }) =>
      `${p.years.join('、')}年度未受行政处罚，也没有尚未执行完毕的行政处罚：无第七条第三项的情形`,
    en: (p: { years: readonly number[] }) =>
      `No administrative penalty in ${p.years.join(', ')} and none not fully executed: no exclusion under art. 7(3)`,
  },
  penalty_last_year: {
    zh: (p: { on: string; year: number }) => `${p.on}受到行政处罚，属于${p.year}年度：不予评估（第七条第三项）`,
    en: (p: { on: string; year: number }) =>
      `An administrative penalty on ${p.on}, in ${p.year}: not evaluated (art. 7(3))`,
  },
  penalty_unexecuted: {
    zh: (p: { on: string; asOf: string }) => `${p.on}的行政处罚至${p.asOf}尚未执行完毕：不予评估（第七条第三项）`,
    en: (p: { on: string; asOf: string }) =>
      `The administrative penalty of ${p.on} is not fully executed on ${p.asOf}: not evaluated (art. 7(3))`,
  },
  penalty_missing: {
    zh: (p: { fields: readonly B[] }) =>
      `缺少${list(p.fields, 'zh')}，无法判断第七条第三项的情形（没有行政处罚的填写空列表）`,
    en: (p: { fields: readonly B[] }) =>
      `${list(p.fields, 'en')} missing: art. 7(3) undetermined (an organization without penalties gives an empty list)`,
  },
  investigation_pass: {
    zh: () => `未被立案调查：无第七条第四项的情形`,
    en: () => `Not under investigation: no exclusion under art. 7(4)`,
  },
  investigation_fail: {
    zh: () => `正在被有关政府部门或者司法机关立案调查：不予评估（第七条第四项）`,
    en: () => `Under investigation: not evaluated (art. 7(4))`,
  },
  investigation_missing: {
    zh: () => `缺少「是否正在被立案调查」，无法判断第七条第四项的情形`,
    en: () => `"Under investigation" missing: art. 7(4) undetermined`,
  },
  bar_active: {
    zh: (p: { kind: B; on: string; years: number; until: string }) =>
      `${p.on}被${p.kind.zh}，${yearsZh(p.years)}内不得提出评估申请，至${p.until}届满（第三十一条）`,
    en: (p: { kind: B; on: string; years: number; until: string }) =>
      `"${p.kind.en}" on ${p.on}: no application for ${p.years} years, through ${p.until} (art. 31)`,
  },
  bar_ended: {
    zh: (p: { kind: B; on: string; years: number; until: string }) =>
      `${p.on}被${p.kind.zh}，${yearsZh(p.years)}的限制期已于${p.until}届满（第三十一条）`,
    en: (p: { kind: B; on: string; years: number; until: string }) =>
      `"${p.kind.en}" on ${p.on}: the ${p.years}-year bar ended on ${p.until} (art. 31)`,
  },
  bar_none: {
    zh: () => `没有被降低或者取消评估等级：无第三十一条的限制`,
    en: () => `No grade lowered or cancelled: no bar under art. 31`,
  },
  bar_missing: {
    zh: () => `缺少「评估等级处理」（没有降低或取消的填写空列表），无法判断第三十一条的限制`,
    en: () => `"Grade sanctions" missing (none is an empty list): the bar of art. 31 is undetermined`,
  },
  five_not_target: {
    zh: (p: { rule: B }) => `申报的不是五级：不适用「${p.rule.zh}」`,
    en: (p: { rule: B }) => `Not an application for 5A: "${p.rule.en}" does not apply`,
  },
  five_off: {
    zh: (p: { rule: B }) => `配置未设「${p.rule.zh}」的要求`,
    en: (p: { rule: B }) => `The profile sets no "${p.rule.en}" requirement`,
  },
  five_prior_pass: {
    zh: (p: { grade: B; ratedOn: string; years: number }) =>
      `现持${p.grade.zh}（${p.ratedOn}认定），已满${p.years}年：符合申报五级须持四级满${p.years}年的要求`,
    en: (p: { grade: B; ratedOn: string; years: number }) =>
      `Holds ${p.grade.en} (awarded ${p.ratedOn}) for ${p.years} years: meets the 5A requirement`,
  },
  five_prior_fail: {
    zh: (p: { years: number; held?: { grade: B; ratedOn: string; from: string } }) =>
      `申报五级须获得四级且满${p.years}年：${p.held === undefined ? '现无有效的四级或五级' : `现持${p.held.grade.zh}（${p.held.ratedOn}认定），自${p.held.from}起方满${p.years}年`}`,
    en: (p: { years: number; held?: { grade: B; ratedOn: string; from: string } }) =>
      `5A needs 4A held ${p.years} years: ${p.held === undefined ? 'no valid 4A or 5A' : `holds ${p.held.grade.en} (awarded ${p.held.ratedOn}), ${p.years} years only from ${p.held.from}`}`,
  },
  five_party_pass: { zh: () => `已建立党组织：可以申报五级`, en: () => `Has a party organization: may apply for 5A` },
  five_party_fail: { zh: () => `未建立党组织：不得申报五级`, en: () => `No party organization: may not apply for 5A` },
  five_party_missing: {
    zh: () => `缺少「是否建立党组织」，无法判断能否申报五级`,
    en: () => `"Has a party organization" missing: whether it may apply for 5A is undetermined`,
  },
  summary_eligibility: {
    zh: (p: {
      outcome: 'pass' | 'fail' | 'undetermined' | 'not_applicable';
      target?: B;
      fail: readonly B[];
      undetermined: number;
    }) =>
      `${p.target === undefined ? '' : `申报${p.target.zh}：`}${
        p.outcome === 'pass'
          ? '可以参加评估'
          : p.outcome === 'fail'
            ? `不予评估（${p.fail.map((f) => f.zh).join('、')}）`
            : p.outcome === 'undetermined'
              ? `${p.undetermined}项因缺少信息无法判定`
              : '不适用'
      }`,
    en: (p: {
      outcome: 'pass' | 'fail' | 'undetermined' | 'not_applicable';
      target?: B;
      fail: readonly B[];
      undetermined: number;
    }) =>
      `${p.target === undefined ? '' : `Applying for ${p.target.en}: `}${
        p.outcome === 'pass'
          ? 'may be evaluated'
          : p.outcome === 'fail'
            ? `not evaluated (${p.fail.map((f) => f.en).join(', ')})`
            : p.outcome === 'undetermined'
              ? `${p.undetermined} checks undetermined for missing information`
              : 'not applicable'
      }`,
  },

  // ── benefits ──────────────────────────────────────────────────────────────
  benefit: {
    zh: (p: { benefit: B; grade: B; min: B; applies: boolean }) =>
      `${p.benefit.zh}：${p.min.zh}以上${p.applies ? `，${p.grade.zh}享有` : `，${p.grade.zh}不享有`}`,
    en: (p: { benefit: B; grade: B; min: B; applies: boolean }) =>
      `${p.benefit.en}: ${p.min.en} and above; ${p.grade.en} ${p.applies ? 'qualifies' : 'does not qualify'}`,
  },
  summary_benefits: {
    zh: (p: { grade?: B; n: number; state?: B }) =>
      p.grade === undefined
        ? `没有有效的评估等级${p.state === undefined ? '' : `（${p.state.zh}）`}：不享有评估等级带来的待遇`
        : `${p.grade.zh}：享有${p.n}项`,
    en: (p: { grade?: B; n: number; state?: B }) =>
      p.grade === undefined
        ? `No valid grade${p.state === undefined ? '' : ` (${p.state.en})`}: no benefits of a grade`
        : `${p.grade.en}: ${p.n} benefits`,
  },
  benefits_unknown: {
    zh: (p: { fields: readonly B[] }) => `缺少${list(p.fields, 'zh')}，无法确定评估等级是否有效`,
    en: (p: { fields: readonly B[] }) => `${list(p.fields, 'en')} missing: whether the grade is valid is undetermined`,
  },

  // ── 社工 projects ─────────────────────────────────────────────────────────
  staff_share: {
    zh: (p: { n: number; total: number; percent: string; target: string; met: boolean; need: number }) =>
      `社会工作专业人才${p.n}人，占项目执行总人数${p.total}人的${p.percent}，${p.met ? '不低于' : `低于`}${p.target}${p.met ? '' : `（至少还需${p.need}人）`}`,
    en: (p: { n: number; total: number; percent: string; target: string; met: boolean; need: number }) =>
      `${p.n} social work professionals of ${p.total} project staff (${p.percent}), ${p.met ? 'at least' : 'below'} ${p.target}${p.met ? '' : ` (at least ${p.need} more needed)`}`,
  },
  staff_share_open: {
    zh: (p: { n: number; unknown: number; total: number; target: string }) =>
      `社会工作专业人才${p.n}人，另有${p.unknown}人无法判断，项目执行总人数${p.total}人：是否达到${p.target}取决于这${p.unknown}人`,
    en: (p: { n: number; unknown: number; total: number; target: string }) =>
      `${p.n} social work professionals and ${p.unknown} undetermined of ${p.total} staff: whether ${p.target} is reached depends on them`,
  },
  staff_none: {
    zh: () => `项目没有执行人员，无法计算社会工作专业人才占比`,
    en: () => `The project lists no staff: the share of professionals cannot be computed`,
  },
  labor_share: {
    zh: (p: { cost: string; budget: string; percent: string; target: string; met: boolean; amount: string }) =>
      `人力成本${p.cost}元，占项目经费${p.budget}元的${p.percent}，${p.met ? '不少于' : '少于'}${p.target}${p.met ? '' : `（还差${p.amount}元）`}`,
    en: (p: { cost: string; budget: string; percent: string; target: string; met: boolean; amount: string }) =>
      `Labour cost ${p.cost} yuan of a ${p.budget} yuan budget (${p.percent}), ${p.met ? 'at least' : 'below'} ${p.target}${p.met ? '' : ` (${p.amount} yuan short)`}`,
  },
  professional_by: {
    zh: (p: { criteria: readonly B[] }) => `社会工作专业人才按${p.criteria.map((c) => c.zh).join('或')}认定`,
    en: (p: { criteria: readonly B[] }) => `Social work professionals: ${p.criteria.map((c) => c.en).join(' or ')}`,
  },
  professional_by_host: {
    zh: () => `社会工作专业人才按使用方给出的认定函数判断`,
    en: () => `Social work professionals as the host's isProfessional decides`,
  },
  summary_project: {
    zh: (p: { outcome: 'pass' | 'fail' | 'undetermined'; staff?: string; labor?: string }) =>
      `${p.outcome === 'pass' ? '符合' : p.outcome === 'fail' ? '不符合' : '无法判定'}政府购买社会工作服务项目的比例要求${p.staff === undefined ? '' : `：专业人才占比${p.staff}`}${p.labor === undefined ? '' : `，人力成本占比${p.labor}`}`,
    en: (p: { outcome: 'pass' | 'fail' | 'undetermined'; staff?: string; labor?: string }) =>
      `${p.outcome === 'pass' ? 'Meets' : p.outcome === 'fail' ? 'Does not meet' : 'Undetermined against'} the ratios of a government-purchased social work project${p.staff === undefined ? '' : `: professionals ${p.staff}`}${p.labor === undefined ? '' : `, labour cost ${p.labor}`}`,
  },
  summary_project_missing: {
    zh: () => `比例参数没有取值，无法判定`,
    en: () => `The ratio parameters have no value on the date; undetermined`,
  },
} satisfies Catalogue;

/** The ratings catalogue. @internal */
export const ratingMessages: Messages<typeof CATALOGUE> = /* @__PURE__ */ defineMessages('ratings', CATALOGUE);

/** The catalogue's codes (for the generated list of every code). @internal */
export type RatingMessageCode = keyof typeof CATALOGUE;
