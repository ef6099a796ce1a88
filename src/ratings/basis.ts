/**
 * The articles the ratings rules cite: 民政部令第39号 (U3, the text quoted from its full copy) for the national rules;
 * city rules cite the source of the profile value they read (a Suzhou or 怀宁 notice), so a comparator says so.
 * @module
 * @internal
 */
import type { Source } from '../core/index.js';

const U3 = (article: string): Source => ({
  key: 'U3',
  title: '《社会组织评估管理办法》',
  number: '民政部令第39号',
  article,
});

/** The article cited for each national rule. @internal */
export const BASIS = {
  grades: U3('第二十六条'),
  firstEvaluation: U3('第六条第一项'),
  expired: U3('第六条第二项'),
  renewal: U3('第二十九条第一款'),
  deemedNone: U3('第二十九条第二款'),
  validity: U3('第二十八条第一款'),
  inspection: U3('第七条第一项、第二项'),
  penalty: U3('第七条第三项'),
  investigation: U3('第七条第四项'),
  bar: U3('第三十一条'),
  sanctions: U3('第三十条第三项至第五项'),
  cancellation: U3('第三十条'),
  certificateReturn: U3('第三十三条'),
  priority: U3('第二十八条第二款'),
  taxDeduction: U3('第二十八条第三款'),
  simplifiedInspection: U3('第二十八条第四款'),
  certificate: U3('第十六条第七项'),
} as const;

/** The tax announcement that makes 3A+ one condition of the deduction route (U20). @internal */
export const TAX_ANNOUNCEMENT: Source = {
  key: 'U20',
  title: '财政部、税务总局、民政部公告2020年第27号（公益性捐赠税前扣除资格）',
  number: '财政部 税务总局 民政部公告2020年第27号',
};
