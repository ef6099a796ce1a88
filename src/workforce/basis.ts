/**
 * The texts the workforce rules cite: the Jiangsu 16条 as the broadcaster's report quotes it (U31), the exam conditions
 * (U33) and the Civil Code's counting of periods (U6).
 * @module
 * @internal
 */
import type { Source } from '../core/index.js';

const U31 = (article: string): Source => ({
  key: 'U31',
  title: '《关于加强社区工作者队伍建设的16条措施》（江苏）',
  article,
});

/** The article cited for each rule. @internal */
export const BASIS = {
  staffing: U31('“按照每万城镇常住人口拥有18人的标准配备社区工作者”'),
  pay: U31('“社区工作者平均薪酬原则上不低于上年度本地区全口径城镇单位就业人员平均工资水平”'),
  targets: U31('“今后5年的目标是，取得社会工作者职业资格证书人数占比达到60%以上，大专以上学历人数占比达到90%以上”'),
  certification: U31('“在具备社会工作者职业资格考试报名条件后，应在3年内取得相应职业资格证书”'),
  exit: U31('“连续两年考核不合格或者连续三年考核基本合格”'),
  exitOther: U31('退出情形（共6种；报道另见“因工作失职，造成居民群众利益重大损失或者造成恶劣影响”，其余4种未见）'),
  exam: {
    key: 'U33',
    title: '社会工作者职业水平考试报考条件',
    article: '助理社会工作师、社会工作师报考条件',
  } as Source,
} as const;
