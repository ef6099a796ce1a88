/**
 * Working days over the official holiday calendar (放假调休), kept as dated data: one record per year, transcribed
 * from that year's 国务院办公厅 notice, with its source and confidence.
 *
 * A day is a **working day** when it is a listed make-up working day (调休上班), or Monday–Friday and not a listed
 * rest day. A date in a year whose notice is not loaded is **unknown**: the throwing functions refuse it with
 * `calendar_year_unknown`, the `try…` forms and {@link dayKind} return it as undetermined. Nothing is guessed
 * (the next year's notice is published about each November; load it with {@link withCalendarYears}).
 *
 * Shipped: 2025 and 2026 from the notices (confidence H); 2015–2024 transcribed from the holiday-cn data set
 * (confidence M). One caveat no data can remove: a notice sometimes moves the last days of December of the year
 * before (the 2019 notice made 2018-12-29 a working day and 2018-12-31 a rest day). Until the next year's notice is
 * loaded, the last days of December follow the current year's notice.
 *
 * Each calendar is compiled once, when parsed, into per-day tables (kind, prefix counts of working days, the sorted
 * list of working days), so every working-day function is O(1) after reading the date, whatever `n` is.
 * @module
 */
import { dayNumberOf, fromDayNumber, parseCalendarDate, ymdOf, type CalendarDate } from './calendar-date.js';
import {
  ErrorCode,
  PolicyError,
  issue,
  maskIds,
  pathArg,
  quote,
  toSafe,
  typeName,
  type IssuePath,
  type PolicyIssue,
  type SafeParseResult,
} from './errors.js';
import { checkNesting } from './nesting.js';
import type { Bilingual } from './parameters.js';
import { bilingualRecord } from './bilingual-record.js';
import { confidenceField } from './confidence-field.js';
import { MAX_LIST_ISSUES, defineRecord, fields } from './record.js';
import { shippedCalendarYears } from './calendar-data/index.js';
import { oncePerObject, type OptionReader } from './options.js';

/**
 * How far a year's data can be trusted: `H` the notice itself was read; `M` a reliable transcription of it;
 * `L` a single low-quality copy.
 * @category Working days
 */
export type CalendarConfidence = 'H' | 'M' | 'L';

/**
 * The document a year's arrangement comes from (normally 国务院办公厅关于 YYYY 年部分节假日安排的通知).
 * @category Working days
 */
export interface CalendarSource {
  /** Key in the project's source table (e.g. `"U8"`), if any. */
  readonly key?: string;
  /** Title of the notice. */
  readonly title: string;
  /** Issuing body (e.g. 国务院办公厅). */
  readonly issuer: string;
  /** Document number (e.g. 国办发明电〔2024〕12号), when known. */
  readonly number?: string;
  /** Date of the notice, when known. */
  readonly date?: CalendarDate;
  /** Where it can be read. */
  readonly url?: string;
  /** Anything a reader should know about this copy. */
  readonly note?: string;
}

/**
 * One holiday of a notice, as the notice writes it: "春节：1月28日至2月4日放假调休，共8天。1月26日（周日）、2月8日（周六）上班。"
 * @category Working days
 */
export interface HolidayArrangement {
  /** The holiday's name as the notice gives it (e.g. 国庆节、中秋节), with an English name. */
  readonly name: Bilingual;
  /** Rest days: `YYYY-MM-DD`, or an inclusive range `YYYY-MM-DD/YYYY-MM-DD` (weekends inside it included). */
  readonly restDays: readonly string[];
  /** Make-up working days (调休上班); each must be a Saturday or Sunday. */
  readonly workdays?: readonly CalendarDate[];
}

/**
 * One year's arrangement: the data of one notice (or of the notices that changed it during the year).
 * Dates may fall in the year itself or in the December before it (元旦 arrangements sometimes start there).
 * @category Working days
 */
export interface WorkCalendarYear {
  /** The year the notice is for. */
  readonly year: number;
  /** How far the data can be trusted. */
  readonly confidence: CalendarConfidence;
  /** The notice or notices, first the yearly one, then any later change. */
  readonly sources: readonly CalendarSource[];
  /** When the data was transcribed from another data set rather than from the notice: which, and how. */
  readonly transcribedFrom?: string;
  /** The holidays, in the notice's order. */
  readonly holidays: readonly HolidayArrangement[];
}

/**
 * A validated work calendar: the year records it knows, oldest first. Build one with {@link parseWorkCalendar},
 * {@link withCalendarYears} or {@link defaultWorkCalendar}; every function accepts it as its `calendar` argument.
 * @category Working days
 */
export interface WorkCalendar {
  /** The years it knows, in increasing year order, no year twice (a value: build a new calendar rather than edit one). */
  readonly years: readonly WorkCalendarYear[];
}

/** What a calendar says about a day; `unknown` when the day's year has no data. @category Working days */
export type DayKind = 'working' | 'rest' | 'unknown';

/**
 * Result of a non-throwing calendar function (`try…`): the value, or `determined: false` with the year whose data is
 * missing and a ready-made issue (code `calendar_year_unknown`) that a domain can report as "undetermined".
 * Bad input (an impossible date, a negative count) still throws: that is not a missing year.
 * @category Working days
 */
export type CalendarOutcome<T> =
  | { readonly determined: true; readonly value: T }
  | { readonly determined: false; readonly missingYear: number; readonly issue: PolicyIssue };

/** The parameters a calendar message may use. @category Working days */
export interface CalendarMessageParams {
  /** A year without data, or the year of an arrangement. */
  readonly year?: number;
  /** The date concerned. */
  readonly date?: string;
  /** The offending value. */
  readonly value?: unknown;
}

/** One message: its error code and its text in Chinese and English. @category Working days */
export interface CalendarMessage {
  /** The error code it is raised with. */
  readonly code: string;
  /** The Chinese text. */
  readonly zh: (params: CalendarMessageParams) => string;
  /** The English text. */
  readonly en: (params: CalendarMessageParams) => string;
}

/** Ids of the calendar messages. @category Working days */
export type CalendarMessageId =
  | 'yearUnknown'
  | 'countType'
  | 'countRange'
  | 'periodShape'
  | 'periodRange'
  | 'resultRange'
  | 'restDayFormat'
  | 'outsideYear'
  | 'workdayNotWeekend'
  | 'listedTwice'
  | 'yearTwice'
  | 'boundWord'
  | 'notANumber'
  | 'optionsType'
  | 'calendarType';

/**
 * The messages of the calendar and period functions, as data: message id → error code and text builders in Chinese
 * and English (to be folded into the package's message catalogue).
 * @category Working days
 */
export const CALENDAR_MESSAGES: Readonly<Record<CalendarMessageId, CalendarMessage>> = {
  yearUnknown: {
    code: 'calendar_year_unknown',
    zh: (p) => `缺少${p.year}年放假安排，无法确定${p.date}起的工作日`,
    en: (p) => `No holiday calendar for ${p.year}: working days from ${p.date} are undetermined`,
  },
  countType: {
    code: ErrorCode.InvalidType,
    zh: () => '工作日数应为数字',
    en: () => 'The number of working days must be a number',
  },
  countRange: {
    code: ErrorCode.OutOfRange,
    zh: () => '工作日数应为非负整数',
    en: () => 'The number of working days must be a whole number >= 0',
  },
  periodShape: {
    code: ErrorCode.Invalid,
    zh: () => '期间须给出天数、月数或年数之一',
    en: () => 'A period gives exactly one of days, months or years',
  },
  periodRange: {
    code: ErrorCode.OutOfRange,
    zh: () => '期间长度应为正整数',
    en: () => 'A period length must be a positive whole number',
  },
  resultRange: {
    code: ErrorCode.OutOfRange,
    zh: () => '结果超出公元1至9999年',
    en: () => 'The result is outside the years 1-9999',
  },
  restDayFormat: {
    code: ErrorCode.InvalidFormat,
    zh: () => '休息日应为日期或递增的日期区间',
    en: () => 'A rest day is YYYY-MM-DD or an increasing range YYYY-MM-DD/YYYY-MM-DD',
  },
  outsideYear: {
    code: ErrorCode.OutOfRange,
    zh: (p) => `${p.date}不在${p.year}年安排内`,
    en: (p) => `${p.date} is outside the ${p.year} arrangement (that year or the December before)`,
  },
  workdayNotWeekend: {
    code: ErrorCode.Inconsistent,
    zh: (p) => `调休上班日${p.date}不是周末`,
    en: (p) => `Make-up working day ${p.date} is not a weekend day`,
  },
  listedTwice: { code: ErrorCode.Duplicate, zh: (p) => `${p.date}重复列出`, en: (p) => `${p.date} is listed twice` },
  yearTwice: {
    code: ErrorCode.Duplicate,
    zh: (p) => `${p.year}年重复`,
    en: (p) => `The year ${p.year} is given twice`,
  },
  boundWord: {
    code: ErrorCode.UnknownEnumValue,
    zh: () => '未知的界限用语',
    en: (p) => `Unknown bound word: ${p.value}`,
  },
  notANumber: { code: ErrorCode.InvalidType, zh: () => '应为数字', en: () => 'Expected a number' },
  optionsType: { code: ErrorCode.InvalidType, zh: () => '选项应为对象', en: () => 'Options must be an object' },
  calendarType: {
    code: ErrorCode.InvalidType,
    zh: () => '工作日历应为日历对象或放假安排数据（某一年的安排、若干年安排的列表，或含各年安排列表的对象）',
    en: () =>
      'A work calendar must be a WorkCalendar or calendar JSON (one year record, an array of them, or { years })',
  },
};

/** Builds an issue from a catalogue entry. */
function calendarIssue(message: CalendarMessage, path: IssuePath, params: CalendarMessageParams): PolicyIssue {
  // The offending value is shown by its type, or quoted short with any resident ID in it masked.
  const v = params.value;
  const p =
    v === undefined
      ? { ...params }
      : { ...params, value: typeof v === 'string' ? quote(v, 40) : typeof v === 'number' ? v : typeName(v) };
  return issue(message.code, path, maskIds(message.zh(p)), maskIds(message.en(p)), p);
}

/** Throws a catalogue entry as a {@link PolicyError}. */
function calendarFail(message: CalendarMessage, path: IssuePath, params: CalendarMessageParams): never {
  throw new PolicyError([calendarIssue(message, path, params)]);
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing

type YearJson = Omit<WorkCalendarYear, 'confidence'> & { confidence: CalendarConfidence; $schema?: string };

// A year's notice as data: records of the kit, whose checks are the parser's and whose labels name the fields in
// refusals. Checked beyond them: the dates listed (see listDays) and the years against each other.
const anyText = () => fields.text({ minLength: 0 });
const yearRecord = /* @__PURE__ */ defineRecord(
  'work-calendar-year',
  { zh: '年度放假安排', en: 'year of the work calendar' },
  {
    $schema: anyText().optional().label('模式地址', 'schema address'),
    year: fields.integer({ min: 1, max: 9999 }).label('年份', 'year'),
    confidence: confidenceField.label('可信度', 'confidence'),
    sources: fields
      .array(
        fields.object(
          defineRecord(
            'work-calendar-source',
            { zh: '通知', en: 'notice' },
            {
              key: fields.text().optional().label('来源键', 'source key'),
              title: fields.text().label('标题', 'title'),
              issuer: fields.text().label('发文机关', 'issuer'),
              number: fields.text().optional().label('文号', 'document number'),
              date: fields.date().optional().label('发文日期', 'date of the notice'),
              url: fields.text().optional().label('网址', 'address'),
              note: fields.text().optional().label('备注', 'note'),
            },
            { unknownKeys: 'strict' },
          ),
        ),
        { min: 1 },
      )
      .label('通知', 'notices'),
    transcribedFrom: fields.text().optional().label('转录来源', 'transcribed from'),
    holidays: fields
      .array(
        fields.object(
          defineRecord(
            'work-calendar-holiday',
            { zh: '节日安排', en: 'holiday arrangement' },
            {
              name: fields.object(bilingualRecord).label('节日名称', 'holiday name'),
              // Days and ranges ("2027-01-01/2027-01-03"): read by listDays, which words its own refusals.
              restDays: fields
                .array(anyText().label('放假日期', 'rest day'), { min: 1 })
                .label('放假日期', 'rest days'),
              workdays: fields
                .array(fields.date().label('调休上班日', 'make-up working day'))
                .optional()
                .label('调休上班日', 'make-up working days'),
            },
            { unknownKeys: 'strict' },
          ),
        ),
      )
      .label('节日安排', 'holidays'),
  },
  { unknownKeys: 'strict' },
);
/** `{ $schema?, years }`: the years are checked one by one (each a record of its own, with its own path). */
const yearsRecord = /* @__PURE__ */ defineRecord(
  'work-calendar',
  { zh: '工作日历', en: 'work calendar' },
  {
    $schema: anyText().optional().label('模式地址', 'schema address'),
    years: fields.array(fields.json().nullable().label('年度放假安排', 'year')).label('各年安排', 'years'),
  },
  { unknownKeys: 'strict' },
);

const KIND_UNKNOWN = 0;
const KIND_WORK = 1;
const KIND_REST = 2;

/** Day of the week of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
function weekday(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

function dayNumberOfValid(date: string): number {
  const n = ymdOf(date);
  return n < 0 ? Number.NaN : dayNumberOf(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
}

/** A listed day of one record: day number, kind, holiday index within the record, and where it was written. */
interface Listed {
  readonly day: number;
  readonly kind: number;
  readonly holiday: number;
  readonly path: IssuePath;
  readonly date: string;
}

const RANGE_RE = /^(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))?$/;

/** Expands one validated record into its listed days, checking what the schema cannot. */
function listDays(record: WorkCalendarYear, base: IssuePath, issues: PolicyIssue[]): Listed[] {
  const out: Listed[] = [];
  const first = dayNumberOf(record.year - 1, 12, 1);
  const last = dayNumberOf(record.year, 12, 31);
  const seen = new Map<number, Listed>();
  const add = (day: number, kind: number, holiday: number, path: IssuePath, date: string): void => {
    if (day < first || day > last) {
      issues.push(calendarIssue(CALENDAR_MESSAGES.outsideYear, path, { date, year: record.year }));
      return;
    }
    const prior = seen.get(day);
    if (prior !== undefined) {
      issues.push(calendarIssue(CALENDAR_MESSAGES.listedTwice, path, { date }));
      return;
    }
    const entry = { day, kind, holiday, path, date };
    seen.set(day, entry);
    out.push(entry);
  };
  record.holidays.forEach((h, hi) => {
    h.restDays.forEach((value, ri) => {
      const path = [...base, 'holidays', hi, 'restDays', ri];
      const m = RANGE_RE.exec(value);
      const from = m === null ? Number.NaN : dayNumberOfValid(m[1]!);
      const to = m === null ? Number.NaN : m[2] === undefined ? from : dayNumberOfValid(m[2]);
      // NaN (a malformed or impossible date) also fails `from <= to`.
      if (!(from <= to)) {
        issues.push(calendarIssue(CALENDAR_MESSAGES.restDayFormat, path, { value }));
        return;
      }
      // One issue for a range reaching outside the arrangement, rather than one per day of it.
      if (from < first || to > last) {
        issues.push(
          calendarIssue(CALENDAR_MESSAGES.outsideYear, path, {
            date: fromDayNumber(from < first ? from : to),
            year: record.year,
          }),
        );
        return;
      }
      for (let d = from; d <= to; d++) add(d, KIND_REST, hi, path, fromDayNumber(d));
    });
    (h.workdays ?? []).forEach((date, wi) => {
      const path = [...base, 'holidays', hi, 'workdays', wi];
      const day = dayNumberOfValid(date);
      const wd = weekday(day);
      if (wd !== 0 && wd !== 6) issues.push(calendarIssue(CALENDAR_MESSAGES.workdayNotWeekend, path, { date }));
      else add(day, KIND_WORK, hi, path, date);
    });
  });
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a host's calendar JSON: one year record, an array of them, or `{ "years": [...] }` (the shape of a
 * {@link WorkCalendar}). Throws a {@link PolicyError} listing every problem: schema errors, a malformed or reversed
 * rest-day range, a date outside the record's year (or the December before it), a make-up working day that is not a
 * weekend day, a date listed twice or both as rest and working day, a year given twice, and two records that
 * disagree about a day.
 * @param json - the parsed JSON
 * @param path - where the calendar sits in a larger input, for the errors' paths
 * @category Working days
 * @example
 * ```ts
 * const calendar = parseWorkCalendar({
 *   year: 2027, confidence: 'H',
 *   sources: [{ title: '国务院办公厅关于2027年部分节假日安排的通知', issuer: '国务院办公厅', date: '2026-11-05' }],
 *   holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, restDays: ['2027-01-01/2027-01-03'] }],
 * });
 * calendar.years[0].year; // 2027
 * ```
 */
export function parseWorkCalendar(json: unknown, path: IssuePath = []): WorkCalendar {
  // Deep or cyclic JSON is refused before a schema walks it (a stack overflow is not a refusal).
  checkNesting(json, pathArg(path));
  let list: readonly unknown[] = [json];
  let base: IssuePath = path;
  let single = true;
  if (Array.isArray(json)) {
    list = json;
    single = false;
  } else if (isPlainObject(json) && 'years' in json) {
    const r = yearsRecord.safeParse(json, path);
    if (!r.success) throw r.error;
    list = r.data.years;
    base = [...path, 'years'];
    single = false;
  }
  const issues: PolicyIssue[] = [];
  const records: { record: WorkCalendarYear; path: IssuePath }[] = [];
  list.forEach((raw, i) => {
    const at = single ? base : [...base, i];
    // A record's lists word their first problems and count the rest (a list of a million bad days costs no more);
    // past MAX_LIST_ISSUES in all, further records are not checked.
    if (issues.length >= MAX_LIST_ISSUES) return;
    const data = yearRecord.check(raw, at, issues) as YearJson | undefined;
    if (data === undefined) return;
    const { $schema: _ignored, ...record } = data;
    records.push({ record, path: at });
  });
  const byYear = new Map<number, IssuePath>();
  for (const { record, path: at } of records) {
    if (byYear.has(record.year))
      issues.push(calendarIssue(CALENDAR_MESSAGES.yearTwice, [...at, 'year'], { year: record.year }));
    byYear.set(record.year, at);
  }
  // Two records may list the same day (the December before a year), but must agree about it.
  const listed = new Map<number, Listed>();
  const perRecord: Listed[][] = [];
  for (const { record, path: at } of records) {
    const days = listDays(record, at, issues);
    perRecord.push(days);
    for (const d of days) {
      const prior = listed.get(d.day);
      if (prior !== undefined && prior.kind !== d.kind)
        issues.push(calendarIssue(CALENDAR_MESSAGES.listedTwice, d.path, { date: d.date }));
      else listed.set(d.day, d);
    }
  }
  if (issues.length > 0) throw new PolicyError(issues);
  const order = records
    .map((r, i) => ({ record: r.record, days: perRecord[i]! }))
    .sort((a, b) => a.record.year - b.record.year);
  const calendar: WorkCalendar = Object.freeze({ years: Object.freeze(order.map((o) => o.record)) });
  compiled.set(calendar, compile(order));
  return calendar;
}

/**
 * Non-throwing {@link parseWorkCalendar}.
 * @category Working days
 * @example
 * ```ts
 * safeParseWorkCalendar({ year: 2027 }).success; // false (confidence, sources and holidays are missing)
 * ```
 */
export const safeParseWorkCalendar: (json: unknown, path?: IssuePath) => SafeParseResult<WorkCalendar> =
  /* @__PURE__ */ toSafe(parseWorkCalendar);

/**
 * A calendar with the years of `json` (anything {@link parseWorkCalendar} accepts, or another calendar) added to
 * `base`; a year present in both is replaced by the new one. This is how a host loads next year's notice the day it
 * is published.
 * @param base - the calendar to extend (e.g. {@link defaultWorkCalendar})
 * @param json - the years to add or replace
 * @param path - where `json` sits in a larger input, for the errors' paths
 * @category Working days
 * @example
 * ```ts
 * const next = JSON.parse(readFileSync('2027.json', 'utf8'));
 * const calendar = withCalendarYears(defaultWorkCalendar(), next);
 * addWorkingDays('2026-12-30', 5, calendar); // uses the 2027 notice for the January days
 * ```
 */
export function withCalendarYears(base: WorkCalendar, json: unknown, path: IssuePath = []): WorkCalendar {
  calendarTables(base); // validates a calendar this module did not build
  const added = parseWorkCalendar(json, path);
  const replaced = new Set(added.years.map((y) => y.year));
  return parseWorkCalendar([...base.years.filter((y) => !replaced.has(y.year)), ...added.years]);
}

let shipped: WorkCalendar | undefined;

/**
 * The calendar shipped with the library: 2015–2026 (2025 and 2026 from the notices, confidence H; 2015–2024
 * transcribed from holiday-cn, confidence M). Built on first use, then shared.
 * @category Working days
 * @example
 * ```ts
 * defaultWorkCalendar().years.map((y) => y.year); // [2015, 2016, …, 2026]
 * ```
 */
export function defaultWorkCalendar(): WorkCalendar {
  return (shipped ??= parseWorkCalendar(shippedCalendarYears()));
}

/**
 * The record of one year in a calendar (its notice, source and confidence), or `undefined` when the year has no data.
 * @category Working days
 * @example
 * ```ts
 * calendarYear(defaultWorkCalendar(), 2025)?.sources[0].number; // '国办发明电〔2024〕12号'
 * calendarYear(defaultWorkCalendar(), 2030); // undefined
 * ```
 */
export function calendarYear(calendar: WorkCalendar, year: number): WorkCalendarYear | undefined {
  calendarTables(calendar); // validates a calendar this module did not build
  return calendar.years.find((y) => y.year === year);
}

// ---------------------------------------------------------------------------------------------------------------
// Compiled tables

/** A calendar compiled into per-day tables over the span from its first year to its last. */
interface CalendarTables {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Day number of 1 January of the first year; index i is day number base + i. */
  readonly base: number;
  readonly size: number;
  /** Per day: 0 unknown (a year without data inside the span), 1 working, 2 rest. */
  readonly kind: Uint8Array;
  /** workBefore[i]: working days at indexes < i (length size + 1). */
  readonly workBefore: Int32Array;
  /** gapBefore[i]: unknown days at indexes < i (length size + 1). */
  readonly gapBefore: Int32Array;
  /** Indexes of the working days, ascending. */
  readonly work: Int32Array;
  /** Per day: index into `holidays` of the holiday that lists it, or -1. */
  readonly listedBy: Int32Array;
  /** Names of the listed holidays. */
  readonly holidays: readonly Bilingual[];
  /** Date strings by index, filled on first use. */
  readonly dates: (string | undefined)[];
}

const compiled = /* @__PURE__ */ new WeakMap<WorkCalendar, CalendarTables>();
let lastCalendar: WorkCalendar | undefined;
let lastTables: CalendarTables | undefined;

function compile(order: readonly { record: WorkCalendarYear; days: readonly Listed[] }[]): CalendarTables {
  const firstYear = order.length > 0 ? order[0]!.record.year : 1;
  const lastYear = order.length > 0 ? order[order.length - 1]!.record.year : 0;
  const base = dayNumberOf(firstYear, 1, 1);
  const size = order.length > 0 ? dayNumberOf(lastYear + 1, 1, 1) - base : 0;
  const kind = new Uint8Array(size);
  const listedBy = new Int32Array(size).fill(-1);
  for (const { record } of order) {
    const from = dayNumberOf(record.year, 1, 1) - base;
    const to = dayNumberOf(record.year + 1, 1, 1) - base;
    for (let i = from; i < to; i++) {
      const wd = weekday(base + i);
      kind[i] = wd === 0 || wd === 6 ? KIND_REST : KIND_WORK;
    }
  }
  // Listed days override the weekday rule, but only inside a year that has data (a December day listed by the next
  // year's notice while that December's own year is not loaded stays unknown).
  const holidays: Bilingual[] = [];
  for (const { record, days } of order) {
    const offset = holidays.length;
    for (const h of record.holidays) holidays.push(h.name);
    for (const d of days) {
      const i = d.day - base;
      if (i < 0 || i >= size || kind[i] === KIND_UNKNOWN) continue;
      kind[i] = d.kind;
      listedBy[i] = offset + d.holiday;
    }
  }
  const workBefore = new Int32Array(size + 1);
  const gapBefore = new Int32Array(size + 1);
  let count = 0;
  for (let i = 0; i < size; i++) {
    workBefore[i + 1] = workBefore[i]! + (kind[i] === KIND_WORK ? 1 : 0);
    gapBefore[i + 1] = gapBefore[i]! + (kind[i] === KIND_UNKNOWN ? 1 : 0);
    if (kind[i] === KIND_WORK) count++;
  }
  const work = new Int32Array(count);
  for (let i = 0, k = 0; i < size; i++) if (kind[i] === KIND_WORK) work[k++] = i;
  return {
    firstYear,
    lastYear,
    base,
    size,
    kind,
    workBefore,
    gapBefore,
    work,
    listedBy,
    holidays,
    dates: new Array<string | undefined>(size),
  };
}

/** The compiled tables of a calendar (a calendar not built by this copy of the library is validated first). */
function calendarTables(calendar: WorkCalendar): CalendarTables {
  if (calendar === lastCalendar) return lastTables!;
  let t = compiled.get(calendar);
  if (t === undefined) {
    t = calendarTables(parseWorkCalendar({ years: (calendar as Partial<WorkCalendar> | null)?.years }, ['calendar']));
    compiled.set(calendar, t);
  }
  lastCalendar = calendar;
  lastTables = t;
  return t;
}

// The year whose missing data made the last table lookup return -1 (read right after that lookup).
let missing = 0;

/** The date string of a table index (cached). */
function calendarDateAt(t: CalendarTables, i: number): CalendarDate {
  return t.dates[i] ?? (t.dates[i] = fromDayNumber(t.base + i));
}

function yearOfIndex(t: CalendarTables, i: number): number {
  return Number(fromDayNumber(t.base + i).slice(0, 4));
}

/** First year without data after index i (the year after the span when there is none inside it). */
function unknownAfter(t: CalendarTables, i: number): number {
  for (let j = i + 1; j < t.size; j++) if (t.kind[j] === KIND_UNKNOWN) return yearOfIndex(t, j);
  return t.lastYear + 1;
}

/** Table index of a date (throwing for a malformed date), or -1 when its year has no data. */
function indexOfDate(t: CalendarTables, date: unknown, path: IssuePath): number {
  const n = typeof date === 'string' ? ymdOf(date) : -1;
  if (n < 0) return parseCalendarDate(date, path) as never;
  const y = Math.floor(n / 10000);
  if (y < t.firstYear || y > t.lastYear) {
    missing = y;
    return -1;
  }
  const i = dayNumberOf(y, Math.floor(n / 100) % 100, n % 100) - t.base;
  if (t.kind[i] === KIND_UNKNOWN) {
    missing = y;
    return -1;
  }
  return i;
}

/** Index of the first working day at or after index i, or -1 when that depends on a year without data. */
function workingIndexOnOrAfter(t: CalendarTables, i: number): number {
  if (t.kind[i] === KIND_WORK) return i;
  const k = t.workBefore[i]!;
  if (k >= t.work.length) {
    missing = unknownAfter(t, i);
    return -1;
  }
  const j = t.work[k]!;
  if (t.gapBefore[j]! !== t.gapBefore[i]!) {
    missing = unknownAfter(t, i);
    return -1;
  }
  return j;
}

/** Index of the n-th working day after index i (n ≥ 1), or -1 when that depends on a year without data. */
function nthWorkingAfter(t: CalendarTables, i: number, n: number): number {
  const k = t.workBefore[i + 1]! + n - 1;
  if (k >= t.work.length) {
    missing = unknownAfter(t, i);
    return -1;
  }
  const j = t.work[k]!;
  if (t.gapBefore[j]! !== t.gapBefore[i]!) {
    missing = unknownAfter(t, i);
    return -1;
  }
  return j;
}

function checkCount(n: unknown): number {
  if (typeof n !== 'number') return calendarFail(CALENDAR_MESSAGES.countType, ['n'], { value: typeName(n) });
  if (!Number.isSafeInteger(n) || n < 0) return calendarFail(CALENDAR_MESSAGES.countRange, ['n'], { value: n });
  return n;
}

/** The `calendar_year_unknown` issue for a year, naming the date the result depends on. */
function yearUnknownIssue(year: number, date: string, path: IssuePath): PolicyIssue {
  return calendarIssue(CALENDAR_MESSAGES.yearUnknown, path, { year, date });
}

/** An undetermined outcome for the last missing year. */
function calendarUndetermined<T>(date: string, path: IssuePath): CalendarOutcome<T> {
  return { determined: false, missingYear: missing, issue: yearUnknownIssue(missing, date, path) };
}

function throwUnknown(date: string, path: IssuePath): never {
  throw new PolicyError([yearUnknownIssue(missing, date, path)]);
}

// ---------------------------------------------------------------------------------------------------------------
// Public functions

/**
 * Whether a day is a working day, a rest day, or `unknown` (its year has no data). Never throws for a missing year;
 * throws only for a malformed date.
 * @category Working days
 * @example
 * ```ts
 * dayKind('2026-02-14'); // 'working' (a make-up Saturday)
 * dayKind('2025-10-05'); // 'rest' (国庆节、中秋节)
 * dayKind('2030-01-02'); // 'unknown'
 * ```
 */
export function dayKind(date: CalendarDate, calendar: WorkCalendar = defaultWorkCalendar()): DayKind {
  const t = calendarTables(calendar);
  const i = indexOfDate(t, date, ['date']);
  return i < 0 ? 'unknown' : t.kind[i] === KIND_WORK ? 'working' : 'rest';
}

/**
 * True for a working day: a listed make-up working day, or Monday–Friday and not a listed rest day.
 * Throws `calendar_year_unknown` for a year without data (use {@link dayKind} to get `'unknown'` instead).
 * @category Working days
 * @example
 * ```ts
 * isWorkingDay('2026-02-14'); // true (Saturday, 调休上班)
 * isWorkingDay('2026-02-16'); // false (春节)
 * ```
 */
export function isWorkingDay(date: CalendarDate, calendar: WorkCalendar = defaultWorkCalendar()): boolean {
  const t = calendarTables(calendar);
  const i = indexOfDate(t, date, ['date']);
  if (i < 0) throwUnknown(date, ['date']);
  return t.kind[i] === KIND_WORK;
}

/**
 * True for a rest day (休息日 or 法定休假日): a listed rest day, or a Saturday or Sunday that is not a make-up
 * working day. Throws `calendar_year_unknown` for a year without data.
 * @category Working days
 * @example
 * ```ts
 * isRestDay('2026-04-11'); // true (an ordinary Saturday)
 * isRestDay('2025-09-28'); // false (Sunday, 调休上班)
 * ```
 */
export function isRestDay(date: CalendarDate, calendar: WorkCalendar = defaultWorkCalendar()): boolean {
  return !isWorkingDay(date, calendar);
}

/**
 * The name of the holiday a notice lists this day under: a rest day of the holiday, or one of its make-up working
 * days. `undefined` for an ordinary weekday or weekend. Throws `calendar_year_unknown` for a year without data.
 * @category Working days
 * @example
 * ```ts
 * holidayOn('2025-10-05')?.zh; // '国庆节、中秋节'
 * holidayOn('2026-02-14')?.zh; // '春节' (a make-up Saturday)
 * holidayOn('2026-04-11');     // undefined (an ordinary Saturday)
 * ```
 */
export function holidayOn(date: CalendarDate, calendar: WorkCalendar = defaultWorkCalendar()): Bilingual | undefined {
  const t = calendarTables(calendar);
  const i = indexOfDate(t, date, ['date']);
  if (i < 0) throwUnknown(date, ['date']);
  const h = t.listedBy[i]!;
  return h < 0 ? undefined : t.holidays[h];
}

/**
 * The `n`-th working day after `date`, not counting `date` itself: "within 5 个工作日 of receipt" ends on
 * `addWorkingDays(receipt, 5)`. `n = 0` returns `date` unchanged (even in a year without data: nothing is counted). O(1): a lookup in the compiled tables.
 * Throws `calendar_year_unknown` when the answer depends on a year without data, and `out_of_range` for a negative
 * or fractional `n`.
 * @param date - the day counting starts after
 * @param n - how many working days (a whole number, zero or more)
 * @category Working days
 * @example
 * ```ts
 * addWorkingDays('2026-02-10', 5); // '2026-02-24' (02-14 is a make-up Saturday; 春节 02-15…23 is skipped)
 * addWorkingDays('2025-09-20', 5); // '2025-09-26'
 * ```
 */
export function addWorkingDays(
  date: CalendarDate,
  n: number,
  calendar: WorkCalendar = defaultWorkCalendar(),
): CalendarDate {
  const t = calendarTables(calendar);
  if (checkCount(n) === 0) return parseCalendarDate(date, ['date']);
  const i = indexOfDate(t, date, ['date']);
  const j = i < 0 ? -1 : nthWorkingAfter(t, i, n);
  if (j < 0) throwUnknown(date, ['date']);
  return calendarDateAt(t, j);
}

/**
 * Non-throwing {@link addWorkingDays} for a missing year: `{ determined: false, missingYear, issue }` instead of an
 * error, for domains that report "undetermined". Malformed input still throws.
 * @category Working days
 * @example
 * ```ts
 * tryAddWorkingDays('2026-12-28', 5); // { determined: false, missingYear: 2027, issue: { code: 'calendar_year_unknown', … } }
 * tryAddWorkingDays('2026-02-10', 5); // { determined: true, value: '2026-02-24' }
 * ```
 */
export function tryAddWorkingDays(
  date: CalendarDate,
  n: number,
  calendar: WorkCalendar = defaultWorkCalendar(),
): CalendarOutcome<CalendarDate> {
  const t = calendarTables(calendar);
  if (checkCount(n) === 0) return { determined: true, value: parseCalendarDate(date, ['date']) };
  const i = indexOfDate(t, date, ['date']);
  const j = i < 0 ? -1 : nthWorkingAfter(t, i, n);
  return j < 0 ? calendarUndetermined(date, ['date']) : { determined: true, value: calendarDateAt(t, j) };
}

function between(t: CalendarTables, from: CalendarDate, to: CalendarDate): number | undefined {
  const a = indexOfDate(t, from, ['from']);
  const b = a < 0 ? -1 : indexOfDate(t, to, ['to']);
  if (b < 0) return undefined;
  const lo = a < b ? a : b;
  const hi = a < b ? b : a;
  if (t.gapBefore[hi]! !== t.gapBefore[lo]!) {
    missing = unknownAfter(t, lo);
    return undefined;
  }
  const count = t.workBefore[hi + 1]! - t.workBefore[lo + 1]!;
  return a <= b ? count : -count;
}

/**
 * The number of working days after `from` up to and including `to` (negative when `to` is earlier), so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`. Throws `calendar_year_unknown` when the range touches a year
 * without data.
 * @category Working days
 * @example
 * ```ts
 * workingDaysBetween('2026-02-10', '2026-02-24'); // 5
 * workingDaysBetween('2026-02-24', '2026-02-10'); // -5
 * ```
 */
export function workingDaysBetween(
  from: CalendarDate,
  to: CalendarDate,
  calendar: WorkCalendar = defaultWorkCalendar(),
): number {
  const r = between(calendarTables(calendar), from, to);
  if (r === undefined) throwUnknown(from, ['from']);
  return r;
}

/**
 * Non-throwing {@link workingDaysBetween} for a missing year.
 * @category Working days
 * @example
 * ```ts
 * tryWorkingDaysBetween('2026-12-01', '2027-01-15').determined; // false (2027 has no data)
 * ```
 */
export function tryWorkingDaysBetween(
  from: CalendarDate,
  to: CalendarDate,
  calendar: WorkCalendar = defaultWorkCalendar(),
): CalendarOutcome<number> {
  const r = between(calendarTables(calendar), from, to);
  return r === undefined ? calendarUndetermined(from, ['from']) : { determined: true, value: r };
}

/**
 * `date` itself when it is a working day, else the first working day after it (the day a period that ends on a rest
 * day moves to under 民法典 art. 203). Throws `calendar_year_unknown` when that depends on a year without data.
 * @category Working days
 * @example
 * ```ts
 * workingDayOnOrAfter('2025-10-05'); // '2025-10-09' (after 国庆节、中秋节)
 * workingDayOnOrAfter('2026-02-14'); // '2026-02-14' (a make-up Saturday)
 * ```
 */
export function workingDayOnOrAfter(date: CalendarDate, calendar: WorkCalendar = defaultWorkCalendar()): CalendarDate {
  const t = calendarTables(calendar);
  const i = indexOfDate(t, date, ['date']);
  const j = i < 0 ? -1 : workingIndexOnOrAfter(t, i);
  if (j < 0) throwUnknown(date, ['date']);
  return calendarDateAt(t, j);
}

/**
 * Non-throwing {@link workingDayOnOrAfter} for a missing year.
 * @category Working days
 * @example
 * ```ts
 * tryWorkingDayOnOrAfter('2025-10-05'); // { determined: true, value: '2025-10-09' }
 * tryWorkingDayOnOrAfter('2031-01-01').determined; // false
 * ```
 */
export function tryWorkingDayOnOrAfter(
  date: CalendarDate,
  calendar: WorkCalendar = defaultWorkCalendar(),
): CalendarOutcome<CalendarDate> {
  const t = calendarTables(calendar);
  const i = indexOfDate(t, date, ['date']);
  const j = i < 0 ? -1 : workingIndexOnOrAfter(t, i);
  return j < 0 ? calendarUndetermined(date, ['date']) : { determined: true, value: calendarDateAt(t, j) };
}

// ---------------------------------------------------------------------------------------------------------------
// The `calendar` option

/**
 * The `calendar` option of every function that counts working days or rolls a period over rest days, read the same
 * way in every domain:
 * - absent: the shipped calendar ({@link defaultWorkCalendar});
 * - a {@link WorkCalendar} built by this library ({@link parseWorkCalendar}, {@link withCalendarYears}): used as it is
 *   (so a host can also pass a calendar without the shipped years);
 * - calendar JSON (one year record, an array of them, or `{ years }`): its years are added to the shipped calendar,
 *   replacing a shipped year given again. This is how a host loads next year's notice the day it is published.
 *
 * JSON is validated once per object (`oncePerObject`: a host passing the same object to every call pays once). A bad
 * calendar is refused with the {@link parseWorkCalendar} issues, under the option's path.
 * @category Working days
 * @example
 * ```ts
 * const options = readOptions({ calendar: notice2027Json }, { calendar: calendarOption });
 * options.calendar.years.map((y) => y.year); // [2015, …, 2026, 2027]
 * calendarOption(undefined, ['calendar']) === defaultWorkCalendar(); // true
 * ```
 */
export const calendarOption: OptionReader<WorkCalendar> = /* @__PURE__ */ oncePerObject((value, path) => {
  if (value === undefined) return defaultWorkCalendar();
  if (typeof value !== 'object' || value === null)
    return calendarFail(CALENDAR_MESSAGES.calendarType, path, { value: typeName(value) });
  if (compiled.has(value as WorkCalendar)) return value as WorkCalendar;
  return withCalendarYears(defaultWorkCalendar(), value, path);
});
