// Regression tests for the core defects found by the fuzz (test/fuzz): each call used to throw a TypeError or a
// RangeError, or to return garbage; each now returns the right value or refuses with a well-formed PolicyError.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  ageOn,
  compareDates,
  daysInMonth,
  firstJanuaryOnOrAfter,
  isCalendarDate,
  isLeapYear,
  parseCalendarDate,
  yearOf,
} from '../../src/core/calendar-date.js';
import {
  PolicyError,
  fail,
  formatIssue,
  formatPath,
  isPolicyError,
  issue,
  toSafe,
  type PolicyIssue,
} from '../../src/core/errors.js';
import { recorder } from '../../src/core/explanation.js';
import { explainedScope, profileAt } from '../../src/core/evaluation.js';
import { explain } from '../../src/core/render.js';
import { parseYuan, roundYuan, sumYuan, toDec } from '../../src/core/money.js';
import { changeDates, valueOn } from '../../src/core/parameters.js';
import { getParameter, parseProfile, readParameter, safeParseProfile, withOverrides } from '../../src/core/profile.js';
import { computeGrade, salaryProfiles } from '../../src/salary/index.js';
import {
  Field,
  Scope,
  choiceOption,
  citation,
  combineOutcomes,
  countOption,
  defaultWorkCalendar,
  defineMessages,
  defineProfiles,
  defineRecord,
  derived,
  derivedFrom,
  engineRef,
  envelope,
  errorRow,
  fields,
  gapText,
  isGap,
  langOption,
  leastShare,
  lookup,
  meetsShare,
  oncePerObject,
  outcomeLabel,
  parsePeriodConvention,
  parseShareRule,
  parseWorkCalendar,
  periodBefore,
  pick,
  profileRef,
  profileToJson,
  readOptions,
  recordSchema,
  runBatch,
  safeParseWorkCalendar,
  satisfiesBound,
  schemaParse,
  sharedList,
  sourceLookup,
  suggest,
  withCalendarYears,
} from '../../src/core/index.js';

const huaianSalaryProfile = salaryProfiles.get('huaian');

const deepArray = (levels: number): unknown => {
  let v: unknown = [1];
  for (let i = 0; i < levels; i++) v = [v];
  return v;
};
const deepObject = (levels: number): unknown => {
  let v: unknown = { leaf: 1 };
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
};
const cyclic = (): unknown => {
  const o: Record<string, unknown> = { a: 1 };
  o.self = o;
  return o;
};

/** The PolicyError `fn` throws (anything else fails the test). */
function refusal(fn: () => unknown): PolicyError {
  try {
    fn();
  } catch (e) {
    if (!isPolicyError(e)) throw e;
    expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(e.en).not.toBe('');
    return e;
  }
  throw new Error('expected a PolicyError');
}

describe('errors', () => {
  it('a PolicyError built from a bad list is still showable: one `invalid` issue (it threw a TypeError)', () => {
    for (const bad of [
      null,
      undefined,
      [],
      [null],
      new Array(3),
      [{ code: 'x', path: null, zh: '中', en: 'e' }],
      [{ code: 'x', path: [], zh: Symbol('s'), en: 'e' }],
    ]) {
      const e = new PolicyError(bad as never);
      expect(e.code).toBe('invalid');
      expect(e.path).toEqual([]);
      expect(e.issues).toHaveLength(1);
      expect(e.message).toBe('invalid: 错误无效 / Invalid error');
    }
  });

  it('fail() with a path that is not a list throws a well-formed PolicyError (it threw one with path 5)', () => {
    expect(refusal(() => fail('x', 5 as never, '中', 'e')).code).toBe('invalid');
    expect(refusal(() => fail('x', [Symbol('s')] as never, '中', 'e')).code).toBe('invalid');
  });

  it('issue(), formatIssue(), formatPath() and toSafe() check their arguments', () => {
    expect(refusal(() => issue('x', ['a'], '', 'e')).code).toBe('invalid');
    expect(refusal(() => fail('', [], '中', 'e')).code).toBe('invalid');
    expect(refusal(() => formatIssue({ code: 'x', path: 'a' } as unknown as PolicyIssue)).code).toBe('invalid');
    expect(refusal(() => formatPath(null as never)).code).toBe('invalid_type');
    expect(refusal(() => toSafe(5 as never)).code).toBe('invalid_type');
    expect(formatPath(['workers', 3, 'serviceStart'])).toBe('workers[3].serviceStart');
  });

  it('toJSON is the fields in order, without message or stack', () => {
    const e = new PolicyError([{ code: 'a', path: ['x', 1], zh: '中', en: 'e' }]);
    expect(JSON.stringify(e.toJSON())).toBe(
      '{"name":"PolicyError","code":"a","path":["x",1],"zh":"中","en":"e","issues":[{"code":"a","path":["x",1],"zh":"中","en":"e"}]}',
    );
  });
});

describe('calendar dates', () => {
  it('a deeply nested array is refused as a wrong type (converting it to text overflowed the stack)', () => {
    expect(isCalendarDate(deepArray(1e5))).toBe(false);
    expect(refusal(() => yearOf(deepArray(1e5) as never)).code).toBe('invalid_type');
  });

  it('isLeapYear and daysInMonth refuse what is not a whole year or a month 1–12 (they returned garbage)', () => {
    expect(refusal(() => isLeapYear('2024' as never)).code).toBe('invalid_type');
    expect(refusal(() => daysInMonth(2024, 13)).code).toBe('out_of_range');
    expect(refusal(() => daysInMonth(2024.5, 2)).code).toBe('invalid_type');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2024, m))).toEqual([
      31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it('addDays refuses a day count that is not whole and a result outside 0001–9999 (it returned "NaN-NaN-NaN" or 5-digit years)', () => {
    expect(refusal(() => addDays('2024-01-01', Number.NaN)).code).toBe('invalid_type');
    expect(refusal(() => addDays('9999-12-31', 1)).code).toBe('out_of_range');
    expect(refusal(() => addDays('0001-01-01', -1)).code).toBe('out_of_range');
    expect(addDays('0001-01-01', 0)).toBe('0001-01-01');
  });

  it('firstJanuaryOnOrAfter a date in 9999 is out of range (it returned "10000-01-01")', () => {
    expect(refusal(() => firstJanuaryOnOrAfter('9999-05-01')).code).toBe('out_of_range');
    expect(firstJanuaryOnOrAfter('9999-01-01')).toBe('9999-01-01');
  });

  it('options must be an object with a known leapDay (null threw a TypeError)', () => {
    expect(refusal(() => addYears('2020-02-29', 1, null as never)).code).toBe('invalid_type');
    expect(refusal(() => ageOn('2000-02-29', '2026-01-01', { leapDay: 'never' as never })).code).toBe(
      'unknown_enum_value',
    );
    expect(refusal(() => addYears('2020-02-29', 1.5)).code).toBe('invalid_type');
  });

  it('a message quoting the input masks a resident ID in it', () => {
    const e = refusal(() => parseCalendarDate('11010519491231002X'));
    expect(e.zh + e.en).not.toContain('11010519491231002X');
    expect(refusal(() => compareDates('2024-01-01', '110105491231002')).en).not.toContain('110105491231002');
  });
});

describe('money', () => {
  it('stays exact beyond the float range, and refuses amounts beyond the supported range, naming it', () => {
    expect(parseYuan(`1${'0'.repeat(23)}`)).toBe(`1${'0'.repeat(23)}.00`);
    expect(sumYuan(['999999999999999999999999.99', '0.01'])).toBe('1000000000000000000000000.00');
    const e = refusal(() => toDec(`1${'0'.repeat(24)}`));
    expect(e.code).toBe('out_of_range');
    expect(e.en).toContain('24 digits before the decimal point');
    expect(refusal(() => toDec('0.0000000000001')).code).toBe('out_of_range');
    expect(parseYuan('0.005000000000000000')).toBe('0.01');
  });

  it('roundYuan refuses an unknown mode and sumYuan a non-list (a deep array as mode overflowed the stack)', () => {
    expect(refusal(() => roundYuan('1.005', deepArray(1e5) as never)).code).toBe('unknown_enum_value');
    expect(refusal(() => sumYuan('' as never)).code).toBe('invalid_type');
    expect(refusal(() => parseYuan('1', null as never)).code).toBe('invalid_type');
  });
});

describe('parameters and profiles', () => {
  const p = {
    id: 'x',
    label: { zh: '示例', en: 'Example' },
    unit: 'ratio',
    type: 'decimal',
    values: [{ effectiveFrom: '2024-01-01', value: '0.7', source: { title: 'Doc' } }],
  } as const;

  it('parseProfile and its safe twin refuse deep and cyclic input with their own codes (the stack overflowed)', () => {
    const deep = { ...(huaianSalaryProfile as object), description: deepObject(20_000) };
    expect(refusal(() => parseProfile(deep)).code).toBe('too_deep');
    const r = safeParseProfile(cyclic());
    expect(r.success ? 'ok' : r.error.code).toBe('cyclic');
  });

  it('withOverrides validates the patch as data (each of these threw a TypeError)', () => {
    expect(refusal(() => withOverrides(huaianSalaryProfile, JSON.parse('{"__proto__":{"set":"1"}}'))).code).toBe(
      'unknown_parameter',
    );
    expect(refusal(() => withOverrides(huaianSalaryProfile, { constructor: { set: '1' } } as never)).code).toBe(
      'unknown_parameter',
    );
    expect(
      refusal(() => withOverrides(huaianSalaryProfile, { 'salary.pay.base': { values: 5 } } as never)).path.slice(0, 2),
    ).toEqual(['overrides', 'salary.pay.base']);
    expect(refusal(() => withOverrides(huaianSalaryProfile, null as never)).code).toBe('invalid_type');
    expect(refusal(() => withOverrides(null as never, {})).code).toBe('invalid_type');
    expect(({} as Record<string, unknown>).set).toBeUndefined();
  });

  it('a decimal beyond the supported range is refused when the profile loads', () => {
    const e = refusal(() => withOverrides(huaianSalaryProfile, { 'salary.pay.base': `1${'0'.repeat(30)}` }));
    expect(e.code).toBe('out_of_range');
  });

  it('readParameter refuses a date that is not a date (it returned a value for "garbage")', () => {
    expect(refusal(() => readParameter(huaianSalaryProfile, 'salary.pay.base', 'garbage')).code).toBe('invalid_date');
    expect(refusal(() => getParameter(huaianSalaryProfile, 'constructor')).code).toBe('unknown_parameter');
  });

  it('valueOn and changeDates refuse what is not a parameter or a date', () => {
    expect(refusal(() => valueOn(undefined as never, '2025-01-01')).code).toBe('invalid_type');
    expect(refusal(() => valueOn(p, deepArray(1e5) as never)).code).toBe('invalid_type');
    expect(refusal(() => changeDates(p, '2024-01-01', 'x')).code).toBe('invalid_format');
    expect(valueOn(p, '2025-06-30').value).toBe('0.7');
  });

  // 0.1.0's Tracer(profile, date) is profileAt(profile, date) and a Scope on it; formatExplanation is explain().
  it('profileAt and explain check their arguments (the Tracer and formatExplanation did)', () => {
    expect(refusal(() => profileAt(null as never, '2026-01-01')).code).toBe('invalid_type');
    expect(refusal(() => profileAt(huaianSalaryProfile, '2026-13-01')).code).toBe('invalid_date');
    const result = computeGrade(
      { post: 'staff', education: 'bachelor', serviceStart: '2020-03-15' },
      { asOf: '2026-01-01' },
    );
    expect(refusal(() => explain(result, { lang: 'fr' as never })).code).toBe('unknown_enum_value');
    expect(
      refusal(() => explain({ ...result, explanation: { ...result.explanation, rules: null } } as never)).path,
    ).toEqual(['result', 'explanation', 'rules']);
  });

  it('explain never shows a resident ID, whatever a profile or a rule wrote', () => {
    const { scope, explain: finish } = explainedScope(profileAt(huaianSalaryProfile, '2026-01-01'));
    scope.trace.rule({ rule: 'r', text: { zh: '证件 11010519491231002X', en: 'id 110105491231002' } });
    const result = {
      kind: 'x',
      outcome: 'computed',
      asOf: '2026-01-01',
      explanation: finish({ zh: '摘要 11010519491231002X', en: 'summary' }),
    };
    const text = explain(result, { lang: 'zh' }) + explain(result, { lang: 'en' });
    expect(text).not.toMatch(/11010519491231002X|110105491231002/);
    const trace = recorder();
    trace.rule({ rule: 'r', text: { zh: '证件 110105491231002', en: 'id 11010519491231002X' } });
    expect(
      explain({ outcome: 'computed', explanation: trace.finish({ zh: '摘要', en: 'summary' }, []) }, { lang: 'en' }),
    ).not.toMatch(/11010519491231002X|110105491231002/);
  });
});

describe('record parsers', () => {
  it('a safe parser never throws: bad path, deep or cyclic value', () => {
    const p = defineRecord('a', { zh: '甲', en: 'a' }, { a: fields.text().label('甲', 'a') });
    expect(p.safeParse({ a: 'x' }, 5 as never).success).toBe(false);
    expect(p.safeParse(cyclic()).success).toBe(false);
    expect(p.safeParse(deepObject(1e5)).success).toBe(false);
  });
});

describe('second fuzz run (random seed 1602465820)', () => {
  it('withOverrides validates a hand-built base profile in full (values that are not a list threw a TypeError)', () => {
    const hand = {
      ...(huaianSalaryProfile as object),
      parameters: {
        ...huaianSalaryProfile.parameters,
        'salary.pay.base': { ...huaianSalaryProfile.parameters['salary.pay.base']!, values: 5 },
      },
    };
    expect(refusal(() => withOverrides(hand as never, { 'salary.pay.base': '1200' })).path).toEqual([
      'profile',
      'parameters',
      'salary.pay.base',
      'values',
    ]);
    expect(
      refusal(() => withOverrides({ ...(huaianSalaryProfile as object), version: Object.create(null) } as never, {}))
        .path,
    ).toEqual(['profile', 'version']);
  });

  it('valueOn refuses a value whose effectiveFrom is not a date (it returned it)', () => {
    const p = {
      id: 'x',
      label: { zh: '示例', en: 'Example' },
      unit: 'ratio',
      type: 'decimal',
      values: [{ effectiveFrom: '110105491231002', value: '0.7', source: { title: 'Doc' } }],
    };
    expect(refusal(() => valueOn(p as never, '2020-01-01')).code).toBe('invalid_type');
  });
});

describe('fuzz of the engine kit (after the merge: the kit had none of these checks)', () => {
  const toy = () => profileAt(salaryProfiles.get('huaian'), '2026-01-01');
  it('errors quote input masked: a message built from any catalogue shows no resident ID, in its text or params', () => {
    const e = refusal(() => readOptions({ lang: 'en11010519491231002X' }, { lang: langOption }));
    expect(JSON.stringify(e.issues)).not.toMatch(/11010519491231002X/);
    expect(refusal(() => satisfiesBound(1, '张三 11010519491231002X' as never, 1)).en).not.toContain(
      '11010519491231002X',
    );
    expect(refusal(() => satisfiesBound(1, Object.create(null) as never, 1)).code).toBe('unknown_enum_value');
    expect(refusal(() => periodBefore('2026-03-31', { months: '11010519491231002X' as never })).en).not.toContain(
      '11010519491231002X',
    );
  });

  it('options, messages and results check their arguments (each threw a TypeError)', () => {
    expect(refusal(() => suggest('x', 5 as never)).code).toBe('invalid_type');
    expect(refusal(() => readOptions({}, null as never)).code).toBe('invalid_type');
    expect(refusal(() => readOptions({}, { a: 5 } as never)).code).toBe('invalid_type');
    expect(refusal(() => readOptions({}, {}, 5 as never)).code).toBe('invalid_type');
    expect(refusal(() => choiceOption(5 as never, undefined)).code).toBe('invalid_type');
    expect(refusal(() => countOption(-1)).code).toBe('invalid_type');
    expect(refusal(() => oncePerObject(5 as never)).code).toBe('invalid_type');
    expect(refusal(() => pick(undefined as never, 'zh')).code).toBe('invalid_type');
    expect(refusal(() => defineMessages('x', { a: { zh: 1 } } as never)).path).toEqual(['catalogue', 'a']);
    expect(refusal(() => engineRef(5 as never)).code).toBe('invalid_type');
    expect(refusal(() => errorRow(-1, {}, new PolicyError([]))).code).toBe('out_of_range');
    expect(refusal(() => errorRow(0, {}, new Error('x') as never)).code).toBe('invalid_type');
    expect(refusal(() => runBatch([1], 5 as never)).code).toBe('invalid_type');
    // A row whose outcome is not in the vocabulary would make counts that do not add up to the rows.
    expect(refusal(() => runBatch([1], () => ({ outcome: 'maybe' as never }))).path).toEqual([0, 'outcome']);
    expect(refusal(() => combineOutcomes(5 as never)).code).toBe('invalid_type');
    expect(refusal(() => outcomeLabel(Object.create(null) as never, 'zh')).code).toBe('unknown_enum_value');
    expect(refusal(() => citation(undefined as never, 'zh')).path).toEqual(['source']);
    expect(isGap(undefined as never)).toBe(false);
  });

  it('evaluation helpers check their arguments: a scope, a read, a derive function, an outcome', () => {
    const at = toy();
    expect(refusal(() => new Scope(undefined as never)).code).toBe('invalid_type');
    expect(refusal(() => new Scope(at, 5 as never)).path).toEqual(['trace']);
    expect(refusal(() => derived(undefined as never, () => 1)).path).toEqual(['read']);
    expect(refusal(() => derivedFrom([1] as never, () => 1)).code).toBe('invalid_type');
    expect(refusal(() => derivedFrom([], 5 as never)).path).toEqual(['derive']);
    expect(refusal(() => explainedScope({} as never)).path).toEqual(['at']);
    expect(refusal(() => envelope('salary', 'x', '-1000' as never, new Scope(at))).path).toEqual(['outcome']);
    expect(refusal(() => envelope('salary', 'x', 'computed', undefined as never)).path).toEqual(['scope']);
    expect(
      refusal(() => envelope('salary', 'x', 'computed', new Scope(at), { summary: { zh: '摘', en: 's' } } as never))
        .code,
    ).toBe('invalid_type');
    expect(refusal(() => profileRef(undefined as never)).code).toBe('invalid_type');
    expect(refusal(() => sharedList(5 as never)).code).toBe('invalid_type');
    expect(sharedList([1, 2] as never)).toEqual([1, 2]);
  });

  it('parameters, gaps, sources and profiles check their arguments', () => {
    expect(refusal(() => lookup(undefined as never, '2026-01-01')).path).toEqual(['parameter']);
    expect(
      refusal(() =>
        lookup(
          {
            id: 'x',
            label: { zh: '甲', en: 'x' },
            values: [{ effectiveFrom: '2020-13-01', value: 1, source: { title: 't' } }],
          } as never,
          '2026-01-01',
        ),
      ).path,
    ).toEqual(['parameter', 'values', 0]);
    expect(refusal(() => gapText(undefined as never)).path).toEqual(['gap']);
    expect(refusal(() => sourceLookup(5 as never)).code).toBe('invalid_type');
    expect(refusal(() => profileToJson(undefined as never)).code).toBe('invalid_type');
    expect(refusal(() => defineProfiles('x', { a: () => ({}) }, { default: 'b' })).path).toEqual([
      'settings',
      'default',
    ]);
    expect(refusal(() => defineProfiles('x', { a: 5 } as never, { default: 'a' })).code).toBe('invalid_type');
  });

  it('rates and shares check the share they are given (a hand-made one threw BigInt errors or answered undefined)', () => {
    expect(refusal(() => meetsShare(1, 3, { numerator: 'x', denominator: 3, bound: '以上' } as never)).path).toEqual([
      'rule',
    ]);
    expect(refusal(() => leastShare(30, { numerator: 1, denominator: 0, bound: '以上' } as never)).path).toEqual([
      'rule',
    ]);
    expect(refusal(() => meetsShare(1, 3, { numerator: 1, denominator: 3, bound: 'x' } as never)).path).toEqual([
      'rule',
    ]);
    expect(refusal(() => parseShareRule({ share: '1/2', bound: '以上' }, 5 as never)).code).toBe('invalid_type');
    expect(leastShare(30, parseShareRule({ share: '2/3', bound: '以上' }))).toBe(20);
  });

  it('records check how they are defined and the path they are given (parse threw "base is not iterable")', () => {
    const item = defineRecord(
      'item',
      { zh: '条目', en: 'item' },
      { n: fields.integer({ min: 0 }).label('数量', 'count') },
    );
    expect(refusal(() => item.parse({ n: 1 }, 5 as never)).code).toBe('invalid_type');
    expect(item.safeParse({ n: 1 }, 5 as never).success).toBe(false);
    expect(
      refusal(() =>
        defineRecord('x', { zh: '甲', en: 'x' }, {
          n: { def: { type: { kind: 'x' }, required: true, label: { zh: '甲', en: 'x' } } },
        } as never),
      ).path,
    ).toEqual(['shape', 'n', 'def', 'type']);
    expect(refusal(() => defineRecord('x', { zh: '甲', en: 'x' }, {}, { refine: 5 } as never)).path).toEqual([
      'settings',
      'refine',
    ]);
    expect(refusal(() => new Field(null as never)).path).toEqual(['def']);
    expect(refusal(() => recordSchema(undefined as never)).code).toBe('invalid_type');
    expect(refusal(() => schemaParse(item, { n: 1 }, 5 as never)).code).toBe('invalid_type');
    // A message of the record's own asks for "an object", not "a object".
    expect(refusal(() => item.parse(undefined)).en).toBe('"item" must be an object, got undefined');
  });

  it('the work calendar and conventions: a bad path, deep JSON and a million bad days are PolicyErrors', () => {
    const notice = {
      year: 2027,
      confidence: 'H',
      sources: [{ title: '通知', issuer: '国务院办公厅' }],
      holidays: [{ name: { zh: '元旦', en: 'New Year' }, restDays: ['2027-01-01'] }],
    };
    expect(refusal(() => parseWorkCalendar(notice, 5 as never)).code).toBe('invalid_type');
    expect(refusal(() => parseWorkCalendar(deepArray(1e5))).code).toBe('too_deep');
    const e = refusal(() => parseWorkCalendar({ ...notice, holidays: new Array(1e6).fill(0) }));
    expect(e.issues.length).toBeLessThanOrEqual(1001);
    expect(e.issues.at(-1)!.code).toBe('too_many_issues');
    expect(
      safeParseWorkCalendar({
        ...notice,
        holidays: [{ name: { zh: '元旦', en: 'x' }, restDays: new Array(1e6).fill(0) }],
      }).success,
    ).toBe(false);
    expect(refusal(() => withCalendarYears(defaultWorkCalendar(), notice, 5 as never)).code).toBe('invalid_type');
    expect(refusal(() => parsePeriodConvention(deepObject(1e5))).code).toBe('too_deep');
  });

  it('explain renders a batch whose explanation lists a million items (spread arguments overflowed the stack)', () => {
    const trace = recorder();
    for (let i = 0; i < 200_000; i++) trace.missing({ name: `rows[${i}]`, label: { zh: '行', en: 'row' } });
    const text = explain(
      { outcome: 'undetermined', explanation: trace.finish({ zh: '摘要', en: 'summary' }, []) },
      { lang: 'en' },
    );
    expect(text.split('\n').length).toBeGreaterThan(200_000);
  });
});
