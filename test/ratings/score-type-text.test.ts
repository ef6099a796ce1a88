// The fuzz found explain() of a gradeFromScoreBatch printing "实际为undefined" for a hole in the list of scores: the
// Chinese text of score_not_number showed the JavaScript type name as it is (issue 10). The Chinese text names the
// type in Chinese (未定义, 空值, 对象, 数组, 布尔值); a quoted text or a number given stays as it was written.
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/core/index.js';
import { gradeFromScore, gradeFromScoreBatch } from '../../src/ratings/index.js';
import { refusal } from './support.js';

const asOf = '2026-03-01';

describe('score_not_number names the type in Chinese', () => {
  it('a hole, null, an object, an array, a boolean', () => {
    // The first item is a hole (a sparse list), read as undefined.
    const r = gradeFromScoreBatch([, null, {}, [950], true, 950], { asOf, explain: true });
    expect(r.rows.map((x) => x.outcome)).toEqual(['error', 'error', 'error', 'error', 'error', 'computed']);
    const zh = explain(r, { lang: 'zh' });
    expect(zh).not.toMatch(/undefined|null|object|array|boolean/);
    for (const t of ['实际为未定义', '实际为空值', '实际为对象', '实际为数组', '实际为布尔值']) expect(zh).toContain(t);
    expect(explain(r, { lang: 'en' })).toContain('got undefined');
  });
  it('a text or a number as written', () => {
    expect(refusal(() => gradeFromScore('九百', { asOf })).zh).toContain('实际为"九百"');
    expect(refusal(() => gradeFromScore(Number.NaN, { asOf })).zh).toContain('实际为NaN');
  });
});
