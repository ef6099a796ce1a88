/**
 * `eligibility.age`: the leaders' age limit (民政部 2015 办法 第四条第（四）项, "年龄界限为70周岁"), read as the profile
 * says (`associations.age.failFrom`), and a candidate who reaches the limit within the term (T9), warned or failed as
 * the profile says (`associations.age.withinTerm`).
 * @module
 * @internal
 */
import { addYears, ageOn, type Bilingual, type Catalogue } from '../../core/index.js';
import { personField } from '../fields.js';
import { defineReviewRule, isLeaderRole, ordinal, say, type ReviewContext, type Verdict } from '../rule.js';

/** The readings of an age limit: fail from the birthday after the limit (不超过), or from the limit birthday (未满). @internal */
export const AGE_READINGS = ['birthday-after-limit', 'limit-birthday'] as const;

/** A reading of an age limit. @internal */
export type AgeReading = (typeof AGE_READINGS)[number];

const isReading = (v: unknown): v is AgeReading =>
  typeof v === 'string' && (AGE_READINGS as readonly string[]).includes(v);

/** The words of a reading, for findings. @internal */
export function readingText(reading: AgeReading, limit: number): Bilingual {
  return reading === 'birthday-after-limit'
    ? {
        zh: `按“不超过${limit}周岁”理解，第${limit + 1}个生日当天起不符合`,
        en: `read as "not above ${limit}": ineligible from the ${ordinal(limit + 1)} birthday`,
      }
    : {
        zh: `按“未满${limit}周岁”理解，第${limit}个生日当天起不符合`,
        en: `read as "under ${limit}": ineligible from the ${ordinal(limit)} birthday`,
      };
}

/** The day from which a person born on `birth` fails a limit under a reading. @internal */
export function failsFrom(birth: string, limit: number, reading: AgeReading): string {
  return addYears(birth, reading === 'birthday-after-limit' ? limit + 1 : limit);
}

const T = {
  'age.pass': {
    zh: (p: { date: string; age: number; reading: Bilingual; from: string }) =>
      `选举日 ${p.date} 年满 ${p.age} 周岁，符合年龄界限（${p.reading.zh}，即 ${p.from} 起）`,
    en: (p: { date: string; age: number; reading: Bilingual; from: string }) =>
      `Aged ${p.age} on the election date ${p.date}: within the age limit (${p.reading.en}, i.e. from ${p.from})`,
  },
  'age.fail': {
    zh: (p: { date: string; age: number; reading: Bilingual; from: string }) =>
      `选举日 ${p.date} 年满 ${p.age} 周岁，超出年龄界限（${p.reading.zh}，即 ${p.from} 起）`,
    en: (p: { date: string; age: number; reading: Bilingual; from: string }) =>
      `Aged ${p.age} on the election date ${p.date}: beyond the age limit (${p.reading.en}, i.e. from ${p.from})`,
  },
  'age.term_fail': {
    zh: (p: { reached: string; limit: number; years: number; lastDay: string }) =>
      `任期（${p.years} 年，至 ${p.lastDay}）内于 ${p.reached} 年满 ${p.limit} 周岁；按配置，任期内达到年龄界限的不符合`,
    en: (p: { reached: string; limit: number; years: number; lastDay: string }) =>
      `Reaches ${p.limit} on ${p.reached}, within the ${p.years}-year term ending ${p.lastDay}; under the profile, reaching the limit within the term fails`,
  },
  age_reached_during_term: {
    zh: (p: { reached: string; limit: number; years: number; lastDay: string; assumed: boolean; already: boolean }) =>
      `${p.already ? `选举日已年满 ${p.limit} 周岁（${p.reached} 满），任期` : '任期'}（${p.years} 年${p.assumed ? '，章程未载每届年限，按上限计' : ''}，至 ${p.lastDay}）${p.already ? '内' : `内将于 ${p.reached} 年满 ${p.limit} 周岁`}，一般不再作为候选人`,
    en: (p: { reached: string; limit: number; years: number; lastDay: string; assumed: boolean; already: boolean }) =>
      `${p.already ? `Already ${p.limit} on the election date (since ${p.reached})` : `Reaches ${p.limit} on ${p.reached}`}, within the ${p.years}-year term ending ${p.lastDay}${p.assumed ? ' (the statutes give no term; the longest term is assumed)' : ''}: generally no longer a candidate`,
  },
} satisfies Catalogue;

/**
 * The within-term check (T9): the limit birthday on or before the term's last day. Returns a failing verdict when the
 * profile says so, `undefined` to go on (after a warning, or when the limit is not reached), or an undetermined one.
 */
function withinTerm(
  ctx: ReviewContext<{ birthDate?: string }>,
  birth: string,
  limit: number,
  inputs: Record<string, unknown>,
): Verdict | undefined {
  const stated = ctx.association.termYears;
  let years = stated;
  if (years === undefined) {
    const max = ctx.param<number>('associations.term.maxYears');
    if (max === undefined) return ctx.gap('associations.term.maxYears');
    years = max.value;
  }
  const lastDay = ctx.termLastDay(years);
  if (lastDay === undefined) return ctx.gap('associations.periodCounting');
  const reached = addYears(birth, limit);
  inputs.termYears = years;
  inputs.termLastDay = lastDay;
  if (reached > lastDay) return undefined;
  const mode = ctx.param<string>('associations.age.withinTerm');
  if (mode === undefined) return ctx.gap('associations.age.withinTerm');
  if (mode.value === 'fail') {
    if (stated === undefined) return ctx.missing('association.termYears');
    return {
      outcome: 'fail',
      text: say(T, 'age.term_fail', { reached, limit, years, lastDay }),
      inputs,
      source: mode.source,
    };
  }
  const t = say(T, 'age_reached_during_term', {
    reached,
    limit,
    years,
    lastDay,
    assumed: stated === undefined,
    already: reached <= ctx.electionDate,
  });
  ctx.warn({ code: 'age_reached_during_term', zh: t.zh, en: t.en });
  return undefined;
}

/** @internal */
export const eligibilityAge = defineReviewRule({
  id: 'eligibility.age',
  label: { zh: '年龄界限', en: 'Age limit' },
  doc: 'the age in full years on the election date against the limit (70, 民政部 2015 第四条第（四）项), read as `associations.age.failFrom` says (default: 不超过70周岁, failing from the 71st birthday; a 29 February birthday falls on 1 March in common years); a candidate who reaches the limit within the term (T9) is warned, or fails when `associations.age.withinTerm` is `fail`',
  phase: 'pre-election',
  substantive: true,
  parameter: 'associations.age.limit',
  reads: {
    'associations.age.failFrom': isReading,
    'associations.age.withinTerm': (v) => v === 'warn' || v === 'fail',
    'associations.term.maxYears': null,
    'associations.periodCounting': null,
  },
  fields: { birthDate: personField('birthDate') },
  messages: T,
  appliesTo: isLeaderRole,
  evaluate(ctx, main) {
    const birth = ctx.candidate.birthDate;
    if (birth === undefined) return ctx.missing('birthDate');
    const reading = ctx.param<AgeReading>('associations.age.failFrom');
    if (reading === undefined) return ctx.gap('associations.age.failFrom');
    const limit = main.value as number;
    const from = failsFrom(birth, limit, reading.value);
    const age = ageOn(birth, ctx.electionDate);
    const inputs: Record<string, unknown> = {
      birthDate: birth,
      electionDate: ctx.electionDate,
      age,
      limit,
      reading: reading.value,
      failsFrom: from,
    };
    const words = { date: ctx.electionDate, age, reading: readingText(reading.value, limit), from };
    if (ctx.electionDate >= from) return { outcome: 'fail', text: say(T, 'age.fail', words), inputs };
    return withinTerm(ctx, birth, limit, inputs) ?? { outcome: 'pass', text: say(T, 'age.pass', words), inputs };
  },
});
