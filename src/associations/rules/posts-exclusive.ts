/**
 * `posts.exclusive`: a president or secretary-general may not hold either post in another association (民政部 2015
 * 办法 第四条第二款). Posts come from the candidate's own list and the host's register.
 * @module
 * @internal
 */
import { ASSOCIATION_ROLES, associationRoleLabels, type AssociationRole } from '../../entities/association-post.js';
import type { Bilingual, Catalogue } from '../../core/index.js';
import { maskIds } from '../../core/errors.js';
import { personField } from '../fields.js';
import { defineReviewRule, isLeaderRole, say, type HeldPost, type ReviewContext, type Verdict } from '../rule.js';

const T = {
  'posts.none': {
    zh: (p: { posts: Bilingual }) => `未在其他社会团体担任${p.posts.zh}`,
    en: (p: { posts: Bilingual }) => `Holds no ${p.posts.en} post in another association`,
  },
  'posts.conflict': {
    zh: (p: { posts: Bilingual; held: readonly HeldPost[] }) =>
      `已在其他社会团体担任${p.posts.zh}：${p.held.map((h) => `${h.associationId}（${associationRoleLabels[h.role].zh}）`).join('、')}`,
    en: (p: { posts: Bilingual; held: readonly HeldPost[] }) =>
      `Already holds a ${p.posts.en} post in another association: ${p.held.map((h) => `${h.associationId} (${associationRoleLabels[h.role].en})`).join(', ')}`,
  },
} satisfies Catalogue;

/** The names of posts, joined ("理事长（会长）或秘书长"). @internal */
export function postsText(roles: readonly AssociationRole[]): Bilingual {
  return {
    zh: roles.map((r) => associationRoleLabels[r].zh).join('或'),
    en: roles.map((r) => associationRoleLabels[r].en.toLowerCase()).join(' or '),
  };
}

/** The verdict on holding any of `barred` in another association. @internal */
export function conflictVerdict(ctx: ReviewContext<unknown>, barred: readonly AssociationRole[]): Verdict {
  const known = ctx.otherPosts();
  if ('missing' in known) return ctx.missing(known.missing);
  // Association ids are the host's text, quoted in the finding: a resident ID written into one is masked.
  const held = known.posts
    .filter((p) => barred.includes(p.role))
    .map((p) => ({ ...p, associationId: maskIds(p.associationId) }));
  const inputs = { otherPosts: known.posts.length, from: known.from, conflicts: held };
  const posts = postsText(barred);
  return held.length === 0
    ? { outcome: 'pass', text: say(T, 'posts.none', { posts }), inputs }
    : { outcome: 'fail', text: say(T, 'posts.conflict', { posts, held }), inputs };
}

/** The candidate fields the posts rules read: the person key and the person's own list of posts. @internal */
export const POSTS_FIELDS = { id: personField('id'), associationPosts: personField('associationPosts') };

const isRoleList = (v: unknown): boolean =>
  Array.isArray(v) && v.every((r) => (ASSOCIATION_ROLES as readonly unknown[]).includes(r));

/** @internal */
export const postsExclusive = defineReviewRule({
  id: 'posts.exclusive',
  label: {
    zh: '不得在其他社会团体兼任理事长、秘书长',
    en: 'No president or secretary-general post in another association',
  },
  doc: 'a president or secretary-general may not hold either post in another association (民政部 2015 第四条第二款); posts come from `associationPosts` and the `registry` (by `id`)',
  phase: 'pre-election',
  substantive: true,
  parameter: 'associations.posts.exclusiveRoles',
  reads: {},
  check: isRoleList,
  fields: POSTS_FIELDS,
  messages: T,
  appliesTo: isLeaderRole,
  evaluate(ctx, main) {
    const barred = main.value as readonly AssociationRole[];
    return barred.includes(ctx.role) ? conflictVerdict(ctx, barred) : undefined;
  },
});
