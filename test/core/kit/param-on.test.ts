// Scope.paramOn: a parameter as it stood on an earlier date (a term's length is the one in force when the term began),
// traced, warned and missing like Scope.param.
import { describe, expect, it } from 'vitest';
import { explainedScope, parseProfile, profileAt, Scope } from '../../../src/core/index.js';

const profile = parseProfile({
  id: 'terms',
  version: '1',
  label: { zh: '任期', en: 'Terms' },
  jurisdiction: { name: { zh: '示例', en: 'Example' } },
  parameters: {
    'x.termYears': {
      label: { zh: '每届任期', en: 'Term' },
      unit: 'years',
      type: 'integer',
      values: [
        { effectiveFrom: null, value: 3, source: { title: '旧法', confidence: 'M' } },
        { effectiveFrom: '2018-12-29', value: 5, source: { title: '新法', confidence: 'H' } },
      ],
    },
    'x.later': {
      label: { zh: '后设', en: 'Later' },
      unit: 'n',
      type: 'integer',
      values: [{ effectiveFrom: '2020-01-01', value: 1, source: { title: '某法' } }],
    },
  },
});

describe('Scope.paramOn', () => {
  it('the value in force on the earlier date, with that value’s warnings and trace', () => {
    const { scope, explain } = explainedScope(profileAt(profile, '2026-03-01'));
    expect(scope.paramOn<number>('x.termYears', '2017-06-01')?.value).toBe(3);
    expect(scope.warnings.map((w) => w.code)).toEqual(['date_unknown']);
    expect(explain({ zh: '完成', en: 'done' }).parameters.map((p) => p.value)).toEqual([3]);
  });
  it('the scope’s own read when it was already in force on the date (the same object)', () => {
    const at = profileAt(profile, '2026-03-01');
    const scope = new Scope(at);
    expect(scope.paramOn('x.termYears', '2021-01-15')).toBe(at.get('x.termYears'));
    expect(scope.warnings).toEqual([]);
    expect(scope.paramOn('x.termYears', '2027-01-01')).toBe(at.get('x.termYears'));
  });
  it('a gap on the earlier date is missing, as param() records it', () => {
    const scope = new Scope(profileAt(profile, '2026-03-01'));
    expect(scope.paramOn('x.later', '2019-05-01')).toBeUndefined();
    expect(scope.missing).toEqual(['parameter:x.later']);
  });
});
