/**
 * The shipped holiday calendar, one row per year's 国务院办公厅 notice, written the way the notice reads:
 * `春节:0128-0204/0126,0208` = 春节 rest days 01-28 to 02-04, make-up working days 01-26 and 02-08. A date is `MMDD`
 * in the row's year, or `YYYYMMDD` in another year (元旦 sometimes starts in the December before). Rows expand into
 * the JSON a host loads with `parseWorkCalendar`, and go through that parser on first use.
 *
 * - 2025 and 2026: the notices as published (U8, U9), transcribed day by day and checked against the Xinhua releases;
 *   confidence H.
 * - 2015–2024: transcribed from the GitHub data set NateScarlet/holiday-cn (commit d4e53bf), which scrapes the
 *   notices at the gov.cn addresses given as sources; the notices themselves were not read here, so confidence M.
 *   holiday-cn lists only the days a notice names, so weekends that merely adjoin a holiday are absent there and
 *   here (they are rest days anyway). The later notices of 2015 (9月3日, 抗战胜利70周年), 2019 (劳动节 extended) and
 *   2020 (春节 extended) are included and cited; their titles, numbers and dates were checked against reposts.
 *   Runs of consecutive rest days were written as ranges; no day was added or dropped, except holiday-cn's
 *   2020-02-03 (a Monday, "2月3日起正常上班"), which is a working day anyway and not a make-up day.
 * - Every day of 2015–2026 agrees with the chinese-days package (a test).
 * @module
 */
import type { CalendarConfidence, CalendarSource } from '../work-calendar.js';

const GOV = 'http://www.gov.cn/zhengce/zhengceku/';
const OFFICE = '国务院办公厅';

/** The yearly notice, cited by its gov.cn address (title as every year's notice is titled). */
const notice = (year: number, url: string): CalendarSource => ({
  title: `${OFFICE}关于${year}年部分节假日安排的通知`,
  issuer: OFFICE,
  url: url.startsWith('https:') ? url : GOV + url,
});

const EN: Readonly<Record<string, string>> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
  抗日战争暨世界反法西斯战争胜利70周年纪念日:
    '70th anniversary of the victory in the War of Resistance and the World Anti-Fascist War',
};

type Row = readonly [
  year: number,
  confidence: CalendarConfidence,
  sources: readonly CalendarSource[],
  holidays: string,
];

// prettier-ignore
const ROWS: readonly Row[] = [
  [2015, 'M', [notice(2015, '2014-12/16/content_9302.htm'), { title: '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知', issuer: '国务院', number: '国发明电〔2015〕1号', date: '2015-05-13', url: `${GOV}2015-05/13/content_9742.htm` }],
    '元旦:0101-0103/0104;春节:0218-0224/0215,0228;清明节:0405-0406;劳动节:0501;端午节:0620,0622;抗日战争暨世界反法西斯战争胜利70周年纪念日:0903-0905/0906;中秋节:0927;国庆节:1001-1007/1010'],
  [2016, 'M', [notice(2016, '2015-12/10/content_10394.htm')],
    '元旦:0101;春节:0207-0213/0206,0214;清明节:0404;劳动节:0501-0502;端午节:0609-0611/0612;中秋节:0915-0917/0918;国庆节:1001-1007/1008,1009'],
  [2017, 'M', [notice(2017, '2016-12/01/content_5141603.htm')],
    '元旦:0101-0102;春节:0127-0202/0122,0204;清明节:0402-0404/0401;劳动节:0501;端午节:0528-0530/0527;中秋节、国庆节:1001-1008/0930'],
  [2018, 'M', [notice(2018, '2017-11/30/content_5243579.htm')],
    '元旦:0101;春节:0215-0221/0211,0224;清明节:0405-0407/0408;劳动节:0429-0501/0428;端午节:0618;中秋节:0924;国庆节:1001-1007/0929,0930'],
  [2019, 'M', [notice(2019, '2018-12/06/content_5346276.htm'), { title: `${OFFICE}关于调整2019年劳动节假期安排的通知`, issuer: OFFICE, number: '国办发明电〔2019〕3号', date: '2019-03-22', url: `${GOV}2019-03/22/content_5375877.htm` }],
    '元旦:20181230-0101/20181229;春节:0204-0210/0202,0203;清明节:0405;劳动节:0501-0504/0428,0505;端午节:0607;中秋节:0913;国庆节:1001-1007/0929,1012'],
  [2020, 'M', [notice(2020, '2019-11/21/content_5454164.htm'), { title: `${OFFICE}关于延长2020年春节假期的通知`, issuer: OFFICE, number: '国办发明电〔2020〕1号', date: '2020-01-26', url: `${GOV}2020-01/27/content_5472352.htm` }],
    '元旦:0101;春节:0124-0202/0119;清明节:0404-0406;劳动节:0501-0505/0426,0509;端午节:0625-0627/0628;国庆节、中秋节:1001-1008/0927,1010'],
  [2021, 'M', [notice(2021, '2020-11/25/content_5564127.htm')],
    '元旦:0101-0103;春节:0211-0217/0207,0220;清明节:0403-0405;劳动节:0501-0505/0425,0508;端午节:0612-0614;中秋节:0919-0921/0918;国庆节:1001-1007/0926,1009'],
  [2022, 'M', [notice(2022, '2021-10/25/content_5644835.htm')],
    '元旦:0101-0103;春节:0131-0206/0129,0130;清明节:0403-0405/0402;劳动节:0430-0504/0424,0507;端午节:0603-0605;中秋节:0910-0912;国庆节:1001-1007/1008,1009'],
  [2023, 'M', [notice(2023, '2022-12/08/content_5730844.htm')],
    '元旦:20221231-0102;春节:0121-0127/0128,0129;清明节:0405;劳动节:0429-0503/0423,0506;端午节:0622-0624/0625;中秋节、国庆节:0929-1006/1007,1008'],
  [2024, 'M', [notice(2024, 'https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm')],
    '元旦:0101;春节:0210-0217/0204,0218;清明节:0404-0406/0407;劳动节:0501-0505/0428,0511;端午节:0610;中秋节:0915-0917/0914;国庆节:1001-1007/0929,1012'],
  [2025, 'H', [{ key: 'U8', title: `${OFFICE}关于2025年部分节假日安排的通知`, issuer: OFFICE, number: '国办发明电〔2024〕12号', date: '2024-11-12', url: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm', note: 'several identical copies of the notice; gov.cn address as listed by holiday-cn' }],
    '元旦:0101;春节:0128-0204/0126,0208;清明节:0404-0406;劳动节:0501-0505/0427;端午节:0531-0602;国庆节、中秋节:1001-1008/0928,1011'],
  [2026, 'H', [{ key: 'U9', title: `${OFFICE}关于2026年部分节假日安排的通知`, issuer: OFFICE, date: '2025-11-04', url: 'https://politics.gmw.cn/2025-11/04/content_38391083.htm', note: 'the Xinhua release of the notice, which gives no document number' }],
    '元旦:0101-0103/0104;春节:0215-0223/0214,0228;清明节:0404-0406;劳动节:0501-0505/0509;端午节:0619-0621;中秋节:0925-0927;国庆节:1001-1007/0920,1010'],
];

function iso(year: number, d: string): string {
  return d.length === 8 ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : `${year}-${d.slice(0, 2)}-${d.slice(2)}`;
}

/**
 * The shipped years as the JSON a host would write (one object per notice), oldest first.
 * @internal
 */
export function shippedCalendarYears(): unknown[] {
  return ROWS.map(([year, confidence, sources, holidays]) => ({
    year,
    confidence,
    sources,
    ...(confidence === 'M'
      ? {
          transcribedFrom: `NateScarlet/holiday-cn ${year}.json at commit d4e53bf${year === 2020 ? '; its 2020-02-03 (a Monday) is a working day anyway, not a make-up day' : ''}`,
        }
      : {}),
    holidays: holidays.split(';').map((h) => {
      const [zh, days] = h.split(':') as [string, string];
      const [rest, work] = days.split('/') as [string, string?];
      return {
        name: {
          zh,
          en: zh
            .split('、')
            .map((n) => EN[n] ?? n)
            .join(' and '),
        },
        restDays: rest.split(',').map((r) =>
          r
            .split('-')
            .map((d) => iso(year, d))
            .join('/'),
        ),
        ...(work === undefined ? {} : { workdays: work.split(',').map((d) => iso(year, d)) }),
      };
    }),
  }));
}
