import { describe, expect, it } from 'vitest';
import { spellingsOf } from '../../src/sheets/index.js';

describe('education written with 全日制 before it or 学历 after it', () => {
  const e = spellingsOf('education');
  it('reads as the level itself', () => {
    expect(e.read('本科学历')).toEqual({ value: 'bachelor' });
    expect(e.read('全日制本科')).toEqual({ value: 'bachelor' });
    expect(e.read('全日制大专学历')).toEqual({ value: 'college_or_below' });
    expect(e.read('硕士研究生学历')).toEqual({ value: 'master' });
  });
  it('keeps an ambiguous level ambiguous, and 在职 (part-time) unread: a city may count it apart', () => {
    expect(e.read('研究生学历')).toEqual({ choices: ['master', 'doctorate'] });
    expect(e.read('在职本科')).toBeUndefined();
    expect(e.read('学历')).toBeUndefined();
    expect(e.read('全日制')).toBeUndefined();
  });
  it('leaves other fields as their tables have them', () => {
    expect(spellingsOf('post').read('书记学历')).toBeUndefined();
    expect(spellingsOf('post').read('党委书记')).toEqual({ value: 'principal' });
    expect(spellingsOf('post').read('党支部副书记')).toEqual({ value: 'deputy' });
  });
});
