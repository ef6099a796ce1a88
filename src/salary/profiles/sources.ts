/**
 * The sources the shipped salary profiles cite (keys of the source table in POLICY.md; URLs as found).
 * @module
 */
import type { Source } from '../../core/parameters.js';

/** Date used when a source gives no date of effect: the value is not limited in time by the profile. @internal */
export const UNDATED = '0001-01-01';

/** @internal */
export const S1: Source = { key: 'S1', title: '社工三岗18级 explainer (m.jiusongjiankang)', url: 'https://m.jiusongjiankang.com/health/news/4427875.html' };
/** @internal */
export const S4: Source = {
  key: 'S4',
  title: 'Local 社区工作者管理办法 articles 18–22 (city not named; source line "济南中公教育")',
  url: 'https://www.zbrczp.cn/article/43673.html',
};
/** @internal */
export const S5: Source = { key: 'S5', title: '社区工作者服务年限/晋升 Q&A (locality not named; confidence L)', url: 'https://m.jiusongjiankang.com/health/news/4468058.html' };
/** @internal */
export const S6: Source = {
  key: 'S6',
  title: '南京 "城市\'小巷总理\'年薪不低于9.8万" (中国社会工作网 repost of 现代快报, 2018-08-09), on 《南京市社区工作者管理办法(试行)》 and 《关于规范城市社区工作者薪酬管理的指导意见(试行)》',
  url: 'http://news.swchina.org/hot/2018/0809/31977.shtml',
};
/** @internal */
export const S8: Source = {
  key: 'S8',
  title: '《关于进一步规范社区工作者工资待遇的实施办法》 第六条, quoted in a Q&A credited to 北京 (attribution uncertain, see T34)',
  url: 'http://www.hbrsks.net/shehui/?id=3241',
  article: '第六条',
};
/** @internal */
export const T34: Source = { key: 'T34', title: '全椒县 社区工作者 工资 Q&A (same site as S8; same figures credited to 全椒县, adds 助理社会工作师 +50)', url: 'http://www.hbrsks.net/shehui/?id=53082' };
/** @internal */
export const S9: Source = { key: 'S9', title: '社工证 subsidies by region (希赛): 温州、宁波 初级 +1 / 中级 +2 / 高级 +3 grades; 呼和浩特 就高不叠加', url: 'https://m.educity.cn/shgzz/5273130.html' };
/** @internal */
export const S11: Source = { key: 'S11', title: '"社区四岗十八级岗位等级" (辅导客)', url: 'https://www.fudaoke.com/exam/2563044.html' };

/** Placeholder source for Huai'an amounts: no Huai'an document was found. @internal */
export const HUAIAN_NOT_FOUND: Source = {
  key: 'NOT FOUND',
  title:
    '暂定占位值：未找到淮安市社区工作者薪酬文件（POLICY.md §1.1、§1.5、§7：无系数表、无基准、无持证补贴标准）。请用官方取值以 withOverrides 或自有 JSON 配置覆盖。 / Placeholder: no Huai\'an pay document was found (POLICY.md §1.1, §1.5, §7: no coefficient table, benchmark or certificate allowance). Override with official values (withOverrides or your own JSON profile).',
};
