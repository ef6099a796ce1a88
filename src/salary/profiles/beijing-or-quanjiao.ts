/**
 * Reference profile: a post-amount scheme (基本工资 + 职务年限补贴 + 岗位津贴 + 持证补贴 + 年度奖金) quoted by one Q&A
 * site for 北京 (S8) and, on another page of the same site, for 全椒县 in Anhui (T34). The attribution is uncertain
 * and the date of effect unknown; every result carries a notice saying so.
 * @module
 */
import type { Profile } from '../../core/profile.js';
import { S8, T34, UNDATED } from './sources.js';

/**
 * 北京 or 全椒县 (attribution uncertain; reference). No grade ladder: pay is fixed by post, plus 50 yuan/month per
 * year of service. 职务年限 (years in the post) is approximated by the service clock from `serviceStart`.
 * @category Salary profiles
 */
export const beijingOrQuanjiaoSalaryProfile: Profile = {
  id: 'beijing-or-quanjiao',
  version: '2026.1.0',
  label: { zh: '北京或全椒县社区工作者工资（出处存疑，参考）', en: 'Beijing or Quanjiao community worker pay (attribution uncertain; reference)' },
  jurisdiction: { name: { zh: '北京市或安徽省全椒县（出处存疑）', en: 'Beijing or Quanjiao County, Anhui (attribution uncertain)' } },
  description: {
    zh: 'S8 称为北京《关于进一步规范社区工作者工资待遇的实施办法》第六条，同一网站另页（T34）称为全椒县；生效日期未知。',
    en: 'S8 credits these figures to Beijing (实施办法 第六条); another page of the same site (T34) credits them to 全椒县. Date of effect unknown.',
  },
  parameters: {
    'salary.components': {
      id: 'salary.components',
      label: { zh: '薪酬构成', en: 'Pay components' },
      unit: 'table',
      type: 'table',
      values: [
        {
          effectiveFrom: UNDATED,
          value: [
            { id: 'basic', label: { zh: '基本工资', en: 'Basic pay' }, kind: 'postAmount', amounts: 'salary.pay.basicByPost' },
            { id: 'tenure', label: { zh: '职务年限补贴', en: 'Tenure allowance' }, kind: 'seniority', start: 'salary.pay.tenureStart', perLevel: 'salary.pay.tenurePerYear', failDelayYears: 'salary.pay.tenureFailDelay' },
            { id: 'postAllowance', label: { zh: '岗位津贴', en: 'Post allowance' }, kind: 'postAmount', amounts: 'salary.pay.postAllowance' },
            { id: 'certificate', label: { zh: '持证补贴', en: 'Certificate allowance' }, kind: 'certificateAllowance', amounts: 'salary.pay.certificateAllowance' },
            { id: 'bonus', label: { zh: '奖金', en: 'Annual bonus' }, kind: 'postAmount', amounts: 'salary.pay.annualBonus', period: 'year' },
          ],
          source: { ...S8, key: 'S8, T34' },
        },
      ],
    },
    'salary.pay.basicByPost': {
      id: 'salary.pay.basicByPost',
      label: { zh: '基本工资', en: 'Basic pay' },
      unit: 'yuan/month',
      type: 'table',
      values: [{ effectiveFrom: UNDATED, value: { principal: '720', deputy: '640', staff: '590' }, source: { ...S8, article: '第六条: 基本工资 正职 720 / 副职 640 / 一般 590 元/月' } }],
    },
    'salary.pay.tenureStart': {
      id: 'salary.pay.tenureStart',
      label: { zh: '职务年限补贴起点', en: 'Tenure allowance, starting amount' },
      unit: 'yuan/month',
      type: 'table',
      values: [{ effectiveFrom: UNDATED, value: { principal: '960', deputy: '845', staff: '740' }, source: { ...S8, article: '第六条: 职务年限补贴 起点 960 / 845 / 740 元/月' } }],
    },
    'salary.pay.tenurePerYear': {
      id: 'salary.pay.tenurePerYear',
      label: { zh: '职务年限补贴年增额', en: 'Tenure allowance, increase per year' },
      unit: 'yuan/month',
      type: 'decimal',
      values: [{ effectiveFrom: UNDATED, value: '50', source: { ...S8, article: '第六条: 考核合格的每年增加 50 元/月' } }],
    },
    'salary.pay.tenureFailDelay': {
      id: 'salary.pay.tenureFailDelay',
      label: { zh: '不合格年度不增加职务年限补贴', en: 'A year not assessed pass adds no tenure level' },
      unit: 'years',
      type: 'integer',
      description: {
        zh: '“考核合格的每年增加”：不合格年度不增加一档（本库把基本合格视同合格）。',
        en: '"increased each year assessed 合格": a fail year adds no level (this library counts 基本合格 as a pass).',
      },
      values: [{ effectiveFrom: UNDATED, value: 1, source: { ...S8, article: '第六条: 考核合格的每年增加 50 元/月' } }],
    },
    'salary.pay.postAllowance': {
      id: 'salary.pay.postAllowance',
      label: { zh: '岗位津贴', en: 'Post allowance' },
      unit: 'yuan/month',
      type: 'table',
      values: [{ effectiveFrom: UNDATED, value: { principal: '1300', deputy: '1100', staff: '950' }, source: { ...S8, article: '第六条: 岗位津贴 1300 / 1100 / 950 元/月, 随岗不随人' } }],
    },
    'salary.pay.certificateAllowance': {
      id: 'salary.pay.certificateAllowance',
      label: { zh: '持证补贴', en: 'Certificate allowance' },
      unit: 'yuan/month',
      type: 'table',
      description: {
        zh: '高级社会工作师的金额未见于来源，故不计发（结果带提示）。',
        en: 'No amount for 高级社会工作师 appears in the sources, so none is paid (the result carries a warning).',
      },
      values: [
        {
          effectiveFrom: UNDATED,
          value: { assistant: '50', intermediate: '80' },
          source: { ...S8, key: 'S8, T34', article: '社会工作师 +80 元/月 (S8); 助理社会工作师 +50 元/月 (T34, 全椒县)' },
        },
      ],
    },
    'salary.pay.annualBonus': {
      id: 'salary.pay.annualBonus',
      label: { zh: '年度奖金', en: 'Annual bonus' },
      unit: 'yuan/year',
      type: 'table',
      values: [{ effectiveFrom: UNDATED, value: { principal: '3600', deputy: '3600', staff: '3600' }, source: { ...S8, article: '奖金 3600 元/人/年' } }],
    },
    'salary.notices': {
      id: 'salary.notices',
      label: { zh: '配置提示', en: 'Profile notices' },
      unit: 'table',
      type: 'table',
      values: [
        {
          effectiveFrom: UNDATED,
          value: [
            {
              code: 'attribution_uncertain',
              zh: '本配置的金额出处存疑：S8 称北京，T34 称安徽全椒县；生效日期未知。',
              en: 'The amounts of this profile have an uncertain attribution: S8 says Beijing, T34 says 全椒县 (Anhui); date of effect unknown.',
            },
            {
              code: 'tenure_approximated',
              zh: '职务年限以社区工作年限（serviceStart）近似：每满一年、次年 1 月 1 日起增加一档，不合格年度顺延，基本合格视同合格。',
              en: 'Years in the post are approximated by the service clock from serviceStart: one level per full year from the next 1 January; fail years push it back; 基本合格 counts as a pass.',
            },
          ],
          source: { ...T34, key: 'S8, T34' },
        },
      ],
    },
  },
};
