import { describe, expect, it } from 'vitest';
import { explainedScope, parseProfile, profileAt, Scope } from '../../../src/core/index.js';
import { toyProfileJson } from './toy-domain.js';

describe('parameter groups: parameters read together', () => {
  const profile = parseProfile(structuredClone(toyProfileJson));
  const ids = ['toy.rate', 'toy.limit'];

  it('reads like param() each, with the warnings gathered once per date and list', () => {
    const at = profileAt(profile, '2026-01-01');
    expect(at.group(ids)).toBe(at.group(ids));
    const one = new Scope(at);
    const reads = one.params(ids)!;
    expect(reads.map((r) => r.id)).toEqual(ids);
    const each = new Scope(at);
    for (const id of ids) each.param(id);
    expect(one.warnings).toEqual(each.warnings);
    expect(one.warnings.map((w) => w.code)).toEqual(['low_confidence', 'date_unknown']);
    // A scope with warnings already gets each group warning once.
    one.params(ids);
    expect(one.warnings.length).toBe(2);
  });

  it('a gap makes the group undefined and is recorded as missing; the trace records the reads', () => {
    const { scope, explain } = explainedScope(profileAt(profile, '2026-01-01'));
    expect(scope.params(['toy.limit', 'toy.bonus'])).toBeUndefined();
    expect(scope.missing).toEqual(['parameter:toy.bonus']);
    const e = explain({ zh: '示例', en: 'toy' });
    expect(e.parameters.map((p) => p.id)).toEqual(['toy.limit']);
    expect(e.missing.map((m) => m.name)).toEqual(['parameter:toy.bonus']);
    const early = new Scope(profileAt(profile, '2023-01-01'));
    expect(early.params(ids)).toBeUndefined();
    expect(early.missing).toEqual(['parameter:toy.rate']);
  });
});
