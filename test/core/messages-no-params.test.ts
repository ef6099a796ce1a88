// A message without params is written `() => '…'` and raised without params (the form the catalogue docs give).
import { describe, expect, it } from 'vitest';
import { defineMessages, type Catalogue } from '../../src/core/messages.js';

const m = defineMessages('demo', {
  plain: { zh: () => '无参数', en: () => 'no params' },
  withParams: { zh: (p: { n: number }) => `共${p.n}项`, en: (p: { n: number }) => `${p.n} items` },
} satisfies Catalogue);

describe('messages without params', () => {
  it('are raised with no argument (type-checked by tsc) and keep their texts', () => {
    expect(m.text('plain')).toEqual({ zh: '无参数', en: 'no params' });
    expect(m.warning('plain').code).toBe('plain');
    expect(m.issue('plain', ['x'])).toEqual({ code: 'plain', path: ['x'], zh: '无参数', en: 'no params' });
    expect(m.text('withParams', { n: 3 }).zh).toBe('共3项');
    // @ts-expect-error a message with params needs them
    expect(() => m.text('withParams')).toThrow();
  });
});
