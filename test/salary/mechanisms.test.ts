import { describe, expect, it } from 'vitest';
import { Scope, profileAt } from '../../src/core/evaluation.js';
import { salaryProfiles } from '../../src/salary/index.js';
import type { PayContext } from '../../src/salary/mechanisms/mechanism.js';
import { MECHANISMS } from '../../src/salary/mechanisms/index.js';
import { COMMUNITY_WORKER_POSTS as POSTS } from '../../src/entities/community-worker-post.js';

describe('pay mechanisms', () => {
  // The batch kernel takes no step for a component whose mechanism says it is keyed by the post or the grade alone:
  // a mechanism that said so wrongly would give rows of one post and grade the same line whatever else differs.
  const keyed = MECHANISMS.filter((m) => m.keyedBy !== undefined);
  const scope = new Scope(profileAt(salaryProfiles.get('huaian'), '2026-01-01'));
  const worker = (post: string) =>
    ({
      post,
      education: 'bachelor',
      serviceStart: '2010-03-01',
      certificate: { level: 'senior', obtained: '2012-01-01' },
    }) as never;

  it('some mechanisms are keyed by the post or the grade alone', () => {
    expect(keyed.map((m) => m.kind).sort()).toEqual(['floor', 'gradeCoefficient', 'postAmount']);
  });

  it.each(keyed.map((m) => [m.kind, m] as const))(
    '%s: its key is what keyedBy says, for every post and grade',
    (_k, m) => {
      for (const post of POSTS)
        for (const grade of [null, 1, 7, 12, 18]) {
          const ctx: PayContext = { worker: worker(post), asOf: '2026-01-01', post, grade, scope };
          const expected = m.keyedBy === 'post' ? post : (grade ?? -1);
          expect(m.key(undefined as never, ctx)).toBe(expected);
        }
    },
  );
});
