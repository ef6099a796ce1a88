/**
 * `retiredCadre.age`: "兼职的任职年龄界限为70周岁" (中组发〔2014〕11号), read as the leaders' limit is read
 * (`associations.age.failFrom`).
 * @module
 * @internal
 */
import { ageOn, type Catalogue } from '../../core/index.js';
import { personField } from '../fields.js';
import { defineReviewRule, isLeaderRole, say } from '../rule.js';
import { AGE_READINGS, failsFrom, readingText, type AgeReading } from './eligibility-age.js';

const T = {
  'retired_age.pass': {
    zh: (p: { age: number; limit: number; words: { zh: string; en: string }; from: string }) =>
      `退（离）休领导干部兼职的任职年龄界限 ${p.limit} 周岁：选举日年满 ${p.age} 周岁，符合（${p.words.zh}，即 ${p.from} 起）`,
    en: (p: { age: number; limit: number; words: { zh: string; en: string }; from: string }) =>
      `Age limit of ${p.limit} for a retired leading cadre's post: aged ${p.age} on the election date, within it (${p.words.en}, i.e. from ${p.from})`,
  },
  'retired_age.fail': {
    zh: (p: { age: number; limit: number; words: { zh: string; en: string }; from: string }) =>
      `退（离）休领导干部兼职的任职年龄界限 ${p.limit} 周岁：选举日年满 ${p.age} 周岁，不符合（${p.words.zh}，即 ${p.from} 起）`,
    en: (p: { age: number; limit: number; words: { zh: string; en: string }; from: string }) =>
      `Age limit of ${p.limit} for a retired leading cadre's post: aged ${p.age} on the election date, beyond it (${p.words.en}, i.e. from ${p.from})`,
  },
} satisfies Catalogue;

/** @internal */
export const retiredCadreAge = defineReviewRule({
  id: 'retiredCadre.age',
  label: { zh: '退（离）休领导干部兼职年龄界限', en: 'Age limit of a retired leading cadre’s post' },
  doc: 'the age limit of a retired leading cadre’s post (70, 中组发〔2014〕11号), read as `associations.age.failFrom` says',
  phase: 'pre-election',
  substantive: true,
  parameter: 'associations.retiredCadre.ageLimit',
  reads: {
    'associations.age.failFrom': (v) => typeof v === 'string' && (AGE_READINGS as readonly string[]).includes(v),
  },
  fields: { retiredCadre: personField('retiredCadre'), birthDate: personField('birthDate') },
  messages: T,
  appliesTo: isLeaderRole,
  evaluate(ctx, main) {
    const c = ctx.candidate;
    if (c.retiredCadre !== true) return undefined;
    if (c.birthDate === undefined) return ctx.missing('birthDate');
    const reading = ctx.param<AgeReading>('associations.age.failFrom');
    if (reading === undefined) return ctx.gap('associations.age.failFrom');
    const limit = main.value as number;
    const from = failsFrom(c.birthDate, limit, reading.value);
    const age = ageOn(c.birthDate, ctx.electionDate);
    const inputs = { birthDate: c.birthDate, age, limit, reading: reading.value, failsFrom: from };
    const words = { age, limit, words: readingText(reading.value, limit), from };
    return ctx.electionDate >= from
      ? { outcome: 'fail', text: say(T, 'retired_age.fail', words), inputs }
      : { outcome: 'pass', text: say(T, 'retired_age.pass', words), inputs };
  },
});
