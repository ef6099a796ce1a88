// Shared helpers of the petitions tests.
import { isPolicyError, type PolicyError } from '../../src/core/index.js';
import type { Milestone, MilestoneId } from '../../src/petitions/index.js';

/** The PolicyError `f` throws (fails the test when it returns or throws something else). */
export function refusal(f: () => unknown): PolicyError {
  try {
    f();
  } catch (e) {
    if (isPolicyError(e)) return e;
    throw e;
  }
  throw new Error('expected a PolicyError');
}

/** The milestone with this id. */
export function milestone<M extends Milestone<string>>(milestones: readonly M[], id: MilestoneId | 'reply'): M {
  const m = milestones.find((x) => x.id === id);
  if (m === undefined) throw new Error(`no milestone ${id}`);
  return m;
}

/** A made-up 2027 notice (test data, not the real one): 元旦 2027-01-01…01-03, 春节 02-06…02-12 with 02-14 (Sun) worked. */
export const NOTICE_2027 = {
  year: 2027,
  confidence: 'H',
  sources: [{ title: '测试用2027年放假安排', issuer: '测试' }],
  holidays: [
    { name: { zh: '元旦', en: "New Year's Day" }, restDays: ['2027-01-01/2027-01-03'] },
    { name: { zh: '春节', en: 'Spring Festival' }, restDays: ['2027-02-06/2027-02-12'], workdays: ['2027-02-14'] },
  ],
};

/** Chinese output with the versions taken out (the engine's is 0.0.0-dev from source; an overridden profile's ends +overrides). */
export function zhText(text: string): string {
  return text.replace(/程序版本 \S+/g, '程序版本').replace(/配置版本 [^，\s]+/g, '配置版本');
}

/** English output with document titles (the override source's too) and article numbers taken out: they are cited as written. */
export function enText(text: string): string {
  return text
    .replace(/《[^》]*》|使用方提供的覆盖值/g, '')
    .replace(/第[一二三四五六七八九十百零〇]+条[^\s,;)\]]*/g, '')
    .replace(/[（(]参照[）)]/g, '');
}
