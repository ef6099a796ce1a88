/**
 * Fuzz specs of the engine kit (the root entry re-exports src/core/index.ts whole): errors, calendar dates, the work
 * calendar and legal periods, money and rates, parameters, sources and profiles, registries, options, records,
 * results and batches, explanations, evaluation scopes and the renderer.
 */
import { PolicyError } from '../../../src/core/errors.js';
import {
  CIVIL_CODE_PERIODS,
  Scope,
  asOfOption,
  defaultWorkCalendar,
  defineRecord,
  explainedScope,
  fields,
  parseShareRule,
  profileAt,
  recorder,
  type ParameterRead,
} from '../../../src/core/index.js';
import { computeGrade, computeSalaries, computeSalary, salaryProfiles } from '../../../src/salary/index.js';
import { computeToy, computeToys, toyItem, toyProfiles } from '../../core/kit/toy-domain.js';
import type { Spec } from '../harness.js';
import { HOST_SALARY, NOTICE_2027, PARAMETER, PROFILE_JSON, TOY_PROFILE_JSON, WORKER } from './fixtures.js';

const err = () => new PolicyError([{ code: 'required', path: ['a', 0], zh: '缺少', en: 'Missing' }]);
const huaian = () => salaryProfiles.get('huaian');
const toy = () => toyProfiles.get('toy');
const at = () => profileAt(toy(), '2026-01-01');
const read = (): ParameterRead => {
  const r = at().get('toy.rate');
  if ('reason' in r) throw new Error('toy.rate has no value');
  return r;
};
const explanation = () =>
  computeGrade({ post: 'staff', education: 'bachelor', serviceStart: '2020-03-15' }, { asOf: '2024-01-01' })
    .explanation;
const share = () => parseShareRule({ share: '2/3', bound: '以上' });
const SOURCES = () => ({
  U2: { title: '《信访工作条例》', issuer: '中共中央、国务院', date: '2022-02-25', confidence: 'H' },
});
const CATALOGUE = () => ({
  too_old: { zh: (p: { age: number }) => `年满 ${p.age} 周岁`, en: (p: { age: number }) => `aged ${p.age}` },
});
const SHAPE = () => ({
  id: fields.id().optional().label('编号', 'id'),
  kind: fields
    .enum(['small', 'large'], { small: { zh: '小', en: 'small' }, large: { zh: '大', en: 'large' } })
    .label('类别', 'kind'),
  amount: fields.decimal().label('金额', 'amount'),
});
const toyBatch = () =>
  computeToys(
    [{ kind: 'small', amount: '10', start: '2025-01-01' }, { kind: 'huge' }, { kind: 'large', amount: '3' }],
    { asOf: '2026-01-01', explain: true },
  );
/** A few results of different domains, for the renderer and the envelope helpers. */
const RESULTS = (): unknown[] => [
  computeSalary(WORKER(), { asOf: '2026-01-01', profile: HOST_SALARY() }),
  computeSalaries([WORKER(), { post: 'x' }], { asOf: '2026-01-01' }),
  computeToy({ kind: 'small', amount: '10', start: '2025-01-01' }, { asOf: '2026-01-01' }),
  toyBatch(),
];

export const coreSpecs: Record<string, Spec> = {
  // errors
  // A constructed error must be showable whatever the caller passed: a bad list becomes one `invalid` issue. (Empty
  // text is the caller's own choice here; fail() and issue() refuse it.)
  PolicyError: {
    kind: 'construct',
    examples: () => [[[{ code: 'required', path: ['a'], zh: '缺少', en: 'Missing' }]]],
    echoes: 'all',
    hostText: true,
    check: showable,
  },
  formatIssue: {
    examples: () => [[{ code: 'required', path: ['a', 0], zh: '缺少', en: 'Missing' }]],
    echoes: 'all',
    hostText: true,
  },
  formatPath: { examples: () => [[['workers', 3, 'serviceStart']], [[]]], echoes: 'all' },
  isPolicyError: { kind: 'predicate', examples: () => [[err()], [new Error('x')]] },
  issue: {
    examples: () => [
      ['required', ['name'], '缺少姓名', 'Name is required'],
      ['out_of_range', [], '超出', 'Out', { minimum: 1 }],
    ],
    echoes: 'all',
    hostText: true,
  },
  fail: { examples: () => [['out_of_range', ['grade'], '等级超出范围', 'Grade out of range']], hostText: true },
  toSafe: { examples: () => [[(x: unknown) => x]] },
  // calendar dates
  isLeapYear: { examples: () => [[2024], [1900], [2000]] },
  daysInMonth: {
    examples: () => [
      [2024, 2],
      [2023, 12],
    ],
  },
  isCalendarDate: { kind: 'predicate', examples: () => [['2024-02-29'], ['2023-02-29']] },
  parseCalendarDate: { examples: () => [['2026-01-01'], ['2026-01-01', ['asOf']]], echoes: 'all' },
  safeParseCalendarDate: { kind: 'safe', examples: () => [['2026-01-01'], ['2023-02-29', ['x']]], echoes: 'all' },
  compareDates: { examples: () => [['2024-01-01', '2023-12-31']] },
  addDays: {
    examples: () => [
      ['2024-02-28', 1],
      ['2024-03-01', -1],
    ],
  },
  daysBetween: { examples: () => [['2023-01-01', '2024-01-01']] },
  addYears: {
    examples: () => [
      ['2020-02-29', 1],
      ['2020-02-29', 3, { leapDay: 'february-28' }],
    ],
  },
  fullYearsBetween: {
    examples: () => [
      ['2020-03-15', '2023-03-14'],
      ['2020-02-29', '2021-02-28', { leapDay: 'february-28' }],
    ],
  },
  ageOn: {
    examples: () => [
      ['1956-05-20', '2026-05-20'],
      ['2000-02-29', '2026-02-28', { leapDay: 'march-1' }],
    ],
  },
  firstJanuaryOnOrAfter: { examples: () => [['2023-03-15'], ['2023-01-01']] },
  yearOf: { examples: () => [['2026-01-01']] },
  // the work calendar
  parseWorkCalendar: { examples: () => [[NOTICE_2027()], [[NOTICE_2027()], ['calendar']]], echoes: 'all' },
  safeParseWorkCalendar: { kind: 'safe', examples: () => [[NOTICE_2027()], [{ year: 2027 }]], echoes: 'all' },
  withCalendarYears: {
    examples: () => [
      [defaultWorkCalendar(), NOTICE_2027()],
      [defaultWorkCalendar(), [NOTICE_2027()], ['calendar']],
    ],
    echoes: 'all',
    weight: 0.5,
  },
  defaultWorkCalendar: { examples: () => [[]], echoes: 'all', weight: 0.2 },
  calendarYear: {
    examples: () => [
      [defaultWorkCalendar(), 2026],
      [defaultWorkCalendar(), 2030],
    ],
    echoes: 'all',
  },
  dayKind: { examples: () => [['2026-10-01'], ['2026-02-14', defaultWorkCalendar()]] },
  isWorkingDay: { check: boolean, examples: () => [['2026-10-01'], ['2026-02-14', defaultWorkCalendar()]] },
  isRestDay: { check: boolean, examples: () => [['2026-10-01'], ['2026-02-14', defaultWorkCalendar()]] },
  holidayOn: { examples: () => [['2026-10-01'], ['2026-02-14', defaultWorkCalendar()]], echoes: 'all' },
  addWorkingDays: {
    examples: () => [
      ['2026-09-28', 5],
      ['2026-02-10', 15, defaultWorkCalendar()],
    ],
  },
  tryAddWorkingDays: {
    examples: () => [
      ['2026-12-20', 15],
      ['2026-02-10', 15, defaultWorkCalendar()],
    ],
  },
  workingDaysBetween: {
    examples: () => [
      ['2026-09-28', '2026-10-09'],
      ['2026-02-01', '2026-03-01', defaultWorkCalendar()],
    ],
  },
  tryWorkingDaysBetween: {
    examples: () => [
      ['2026-12-20', '2027-01-10'],
      ['2026-02-01', '2026-03-01', defaultWorkCalendar()],
    ],
  },
  workingDayOnOrAfter: { examples: () => [['2026-10-01'], ['2026-02-14', defaultWorkCalendar()]] },
  tryWorkingDayOnOrAfter: { examples: () => [['2026-12-31'], ['2026-02-14', defaultWorkCalendar()]] },
  calendarOption: {
    examples: () => [
      [undefined, ['calendar']],
      [NOTICE_2027(), ['calendar']],
    ],
    echoes: 'all',
  },
  // legal periods
  periodEnd: {
    examples: () => [
      ['2026-02-10', { days: 15 }],
      ['2026-01-31', { months: 1 }],
      ['2026-02-10', { days: 60 }, { convention: { ...CIVIL_CODE_PERIODS, id: 'no-roll', rollOver: 'none' } }],
    ],
    echoes: ['holiday', 'convention'],
  },
  tryPeriodEnd: {
    examples: () => [
      ['2026-12-20', { days: 15 }],
      ['2024-02-29', { years: 1 }, { calendar: defaultWorkCalendar() }],
    ],
    echoes: ['holiday', 'convention'],
  },
  isWithinPeriod: {
    check: boolean,
    examples: () => [
      ['2023-06-30', '2020-06-30', { years: 3 }],
      ['2025-10-09', '2025-09-20', { days: 15 }],
    ],
  },
  tryIsWithinPeriod: {
    examples: () => [
      ['2027-01-05', '2026-12-20', { days: 15 }],
      ['2026-12-30', '2026-12-20', { days: 15 }],
    ],
  },
  periodBefore: {
    examples: () => [
      ['2026-05-21', { days: 20 }],
      ['2026-03-31', { months: 1 }],
      ['2026-05-21', { days: 20 }, { convention: { ...CIVIL_CODE_PERIODS, id: 'counted', startDayExcluded: false } }],
    ],
    echoes: ['convention'],
  },
  satisfiesBound: {
    check: boolean,
    examples: () => [
      [100, '以上', 100],
      [50, '超过', 50],
      [69, '不满', 70],
    ],
  },
  parsePeriodConvention: {
    examples: () => [
      [{ ...CIVIL_CODE_PERIODS, id: 'no-roll', rollOver: 'none' }],
      [{ ...CIVIL_CODE_PERIODS }, ['convention']],
    ],
    echoes: 'all',
  },
  safeParsePeriodConvention: {
    kind: 'safe',
    examples: () => [[{ ...CIVIL_CODE_PERIODS }], [{ id: 'x' }]],
    echoes: 'all',
  },
  // money
  isDecimalString: { kind: 'predicate', examples: () => [['1.48'], ['1e3']] },
  isYuan: { kind: 'predicate', examples: () => [['4830.50'], ['4830.5']] },
  // Amounts are numbers, not personal data: a 15-digit amount is not a resident ID (echoes: 'all' skips that scan).
  roundYuan: {
    examples: () => [['1234.565'], ['1234.565', 'half-even'], ['-0.004', 'floor']],
    echoes: 'all',
    check: yuanResult(true),
  },
  sumYuan: { examples: () => [[['0.10', '0.20']], [['-1.005', '3']]], echoes: 'all', check: yuanResult(true) },
  parseYuan: { examples: () => [['5000'], ['12.345', ['amount']]], echoes: 'all', check: yuanResult(true) },
  YuanSum: { kind: 'construct', examples: () => [[]], echoes: 'all' },
  // rates and shares
  // A ratio above 1 is shown as it is: formatRate's documentation says so ("A numerator above the denominator gives
  // a rate above 1, shown as it is (`formatRate(3, 2)` is `1.5000`)"; test/core/rate.test.ts asserts it). So no
  // [0, 1] bound on `rate` here (formatRate(1e9, 95) on random seed 234350816 is a ratio, not a defect); the rate is
  // in [0, 1] whenever the numerator is at most the denominator, and the shares built on it are checked where they
  // are results (coverage, training, workforce standings, the staff share of a rated project).
  formatRate: {
    examples: () => [
      [90, 95],
      [90, 95, 'down'],
      [0, 0],
      [1, 3, 'half-even'],
      [3, 2],
    ],
    rates: [],
    check: (result, args) => {
      const [n, d] = args as [number, number];
      const rate = (result as { rate: string | null }).rate;
      if (n <= d && rate !== null && Number(rate) > 1) return `rate ${rate} above 1 for ${n} of ${d}`;
      return rateText(result);
    },
  },
  // A share above 1 is shown as it is (a labour cost above the budget): no [0, 1] bound here, the text still agrees.
  formatDecimalRate: {
    examples: () => [
      ['79999.99', '100000.00'],
      ['99999.99', '100000'],
      ['1', '0'],
      [3, 7, 'half-even'],
    ],
    rates: [],
    check: rateText,
  },
  parseRateTarget: { examples: () => [['0.95'], ['1', ['target']]] },
  compareToTarget: {
    examples: () => [
      [2, 3, '1'],
      [19, 20, '0.95'],
    ],
    check: gapText,
  },
  compareDecimalToTarget: {
    examples: () => [
      ['79999.99', '100000', '0.8'],
      ['5', '10', '0.4'],
    ],
    check: gapText,
  },
  parseShareRule: { examples: () => [[{ share: '2/3', bound: '以上' }], [{ share: '0.6', bound: '以上' }, ['rule']]] },
  meetsShare: {
    check: boolean,
    examples: () => [
      [10, 30, share()],
      [15, 30, parseShareRule({ share: '1/2', bound: '超过' })],
    ],
  },
  leastShare: {
    examples: () => [
      [30, share()],
      [30, parseShareRule({ share: '1/2', bound: '超过' })],
      [30, parseShareRule({ share: '1/3', bound: '以下' })],
    ],
  },
  // parameters, sources and profiles
  lookup: {
    examples: () => [
      [PARAMETER(), '2025-06-30'],
      [PARAMETER(), '2019-01-01'],
    ],
    echoes: ['value', 'source', 'id', 'label'],
  },
  gapText: {
    examples: () => [
      [{ id: 'x', label: { zh: '示例', en: 'Example' }, reason: 'not_found', date: '2026-01-01' }],
      [{ id: 'x', label: { zh: '示例', en: 'Example' }, reason: 'repealed', date: '2026-01-01', since: '2025-01-01' }],
    ],
    echoes: 'all',
  },
  valueOn: {
    examples: () => [
      [PARAMETER(), '2025-06-30'],
      [PARAMETER(), '2020-01-01', ['parameters', 'x']],
    ],
    echoes: ['value', 'source', 'id', 'label'],
  },
  changeDates: { examples: () => [[PARAMETER(), '2019-01-01', '2026-12-31']] },
  sourceLookup: { examples: () => [[SOURCES()]] },
  parseProfile: {
    examples: () => [[PROFILE_JSON()], [PROFILE_JSON(), ['profile']], [TOY_PROFILE_JSON()]],
    echoes: 'all',
  },
  safeParseProfile: {
    kind: 'safe',
    examples: () => [[PROFILE_JSON()], [TOY_PROFILE_JSON(), ['profile']]],
    echoes: 'all',
  },
  getParameter: {
    examples: () => [
      [huaian(), 'salary.pay.base'],
      [toy(), 'toy.rate'],
    ],
    echoes: 'all',
  },
  readParameter: {
    examples: () => [
      [huaian(), 'salary.grade.serviceYearsPerStep', '2026-01-01'],
      [toy(), 'toy.rate', '2025-01-01'],
    ],
    echoes: ['value', 'source', 'id', 'label'],
  },
  profileToJson: { examples: () => [[huaian()], [toy()]], echoes: 'all' },
  withOverrides: {
    examples: () => [
      [huaian(), { 'salary.pay.base': '1200' }],
      [
        huaian(),
        { 'salary.pay.base': { set: '1300', from: '2025-01-01', source: { title: 'Doc' } } },
        { version: 'x' },
      ],
      [huaian(), { 'salary.grade.earlyPromotion': { merge: { maxSteps: 3 } } }],
      [toy(), { 'toy.rate': { values: [{ effectiveFrom: '2020-01-01', value: '0.9', source: { title: 'Doc' } }] } }],
    ],
    echoes: 'all',
  },
  defineProfiles: {
    examples: () => [
      ['toy', { toy: () => TOY_PROFILE_JSON() }, { default: 'toy' }],
      [
        'toy',
        { toy: () => TOY_PROFILE_JSON() },
        { default: 'toy', sources: SOURCES(), renamed: { 'toy.old': 'toy.rate' } },
      ],
    ],
    echoes: 'all',
  },
  // options
  readOptions: {
    examples: () => [
      [{ asOf: '2026-01-01' }, { asOf: asOfOption }],
      [undefined, {}, ['options']],
    ],
    echoes: 'all',
  },
  suggest: {
    examples: () => [
      ['asof', ['asOf', 'profile']],
      ['xyz', ['asOf']],
    ],
  },
  asOfOption: { examples: () => [['2026-01-01', ['asOf']]], echoes: 'all' },
  optionalDateOption: {
    examples: () => [
      [undefined, ['period']],
      ['2026-01-01', ['from']],
    ],
    echoes: 'all',
  },
  optionalTextOption: {
    examples: () => [
      [undefined, ['floorGroup']],
      ['inner', ['floorGroup']],
    ],
    echoes: 'all',
  },
  booleanOption: { examples: () => [[false], [true]] },
  explainOption: {
    examples: () => [
      [undefined, ['explain']],
      [true, ['explain']],
    ],
  },
  choiceOption: {
    examples: () => [
      [['zh', 'en'], 'zh'],
      [['a', 'b'], undefined],
    ],
  },
  langOption: {
    examples: () => [
      ['en', ['lang']],
      [undefined, ['lang']],
    ],
  },
  validateOption: {
    examples: () => [
      [undefined, ['validate']],
      ['trusted', ['validate']],
    ],
  },
  trustedFailure: {
    examples: () => [
      [new TypeError('x is undefined'), [3]],
      [err(), ['validate']],
    ],
  },
  countOption: { examples: () => [[20], [0, true]] },
  oncePerObject: { examples: () => [[asOfOption]] },
  // messages
  pick: {
    examples: () => [
      [{ zh: '中', en: 'en' }, 'zh'],
      [{ zh: '中', en: 'en' }, 'en'],
    ],
    echoes: 'all',
  },
  defineMessages: { examples: () => [['demo', CATALOGUE()]], echoes: 'all' },
  // records
  Field: {
    kind: 'construct',
    examples: () => [[{ type: { kind: 'date' }, required: true, label: { zh: '日期', en: 'date' } }]],
    echoes: 'all',
  },
  defineRecord: {
    examples: () => [
      ['toy-item', { zh: '示例条目', en: 'toy item' }, SHAPE()],
      [
        'toy-item',
        { zh: '示例条目', en: 'toy item' },
        SHAPE(),
        { unknownKeys: 'strict', description: { zh: '说明', en: 'about' } },
      ],
    ],
    echoes: 'all',
  },
  recordSchema: {
    examples: () => [
      [toyItem],
      [defineRecord('x', { zh: '甲', en: 'x' }, { d: fields.date(), n: fields.integer({ min: 0 }).optional() })],
    ],
    echoes: 'all',
    weight: 0.5,
  },
  schemaParse: {
    examples: () => [
      [toyItem, { kind: 'small', amount: '10' }],
      [toyItem, { kind: 'x' }, ['rows', 0]],
    ],
    echoes: 'all',
  },
  // results and batches
  engineRef: { examples: () => [['salary'], ['toy']] },
  emptyCounts: { examples: () => [[]] },
  combineOutcomes: { examples: () => [[['pass', 'undetermined']], [['fail']], [[]]] },
  errorRow: {
    examples: () => [
      [3, { id: 'w4' }, err()],
      [0, 'junk', err()],
    ],
    echoes: ['id'],
  },
  runBatch: {
    examples: () => [
      [[1, 'x'], (v: unknown) => ({ outcome: 'computed' as const, v })],
      [[{ id: 'a' }], () => ({ outcome: 'pass' as const }), ['rows']],
      [[{ n: 1 }, null], (v: unknown) => ({ outcome: 'computed' as const, n: (v as { n: number }).n }), [], 'trusted'],
    ],
    echoes: ['v', 'n'],
  },
  // explanations and evaluation
  recorder: { examples: () => [[]] },
  sharedList: { examples: () => [[[{ a: 1 }, { b: 2 }]], [[]]], echoes: 'all' },
  profileAt: {
    examples: () => [
      [toy(), '2026-01-01'],
      [huaian(), '2020-06-30'],
    ],
    echoes: 'all',
  },
  isGap: { kind: 'predicate', examples: () => [[at().get('toy.rate')], [at().get('toy.bonus')]] },
  Scope: { kind: 'construct', examples: () => [[at()], [at(), recorder()]], echoes: 'all' },
  // The derive function is the caller's: what it throws is its own (Number() of a Symbol value), so the example's
  // cannot throw on any value the harness puts in the read.
  derived: { examples: () => [[read(), (r: ParameterRead) => typeof r.value]], echoes: 'all' },
  derivedFrom: {
    examples: () => [
      [[read()], (rs: readonly ParameterRead[]) => rs.length],
      [[], () => 0],
    ],
    echoes: 'all',
  },
  explainedScope: { examples: () => [[at()]], echoes: 'all' },
  envelope: {
    examples: () => [
      ['toy', 'toy', 'computed', new Scope(at())],
      ['toy', 'toy', 'undetermined', scopeWithGap(), explainedScope(at()).explain({ zh: '摘要', en: 'summary' })],
    ],
    echoes: ['profile'],
  },
  profileRef: { examples: () => [[toy()], [huaian()]], echoes: 'all' },
  // the renderer
  explain: {
    examples: () => [...RESULTS().map((r) => [r]), [RESULTS()[0], { lang: 'en' }], [toyBatch(), { lang: 'en' }]],
  },
  outcomeLabel: {
    examples: () => [
      ['undetermined', 'zh'],
      ['error', 'en'],
    ],
  },
  citation: {
    examples: () => [
      [{ key: 'U2', title: '《信访工作条例》', article: '第二十二条' }, 'zh'],
      [{ title: 'Doc', number: '1号' }, 'en'],
    ],
    echoes: 'all',
  },
};

/** A scope that read a parameter with no value (so `missing` names it). */
function scopeWithGap(): Scope {
  const s = new Scope(at());
  s.param('toy.bonus');
  return s;
}

/** Functions that answer yes or no but check their arguments (a PolicyError for a malformed date or share). */
function boolean(r: unknown): string | undefined {
  return typeof r === 'boolean' ? undefined : `returned ${String(r).slice(0, 40)}, not a boolean`;
}

/** A constructed PolicyError: code, zh and en are text, the path a list of keys and indexes, the message built. */
function showable(r: unknown): string | undefined {
  const e = r as PolicyError;
  const fields = [e.code, e.zh, e.en, e.message].every((t) => typeof t === 'string');
  const path = Array.isArray(e.path) && e.path.every((k) => typeof k === 'string' || typeof k === 'number');
  return fields && path && Array.isArray(e.issues) && e.issues.length > 0
    ? undefined
    : 'a constructed PolicyError cannot be shown';
}

/** A result that must be a yuan string (signed when the input may be negative). */
function yuanResult(signed: boolean): (r: unknown) => string | undefined {
  return (r) =>
    typeof r === 'string' && (signed ? /^-?\d+\.\d{2}$/ : /^\d+\.\d{2}$/).test(r)
      ? undefined
      : `not yuan: ${String(r).slice(0, 80)}`;
}

/** A formatted rate: the percent is the rate × 100, both in [0, 1] / [0, 100], or both null. */
function rateText(result: unknown): string | undefined {
  const r = result as { rate: string | null; percent: string | null };
  if (r.rate === null || r.percent === null)
    return r.rate === r.percent ? undefined : `rate ${String(r.rate)} with percent ${String(r.percent)}`;
  if (
    r.rate.replace('.', '').replace(/^0+(?=\d)/, '') !==
    r.percent
      .slice(0, -1)
      .replace('.', '')
      .replace(/^0+(?=\d)/, '')
  )
    return `rate ${r.rate} and percent ${r.percent} disagree`;
  return undefined;
}

/** A comparison with a target: met exactly when the gap is zero, the gap a rate. */
function gapText(result: unknown): string | undefined {
  const r = result as { met: unknown; gap: unknown };
  if (typeof r.met !== 'boolean' || typeof r.gap !== 'string' || !/^(0|1)\.\d{4}$/.test(r.gap))
    return `bad comparison ${JSON.stringify(r).slice(0, 100)}`;
  if (r.met !== (r.gap === '0.0000')) return `met ${String(r.met)} with gap ${r.gap}`;
  return undefined;
}
