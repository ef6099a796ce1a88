/**
 * The articles the committees domain cites: 《村民委员会组织法》 (U27) and 《城市居民委员会组织法》 (U28), both as amended
 * 2018-12-29 (verbatim texts: LawRefBook/Laws, 宪法相关法/), and the 2021 national plan for the service facility (U29).
 * @module
 * @internal
 */
import type { Source } from '../core/index.js';

const U27 = (article: string): Source => Object.freeze({ key: 'U27', title: '《村民委员会组织法》', article });
const U28 = (article: string): Source => Object.freeze({ key: 'U28', title: '《城市居民委员会组织法》', article });
const U29 = (article: string): Source =>
  Object.freeze({ key: 'U29', title: '《“十四五”城乡社区服务体系建设规划》', number: '国办发〔2021〕56号', article });

/** The article of each rule (village and residents' committees cite their own law). @internal */
export const BASIS = {
  villageSize: U27('第六条第一款'),
  villageWomen: U27('第六条第二款'),
  villageEthnic: U27('第六条第二款'),
  villageTerm: U27('第十一条第二款'),
  villageSubcommittees: U27('第七条'),
  supervisoryBody: U27('第三十二条'),
  representatives: U27('第二十五条第二款'),
  assemblyShares: U27('第二十五条第一款'),
  assemblyMeetings: U27('第二十六条第一款'),
  generalDisclosure: U27('第三十条第三款'),
  review: U27('第三十三条第一款'),
  villagersMeeting: U27('第二十二条第一款'),
  meetingNotice: U27('第二十一条第二款'),
  assemblyQuorum: U27('第二十六条第二款'),
  groupMeeting: U27('第二十八条第一款'),
  voterList: U27('第十四条第一款'),
  objection: U27('第十四条第二款'),
  election: U27('第十五条第二款'),
  recall: U27('第十六条第二款'),
  handover: U27('第二十条'),
  residentsSize: U28('第七条'),
  residentsEthnic: U28('第七条'),
  residentsHouseholds: U28('第六条第一款'),
  residentsTerm: U28('第八条第一款'),
  residentsSubcommittees: U28('第十三条'),
  residentsMeeting: U28('第九条第三款'),
  facilityArea: U29('社区综合服务设施每百户面积指标'),
  facilityActivity: U29('居民活动区域面积比例指标'),
} as const;
