// gradeFromScore: the bands of the profiles, compared exactly (issue 16: 950 is 4A in Jiangsu, 5A in 安庆/怀宁).
import { describe, expect, it } from 'vitest';
import { explain, withOverrides } from '../../src/core/index.js';
import { gradeFromScore, gradeFromScoreBatch, ratingProfiles } from '../../src/ratings/index.js';
import { refusal } from './support.js';

const asOf = '2026-06-01';
const g = (score: unknown, profile?: string) =>
  gradeFromScore(score, { asOf, ...(profile === undefined ? {} : { profile }) }).grade;

describe('Jiangsu bands (T24: 5A 951分以上, 4A 901–950, 3A 851–900, 2A 801–850, 1A 800分以下)', () => {
  it('each boundary', () => {
    expect([g(1000), g(951), g(950), g(901), g(900), g(851), g(850), g(801), g(800)]).toEqual([
      '5A',
      '5A',
      '4A',
      '4A',
      '3A',
      '3A',
      '2A',
      '2A',
      '1A',
    ]);
  });
  it('1A has no floor: 0 is 1A', () => {
    expect([g(0), g('0'), g(1)]).toEqual(['1A', '1A', '1A']);
  });
  it('decimals are compared exactly; a score between two bands takes the lower grade, a provisional reading', () => {
    expect([g('950.999'), g(950.5), g('951.0'), g('900.50')]).toEqual(['4A', '4A', '5A', '3A']);
    const r = gradeFromScore('950.5', { asOf });
    expect(r.warnings.map((w) => w.code)).toContain('provisional_parameter');
    expect(explain(r)).toContain('得分950.5分在四级（写至950分）与五级（自951分起）之间');
    // The reading is read only when it matters.
    expect(gradeFromScore(950, { asOf }).warnings.map((w) => w.code)).not.toContain('provisional_parameter');
    const higher = withOverrides(ratingProfiles.get('jiangsu'), { 'ratings.grade.betweenBands': 'higher' });
    expect(gradeFromScore('950.5', { asOf, profile: higher }).grade).toBe('5A');
    expect(gradeFromScore('950.000', { asOf, profile: higher }).grade).toBe('4A');
  });
  it('the bands have no known date of effect: results say so', () => {
    expect(gradeFromScore(951, { asOf }).warnings.map((w) => w.code)).toEqual([
      'date_unknown',
      'date_unknown',
      'date_unknown',
    ]);
  });
  it('explains the band with its floor and the next', () => {
    const zh = explain(gradeFromScore(950, { asOf }));
    expect(zh).toContain('得分950分，不低于四级的最低分901分，低于五级的最低分951分：评为四级');
    expect(zh.split('\n')[0]).toBe('评估得分950分：四级');
    expect(explain(gradeFromScore(950, { asOf }), { lang: 'en' })).toContain(
      'Score 950: at least 901, the floor of 4A, below 951, the floor of 5A: grade 4A',
    );
  });
});

describe('the second province: 安庆/怀宁 (S23, S26, U16)', () => {
  it('950 is 5A ("950以上" includes 950); 1A from 701; below, no grade', () => {
    expect([
      g(950, 'anhui-huaining'),
      g(949, 'anhui-huaining'),
      g(701, 'anhui-huaining'),
      g(700, 'anhui-huaining'),
      g('700.5', 'anhui-huaining'),
    ]).toEqual(['5A', '4A', '1A', null, null]);
    expect(explain(gradeFromScore(700, { asOf, profile: 'anhui-huaining' }))).toContain(
      '得分700分，低于一级的最低分701分：不予定级',
    );
  });
  it('accepts the 100 bonus points (up to 1100), a provisional reading', () => {
    const r = gradeFromScore(1100, { asOf, profile: 'anhui-huaining' });
    expect(r.grade).toBe('5A');
    expect(r.warnings.map((w) => w.code)).toContain('provisional_parameter');
    expect(refusal(() => gradeFromScore(1100.5, { asOf, profile: 'anhui-huaining' })).code).toBe('score_out_of_range');
  });
  it('loads as profile JSON too', () => {
    const json = JSON.parse(JSON.stringify(ratingProfiles.get('anhui-huaining'))) as object;
    expect(gradeFromScore(950, { asOf, profile: json }).grade).toBe('5A');
  });
});

describe('bad scores are PolicyErrors', () => {
  it('out of range, negative, not a number', () => {
    expect(refusal(() => g(1001)).code).toBe('score_out_of_range');
    expect(refusal(() => g('1000.01')).code).toBe('score_out_of_range');
    expect(refusal(() => g(-1)).code).toBe('score_negative');
    expect(refusal(() => g('-0.5')).code).toBe('score_negative');
    for (const bad of [
      '九百',
      '950分',
      '',
      ' 950',
      '1e3',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      null,
      undefined,
      {},
      [950],
      true,
    ]) {
      expect(refusal(() => g(bad)).code, String(bad)).toBe('score_not_number');
    }
    expect(refusal(() => g(1001)).zh).toBe('评估得分 1001 不在 0 至 1000 分之间');
  });
  it('a bad option or profile', () => {
    expect(refusal(() => gradeFromScore(950, { asOf, profle: 'jiangsu' } as never)).code).toBe('unknown_option');
    expect(refusal(() => gradeFromScore(950, { asOf, profile: 'jiangsu-2020' })).code).toBe('unknown_profile');
    expect(refusal(() => gradeFromScore(950, {} as never)).path).toEqual(['asOf']);
  });
  it('a host profile with bands out of order is refused naming the parameter', () => {
    const bad = withOverrides(ratingProfiles.get('jiangsu'), {
      'ratings.grade.cutoffs': { set: { '5A': 901, '4A': 951, '3A': 851, '2A': 801 } },
    });
    expect(refusal(() => gradeFromScore(950, { asOf, profile: bad })).path).toEqual([
      'parameters',
      'ratings.grade.cutoffs',
    ]);
  });
});

describe('gradeFromScoreBatch', () => {
  it('one row per score, bad rows are error rows, the counts add up', () => {
    const r = gradeFromScoreBatch([950, '951', 'x', -3, 800], { asOf });
    expect(
      r.rows.map((x) => (x.outcome === 'error' ? `error:${x.error.code}@${x.error.path.join('.')}` : x.grade)),
    ).toEqual(['4A', '5A', 'error:score_not_number@2', 'error:score_negative@3', '1A']);
    expect(r.counts).toMatchObject({ total: 5, computed: 3, error: 2 });
    expect(r.counts.total).toBe(r.rows.length);
    expect(refusal(() => gradeFromScoreBatch('950', { asOf })).code).toBe('invalid_type');
  });
  it('with explain: each row explained', () => {
    const r = gradeFromScoreBatch([950], { asOf, explain: true });
    expect(r.rows[0]!.outcome === 'error' ? undefined : r.rows[0]!.explanation?.summary.zh).toBe('评估得分950分：四级');
  });
});
