/**
 * Legal periods (期间) counted in days, months or years, per 《中华人民共和国民法典》 arts. 200–204 and 1259 by
 * default, with the counting convention declared as a value so that a host or a domain can choose another one.
 *
 * The articles (verbatim, 民法典 总则 第十章 and 附则; source U6):
 * - 第二百条 民法所称的期间按照公历年、月、日、小时计算。
 * - 第二百零一条 按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。
 * - 第二百零二条 按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。
 * - 第二百零三条 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。
 * - 第二百零四条 期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的除外。
 * - 第一千二百五十九条 民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；所称的“不满”、“超过”、“以外”，不包括本数。
 *
 * Art. 203's 法定休假日 is read as every rest day of the work calendar (weekends included, make-up working days
 * excluded), so the period moves to the first working day after the rest days. Hours (art. 201 ¶2) and the
 * closing time of the last day (art. 203 ¶2) are outside a date library.
 * @module
 */
import {
  daysInMonth,
  dayNumberOf,
  fromDayNumber,
  parseCalendarDate,
  ymdOf,
  type CalendarDate,
} from './calendar-date.js';
import {
  PolicyError,
  fail,
  maskIds,
  pathArg,
  quote,
  toSafe,
  typeName,
  type IssuePath,
  type SafeParseResult,
} from './errors.js';
import { checkNesting } from './nesting.js';
import type { Bilingual, Source } from './parameters.js';
import { bilingualRecord } from './bilingual-record.js';
import { defineRecord, fields } from './record.js';
import {
  CALENDAR_MESSAGES,
  defaultWorkCalendar,
  dayKind,
  holidayOn,
  tryWorkingDayOnOrAfter,
  type CalendarMessage,
  type CalendarMessageParams,
  type CalendarOutcome,
  type WorkCalendar,
} from './work-calendar.js';

// Only the work calendar's public API is used here, so the two modules can be re-exported whole.
function raise(message: CalendarMessage, path: IssuePath, params: CalendarMessageParams = {}): never {
  // The offending value is shown by its type, or quoted short with any resident ID in it masked.
  const v = params.value;
  const p =
    v === undefined
      ? { ...params }
      : { ...params, value: typeof v === 'string' ? quote(v, 40) : typeof v === 'number' ? v : typeName(v) };
  return fail(message.code, path, maskIds(message.zh(p)), maskIds(message.en(p)), p);
}

/**
 * What happens when a period's last day is a rest day.
 * - `'civil-code-203'`: it moves to the first working day after the rest days (民法典 art. 203);
 * - `'none'`: it stays (for rules that say the period is not extended, or for status windows such as "退休后三年内"
 *   where a host prefers the plain anniversary).
 * @category Periods
 */
export type RollOverRule = 'none' | 'civil-code-203';

/**
 * How periods are counted: a declared value, never an implicit habit. {@link CIVIL_CODE_PERIODS} is the default;
 * a host or a domain may declare another (民法典 art. 204 allows a law or the parties to provide otherwise).
 * @category Periods
 */
export interface PeriodConvention {
  /** Stable id, reported in every result (e.g. `"civil-code"`). */
  readonly id: string;
  /** Name of the convention. */
  readonly label: Bilingual;
  /**
   * `true`: the start day is not counted and counting starts the next day (民法典 art. 201), so 15 days from
   * 02-10 end on 02-25. `false`: the start day is day 1, and every period ends one day earlier than under art. 201
   * (for months and years: the day before the corresponding day).
   */
  readonly startDayExcluded: boolean;
  /** What happens when the last day is a rest day. */
  readonly rollOver: RollOverRule;
  /**
   * The rule ids to cite in results: for counting from the start, for the corresponding day of months and years
   * (a missing day becomes the month's last day, 民法典 art. 202), and for the roll-over. Ids of
   * {@link PERIOD_ARTICLES} or the host's own.
   */
  readonly articles: { readonly start: string; readonly monthEnd: string; readonly rollOver?: string };
}

/**
 * The 民法典 reading (the default): start day not counted (art. 201); months and years end on the corresponding
 * day, or the month's last day when there is none (art. 202); a last day that is a rest day moves to the first
 * working day after it (art. 203).
 * @category Periods
 */
export const CIVIL_CODE_PERIODS: PeriodConvention = {
  id: 'civil-code',
  label: { zh: '民法典第二百零一条至第二百零三条', en: 'Civil Code arts. 201–203' },
  startDayExcluded: true,
  rollOver: 'civil-code-203',
  articles: { start: 'civil-code-201', monthEnd: 'civil-code-202', rollOver: 'civil-code-203' },
};

const civilCode = (article: string): Source => ({ key: 'U6', title: '中华人民共和国民法典', article });

/**
 * Where the rule ids that period results cite come from (民法典 articles; the verbatim texts are quoted in this
 * module's documentation, from LawRefBook/Laws 民法典/总则.md and 附则.md).
 * @category Periods
 */
export const PERIOD_ARTICLES: Readonly<Record<string, Source>> = {
  'civil-code-201': civilCode('第二百零一条'),
  'civil-code-202': civilCode('第二百零二条'),
  'civil-code-203': civilCode('第二百零三条'),
  'civil-code-1259': civilCode('第一千二百五十九条'),
};

/**
 * A period's length: exactly one of days, months or years, a positive whole number.
 * @category Periods
 */
export type PeriodLength = { readonly days: number } | { readonly months: number } | { readonly years: number };

/** Options of the period functions. @category Periods */
export interface PeriodOptions {
  /** The counting convention (default {@link CIVIL_CODE_PERIODS}). */
  readonly convention?: PeriodConvention;
  /** The work calendar for the roll-over (default: the shipped calendar). */
  readonly calendar?: WorkCalendar;
  /** Where the start date sits in the caller's input, for error paths (default `['start']`). */
  readonly path?: IssuePath;
}

/** The reading a period result used: the convention and the rule ids that decided it. @category Periods */
export interface PeriodRule {
  /** The convention's id (e.g. `"civil-code"`). */
  readonly convention: string;
  /** The rule ids applied, in order (e.g. `['civil-code-201', 'civil-code-203']`); the roll-over article is listed whenever the roll-over was checked, whether or not it moved the day. */
  readonly articles: readonly string[];
}

/**
 * The end of a period.
 * @category Periods
 */
export interface PeriodEnd {
  /** The start date given. */
  readonly start: CalendarDate;
  /** The period's last day (inclusive: "within" the period means on or before it; 民法典 art. 1259). */
  readonly end: CalendarDate;
  /** The last day before the roll-over, when it was a rest day and the period moved. */
  readonly rolledFrom?: CalendarDate;
  /** The holiday that day fell in, when it was a listed holiday (absent for an ordinary weekend). */
  readonly holiday?: Bilingual;
  /** The convention and articles used. */
  readonly rule: PeriodRule;
}

const rulesCache = /* @__PURE__ */ new WeakMap<PeriodConvention, readonly [PeriodRule, PeriodRule]>();

let lastConvention: PeriodConvention | undefined;
let lastRules: readonly [PeriodRule, PeriodRule] | undefined;

function rulesOf(c: PeriodConvention): readonly [PeriodRule, PeriodRule] {
  if (c === lastConvention) return lastRules!;
  let r = rulesCache.get(c);
  if (r === undefined) {
    // A host's convention names its own ids and articles: a resident ID written in one is masked in results.
    const roll = c.rollOver === 'none' ? [] : [maskIds(c.articles.rollOver ?? 'civil-code-203')];
    const id = maskIds(c.id);
    const start = maskIds(c.articles.start);
    r = [
      Object.freeze({ convention: id, articles: Object.freeze([start, ...roll]) }),
      Object.freeze({ convention: id, articles: Object.freeze([start, maskIds(c.articles.monthEnd), ...roll]) }),
    ];
    rulesCache.set(c, r);
  }
  lastConvention = c;
  lastRules = r;
  return r;
}

const checked = /* @__PURE__ */ new WeakSet<object>();

/** The options' convention, validated once per object (a host may build one from JSON without parsing it). */
function conventionOf(options: PeriodOptions): PeriodConvention {
  if (typeof options !== 'object' || options === null) return raise(CALENDAR_MESSAGES.optionsType, ['options']);
  const c = options.convention;
  if (c === undefined || c === CIVIL_CODE_PERIODS || c === lastConvention) return c ?? CIVIL_CODE_PERIODS;
  if (!checked.has(c)) {
    parsePeriodConvention(c, ['options', 'convention']);
    checked.add(c);
  }
  return c;
}

const UNITS = ['days', 'months', 'years'] as const;
const MAX_DAY = 2932896; // 9999-12-31
const MIN_DAY = -719162; // 0001-01-01

// The unit of the last plainEnd call (0 days, 1 months, 2 years): a variable rather than a returned pair, because
// periodEnd is on the hot path of batch deadline computations.
let lastUnit = 0;

/** Day number of the period's last day before any roll-over (its unit in `lastUnit`). */
function plainEnd(start: CalendarDate, length: PeriodLength, c: PeriodConvention, path: IssuePath): number {
  const ymd = typeof start === 'string' ? ymdOf(start) : -1;
  if (ymd < 0) parseCalendarDate(start, path);
  if (typeof length !== 'object' || length === null) return raise(CALENDAR_MESSAGES.periodShape, ['length']);
  const l = length as { days?: unknown; months?: unknown; years?: unknown };
  const days = l.days;
  const months = l.months;
  const years = l.years;
  const given = (days === undefined ? 0 : 1) + (months === undefined ? 0 : 1) + (years === undefined ? 0 : 1);
  if (given !== 1) return raise(CALENDAR_MESSAGES.periodShape, ['length']);
  const unit = days !== undefined ? 0 : months !== undefined ? 1 : 2;
  const n = unit === 0 ? days : unit === 1 ? months : years;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) {
    return raise(CALENDAR_MESSAGES.periodRange, ['length', UNITS[unit]!], { value: n });
  }
  const y = Math.floor(ymd / 10000);
  const m = Math.floor(ymd / 100) % 100;
  const d = ymd % 100;
  let day: number;
  if (unit === 0) day = dayNumberOf(y, m, d) + n;
  else {
    // Art. 202: the corresponding day of the last month, or that month's last day when it has none.
    const total = y * 12 + m - 1 + (unit === 1 ? n : n * 12);
    const ty = Math.floor(total / 12);
    if (ty > 9999) return raise(CALENDAR_MESSAGES.resultRange, ['length', UNITS[unit]!]);
    const tm = (total % 12) + 1;
    const dim = daysInMonth(ty, tm);
    day = dayNumberOf(ty, tm, d > dim ? dim : d);
  }
  if (!c.startDayExcluded) day -= 1;
  if (day > MAX_DAY || day < MIN_DAY) return raise(CALENDAR_MESSAGES.resultRange, ['length', UNITS[unit]!]);
  lastUnit = unit;
  return day;
}

// The undetermined outcome of the last computeEnd call that returned undefined.
let lastUndetermined: Extract<CalendarOutcome<never>, { determined: false }> | undefined;

/**
 * The period end, or undefined (with `lastUndetermined` set) when the roll-over needs a year without data; the issue
 * names the unrolled last day, whose year is missing, and carries the caller's path.
 */
function computeEnd(start: CalendarDate, length: PeriodLength, options: PeriodOptions): PeriodEnd | undefined {
  const c = conventionOf(options);
  const day = plainEnd(start, length, c, options.path ?? ['start']);
  const rule = rulesOf(c)[lastUnit === 0 ? 0 : 1];
  const plain = fromDayNumber(day);
  if (c.rollOver === 'none') return { start, end: plain, rolledFrom: undefined, holiday: undefined, rule };
  const calendar = options.calendar ?? defaultWorkCalendar();
  // Most last days are working days: one lookup, no allocation.
  if (dayKind(plain, calendar) === 'working')
    return { start, end: plain, rolledFrom: undefined, holiday: undefined, rule };
  const r = tryWorkingDayOnOrAfter(plain, calendar);
  if (!r.determined) {
    lastUndetermined = {
      determined: false,
      missingYear: r.missingYear,
      issue: { ...r.issue, path: options.path ?? ['start'] },
    };
    return undefined;
  }
  return { start, end: r.value, rolledFrom: plain, holiday: holidayOn(plain, calendar), rule };
}

/**
 * The last day of a period that starts on `start`: under the default convention (民法典), the start day is not
 * counted (art. 201); months and years end on the corresponding day, or the month's last day (art. 202); a last day
 * that is a rest day moves to the first working day after it (art. 203). The result names the convention and
 * articles it used, and the day it moved from.
 * Throws `calendar_year_unknown` when the roll-over needs a year without calendar data (never a guess).
 * @param start - the day of the event the period runs from (e.g. the day a petition was received)
 * @param length - `{ days }`, `{ months }` or `{ years }`
 * @category Periods
 * @example
 * ```ts
 * periodEnd('2026-02-10', { days: 15 }).end;       // '2026-02-25'
 * periodEnd('2025-09-20', { days: 15 });            // { end: '2025-10-09', rolledFrom: '2025-10-05', holiday: { zh: '国庆节、中秋节', … }, rule: { convention: 'civil-code', articles: ['civil-code-201', 'civil-code-203'] } }
 * periodEnd('2026-01-31', { months: 1 }).end;       // '2026-02-28' (art. 202: February has no 31st)
 * periodEnd('2024-02-29', { years: 1 }).end;        // '2025-02-28'
 * periodEnd('2026-02-10', { days: 60 }, { convention: { ...CIVIL_CODE_PERIODS, id: 'no-roll', rollOver: 'none' } }).end; // '2026-04-11'
 * ```
 */
export function periodEnd(start: CalendarDate, length: PeriodLength, options: PeriodOptions = {}): PeriodEnd {
  const r = computeEnd(start, length, options);
  if (r === undefined) throw new PolicyError([lastUndetermined!.issue]);
  return r;
}

/**
 * Non-throwing {@link periodEnd} for a missing calendar year: `{ determined: false, missingYear, issue }` instead of
 * the error. Malformed input still throws.
 * @category Periods
 * @example
 * ```ts
 * tryPeriodEnd('2026-12-20', { days: 15 }); // { determined: false, missingYear: 2027, issue: { code: 'calendar_year_unknown', … } }
 * ```
 */
export function tryPeriodEnd(
  start: CalendarDate,
  length: PeriodLength,
  options: PeriodOptions = {},
): CalendarOutcome<PeriodEnd> {
  const r = computeEnd(start, length, options);
  return r === undefined ? lastUndetermined! : { determined: true, value: r };
}

/** Whether `date` is within the period, or the undetermined outcome when that needs a year without data. */
function within(
  date: CalendarDate,
  start: CalendarDate,
  length: PeriodLength,
  options: PeriodOptions,
): CalendarOutcome<boolean> {
  parseCalendarDate(date, ['date']);
  const c = conventionOf(options);
  const day = plainEnd(start, length, c, options.path ?? ['start']);
  // Fixed-width YYYY-MM-DD strings: string order is date order.
  if (date < start) return { determined: true, value: false };
  // On or before the unrolled last day is within whatever the roll-over does, so no calendar is needed.
  if (date <= fromDayNumber(day)) return { determined: true, value: true };
  if (c.rollOver === 'none') return { determined: true, value: false };
  const r = computeEnd(start, length, options);
  return r === undefined ? lastUndetermined! : { determined: true, value: date <= r.end };
}

/**
 * True when `date` falls within the period from `start`: on or after `start` and on or before the period's last day
 * (inclusive, 民法典 art. 1259: "以内" includes the number). The start day itself is within: it is not counted
 * (art. 201) but acting on it is in time. "退休后三年内" for someone retired on 2020-06-30 includes 2023-06-30 and
 * excludes 2023-07-01. For the last day and the articles used, call {@link periodEnd}.
 * Throws `calendar_year_unknown` only when the answer depends on the roll-over in a year without data.
 * @param date - the day to test
 * @param start - the day the period runs from
 * @param length - `{ days }`, `{ months }` or `{ years }`
 * @category Periods
 * @example
 * ```ts
 * isWithinPeriod('2023-06-30', '2020-06-30', { years: 3 }); // true
 * isWithinPeriod('2023-07-01', '2020-06-30', { years: 3 }); // false
 * isWithinPeriod('2025-10-09', '2025-09-20', { days: 15 }); // true (the 15th day, 10-05, is a holiday; art. 203)
 * ```
 */
export function isWithinPeriod(
  date: CalendarDate,
  start: CalendarDate,
  length: PeriodLength,
  options: PeriodOptions = {},
): boolean {
  const r = within(date, start, length, options);
  if (!r.determined) throw new PolicyError([r.issue]);
  return r.value;
}

/**
 * Non-throwing {@link isWithinPeriod} for a missing calendar year.
 * @category Periods
 * @example
 * ```ts
 * tryIsWithinPeriod('2027-01-05', '2026-12-20', { days: 15 }).determined; // false (the roll-over needs 2027)
 * tryIsWithinPeriod('2026-12-30', '2026-12-20', { days: 15 });            // { determined: true, value: true }
 * ```
 */
export function tryIsWithinPeriod(
  date: CalendarDate,
  start: CalendarDate,
  length: PeriodLength,
  options: PeriodOptions = {},
): CalendarOutcome<boolean> {
  return within(date, start, length, options);
}

/**
 * The day a period before an event starts on: the reading of "在选举日的二十日前" or "提前十天通知".
 * @category Periods
 */
export interface PeriodBefore {
  /** The event given (e.g. the election day). */
  readonly event: CalendarDate;
  /**
   * The `length`-th day before the event, counted backwards the way 民法典 art. 201 counts forwards: under the default
   * convention the event day is not counted, so 20 日 before 2026-05-21 is 2026-05-01 (2026-05-20 is the 1st day).
   */
  readonly day: CalendarDate;
  /** The convention and articles used (no roll-over article: a day before an event never moves). */
  readonly rule: PeriodRule;
}

/**
 * The day that lies a period before an event, counted backwards as 民法典 art. 201 counts forwards: the event day is
 * not counted (under a convention with `startDayExcluded: false` it is day 1, and the result is one day later);
 * months and years go to the corresponding day, or the month's last day when there is none (art. 202). There is no
 * roll-over: art. 203 moves a last day *later*, which for a period that must end before an event would shorten it,
 * so a rule that means otherwise must say so. Whether "二十日前" allows acting *on* that day or only before it is the
 * rule's reading, not the count's: this function gives the day, the domain says which side of it is in time.
 * @param event - the day of the event (an election, a meeting)
 * @param length - `{ days }`, `{ months }` or `{ years }`
 * @category Periods
 * @example
 * ```ts
 * periodBefore('2026-05-21', { days: 20 }).day; // '2026-05-01'
 * periodBefore('2026-03-31', { months: 1 }).day; // '2026-02-28' (art. 202: February has no 31st)
 * periodBefore('2026-05-21', { days: 20 }, { convention: { ...CIVIL_CODE_PERIODS, id: 'counted', startDayExcluded: false } }).day; // '2026-05-02'
 * ```
 */
export function periodBefore(event: CalendarDate, length: PeriodLength, options: PeriodOptions = {}): PeriodBefore {
  const c = conventionOf(options);
  const path = options.path ?? ['event'];
  const ymd = typeof event === 'string' ? ymdOf(event) : -1;
  if (ymd < 0) parseCalendarDate(event, path);
  if (typeof length !== 'object' || length === null) return raise(CALENDAR_MESSAGES.periodShape, ['length']);
  const l = length as { days?: unknown; months?: unknown; years?: unknown };
  const given = (l.days === undefined ? 0 : 1) + (l.months === undefined ? 0 : 1) + (l.years === undefined ? 0 : 1);
  if (given !== 1) return raise(CALENDAR_MESSAGES.periodShape, ['length']);
  const unit = l.days !== undefined ? 0 : l.months !== undefined ? 1 : 2;
  const n = unit === 0 ? l.days : unit === 1 ? l.months : l.years;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1)
    return raise(CALENDAR_MESSAGES.periodRange, ['length', UNITS[unit]!], { value: n });
  const y = Math.floor(ymd / 10000);
  const m = Math.floor(ymd / 100) % 100;
  const d = ymd % 100;
  let day: number;
  if (unit === 0) day = dayNumberOf(y, m, d) - n;
  else {
    const total = y * 12 + m - 1 - (unit === 1 ? n : n * 12);
    const ty = Math.floor(total / 12);
    if (ty < 1) return raise(CALENDAR_MESSAGES.resultRange, ['length', UNITS[unit]!]);
    const tm = (total % 12) + 1;
    const dim = daysInMonth(ty, tm);
    day = dayNumberOf(ty, tm, d > dim ? dim : d);
  }
  if (!c.startDayExcluded) day += 1;
  if (day > MAX_DAY || day < MIN_DAY) return raise(CALENDAR_MESSAGES.resultRange, ['length', UNITS[unit]!]);
  // Masked as periodEnd's rules are (a host's convention).
  const articles = unit === 0 ? [maskIds(c.articles.start)] : [maskIds(c.articles.start), maskIds(c.articles.monthEnd)];
  return { event, day: fromDayNumber(day), rule: { convention: maskIds(c.id), articles } };
}

/**
 * The words of 民法典 art. 1259 that bound a number: "以上", "以下", "以内" and "届满" include the number itself;
 * "不满", "超过" and "以外" do not.
 * @category Periods
 */
export type StatutoryBound = '以上' | '以下' | '以内' | '届满' | '不满' | '超过' | '以外';

/**
 * Whether `value` meets a statutory bound on `limit` (民法典 art. 1259): 以上 ≥, 以下 ≤, 以内 ≤, 届满 ≥ (the number is
 * reached), 不满 <, 超过 >, 以外 >. "党员100人以上" is `satisfiesBound(members, '以上', 100)`; "超过50名" is
 * `satisfiesBound(members, '超过', 50)`.
 * @category Periods
 * @example
 * ```ts
 * satisfiesBound(100, '以上', 100); // true
 * satisfiesBound(50, '超过', 50);   // false
 * satisfiesBound(69, '不满', 70);   // true
 * ```
 */
export function satisfiesBound(value: number, bound: StatutoryBound, limit: number): boolean {
  if (typeof value !== 'number' || Number.isNaN(value)) raise(CALENDAR_MESSAGES.notANumber, ['value']);
  if (typeof limit !== 'number' || Number.isNaN(limit)) raise(CALENDAR_MESSAGES.notANumber, ['limit']);
  switch (bound) {
    case '以上':
    case '届满':
      return value >= limit;
    case '以下':
    case '以内':
      return value <= limit;
    case '不满':
      return value < limit;
    case '超过':
    case '以外':
      return value > limit;
    default:
      return raise(CALENDAR_MESSAGES.boundWord, ['bound'], { value: bound });
  }
}

/**
 * Validates a period convention given as JSON (e.g. a domain's `countingPolicy` parameter), throwing a
 * {@link PolicyError} for a missing field, a wrong type or an unknown roll-over rule.
 * @category Periods
 * @example
 * ```ts
 * parsePeriodConvention({ ...CIVIL_CODE_PERIODS, id: 'no-roll', rollOver: 'none' }).rollOver; // 'none'
 * ```
 */
export function parsePeriodConvention(json: unknown, path: IssuePath = []): PeriodConvention {
  checkNesting(json, pathArg(path));
  return conventionRecord.parse(json, path) as PeriodConvention;
}

// The convention as data: one record, whose check is the parser's and whose labels name the fields in refusals.
const conventionRecord = /* @__PURE__ */ defineRecord(
  'period-convention',
  { zh: '期间计算规则', en: 'period convention' },
  {
    id: fields.text().label('规则编号', 'convention id'),
    label: fields.object(bilingualRecord).label('名称', 'name'),
    startDayExcluded: fields.boolean().label('起算日不计入', 'start day excluded'),
    rollOver: fields
      .enum(['none', 'civil-code-203'], {
        none: { zh: '不顺延', en: 'none' },
        'civil-code-203': { zh: '依民法典第二百零三条顺延', en: 'Civil Code art. 203' },
      })
      .label('期末遇休息日顺延', 'roll-over'),
    articles: fields
      .object(
        defineRecord(
          'period-convention-articles',
          { zh: '引用条款', en: 'articles' },
          {
            start: fields.text().label('起算条款', 'start article'),
            monthEnd: fields.text().label('月末条款', 'month-end article'),
            rollOver: fields.text().optional().label('顺延条款', 'roll-over article'),
          },
          { unknownKeys: 'strict' },
        ),
      )
      .label('引用条款', 'articles'),
  },
  { unknownKeys: 'strict' },
);

/**
 * Non-throwing {@link parsePeriodConvention}.
 * @category Periods
 * @example
 * ```ts
 * safeParsePeriodConvention({ id: 'x' }).success; // false
 * ```
 */
export const safeParsePeriodConvention: (json: unknown, path?: IssuePath) => SafeParseResult<PeriodConvention> =
  /* @__PURE__ */ toSafe(parsePeriodConvention);
