/**
 * `retiredCadre.onePost`: a retired leading cadre may hold one association post only, and only when "本人又无其他兼职"
 * (中组发〔2014〕11号): a post held in another association fails the post under review.
 * @module
 * @internal
 */
import type { Catalogue } from '../../core/index.js';
import { associationRoleLabels } from '../../entities/association-post.js';
import { personField } from '../fields.js';
import { defineReviewRule, isLeaderRole, say, type HeldPost } from '../rule.js';
import { POSTS_FIELDS } from './posts-exclusive.js';

const T = {
  'one_post.pass': {
    zh: (p: { max: number }) => `退（离）休领导干部未在其他社会团体兼职，本职务为第 1 个（至多 ${p.max} 个）`,
    en: (p: { max: number }) =>
      `A retired leading cadre with no post in another association: this is post 1 (at most ${p.max})`,
  },
  'one_post.fail': {
    zh: (p: { max: number; count: number; held: readonly HeldPost[] }) =>
      `退（离）休领导干部只能兼任 ${p.max} 个社会团体职务，已在其他社会团体兼任：${p.held.map((h) => `${h.associationId}（${associationRoleLabels[h.role].zh}）`).join('、')}，连同本职务共 ${p.count} 个`,
    en: (p: { max: number; count: number; held: readonly HeldPost[] }) =>
      `A retired leading cadre may hold ${p.max} association post(s); already holds ${p.held.map((h) => `${h.associationId} (${associationRoleLabels[h.role].en})`).join(', ')}, ${p.count} with this one`,
  },
} satisfies Catalogue;

/** @internal */
export const retiredCadreOnePost = defineReviewRule({
  id: 'retiredCadre.onePost',
  label: { zh: '退（离）休领导干部只能兼任一个社会团体职务', en: 'A retired leading cadre holds one association post' },
  doc: 'a retired leading cadre may hold one association post only ("本人又无其他兼职", 中组发〔2014〕11号): a post in another association (declared or registered) fails',
  phase: 'pre-election',
  substantive: true,
  parameter: 'associations.retiredCadre.maxPosts',
  reads: {},
  fields: { retiredCadre: personField('retiredCadre'), ...POSTS_FIELDS },
  messages: T,
  appliesTo: isLeaderRole,
  evaluate(ctx, main) {
    if (ctx.candidate.retiredCadre !== true) return undefined;
    const known = ctx.otherPosts();
    if ('missing' in known) return ctx.missing(known.missing);
    const max = main.value as number;
    const count = known.posts.length + 1;
    const inputs = { otherPosts: known.posts.length, from: known.from, count, maxPosts: max };
    return count <= max
      ? { outcome: 'pass', text: say(T, 'one_post.pass', { max }), inputs }
      : { outcome: 'fail', text: say(T, 'one_post.fail', { max, count, held: known.posts }), inputs };
  },
});
