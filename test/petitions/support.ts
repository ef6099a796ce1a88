// Shared helpers of the petitions tests.
import { addDays } from '../../src/core/index.js';
import type { Milestone, MilestoneId } from '../../src/petitions/index.js';
import { seededRandom } from '../support/random.js';

export { refusal } from '../support/refusal.js';

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

/**
 * Generated 台账 items (a fixed seed gives the same items): every intake, category and route, the dates of each stage in
 * order, and now and then an item the record refuses.
 */
export function petitionItems(seed: number): () => Record<string, unknown> {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const maybe = (p: number) => rnd() < p;
  return (): Record<string, unknown> => {
    const item: Record<string, unknown> = {};
    if (maybe(0.5)) item.id = `XF-${Math.floor(rnd() * 1e6)}`;
    if (maybe(0.5)) item.office = pick(['甲局', '乙局', '丙街道']);
    const intake = pick(['petition_office', 'direct', 'transferred', 'transferred', undefined, '转送、交办']);
    if (intake !== undefined) item.intake = intake;
    const category = pick(['suggestion', 'accusation', 'claim', 'claim', 'claim', 'claim', undefined]);
    if (category !== undefined) item.category = category;
    const route = pick([
      'opinion',
      'opinion',
      'opinion',
      'opinion',
      '六',
      'judicial',
      'administrative',
      'arbitration',
      undefined,
    ]);
    if (route !== undefined) item.route = route;
    if (maybe(0.2)) item.identityUnclear = maybe(0.5);
    // Dates from before the 条例 took effect to after the last year of holiday data.
    let d = maybe(0.92) ? addDays('2022-03-01', Math.floor(rnd() * 1800)) : undefined;
    if (d !== undefined) item.receivedOn = d;
    const step = (key: string, p: number, max: number) => {
      if (!maybe(p)) return;
      d = addDays(d ?? '2025-06-01', Math.floor(rnd() * max));
      item[key] = d;
    };
    if (maybe(0.3))
      item.noticeGivenOn = addDays((item.receivedOn as string | undefined) ?? '2025-06-01', Math.floor(rnd() * 20));
    step('acceptedOn', 0.85, 10);
    if (maybe(0.15)) item.extensionDays = pick([0, 5, 30, 31, -2, 10]);
    step('resolvedOn', 0.35, 80);
    step('answerReceivedOn', 0.3, 5);
    step('reviewRequestedOn', 0.25, 35);
    step('reviewDecidedOn', 0.2, 35);
    step('reviewAnswerReceivedOn', 0.2, 5);
    step('reexamRequestedOn', 0.2, 35);
    if (maybe(0.3)) item.hearingDays = Math.floor(rnd() * 15);
    step('reexamDecidedOn', 0.15, 50);
    // Now and then an item the record refuses.
    if (maybe(0.01)) item.receivedOn = '2026-02-30';
    if (maybe(0.01)) item.deadline = '2026-01-01';
    return item;
  };
}
