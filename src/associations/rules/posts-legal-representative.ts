/**
 * `posts.legalRepresentative`: the legal representative may not be the legal representative of another association
 * (《社会团体登记管理条例》 第十二条第三款, 2016 text).
 * @module
 * @internal
 */
import { defineReviewRule } from '../rule.js';
import { POSTS_FIELDS, conflictVerdict } from './posts-exclusive.js';

/** @internal */
export const postsLegalRepresentative = defineReviewRule({
  id: 'posts.legalRepresentative',
  label: { zh: '法定代表人不得兼任其他社会团体法定代表人', en: 'Not legal representative of another association' },
  doc: 'a legal representative may not be legal representative of another association (条例 第十二条第三款, from the 2016 text)',
  phase: 'pre-election',
  substantive: true,
  parameter: 'associations.legalRepresentative.exclusive',
  reads: {},
  fields: POSTS_FIELDS,
  messages: {},
  appliesTo: (role) => role === 'legal_representative',
  evaluate: (ctx) => conflictVerdict(ctx, ['legal_representative']),
});
