// The grades kernel against the readable path: the same rows (outcomes, grades, warnings, missing, errors with
// their paths) on 20,000 generated scores per profile (fixed seed), including fractions, text, bad values and a
// profile whose bands are not yet in force.
import { describe, expect, it } from 'vitest';
import { profileAt, runBatch, withOverrides } from '../../src/core/index.js';
import { gradeRow } from '../../src/ratings/grade.js';
import { gradeFromScoreBatch, ratingProfiles } from '../../src/ratings/index.js';
import { gradesKernel } from '../../src/ratings/ratings.kernel.js';
import { seededRandom } from '../support/random.js';

const rnd = seededRandom(16);

function score(): unknown {
  const x = rnd();
  const whole = Math.floor(rnd() * 1150) - 20;
  if (x < 0.45) return whole;
  if (x < 0.65) return String(whole);
  if (x < 0.75) return `${whole}.${Math.floor(rnd() * 100)}`;
  if (x < 0.8) return whole + 0.5;
  if (x < 0.85) return [800, 801, 850, 851, 900, 901, 950, 951, 700, 701, 1000, 1100, 0][Math.floor(rnd() * 13)];
  if (x < 0.88) return `0${Math.abs(whole)}`;
  return [null, undefined, 'x', '', '950分', Number.NaN, -0, 1e21, true, {}, ' 950', '-3', -7][Math.floor(rnd() * 13)];
}

const scores = Array.from({ length: 20_000 }, score);
const asOf = '2026-06-01';
const notYet = withOverrides(ratingProfiles.get('jiangsu'), {
  'ratings.grade.cutoffs': {
    values: [
      { effectiveFrom: '2030-01-01', value: { '5A': 951, '4A': 901, '3A': 851, '2A': 801 }, source: { title: '测试' } },
    ],
  },
});

describe('gradesKernel', () => {
  for (const [name, profile] of [
    ['jiangsu', ratingProfiles.get('jiangsu')],
    ['anhui-huaining', ratingProfiles.get('anhui-huaining')],
    ['bands not yet in force', notYet],
  ] as const) {
    it(`equals the readable path (${name})`, () => {
      const at = profileAt(profile, asOf);
      const fast = gradesKernel(scores, at);
      const readable = runBatch(scores, (raw, i) => gradeRow(raw, i, at, false));
      expect(fast.counts).toEqual(readable.counts);
      expect(fast.rows).toEqual(readable.rows);
      expect(fast.counts.error).toBeGreaterThan(0);
    });
  }
  it('is what gradeFromScoreBatch returns without explanations', () => {
    const r = gradeFromScoreBatch(scores.slice(0, 2000), { asOf });
    const at = profileAt(ratingProfiles.get('jiangsu'), asOf);
    expect(r.rows).toEqual(runBatch(scores.slice(0, 2000), (raw, i) => gradeRow(raw, i, at, false)).rows);
  });
});
