/** Fuzz specs of the core (root entry): errors, dates, money, parameters, profiles, explanations. */
import { PolicyError } from '../../../src/core/errors.js';
import { computeGrade, huaianSalaryProfile } from '../../../src/salary/index.js';
import type { Spec } from '../harness.js';
import { PARAMETER, PROFILE_JSON } from './fixtures.js';

const err = () => new PolicyError([{ code: 'required', path: ['a', 0], zh: '缺少', en: 'Missing' }]);
const explanation = () => computeGrade({ post: 'staff', education: 'bachelor', serviceStart: '2020-03-15' }, { asOf: '2024-01-01' }).explanation;

export const coreSpecs: Record<string, Spec> = {
  // errors
  // A constructed error must be showable whatever the caller passed: a bad list becomes one `invalid` issue. (Empty
  // text is the caller's own choice here; fail() and issue() refuse it.)
  PolicyError: { kind: 'construct', examples: () => [[[{ code: 'required', path: ['a'], zh: '缺少', en: 'Missing' }]]], echoes: 'all', hostText: true, check: showable },
  formatIssue: { examples: () => [[{ code: 'required', path: ['a', 0], zh: '缺少', en: 'Missing' }]], echoes: 'all', hostText: true },
  formatPath: { examples: () => [[['workers', 3, 'serviceStart']], [[]]], echoes: 'all' },
  isPolicyError: { kind: 'predicate', examples: () => [[err()], [new Error('x')]] },
  issue: { examples: () => [['required', ['name'], '缺少姓名', 'Name is required'], ['out_of_range', [], '超出', 'Out', { minimum: 1 }]], echoes: 'all', hostText: true },
  fail: { examples: () => [['out_of_range', ['grade'], '等级超出范围', 'Grade out of range']], hostText: true },
  toSafe: { examples: () => [[(x: unknown) => x]] },
  // dates
  isLeapYear: { examples: () => [[2024], [1900], [2000]] },
  daysInMonth: { examples: () => [[2024, 2], [2023, 12]] },
  isCalendarDate: { kind: 'predicate', examples: () => [['2024-02-29'], ['2023-02-29']] },
  parseCalendarDate: { examples: () => [['2026-01-01'], ['2026-01-01', ['asOf']]], echoes: 'all' },
  safeParseCalendarDate: { kind: 'safe', examples: () => [['2026-01-01'], ['2023-02-29', ['x']]], echoes: 'all' },
  compareDates: { examples: () => [['2024-01-01', '2023-12-31']] },
  addDays: { examples: () => [['2024-02-28', 1], ['2024-03-01', -1]] },
  daysBetween: { examples: () => [['2023-01-01', '2024-01-01']] },
  addYears: { examples: () => [['2020-02-29', 1], ['2020-02-29', 3, { leapDay: 'february-28' }]] },
  fullYearsBetween: { examples: () => [['2020-03-15', '2023-03-14'], ['2020-02-29', '2021-02-28', { leapDay: 'february-28' }]] },
  ageOn: { examples: () => [['1956-05-20', '2026-05-20'], ['2000-02-29', '2026-02-28', { leapDay: 'march-1' }]] },
  firstJanuaryOnOrAfter: { examples: () => [['2023-03-15'], ['2023-01-01']] },
  yearOf: { examples: () => [['2026-01-01']] },
  // money
  isDecimalString: { kind: 'predicate', examples: () => [['1.48'], ['1e3']] },
  isYuan: { kind: 'predicate', examples: () => [['4830.50'], ['4830.5']] },
  // Amounts are numbers, not personal data: a 15-digit amount is not a resident ID (echoes: 'all' skips that scan).
  roundYuan: { examples: () => [['1234.565'], ['1234.565', 'half-even'], ['-0.004', 'floor']], echoes: 'all', check: yuanResult(true) },
  sumYuan: { examples: () => [[['0.10', '0.20']], [['-1.005', '3']]], echoes: 'all', check: yuanResult(true) },
  parseYuan: { examples: () => [['5000'], ['12.345', ['amount']]], echoes: 'all', check: yuanResult(true) },
  // parameters and profiles
  valueOn: { examples: () => [[PARAMETER(), '2025-06-30'], [PARAMETER(), '2020-01-01', ['parameters', 'x']]], echoes: ['value', 'source', 'id'] },
  changeDates: { examples: () => [[PARAMETER(), '2019-01-01', '2026-12-31']] },
  parseProfile: { examples: () => [[PROFILE_JSON()], [PROFILE_JSON(), ['profile']]], echoes: 'all' },
  safeParseProfile: { kind: 'safe', examples: () => [[PROFILE_JSON()]], echoes: 'all' },
  getParameter: { examples: () => [[huaianSalaryProfile, 'salary.pay.base'], [PROFILE_JSON(), 'salary.components']], echoes: 'all' },
  readParameter: { examples: () => [[huaianSalaryProfile, 'salary.pay.base', '2026-01-01'], [PROFILE_JSON(), 'salary.grade.windows', '2020-01-01']], echoes: ['value', 'source', 'id'] },
  withOverrides: {
    examples: () => [
      [huaianSalaryProfile, { 'salary.pay.base': '1200' }],
      [huaianSalaryProfile, { 'salary.pay.base': { set: '1300', from: '2025-01-01', source: { title: 'Doc' } } }, { version: 'x' }],
      [PROFILE_JSON(), { 'salary.grade.earlyPromotion': { merge: { maxSteps: 3 } } }],
      [huaianSalaryProfile, { 'salary.pay.base': { values: [{ effectiveFrom: '2020-01-01', value: '900', source: { title: 'Doc' } }] } }],
    ],
    echoes: ['parameters', 'label', 'description', 'jurisdiction', 'id', 'version'],
  },
  // explanations
  Tracer: { kind: 'construct', examples: () => [[huaianSalaryProfile, '2026-01-01']], echoes: ['profile'] },
  formatExplanation: { examples: () => [[explanation()], [explanation(), 'en']] },
};

/** A constructed PolicyError: code, zh and en are text, the path a list of keys and indexes, the message built. */
function showable(r: unknown): string | undefined {
  const e = r as PolicyError;
  const fields = [e.code, e.zh, e.en, e.message].every((t) => typeof t === 'string');
  const path = Array.isArray(e.path) && e.path.every((k) => typeof k === 'string' || typeof k === 'number');
  return fields && path && Array.isArray(e.issues) && e.issues.length > 0 ? undefined : 'a constructed PolicyError cannot be shown';
}

/** A result that must be a yuan string (signed when the input may be negative). */
function yuanResult(signed: boolean): (r: unknown) => string | undefined {
  return (r) => (typeof r === 'string' && (signed ? /^-?\d+\.\d{2}$/ : /^\d+\.\d{2}$/).test(r) ? undefined : `not yuan: ${String(r).slice(0, 80)}`);
}
