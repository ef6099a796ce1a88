/**
 * Reference profile: the Nanjing 2018 pay floors (S6). Only the floors were found: no Nanjing amounts, coefficient
 * table or grade numbers, so the profile has no grade ladder and no pay lines. It checks a pay against the floor
 * once the host supplies the benchmark (last year's citywide 城镇非私营单位从业人员平均工资, NOT FOUND here);
 * combine its `salary.floor.ratios` and floor component with a profile that has pay components to check real pay.
 * @module
 */
import type { Profile } from '../../core/profile.js';
import { S6 } from './sources.js';

/**
 * 南京 2018 (reference): 书记/主任 annual pay ≥ 100% of the benchmark; other 社区工作者 ≥ 80% in the `inner`
 * districts (玄武、秦淮、建邺、鼓楼、栖霞、雨花台) and ≥ 70% in the `outer` ones (江北新区、江宁、浦口、六合、溧水、高淳).
 * Choose the group with `floorGroup`; pass the benchmark with `benchmark`.
 * @category Salary profiles
 */
export const nanjing2018SalaryProfile: Profile = {
  id: 'nanjing-2018',
  version: '2026.1.0',
  label: { zh: '南京 2018 社区工作者报酬下限（参考）', en: 'Nanjing 2018 community worker pay floors (reference)' },
  jurisdiction: { code: '320100', name: { zh: '江苏省南京市', en: 'Nanjing, Jiangsu' } },
  description: {
    zh: '仅含 S6 所引下限比例；基准工资由调用方提供；农村书记/村主任的下限（农村居民人均可支配收入的 2 倍）未建模。',
    en: "Only the floor ratios quoted in S6; the benchmark wage is a host input; the rural 书记/村主任 floor (2× rural per-capita disposable income) is not modelled.",
  },
  parameters: {
    'salary.components': {
      id: 'salary.components',
      label: { zh: '薪酬构成', en: 'Pay components' },
      unit: 'table',
      type: 'table',
      values: [
        {
          effectiveFrom: '2018-08-09',
          value: [{ id: 'nanjingFloor', label: { zh: '南京城市社区工作者报酬下限', en: 'Nanjing urban community worker pay floor' }, kind: 'floor', ratios: 'salary.floor.ratios' }],
          source: { ...S6, article: '报酬 (基本工资 + 绩效工资 + 五险一金) 不低于上年度全市城镇非私营单位从业人员平均工资的比例. Date of effect not found: the date is that of the report.' },
        },
      ],
    },
    'salary.floor.ratios': {
      id: 'salary.floor.ratios',
      label: { zh: '报酬下限比例', en: 'Pay floor ratios' },
      unit: 'ratio',
      type: 'table',
      description: {
        zh: 'inner：玄武、秦淮、建邺、鼓楼、栖霞、雨花台；outer：江北新区、江宁、浦口、六合、溧水、高淳。正职 = 社区党组织书记、居委会主任。',
        en: 'inner: 玄武, 秦淮, 建邺, 鼓楼, 栖霞, 雨花台; outer: 江北新区, 江宁, 浦口, 六合, 溧水, 高淳. principal = 社区党组织书记 and 居委会主任.',
      },
      values: [
        {
          effectiveFrom: '2018-08-09',
          value: { inner: { principal: '1', deputy: '0.8', staff: '0.8' }, outer: { principal: '1', deputy: '0.7', staff: '0.7' } },
          source: { ...S6, article: '书记、主任 ≥ 100%; 其他社区工作者 ≥ 80% (玄武/秦淮/建邺/鼓楼/栖霞/雨花台), ≥ 70% (江北新区/江宁/浦口/六合/溧水/高淳)' },
        },
      ],
    },
    'salary.notices': {
      id: 'salary.notices',
      label: { zh: '配置提示', en: 'Profile notices' },
      unit: 'table',
      type: 'table',
      values: [
        {
          effectiveFrom: '2018-08-09',
          value: [
            {
              code: 'reference_profile',
              zh: '南京 2018 参考配置只含下限：未找到南京的工资金额，结果无工资明细；S6 的报酬含五险一金，本库的年收入不含单位缴费。',
              en: 'The Nanjing 2018 reference profile holds only the floors: no Nanjing amounts were found, so results have no pay lines; S6 counts 五险一金 in pay, this library\'s annual pay does not include employer contributions.',
            },
          ],
          source: S6,
        },
      ],
    },
  },
};
