import { describe, expect, it } from 'vitest';
import {
  explain,
  explainedScope,
  parseProfile,
  profileAt,
  withOverrides,
  Scope,
  isGap,
  profileToJson,
} from '../../../src/core/index.js';
import { computeToy, computeToys, toyProfileJson, toyProfiles } from './toy-domain.js';
import { refusal } from '../../support/refusal.js';

const item = { id: 'a1', kind: '大', amount: '300', start: '2024-05-01' };
const explainedScopeOf = () => explainedScope(profileAt(toyProfiles.get('toy'), '2026-01-01'));

describe('one result envelope', () => {
  it('carries asOf, profile, engine, warnings, missing and an explanation', () => {
    const r = computeToy(item, { asOf: '2026-01-01' });
    expect(r.kind).toBe('toy');
    expect(r.outcome).toBe('computed');
    expect(r.fee).toBe('150.00');
    expect(r.asOf).toBe('2026-01-01');
    expect(r.profile).toEqual({ id: 'toy', version: '1.0.0' });
    expect(r.engine.name).toBe('huaian-social-work');
    expect(r.engine.domain).toBe('toy');
    expect(r.missing).toEqual([]);
    // toy.limit is low-confidence and undated: both said on the result; the over-limit notice too.
    expect(r.warnings.map((w) => w.code)).toEqual(['low_confidence', 'date_unknown', 'over_limit']);
    expect(r.explanation?.parameters.map((p) => p.id)).toEqual(['toy.rate', 'toy.limit']);
  });

  it('a missing input or a parameter with no value makes the result undetermined, with the list', () => {
    const r = computeToy({ ...item, start: null }, { asOf: '2026-01-01' });
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(['start']);
    const early = computeToy(item, { asOf: '2023-06-30' });
    expect(early.outcome).toBe('undetermined');
    expect(early.missing).toEqual(['parameter:toy.rate']);
    expect(early.explanation?.missing[0]?.reason?.zh).toBe('参数「费率」自 2024-01-01 起才有效，2023-06-30 无有效取值');
  });

  it('a value not found is one gap, the same everywhere; a host supplies it with withOverrides', () => {
    const at = profileAt(toyProfiles.get('toy'), '2026-01-01');
    const bonus = at.get('toy.bonus');
    expect(isGap(bonus) && bonus.reason).toBe('not_found');
    const patched = withOverrides(toyProfiles.get('toy'), { 'toy.bonus': '20' });
    const read = profileAt(patched, '2026-01-01').get('toy.bonus');
    expect(!isGap(read) && read.value).toBe('20');
    expect(!isGap(read) && read.override).toBe(true);
    expect(!isGap(read) && read.warnings).toEqual([]);
  });
});

describe('one policy for options and profiles', () => {
  it('refuses an unknown option with a suggestion', () => {
    const e = refusal(() => computeToy(item, { asof: '2026-01-01' }));
    expect(e.code).toBe('unknown_option');
    expect(e.path).toEqual(['asof']);
    expect(e.zh).toBe('未知的选项「asof」，是否应为「asOf」？');
    expect(e.en).toContain('did you mean "asOf"');
  });

  it('takes a shipped id, a Profile or profile JSON; refuses anything else with a PolicyError', () => {
    expect(computeToy(item, { asOf: '2026-01-01', profile: 'toy' }).fee).toBe('150.00');
    expect(computeToy(item, { asOf: '2026-01-01', profile: toyProfiles.get('toy') }).fee).toBe('150.00');
    const json = structuredClone(toyProfileJson);
    json.parameters['toy.rate'].values[0]!.value = '0.1';
    expect(computeToy(item, { asOf: '2026-01-01', profile: json }).fee).toBe('30.00');
    expect(refusal(() => computeToy(item, { asOf: '2026-01-01', profile: 'toi' })).en).toContain('did you mean "toy"');
    expect(refusal(() => computeToy(item, { asOf: '2026-01-01', profile: 42 })).code).toBe('invalid_profile_option');
    expect(
      refusal(() => computeToy(item, { asOf: '2026-01-01', profile: { ...toyProfileJson, domain: 'salary' } })).code,
    ).toBe('wrong_profile_domain');
  });

  it('a profile written with a renamed parameter id is refused with the change to make', () => {
    const old = structuredClone(toyProfileJson) as { parameters: Record<string, unknown> };
    old.parameters['toy.oldRate'] = old.parameters['toy.rate'];
    delete old.parameters['toy.rate'];
    const e = refusal(() => computeToy(item, { asOf: '2026-01-01', profile: old }));
    expect(e.code).toBe('profile_outdated');
    expect(e.zh).toContain('「toy.oldRate」改为「toy.rate」');
  });

  it('validates a profile object once and caches it by identity', () => {
    const json = structuredClone(toyProfileJson);
    const a = toyProfiles.resolve(json);
    expect(toyProfiles.resolve(json)).toBe(a);
    expect(toyProfiles.resolve(a)).toBe(a);
  });
});

describe('batches: a bad row is a row-level error, nothing is dropped, counts reconcile', () => {
  it('keeps every row and counts by outcome', () => {
    const { rows, counts } = computeToys([item, { ...item, kind: '中' }, { ...item, start: undefined }, 'junk'], {
      asOf: '2026-01-01',
    });
    expect(rows.map((r) => r.outcome)).toEqual(['computed', 'error', 'undetermined', 'error']);
    expect(counts).toMatchObject({ total: 4, computed: 1, undetermined: 1, error: 2 });
    const bad = rows[1]!;
    expect(bad.outcome === 'error' && bad.error.path).toEqual([1, 'kind']);
    expect(bad.outcome === 'error' && bad.error.zh).toBe('「类别」的取值「中」无效，可选：小、大');
  });

  it('an explained and an unexplained run give the same values and warnings (one evaluation path)', () => {
    const input = [item, { ...item, amount: '50' }, { ...item, start: undefined }];
    const plain = computeToys(input, { asOf: '2026-01-01' }).rows;
    const explained = computeToys(input, { asOf: '2026-01-01', explain: true }).rows;
    expect(
      explained.map((r) => {
        const { explanation: _e, ...rest } = r as { explanation?: unknown };
        return rest;
      }),
    ).toEqual(plain);
  });
});

describe('explain(): one renderer, entirely in one language', () => {
  it('zh has no English prose; en has no Chinese', () => {
    const r = computeToy(item, { asOf: '2026-01-01' });
    const zh = explain(r);
    const en = explain(r, { lang: 'en' });
    expect(zh).toContain('费用 = 300 × 0.5 = 150.00');
    expect(zh).toContain('费率：0.5（自 2024-01-01 起；《示例办法》（示政发〔2024〕1号）第三条；可信度高）');
    expect(zh).toContain('上限：100（生效日期不详；某网页问答；可信度低）');
    expect(zh).not.toMatch(/[A-Za-z]+ [A-Za-z]+/);
    expect(en).toContain('Rate: 0.5 (from 2024-01-01; ');
    // Chinese in English output comes only from document titles and numbers (quoted as written).
    expect(en.replace(/《[^》]*》|（[^）]*）|某网页问答|示政发〔2024〕1号|第三条/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('renders batches with counts and refused rows', () => {
    const out = explain(computeToys([item, { kind: 'x' }], { asOf: '2026-01-01' }) as never);
    expect(out).toContain('共 2 项：已计算 1，输入有误 1');
    expect(out).toContain('第 2 项：「类别」的取值「x」无效，可选：小、大\n第 2 项：缺少必填字段「金额」');
    expect(explain(computeToys([{ kind: 'x' }], { asOf: '2026-01-01' }) as never, { lang: 'en' })).toContain(
      'Item 1: Invalid value "x" for "kind"; expected one of: small, large (at [0].kind)',
    );
  });

  it('refuses what is not a result', () => {
    expect(refusal(() => explain(42)).code).toBe('not_a_result');
    expect(refusal(() => explain(computeToy(item, { asOf: '2026-01-01' }), { lang: 'fr' } as never)).code).toBe(
      'unknown_enum_value',
    );
  });
});

describe('profiles as data', () => {
  it('round-trips a profile through self-contained JSON', () => {
    const p = toyProfiles.get('toy');
    const json = profileToJson(p);
    expect(parseProfile(JSON.parse(JSON.stringify(json)))).toEqual(p);
  });

  it('only the first value may have an unknown date; a not-found value is null', () => {
    const bad = structuredClone(toyProfileJson) as any;
    bad.parameters['toy.rate'].values.push({ effectiveFrom: null, value: '0.6', source: 'D1' });
    bad.parameters['toy.bonus'].values[0].value = '5';
    const e = refusal(() => parseProfile(bad));
    expect((e as any).issues.map((i: { code: string }) => i.code)).toEqual(['unsorted', 'inconsistent']);
  });

  it('refuses a source key that is in no table', () => {
    const bad = structuredClone(toyProfileJson) as any;
    bad.parameters['toy.rate'].values[0].source = 'NOPE';
    expect(refusal(() => parseProfile(bad)).code).toBe('unknown_code');
  });

  it('profileAt reads each parameter once per date and keeps the warnings with the read', () => {
    const at = profileAt(toyProfiles.get('toy'), '2026-01-01');
    expect(at).toBe(profileAt(toyProfiles.get('toy'), '2026-01-01'));
    expect(at.get('toy.limit')).toBe(at.get('toy.limit'));
    const scope = new Scope(at);
    scope.param('toy.limit');
    scope.param('toy.limit');
    expect(scope.warnings.length).toBe(2);
    expect(isGap(at.get('toy.nothing')) && (at.get('toy.nothing') as { reason: string }).reason).toBe('absent');
  });
});

describe('a scope gathering many missing items (a batch, a long slate)', () => {
  it('keeps each once, in the order first named, in time linear in their number (it was quadratic)', () => {
    const { scope, explain: finish } = explainedScopeOf();
    const t0 = performance.now();
    for (let i = 0; i < 40_000; i++) scope.need(`rows[${i % 20_000}]`, { zh: '行', en: 'row' });
    scope.gap({ id: 'toy.bonus', label: { zh: '奖励额', en: 'Bonus' }, reason: 'not_found', date: '2026-01-01' });
    scope.gap({ id: 'toy.bonus', label: { zh: '奖励额', en: 'Bonus' }, reason: 'not_found', date: '2026-01-01' });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(scope.missing).toHaveLength(20_001);
    expect(scope.missing.slice(0, 2)).toEqual(['rows[0]', 'rows[1]']);
    expect(scope.missing.at(-1)).toBe('parameter:toy.bonus');
    const e = finish({ zh: '摘要', en: 'summary' });
    expect(e.missing.map((m) => m.name)).toEqual(scope.missing);
  });
});
