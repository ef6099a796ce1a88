/**
 * The national defaults for reviewing association leaders, as data. Every value cites its source (keys of
 * POLICY.md); values not found are `null` (no value in force) and the rule that needs them is `undetermined`
 * until a host sets them with `withOverrides`.
 * @module
 */
import type { DatedValue, Parameter, ParameterValue, Profile, Source } from '../../core/index.js';
import { S12 } from '../sources.js';

/** Start of the profile: 民政部 2015 办法 (S15). Undated secondary sources (S12, S17, T9) are applied from here too. */
const START = '2015-09-07';
/** 《社会团体登记管理条例》 revision date (T4). */
const REVISION_2016 = '2016-02-06';
/** 《社会团体登记管理条例》 国务院令第250号 as issued (the 1998 text, S18). */
const ORIGINAL_1998 = '1998-10-25';

const S15 = (article: string): Source => ({
  key: 'S15',
  title: '民政部《全国性行业协会商会负责人任职管理办法（试行）》（2015-09-07）',
  url: 'https://freewechat.com/a/MzUzMjMxNTE3Ng==/2247588971/2',
  article,
});
const S17 = (article: string): Source => ({
  key: 'S17',
  title: '福建《全省行业协会商会负责人任职实施意见（试行）》（新闻报道；文件日期未见，自本配置起始日适用）',
  url: 'http://www.xbkwei.com/news/fj/1066847.html',
  article,
});
const S18 = (article: string): Source => ({
  key: 'S18',
  title: '《社会团体登记管理条例》（国务院令第250号，1998年原文）',
  url: 'http://www.zzguifan.com/webarbs/book/164190/4712436.shtml',
  article,
});
const T4 = (article: string): Source => ({
  key: 'T4',
  title: '《社会团体登记管理条例》（2016年2月6日修订）LawRefBook/Laws 行政法规/社会团体登记管理条例.md @3cd6e86b',
  url: 'https://github.com/LawRefBook/Laws',
  article,
});
const T9 = (article: string): Source => ({
  key: 'T9',
  title: '社会团体换届/章程规定（fjcv.org；文件标题未见，置信度低至中；自本配置起始日适用）',
  url: 'http://m.fjcv.org/page163?article_id=1307&pagenum=4',
  article,
});

function param(id: string, zh: string, en: string, unit: string, type: Parameter['type'], values: DatedValue<ParameterValue>[], description?: { zh: string; en: string }): Parameter {
  return description === undefined ? { id, label: { zh, en }, unit, type, values } : { id, label: { zh, en }, unit, type, values, description };
}

/**
 * National profile `national-2015`: 民政部 2015 (S15), the 条例 (1998 text S18; 2016 revision T4), 中组发〔2014〕11号
 * (T2), with 福建 (S17) and T9 where the national text is silent. See {@link reviewCandidate} for how each value is used.
 * @category Associations
 */
export const nationalAssociationProfile: Profile = /* @__PURE__ */ buildProfile();

function buildProfile(): Profile {
  return {
    id: 'national-2015',
    version: '1.0.0',
    label: { zh: '行业协会商会负责人审核：全国默认规则（2015）', en: 'Association leader review: national defaults (2015)' },
    jurisdiction: { name: { zh: '全国', en: 'China (national)' } },
    description: {
      zh: '全国性规定的默认值；公示期未找到依据，需由使用方设置。',
      en: 'National defaults; the public-notice period was not found and must be set by the host.',
    },
    parameters: {
      'associations.age.limit': param('associations.age.limit', '任职年龄上限（周岁）', 'Age limit (full years)', 'years', 'integer', [
        { effectiveFrom: START, value: 70, source: S15('第四条第（四）项：身体健康，年龄界限70周岁') },
      ], {
        zh: '选举日周岁大于此值即不符合：第71个生日当天起不符合（“不超过70周岁”按周岁≤70理解）。',
        en: 'Fails when the age in full years on the election date exceeds this value, i.e. from the 71st birthday on ("不超过70周岁" read as age in full years ≤ 70).',
      }),
      'associations.age.termWarningAge': param('associations.age.termWarningAge', '任期内达到此年龄即提示', 'Warn if this age is reached during the term', 'years', 'integer', [
        { effectiveFrom: START, value: 70, source: T9('第二十条至第二十二条：任期内将达到70周岁的，一般不再作为候选人') },
      ], {
        zh: '若该周岁生日不晚于任期最后一日，给出提示（不改变结论）。',
        en: 'A warning (not a failure) when the birthday of this age falls on or before the last day of the term.',
      }),
      'associations.term.maxYears': param('associations.term.maxYears', '每届任期上限', 'Longest term (届)', 'years', 'integer', [
        { effectiveFrom: START, value: 5, source: S15('负责人任期：每届不超过5年') },
      ]),
      'associations.term.maxConsecutive': param('associations.term.maxConsecutive', '同一职务连任届数上限', 'Most consecutive terms in the same post', 'terms', 'integer', [
        { effectiveFrom: START, value: 2, source: S15('连任不超过2届') },
      ]),
      'associations.term.extension': param('associations.term.extension', '超届任职（延长任期）的条件', 'Conditions to serve beyond the term limit', 'table', 'table', [
        { effectiveFrom: START, value: { memberVote: '2/3', registrationAuthorityApproval: true }, source: S17('因特殊情况需延长任期的，须经会员（代表）大会2/3以上表决通过，并报登记管理机关批准') },
      ]),
      'associations.term.hiredSecretaryExempt': param('associations.term.hiredSecretaryExempt', '聘任秘书长不受连任限制', 'A hired secretary-general has no term limit', 'switch', 'boolean', [
        { effectiveFrom: START, value: true, source: T9('聘任的秘书长不受任期限制') },
      ]),
      'associations.posts.exclusiveRoles': param('associations.posts.exclusiveRoles', '不得在其他社会团体兼任的职务', 'Posts that may not be held in another 社会团体 at the same time', 'roles', 'table', [
        { effectiveFrom: START, value: ['president', 'secretary_general'], source: S15('理事长（会长）、秘书长不得兼任其他社会团体的理事长（会长）、秘书长') },
      ]),
      'associations.posts.presidentSecretaryDistinct': param('associations.posts.presidentSecretaryDistinct', '理事长与秘书长不得为同一人或同一会员单位', 'President and secretary-general: not the same person nor the same member unit', 'switch', 'boolean', [
        { effectiveFrom: START, value: true, source: S15('理事长（会长）和秘书长不得由同一人兼任，并不得来自于同一会员单位') },
      ]),
      'associations.legalRepresentative.exclusive': param('associations.legalRepresentative.exclusive', '法定代表人不得兼任其他社会团体法定代表人', 'The legal representative may not be legal representative of another 社会团体', 'switch', 'boolean', [
        { effectiveFrom: REVISION_2016, value: true, source: T4('第十二条第三款：社会团体的法定代表人，不得同时担任其他社会团体的法定代表人') },
      ]),
      'associations.civilServant.barred': param('associations.civilServant.barred', '不得担任负责人的公务员身份', 'Civil-servant statuses that bar the post', 'statuses', 'table', [
        { effectiveFrom: START, value: ['serving', 'left_post_not_retired'], source: S15('不得由现职公务员兼任；不担任领导职务但尚未办理退休手续的公务员亦不得兼任') },
      ]),
      'associations.retiredCadre.coolingOffYears': param('associations.retiredCadre.coolingOffYears', '退休领导干部兼职限制期', 'Cooling-off period after a leading cadre retires', 'years', 'integer', [
        { effectiveFrom: START, value: 3, source: S15('退（离）休领导干部在退（离）休后三年内一般不得到行业协会商会兼职，个别确需兼职的，按干部管理权限审批') },
      ], {
        zh: '限制期以退休日的第3个周年日结束：当日起适用限制期后的规则。',
        en: 'The period ends on the 3rd anniversary of retirement: from that day the after-period rule applies.',
      }),
      'associations.retiredCadre.requiredRecord': param('associations.retiredCadre.requiredRecord', '退休领导干部兼职所需审批或备案', 'Approval or filing a retired leading cadre needs', 'table', 'table', [
        {
          effectiveFrom: START,
          value: { within: ['approval'], after: ['approval', 'filing'] },
          source: S15('三年内确需兼职的须按干部管理权限审批；三年后到行业协会商会兼职须按干部管理权限审批或备案（另见中组发〔2014〕11号：任何社会团体职务均须审批或备案）'),
        },
      ]),
      'associations.eligibility.politicalRights': param('associations.eligibility.politicalRights', '曾受剥夺政治权利刑事处罚者不得担任', 'Anyone ever sentenced to deprivation of political rights is barred', 'switch', 'boolean', [
        { effectiveFrom: ORIGINAL_1998, value: true, source: S18('第十三条第（三）项（1998年原文，不予批准筹备）') },
        { effectiveFrom: REVISION_2016, value: true, source: T4('第十三条第（三）项：发起人、拟任负责人正在或者曾经受到剥夺政治权利的刑事处罚的，不予登记') },
      ]),
      'associations.eligibility.fullCivilCapacity': param('associations.eligibility.fullCivilCapacity', '须具有完全民事行为能力', 'Full civil capacity is required', 'switch', 'boolean', [
        { effectiveFrom: ORIGINAL_1998, value: true, source: S18('第十三条第（三）项（1998年原文）') },
        { effectiveFrom: START, value: true, source: S15('第四条第（五）项：具有完全民事行为能力') },
        { effectiveFrom: REVISION_2016, value: true, source: T4('第十三条第（三）项：不具有完全民事行为能力的，不予登记') },
      ]),
      'associations.procedure.reviewBeforeElection': param('associations.procedure.reviewBeforeElection', '先审后选', 'Review before election (先审后选)', 'switch', 'boolean', [
        { effectiveFrom: START, value: true, source: { ...S12, article: '先审后选、分类审核（讲话未注明日期，自本配置起始日适用）' } },
      ]),
      'associations.procedure.publicNoticeDays': param('associations.procedure.publicNoticeDays', '会后公示期（自然日，含首尾）', 'Post-election public notice (calendar days, inclusive)', 'days', 'integer', [
        {
          effectiveFrom: START,
          value: null,
          source: { ...S12, title: `未找到依据（NOT FOUND）：${S12.title}只提到“会后公示”，未给出天数`, article: '事前沟通→会前初审→会后公示' },
        },
      ], {
        zh: '未找到公示天数：请用 withOverrides 设置，在此之前公示规则为“待定”。',
        en: 'No period was found: set it with withOverrides; until then the notice rule is undetermined.',
      }),
    },
  };
}
