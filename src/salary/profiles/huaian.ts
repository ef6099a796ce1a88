/**
 * The default profile: Huai'an, built on the common 三岗十八级 template. The rule numbers (grade windows, education
 * steps, the 3-year step, early promotion) are cited from the template sources; no Huai'an pay document was found,
 * so every money value is `provisional` and results carry a `provisional_parameter` warning until a host loads the
 * official values.
 * @module
 */
import type { Profile } from '../../core/profile.js';
import { HUAIAN_NOT_FOUND, S1, S11, S4, S5, S9, UNDATED } from './sources.js';

/**
 * 淮安 (default salary profile): common-template grade rules, placeholder amounts marked `provisional`.
 * Placeholder amounts: base 1000 yuan/month, coefficient 1.00 at grade 1 rising 0.10 per grade (so pay reads as
 * an index, not as money), certificate allowance 100/200/300 (S4's figures, not confirmed for Huai'an).
 * @category Salary profiles
 */
export const huaianSalaryProfile: Profile = {
  id: 'huaian',
  version: '2026.1.0',
  label: { zh: '淮安市社区工作者三岗十八级（通用模板，金额暂定）', en: "Huai'an community workers, three posts and 18 grades (common template; amounts provisional)" },
  jurisdiction: { code: '320800', name: { zh: '江苏省淮安市', en: "Huai'an, Jiangsu" } },
  description: {
    zh: '等级规则取自通用模板（S1、S4、S5、S11）；未找到淮安薪酬文件，所有金额为暂定占位值，结果带有暂定提示。',
    en: "Grade rules from the common template (S1, S4, S5, S11). No Huai'an pay document was found: every amount is a provisional placeholder and results carry a warning.",
  },
  parameters: {
    'salary.grade.windows': {
      id: 'salary.grade.windows',
      label: { zh: '各岗位等级范围', en: 'Grade window of each post' },
      unit: 'grade',
      type: 'table',
      values: [
        {
          effectiveFrom: UNDATED,
          value: { principal: { min: 7, max: 18 }, deputy: { min: 4, max: 15 }, staff: { min: 1, max: 12 } },
          source: { ...S1, key: 'S1, S4, S11', article: '正职 7–18 (S1, S4, S11); 副职 4–15 and 其他工作人员 1–12 (S1, S4). Date of effect not given.' },
        },
      ],
    },
    'salary.grade.educationSteps': {
      id: 'salary.grade.educationSteps',
      label: { zh: '学历定级加级', en: 'Grade steps for education' },
      unit: 'grade',
      type: 'table',
      values: [{ effectiveFrom: UNDATED, value: { college_or_below: 0, bachelor: 1, master: 2, doctorate: 3 }, source: { ...S4, article: '本科 +1, 硕士 +2, 博士 +3 (baseline 大专及以下)' } }],
    },
    'salary.grade.serviceYearsPerStep': {
      id: 'salary.grade.serviceYearsPerStep',
      label: { zh: '每晋一级所需满工作年限', en: 'Full years of service per grade step' },
      unit: 'years',
      type: 'integer',
      values: [{ effectiveFrom: UNDATED, value: 3, source: { ...S1, key: 'S1, S5', article: '每满3年晋升一级，次年1月1日起执行 (S1 and S5 agree)' } }],
    },
    'salary.grade.failDelayYears': {
      id: 'salary.grade.failDelayYears',
      label: { zh: '每个不合格年度推迟晋级的年数', en: 'Years each fail year delays the service clock' },
      unit: 'years',
      type: 'integer',
      description: {
        zh: 'S5 仅称“年度考核不合格的相应推迟”；每个不合格年度推迟一年是本库对“相应”的解读。',
        en: 'S5 only says promotion is "delayed accordingly" after a fail year; one year per fail year is this library\'s reading.',
      },
      values: [{ effectiveFrom: UNDATED, value: 1, source: { ...S5, article: '年度考核不合格 → 晋级相应推迟 (confidence L)' } }],
    },
    'salary.grade.earlyPromotion': {
      id: 'salary.grade.earlyPromotion',
      label: { zh: '连续优秀提前晋级', en: 'Early promotion for consecutive excellent years' },
      unit: 'table',
      type: 'table',
      values: [{ effectiveFrom: UNDATED, value: { consecutiveExcellent: 2, maxSteps: 2 }, source: { ...S5, article: '连续2年优秀提前晋升1级，提前晋升最多2次 (confidence L)' } }],
    },
    'salary.grade.certificateMode': {
      id: 'salary.grade.certificateMode',
      label: { zh: '社工证计入方式', en: 'How a certificate counts' },
      unit: 'text',
      type: 'text',
      description: { zh: "'allowance'：按月发放持证补贴；'grade-steps'：按证书等级加级（就高不叠加）。", en: "'allowance': a monthly allowance; 'grade-steps': grade steps by level (highest only)." },
      values: [{ effectiveFrom: UNDATED, value: 'allowance', source: { ...S4, article: '持证补贴按月发放 (S4)' } }],
    },
    'salary.grade.certificateSteps': {
      id: 'salary.grade.certificateSteps',
      label: { zh: '证书加级（仅 grade-steps 方式使用）', en: "Grade steps by certificate (used only in 'grade-steps' mode)" },
      unit: 'grade',
      type: 'table',
      values: [{ effectiveFrom: UNDATED, value: { assistant: 1, intermediate: 2, senior: 3 }, source: { ...S9, article: '温州、宁波 初级 +1 / 中级 +2 / 高级 +3; 呼和浩特 助理 +1 / 中级 +2 / 高级 +3, 就高不叠加' } }],
    },
    'salary.components': {
      id: 'salary.components',
      label: { zh: '薪酬构成', en: 'Pay components' },
      unit: 'table',
      type: 'table',
      description: {
        zh: '工资 = 基数 × 等级系数，其中基本工资 70%、绩效工资 30%（按标准比例计，未按考核调整）；另按月发放持证补贴。',
        en: 'Pay = base × grade coefficient, split 70% basic / 30% performance (at the standard share, before any assessment adjustment); plus a monthly certificate allowance.',
      },
      values: [
        {
          effectiveFrom: UNDATED,
          value: [
            { id: 'basic', label: { zh: '基本工资', en: 'Basic pay' }, kind: 'gradeCoefficient', base: 'salary.pay.base', coefficients: 'salary.pay.gradeCoefficients', share: 'salary.pay.basicShare' },
            {
              id: 'performance',
              label: { zh: '绩效工资（标准）', en: 'Performance pay (standard)' },
              kind: 'gradeCoefficient',
              base: 'salary.pay.base',
              coefficients: 'salary.pay.gradeCoefficients',
              share: 'salary.pay.performanceShare',
            },
            { id: 'certificate', label: { zh: '持证补贴', en: 'Certificate allowance' }, kind: 'certificateAllowance', amounts: 'salary.pay.certificateAllowance' },
          ],
          source: { ...S4, article: '薪酬 = 基数 × 1 × 等级系数; 基本工资 70%, 绩效工资 30%; 持证补贴按月 (structure of the common template)' },
        },
      ],
    },
    'salary.pay.base': {
      id: 'salary.pay.base',
      label: { zh: '薪酬基数', en: 'Pay base' },
      unit: 'yuan/month',
      type: 'decimal',
      description: {
        zh: 'S4 的基数为新录用街道事业编人员平均应发工资的 1 倍；淮安的数额未找到。',
        en: "In S4 the base is 1× the average gross pay of newly hired 街道事业编 staff; Huai'an's figure was not found.",
      },
      values: [{ effectiveFrom: UNDATED, value: '1000', source: HUAIAN_NOT_FOUND, provisional: true }],
    },
    'salary.pay.gradeCoefficients': {
      id: 'salary.pay.gradeCoefficients',
      label: { zh: '等级系数', en: 'Grade coefficients' },
      unit: 'ratio',
      type: 'table',
      description: { zh: '未找到任何江苏城市或淮安的系数表（POLICY.md §1.5）。', en: 'No coefficient table was found for any Jiangsu city or for Huai\'an (POLICY.md §1.5).' },
      values: [
        {
          effectiveFrom: UNDATED,
          value: {
          '1': '1.00',
          '2': '1.10',
          '3': '1.20',
          '4': '1.30',
          '5': '1.40',
          '6': '1.50',
          '7': '1.60',
          '8': '1.70',
          '9': '1.80',
          '10': '1.90',
          '11': '2.00',
          '12': '2.10',
          '13': '2.20',
          '14': '2.30',
          '15': '2.40',
          '16': '2.50',
          '17': '2.60',
          '18': '2.70',
          },
          source: HUAIAN_NOT_FOUND,
          provisional: true,
        },
      ],
    },
    'salary.pay.basicShare': {
      id: 'salary.pay.basicShare',
      label: { zh: '基本工资比例', en: 'Basic pay share' },
      unit: 'ratio',
      type: 'decimal',
      values: [{ effectiveFrom: UNDATED, value: '0.7', source: { ...S4, article: '基本工资 70%' } }],
    },
    'salary.pay.performanceShare': {
      id: 'salary.pay.performanceShare',
      label: { zh: '绩效工资比例', en: 'Performance pay share' },
      unit: 'ratio',
      type: 'decimal',
      values: [{ effectiveFrom: UNDATED, value: '0.3', source: { ...S4, article: '绩效工资 30%' } }],
    },
    'salary.pay.certificateAllowance': {
      id: 'salary.pay.certificateAllowance',
      label: { zh: '持证补贴', en: 'Certificate allowance' },
      unit: 'yuan/month',
      type: 'table',
      values: [
        {
          effectiveFrom: UNDATED,
          value: { assistant: '100', intermediate: '200', senior: '300' },
          source: { ...S4, article: '持证补贴不低于 初级 100 / 中级 200 / 高级 300 元/月 (S4, city not named; not confirmed for Huai\'an)' },
          provisional: true,
        },
      ],
    },
  },
};
