// explain() of a 1,000,000-row explained gradeFromScoreBatch threw `RangeError: Invalid string length` (fuzz, random
// seed 223353581; issue 10): some 12 million lines, more than one string holds. A result that would render more than
// MAX_EXPLAIN_LINES lines is now refused before anything is built, with a PolicyError `too_large` naming the count.
// The results here are synthetic (one explained row or rule repeated), so the test takes well under a second.
import { describe, expect, it } from 'vitest';
import { recorder } from '../../src/core/explanation.js';
import {
  MAX_EXPLAIN_CHARS,
  MAX_EXPLAIN_LINES,
  explain,
  explainLineCount,
  type Renderable,
} from '../../src/core/render.js';
import { gradeFromScoreBatch } from '../../src/ratings/index.js';
import { computeSalaries } from '../../src/salary/index.js';
import { refusal } from '../support/refusal.js';

const asOf = '2026-01-01';
const sample = gradeFromScoreBatch([950, 'x', 800], { asOf, explain: true });

/** The batch above with its first (explained) row repeated to `n` rows. */
function bigBatch(n: number): typeof sample {
  const row = sample.rows[0]!;
  return { ...sample, rows: new Array(n).fill(row), counts: { ...sample.counts, total: n, computed: n, error: 0 } };
}

describe('explain() of a result too large for one text', () => {
  it('counts the lines it renders without building them (the count and the text agree)', () => {
    const worker = { post: 'staff', education: 'bachelor', serviceStart: '2020-03-15' };
    const results = [
      sample,
      sample.rows[0]!,
      gradeFromScoreBatch([950, 'x'], { asOf }),
      computeSalaries([worker, { ...worker, post: 'x' }, 5], { asOf, explain: true }),
      computeSalaries([worker], { asOf }),
    ];
    for (const r of results)
      for (const lang of ['zh', 'en'] as const)
        expect(explainLineCount(r as Renderable)).toBe(explain(r, { lang }).split('\n').length);
  });

  it('refuses an explained batch of more than the limit of lines, before building it, naming the count', () => {
    const perRow = explainLineCount({ rows: [sample.rows[0]!] } as Renderable);
    const rows = Math.ceil(MAX_EXPLAIN_LINES / perRow) + 1;
    const big = bigBatch(rows);
    const lines = explainLineCount(big as Renderable);
    expect(lines).toBeGreaterThan(MAX_EXPLAIN_LINES);
    const t0 = performance.now();
    const e = refusal(() => explain(big, { lang: 'en' }));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(e.code).toBe('too_large');
    expect(e.path).toEqual([]);
    expect(e.en).toContain(`${lines} lines`);
    expect(e.en).toContain('explain the rows one by one');
    expect(e.zh).toContain(`共 ${lines} 行`);
    expect(e.zh).toContain('逐项');
    expect(e.zh).not.toMatch(/[A-Za-z]/);
    // Always the same answer for the same result, in both languages.
    expect(refusal(() => explain(big, { lang: 'zh' })).code).toBe('too_large');
    // One row of it still renders.
    expect(explain(big.rows[0]!, { lang: 'en' })).toContain('grade 4A');
  });

  it('refuses a single result whose explanation lists more rules than the limit (not a batch)', () => {
    const trace = recorder();
    trace.rule({ rule: 'demo', text: { zh: '规则', en: 'rule' } });
    const explanation = trace.finish({ zh: '摘要', en: 'summary' }, []);
    const rules = new Array(MAX_EXPLAIN_LINES).fill(explanation.rules[0]);
    const e = refusal(() => explain({ outcome: 'computed', explanation: { ...explanation, rules } }, { lang: 'en' }));
    expect(e.code).toBe('too_large');
    expect(e.en).toContain(`${MAX_EXPLAIN_LINES + 3} lines`);
    expect(e.en).toContain("read the lists of the result's explanation directly");
  });

  it('refuses lines of host text too long for one string (a backstop under the line limit)', () => {
    const long = 'x'.repeat(MAX_EXPLAIN_CHARS / 2);
    const trace = recorder();
    for (let i = 0; i < 3; i++) trace.rule({ rule: `demo${i}`, text: { zh: long, en: long } });
    const result = { outcome: 'computed', explanation: trace.finish({ zh: '摘要', en: 'summary' }, []) };
    const e = refusal(() => explain(result, { lang: 'en' }));
    expect(e.code).toBe('too_large');
    expect(e.en).toContain('6 lines');
  });
});

describe('a refused row explained on its own', () => {
  it('says why, in each language, as it does inside its batch (and the line count agrees)', () => {
    const batch = computeSalaries([{ post: 'x', education: 'bachelor', serviceStart: '2020-01-01' }], {
      asOf: '2026-01-01',
    });
    const row = batch.rows[0]!;
    expect(row.outcome).toBe('error');
    const zh = explain(row);
    expect(zh.split('\n')).toEqual(['结论：输入有误', '「岗位」的取值「x」无效，可选：正职、副职、其他社区工作者']);
    expect(explain(row, { lang: 'en' })).toContain('Invalid value "x" for "Post"');
    expect(explainLineCount(row as unknown as Renderable)).toBe(zh.split('\n').length);
    expect(explain(batch)).toContain('第 1 项：「岗位」的取值「x」无效');
  });
});
