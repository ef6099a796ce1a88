/**
 * `procedure.publicNotice` (会后公示, S12; post-election phase only): the notice lasts the profile's number of
 * calendar days, first and last day included. No source gives the number: until a host sets it, undetermined.
 * @module
 * @internal
 */
import { daysBetween, defineRecord, fields, type Catalogue } from '../../core/index.js';
import { defineReviewRule, say } from '../rule.js';

const T = {
  'notice.order': {
    zh: () => '「公示结束日期」不得早于「公示开始日期」',
    en: () => '"Last day of the notice" must not be before "First day of the notice"',
  },
  'notice.pass': {
    zh: (p: { days: number; from: string; to: string; need: number }) =>
      `公示 ${p.days} 天（${p.from} 至 ${p.to}），不少于 ${p.need} 天`,
    en: (p: { days: number; from: string; to: string; need: number }) =>
      `Public notice of ${p.days} days (${p.from} to ${p.to}), at least ${p.need}`,
  },
  'notice.fail': {
    zh: (p: { days: number; from: string; to: string; need: number }) =>
      `公示 ${p.days} 天（${p.from} 至 ${p.to}），少于 ${p.need} 天`,
    en: (p: { days: number; from: string; to: string; need: number }) =>
      `Public notice of ${p.days} days (${p.from} to ${p.to}), fewer than ${p.need}`,
  },
} satisfies Catalogue;

const notice = /* @__PURE__ */ defineRecord(
  'public-notice',
  { zh: '会后公示', en: 'Post-election public notice' },
  {
    from: fields.date().label('公示开始日期', 'First day of the notice'),
    to: fields.date().label('公示结束日期', 'Last day of the notice'),
  },
  {
    unknownKeys: 'strict',
    description: {
      zh: '会后公示的首尾两天（含）。另须满足：结束日期不早于开始日期。',
      en: 'First and last day of the notice (inclusive). Also checked: it does not end before it starts.',
    },
    refine(n, ctx) {
      if (n.to < n.from) ctx.add({ code: 'out_of_range', path: [...ctx.path, 'to'], ...say(T, 'notice.order') });
    },
  },
);

/** @internal */
export const procedurePublicNotice = defineReviewRule({
  id: 'procedure.publicNotice',
  label: { zh: '会后公示', en: 'Post-election public notice' },
  doc: '会后公示 (S12): at least the profile’s number of calendar days, first and last included; the number was NOT FOUND, so until a host sets `associations.procedure.publicNoticeDays` the rule is undetermined',
  phase: 'post-election',
  substantive: false,
  parameter: 'associations.procedure.publicNoticeDays',
  reads: {},
  fields: { publicNotice: fields.object(notice).optional().label('会后公示', 'Post-election public notice') },
  messages: T,
  appliesTo: () => true,
  evaluate(ctx, main) {
    const n = ctx.candidate.publicNotice;
    if (n === undefined) return ctx.missing('publicNotice');
    const need = main.value as number;
    const days = daysBetween(n.from, n.to) + 1;
    const inputs = { from: n.from, to: n.to, days, requiredDays: need };
    const words = { days, from: n.from, to: n.to, need };
    return days >= need
      ? { outcome: 'pass', text: say(T, 'notice.pass', words), inputs }
      : { outcome: 'fail', text: say(T, 'notice.fail', words), inputs };
  },
});
