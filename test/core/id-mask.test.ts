// The fuzz found resident IDs the host wrote (a parameter id asked for, a source key, a parameter's unit or note, a
// result kind, an explanation's summary) shown unmasked in errors and results (issue 10). Every issue masks them,
// whoever raised it, and every text that reaches a result is masked where it is recorded.
import { describe, expect, it } from 'vitest';
import {
  CIVIL_CODE_PERIODS,
  envelope,
  explain,
  explainedScope,
  fail,
  gapText,
  getParameter,
  issue,
  lookup,
  parseProfile,
  periodBefore,
  periodEnd,
  profileAt,
  profileRef,
  profileToJson,
  readParameter,
  recorder,
  safeParseProfile,
  Scope,
  suggest,
  type PolicyError,
} from '../../src/core/index.js';
import { computeSalary, projectGrade, salaryProfiles } from '../../src/salary/index.js';
import { toyProfiles } from './kit/toy-domain.js';

const ID = '11010519491231002X';
const ID15 = '110105491231002';
const thrown = (f: () => unknown): PolicyError => {
  try {
    f();
  } catch (e) {
    return e as PolicyError;
  }
  throw new Error('did not throw');
};
const all = (v: unknown) => JSON.stringify(v);
const WORKER = { post: 'deputy', education: 'master', serviceStart: '2014-09-01' };

describe('errors mask a resident ID the host wrote', () => {
  it('a parameter id asked for (getParameter, readParameter)', () => {
    for (const e of [
      thrown(() => getParameter(toyProfiles.get('toy'), ID15)),
      thrown(() => readParameter(toyProfiles.get('toy'), ID, '2026-01-01')),
    ]) {
      expect(e.code).toBe('unknown_parameter');
      // The texts and params; the path is the caller's own locator (the key asked for), as everywhere.
      expect(all(e.issues.map(({ path: _, ...i }) => i)) + e.zh + e.en).not.toMatch(/110105/);
    }
  });
  it('a source key of a host profile (profileRef, computeGrade and every engine that loads it)', () => {
    const json = profileToJson(toyProfiles.get('toy')) as {
      parameters: Record<string, { values: { source: unknown }[] }>;
    };
    json.parameters['toy.limit']!.values[0]!.source = ID;
    const e = thrown(() => profileRef(json as never));
    expect(e.code).toBe('unknown_code');
    expect(all(e.issues)).not.toContain(ID);
  });
  it('fail() and issue() with the host own text and params', () => {
    expect(all(issue('x', [], `号码 ${ID}`, `number ${ID}`, { id: ID, list: [ID] }))).not.toContain(ID);
    expect(all(thrown(() => fail('x', [], `号码 ${ID}`, `number ${ID}`)).issues)).not.toContain(ID);
  });
});

describe('small argument checks the fuzz found', () => {
  it('suggest refuses a sparse list of names (a TypeError on the hole)', () => {
    // A hole at 1: `every` skips holes, so the list was taken for one of strings.
    const known = ['asOf', , 'profile'] as string[];
    expect(thrown(() => suggest('asof', known))).toMatchObject({ code: 'invalid_type', path: ['known'] });
  });
  it("a parameter repealed since a date no one knows says so, not 'since undefined'", () => {
    const p = {
      id: 'x',
      label: { zh: '示例', en: 'Example' },
      unit: 'yuan',
      type: 'decimal',
      values: [{ effectiveFrom: null, value: null, source: { title: 'Doc' } }],
    } as const;
    const r = lookup(p as never, '2026-01-01');
    expect('gap' in r && r.gap.reason).toBe('repealed');
    const t = gapText((r as { gap: never }).gap);
    expect(t.zh + t.en).not.toMatch(/undefined/);
    expect(t.zh).toBe('参数「示例」已停止适用，2026-01-01 无有效取值');
  });
});

describe('more the fuzz found on a random seed', () => {
  it("a host period convention's id and articles are masked in the rule a result cites", () => {
    const convention = {
      ...CIVIL_CODE_PERIODS,
      id: `c${ID}`,
      articles: { start: `张三 ${ID}`, monthEnd: ID, rollOver: ID },
    };
    expect(all(periodBefore('2026-05-21', { days: 20 }, { convention }))).not.toContain(ID);
    expect(all(periodEnd('2026-02-10', { months: 1 }, { convention }))).not.toContain(ID);
  });
  it('parseProfile and its safe twin refuse null options', () => {
    expect(thrown(() => parseProfile({}, [], null as never))).toMatchObject({
      code: 'invalid_type',
      path: ['options'],
    });
    const r = safeParseProfile({}, [], null as never);
    expect(r.success).toBe(false);
  });
  it('gapText refuses a date that is not text (a deep list overflowed the stack)', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(
      thrown(() =>
        gapText({
          id: 'x',
          label: { zh: '示例', en: 'Example' },
          reason: 'repealed',
          date: deep,
          since: '2025-01-01',
        } as never),
      ),
    ).toMatchObject({ code: 'invalid_type', path: ['gap'] });
  });
});

describe('results mask a resident ID in text the host wrote', () => {
  it("a parameter's unit, label and note (computeSalary, projectGrade)", () => {
    const json = profileToJson(salaryProfiles.get('huaian')) as {
      parameters: Record<
        string,
        { unit: string; label: { en: string }; values: { note?: { zh: string; en: string } }[] }
      >;
    };
    for (const p of Object.values(json.parameters)) {
      p.unit += ID;
      p.label.en += ID;
      for (const v of p.values) if (v.note !== undefined) v.note = { zh: v.note.zh + ID, en: v.note.en + ID };
    }
    const s = computeSalary(WORKER, { asOf: '2026-01-01', profile: json });
    expect(s.explanation!.parameters.length).toBeGreaterThan(0);
    expect(all(s)).not.toContain(ID);
    expect(all(projectGrade(WORKER, { from: '2020-01-01', to: '2030-01-01', profile: json }))).not.toContain(ID);
  });
  it("a result's kind and a host's explanation given to envelope", () => {
    const at = profileAt(toyProfiles.get('toy'), '2026-01-01');
    const plain = explainedScope(at).explain({ zh: '摘要', en: 'summary' });
    const host = {
      ...plain,
      summary: { zh: `摘要${ID}`, en: `summary ${ID}` },
      rules: [{ rule: 'r', text: { zh: ID, en: ID } }],
    };
    const r = envelope('toy', `toy${ID}`, 'computed', new Scope(at), host);
    expect(all(r)).not.toContain(ID);
    expect(r.explanation!.summary.en).toBe('summary ******************');
  });
  it('a host explanation the renderer could not read is refused by envelope, not left for explain() to throw on', () => {
    const at = profileAt(toyProfiles.get('toy'), '2026-01-01');
    const bad = { ...explainedScope(at).explain({ zh: '摘要', en: 'summary' }), rules: [[], []] };
    const e = thrown(() => envelope('toy', 'toy', 'computed', new Scope(at), bad as never));
    expect(e.code).toBe('invalid_type');
    expect(e.path).toEqual(['explanation', 'rules', 0]);
    const ok = envelope(
      'toy',
      'toy',
      'computed',
      new Scope(at),
      explainedScope(at).explain({ zh: '摘要', en: 'summary' }),
    );
    expect(() => explain(ok)).not.toThrow();
  });
  it('a recorder masks rules (their ids too: checklist:<itemId>), values, missing items and the summary as it records them', () => {
    const t = recorder();
    t.rule({ rule: `checklist:${ID}`, text: { zh: `候选人${ID}`, en: `candidate ${ID}` } });
    t.value('v', { zh: ID, en: ID }, ID);
    t.missing({ name: 'm', label: { zh: ID, en: ID }, reason: { zh: ID, en: ID } });
    expect(all(t.finish({ zh: ID, en: ID }, []))).not.toContain(ID);
  });
});
