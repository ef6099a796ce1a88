import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineMessages, isPolicyError } from '../../src/core/index.js';
import { associationsMessages } from '../../src/associations/messages.js';
import { sheetsMessages } from '../../src/sheets/messages.js';
import { workforceMessages } from '../../src/workforce/messages.js';

const demo = defineMessages('demo', {
  bad_date: {
    raisedAs: 'invalid_date',
    zh: (p: { value: string }) => `日期「${p.value}」有误`,
    en: (p: { value: string }) => `Bad date "${p.value}"`,
  },
  plain: { zh: () => '普通', en: () => 'plain' },
});

describe('a catalogue entry raised as a shared code', () => {
  it('gives its issues, thrown errors and warnings that code, worded by its own texts', () => {
    const i = demo.issue('bad_date', ['d'], { value: '2023-02-30' });
    expect(i).toMatchObject({ code: 'invalid_date', path: ['d'], zh: '日期「2023-02-30」有误' });
    expect(demo.warning('bad_date', { value: 'x' }).code).toBe('invalid_date');
    try {
      demo.fail('bad_date', [], { value: 'x' });
      expect.unreachable();
    } catch (e) {
      expect(isPolicyError(e) && e.issues[0]!.code).toBe('invalid_date');
    }
    // A message without raisedAs keeps its key as its code.
    expect(demo.issue('plain', []).code).toBe('plain');
  });

  it('refuses a raisedAs that is not a non-empty string', () => {
    for (const raisedAs of ['', 3, null]) {
      let caught: unknown;
      try {
        defineMessages('demo', { x: { raisedAs, zh: () => '甲', en: () => 'a' } as never });
      } catch (e) {
        caught = e;
      }
      expect(isPolicyError(caught) && caught.issues[0]!.path).toEqual(['catalogue', 'x', 'raisedAs']);
    }
  });

  it('is how the sheets, associations and workforce catalogues word shared codes', () => {
    expect(
      sheetsMessages.issue('sheet_invalid_date', [], { row: 2, column: '出生日期', value: 'x' } as never).code,
    ).toBe('invalid_date');
    expect(associationsMessages.issue('host_outcome_conflict', []).code).toBe('inconsistent');
    expect(workforceMessages.issue('employment_order', []).code).toBe('inconsistent');
  });

  it('leaves no raise site in src overwriting the code of a catalogue issue', () => {
    // `{ ...M.issue('key', …), code: 'other' }` was how a shared code was raised before raisedAs: it hides the code
    // from the catalogue and from docs/messages.md.
    const offenders: string[] = [];
    for (const f of readdirSync(new URL('../../src/', import.meta.url), { recursive: true, encoding: 'utf8' })) {
      if (!f.endsWith('.ts')) continue;
      const text = readFileSync(new URL(`../../src/${f}`, import.meta.url), 'utf8');
      if (/\.\.\.\s*\w+\.issue\([^;]*?\),\s*code:/s.test(text)) offenders.push(f);
    }
    expect(offenders).toEqual([]);
  });
});
