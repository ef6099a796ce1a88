import { describe, expect, it } from 'vitest';
import { recorder } from '../../../src/core/index.js';

const summary = { zh: '结果', en: 'result' };
const grade = { name: 'grade', label: { zh: '等级', en: 'Grade' }, value: '9' };

describe('shared intermediates', () => {
  it('a list of shared intermediates is one list for every result that repeats it; a value made in place stays the result’s own', () => {
    const lists = [0, 1].map(() => {
      const t = recorder();
      t.intermediate(grade);
      return t.finish(summary, []).intermediates;
    });
    expect(lists[0]).toEqual([grade]);
    expect(lists[0]).toBe(lists[1]);
    const own = [0, 1].map(() => {
      const t = recorder();
      t.intermediate(grade);
      t.value('monthly', { zh: '月工资', en: 'Monthly pay' }, '100.00');
      return t.finish(summary, []).intermediates;
    });
    expect(own[0]).toEqual([grade, { name: 'monthly', label: { zh: '月工资', en: 'Monthly pay' }, value: '100.00' }]);
    expect(own[0]).not.toBe(own[1]);
  });

  it('a later value of the same name replaces the earlier one, shared or not', () => {
    const t = recorder();
    t.value('grade', grade.label, '8');
    t.intermediate(grade);
    expect(t.finish(summary, []).intermediates).toEqual([grade]);
  });

  it('nothing missing is one empty list', () => {
    const a = recorder().finish(summary, []);
    const b = recorder().finish(summary, []);
    expect(a.missing).toEqual([]);
    expect(a.missing).toBe(b.missing);
  });
});
