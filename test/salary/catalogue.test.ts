import { describe, expect, it } from 'vitest';
import { salaryCatalogue } from '../../src/salary/index.js';
import { MECHANISMS } from '../../src/salary/mechanisms/index.js';
import { salaryMessages } from '../../src/salary/messages.js';

describe('messages as data', () => {
  it('one catalogue for the domain: its messages and every mechanism’s own texts, no code twice, both languages', () => {
    const own = MECHANISMS.flatMap((m) => Object.keys(m.texts ?? {}));
    const base = Object.keys(salaryMessages.catalogue);
    expect(own).toContain('pay_certificate');
    expect(new Set([...base, ...own]).size).toBe(base.length + own.length);
    const all = salaryCatalogue();
    expect(Object.keys(all).sort()).toEqual([...base, ...own].sort());
    for (const [code, t] of Object.entries(all))
      expect(typeof t.zh === 'function' && typeof t.en === 'function', code).toBe(true);
  });
});
