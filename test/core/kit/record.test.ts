import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineRecord, fields, schemaParse, type PolicyIssue, type RecordDef } from '../../../src/core/index.js';
import { build } from 'esbuild';
import { CUSTOM_SAMPLES, nearValidRecord, validRecord } from '../../support/record-arbitrary.js';
import { toyItem } from './toy-domain.js';

const certificate = defineRecord(
  'certificate',
  { zh: '证书', en: 'certificate' },
  {
    level: fields
      .enum(['assistant', 'intermediate'], {
        assistant: { zh: '助理社会工作师', en: 'assistant' },
        intermediate: { zh: '社会工作师', en: 'intermediate' },
      })
      .label('等级', 'level'),
    obtained: fields.date().label('取证日期', 'date obtained'),
  },
  {
    refine: (c, ctx) =>
      c.obtained < '2008-01-01'
        ? ctx.add({
            code: 'out_of_range',
            path: [...ctx.path, 'obtained'],
            zh: '首次考试为 2008 年',
            en: 'the first exam was in 2008',
          })
        : undefined,
  },
);
// A custom kind: an even number given as digits, normalised to a number; its messages name the field by its label.
const even = () =>
  fields.custom<number>('even', { type: 'string', pattern: '^\\d+$' }, (v, path, issues, label) => {
    if (typeof v !== 'string' || !/^\d+$/.test(v) || Number(v) % 2 !== 0) {
      issues.push({ code: 'invalid_format', path, zh: `「${label.zh}」应为偶数`, en: `"${label.en}" must be even` });
      return undefined;
    }
    return Number(v);
  });
CUSTOM_SAMPLES['even'] = ['0', '2', '42'];

const listy = defineRecord(
  'listy',
  { zh: '列表示例', en: 'lists' },
  {
    code: even().label('编码', 'code'),
    codes: fields.array(even().label('编码', 'code'), { unique: true }).optional().label('编码表', 'codes'),
    tags: fields
      .array(
        fields
          .enum(['a', 'b', 'c'], { a: { zh: '甲', en: 'a' }, b: { zh: '乙', en: 'b' }, c: { zh: '丙', en: 'c' } })
          .label('标签', 'tag'),
        { min: 1, unique: true },
      )
      .label('标签', 'tags'),
    ids: fields.array(fields.text().label('编号', 'id'), { unique: true, max: 4 }).optional().label('编号表', 'ids'),
  },
  { unknownKeys: 'strict', description: { zh: '列表', en: 'lists' } },
);

const rich = defineRecord(
  'rich',
  { zh: '示例', en: 'rich' },
  {
    name: fields.text({ maxLength: 5 }).label('姓名', 'name'),
    count: fields.integer({ min: 0, max: 10 }).label('人数', 'count'),
    share: fields.number({ min: 0, max: 1 }).optional().label('比例', 'share'),
    flag: fields.boolean().optional().label('标记', 'flag'),
    certificate: fields.object(certificate).optional().label('证书', 'certificate'),
    posts: fields.array(fields.text().label('职务', 'post'), { max: 3 }).optional().label('职务', 'posts'),
    years: fields
      .yearMap(
        fields
          .enum(['good', 'bad'], { good: { zh: '好', en: 'good' }, bad: { zh: '差', en: 'bad' } })
          .label('评价', 'result'),
      )
      .optional()
      .label('年度评价', 'by year'),
  },
  {
    unknownKeys: 'strict',
    refine: (v, ctx) =>
      v.count > 8 && v.flag === true
        ? ctx.add({
            code: 'inconsistent',
            path: [...ctx.path, 'flag'],
            zh: '人数多于 8 时不得标记',
            en: 'no flag above 8',
          })
        : undefined,
  },
);

function outcome(r: { success: true; data: unknown } | { success: false; error: { issues: readonly PolicyIssue[] } }) {
  return r.success
    ? { ok: r.data }
    : { issues: [...r.error.issues].map((i) => `${JSON.stringify(i.path)} ${i.code} ${i.zh} | ${i.en}`).sort() };
}

function differential(rec: RecordDef<unknown>, runs: number) {
  fc.assert(
    fc.property(fc.oneof(validRecord(rec), nearValidRecord(rec), fc.anything()), (value) => {
      expect(outcome(rec.safeParse(value, [7]))).toEqual(outcome(schemaParse(rec, value, [7])));
    }),
    { numRuns: runs, seed: 20261129 },
  );
}

describe('records: the fast check is generated from the field table and equals the zod reference', () => {
  it('differential: 10,000 valid, near-valid and arbitrary values per record, issues included', () => {
    differential(toyItem as RecordDef<unknown>, 10_000);
    differential(rich as RecordDef<unknown>, 10_000);
    differential(listy as RecordDef<unknown>, 10_000);
  });

  it('unique lists: an item once, compared after normalisation, the repeat named by its label', () => {
    const r = listy.safeParse({ code: '2', tags: ['a', '乙', 'b'] }, [3]);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => [i.code, i.path, i.zh, i.en])).toEqual([
      ['duplicate', [3, 'tags', 2], '「标签」中「乙」重复', '"b" appears more than once in "tags"'],
    ]);
    expect(outcome(schemaParse(listy, { code: '2', tags: ['a', '乙', 'b'] }, [3]))).toEqual(outcome(r));
    expect(listy.parse({ code: '4', tags: ['丙', 'a'], codes: ['2', '4'] })).toEqual({
      code: 4,
      tags: ['c', 'a'],
      codes: [2, 4],
    });
    expect(listy.safeParse({ code: '4', tags: ['a'], codes: ['2', '02'] }).success).toBe(false);
    expect(() => fields.array(fields.object(certificate), { unique: true })).toThrow(TypeError);
  });

  it('custom kinds word their issues with the field label, in both paths, beside other bad fields', () => {
    const bad = { code: '3', tags: [], ids: 'x' };
    const r = listy.safeParse(bad);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => i.zh)).toEqual([
      '「编码」应为偶数',
      '「标签」的项数不得少于 1 项',
      '「编号表」应为数组，实际为字符串',
    ]);
    expect(outcome(schemaParse(listy, bad))).toEqual(outcome(r));
  });

  it('a list short of its minimum is one issue in both paths, whatever its items', () => {
    const three = defineRecord(
      'three',
      { zh: '三项', en: 'three' },
      { tags: fields.array(fields.text().label('标签', 'tag'), { min: 3, max: 4 }).label('标签', 'tags') },
    );
    for (const tags of [
      ['a', 5],
      ['a', 'b', 'c', 'd', 5],
      ['a', null],
    ]) {
      const r = three.safeParse({ tags });
      expect(!r.success && r.error.issues.map((i) => [i.path, i.code])).toEqual([[['tags'], 'item_count']]);
      expect(outcome(schemaParse(three, { tags }))).toEqual(outcome(r));
    }
    differential(three as RecordDef<unknown>, 2_000);
  });

  it('required and partial change which fields are required, keeping labels', () => {
    const strictCert = rich.required('rich-with-share', ['share']);
    expect(strictCert.safeParse({ name: 'a', count: 1 }).success).toBe(false);
    expect(strictCert.fields.share!.label).toEqual({ zh: '比例', en: 'share' });
    // The cross-field rule stays with `required`.
    expect(strictCert.safeParse({ name: 'a', count: 9, flag: true, share: 0.5 }).success).toBe(false);
    const loose = rich.partial('rich-partial');
    expect(loose.parse({})).toEqual({});
    expect(loose.safeParse({ other: 1 }).success).toBe(false); // still strict
    const some = certificate.partial('cert-partial', ['obtained']);
    expect(some.parse({ level: '社会工作师' })).toEqual({ level: 'intermediate' });
    expect(some.jsonSchema()['required']).toEqual(['level']);
    expect(() => certificate.required('x', ['nope' as 'level'])).toThrow(TypeError);
    differential(loose as RecordDef<unknown>, 1_000);
  });

  it('the JSON Schema carries the description and unique lists', () => {
    const s = listy.jsonSchema() as {
      description: string;
      properties: Record<string, { uniqueItems?: boolean; anyOf?: { uniqueItems?: boolean }[] }>;
    };
    expect(s.description).toBe('列表 / lists');
    expect(s.properties.tags!.uniqueItems).toBe(true);
    expect(s.properties.ids!.anyOf![0]!.uniqueItems).toBe(true);
  });

  it('the fast check bundles without zod (the reference is in record-zod)', async () => {
    const r = await build({
      stdin: {
        contents: `export { defineRecord, fields } from './src/core/record.ts';`,
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(Object.keys(r.metafile!.inputs).some((i) => i.includes('node_modules/zod'))).toBe(false);
  });

  it('normalises aliases and decimals, drops nulls and unknown fields (strip)', () => {
    expect(toyItem.parse({ kind: '大', amount: 12, start: null, other: 'x' })).toEqual({ kind: 'large', amount: '12' });
  });

  it('names fields by their labels, in both languages', () => {
    const r = rich.safeParse({
      name: '张三丰老先生',
      count: 11,
      certificate: { level: 'senior' },
      posts: 'x',
      years: { '99': 'good' },
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => i.zh)).toEqual([
      '「姓名」的长度应为 1 至 5 个字符',
      '「人数」应为 0 至 10',
      '「等级」的取值「senior」无效，可选：助理社会工作师、社会工作师',
      '缺少必填字段「取证日期」',
      '「职务」应为数组，实际为字符串',
      '「年度评价」的年度应为四位年份：「99」',
    ]);
    expect(r.error.issues.map((i) => i.path)).toEqual([
      ['name'],
      ['count'],
      ['certificate', 'level'],
      ['certificate', 'obtained'],
      ['posts'],
      ['years', '99'],
    ]);
  });

  it('runs the cross-field rule only when every field is valid', () => {
    expect(rich.safeParse({ name: 'a', count: 9, flag: true }).success).toBe(false);
    expect(rich.safeParse({ name: 'a', count: 7, flag: true }).success).toBe(true);
  });

  it('never reads fields from the prototype', () => {
    const r = toyItem.safeParse(JSON.parse('{"__proto__": {"kind": "small", "amount": "1"}}'));
    expect(r.success).toBe(false);
  });

  it('exports a JSON Schema with labels', () => {
    const s = certificate.jsonSchema() as { properties: Record<string, { title: string }>; required: string[] };
    expect(s.properties.obtained!.title).toBe('取证日期 / date obtained');
    expect(s.required).toEqual(['level', 'obtained']);
  });

  it('pick and extend build new records from the same fields', () => {
    const dateOnly = certificate.pick('obtained-only', ['obtained']);
    expect(dateOnly.parse({ obtained: '2024-01-01', level: 'ignored' })).toEqual({ obtained: '2024-01-01' });
    const more = certificate.extend(
      'cert-with-no',
      { zh: '带编号的证书', en: 'numbered certificate' },
      { no: fields.text().label('证书编号', 'number') },
    );
    expect(more.safeParse({ level: 'assistant', obtained: '2024-01-01' }).success).toBe(false);
  });
});

describe('checkInPlace: a row already in normal form is not copied', () => {
  const rec = defineRecord(
    'in-place',
    { zh: '示例', en: 'example' },
    {
      id: fields.text().label('编号', 'id'),
      kind: fields.enum(['a', 'b'], { a: { zh: '甲', en: 'a' }, b: { zh: '乙', en: 'b' } }).label('类别', 'kind'),
      count: fields.integer({ min: 0 }).optional().label('人数', 'count'),
      tags: fields.array(fields.text().label('标签', 'tag')).optional().label('标签', 'tags'),
      amount: fields.decimal().optional().label('金额', 'amount'),
      kinds: fields
        .array(fields.enum(['a', 'b'], { a: { zh: '甲', en: 'a' }, b: { zh: '乙', en: 'b' } }).label('类别', 'kind'), {
          unique: true,
        })
        .optional()
        .label('类别', 'kinds'),
    },
    { unknownKeys: 'strict' },
  );

  it('a list of enum values in normal form is accepted in place; one with a label, a repeat or a stranger is not', () => {
    const clean = { id: 'x', kind: 'a', kinds: ['a', 'b'] };
    expect(rec.checkInPlace(clean, [], [])).toBe(clean);
    const labelled = { id: 'x', kind: 'a', kinds: ['甲', 'b'] };
    const out = rec.checkInPlace(labelled, [], []);
    expect(out).not.toBe(labelled);
    expect(out).toEqual({ id: 'x', kind: 'a', kinds: ['a', 'b'] });
    const issues: PolicyIssue[] = [];
    expect(rec.checkInPlace({ id: 'x', kind: 'a', kinds: ['a', 'a'] }, [], issues)).toBeUndefined();
    expect(issues.map((i) => i.code)).toEqual(['duplicate']);
    expect(rec.checkInPlace({ id: 'x', kind: 'a', kinds: ['constructor'] }, [], [])).toBeUndefined();
  });

  it('returns the input itself when nothing would change, a normalised copy otherwise, and the same issues', () => {
    const clean = { id: 'x', kind: 'a', count: 3, tags: ['t'] };
    expect(rec.checkInPlace(clean, [], [])).toBe(clean);
    for (const changed of [
      { id: 'x', kind: '甲' },
      { id: 'x', kind: 'a', count: null },
      { id: 'x', kind: 'a', amount: 12 },
    ]) {
      const out = rec.checkInPlace(changed, [], []);
      expect(out).not.toBe(changed);
      expect(out).toEqual(rec.check(changed, [], []));
    }
    const a: PolicyIssue[] = [];
    const b: PolicyIssue[] = [];
    expect(rec.checkInPlace({ id: '', kind: 'c', extra: 1 }, ['r'], a)).toBeUndefined();
    rec.check({ id: '', kind: 'c', extra: 1 }, ['r'], b);
    expect(a).toEqual(b);
  });

  it('a copied row keeps a nested record already in normal form as it is; check (not in place) copies it', () => {
    const inner = defineRecord(
      'inner',
      { zh: '证书', en: 'certificate' },
      { level: fields.enum(['a', 'b'], { a: { zh: '甲', en: 'a' }, b: { zh: '乙', en: 'b' } }).label('等级', 'level') },
    );
    const outer = defineRecord(
      'outer',
      { zh: '示例', en: 'example' },
      {
        kind: fields.enum(['a', 'b'], { a: { zh: '甲', en: 'a' }, b: { zh: '乙', en: 'b' } }).label('类别', 'kind'),
        inner: fields.object(inner).optional().label('证书', 'certificate'),
      },
    );
    // The row is copied (its kind is a label), its nested record is in normal form.
    const row = { kind: '甲', inner: { level: 'b' } };
    const out = outer.checkInPlace(row, [], []) as { kind: string; inner: object };
    expect(out).toEqual({ kind: 'a', inner: { level: 'b' } });
    expect(out).not.toBe(row);
    expect(out.inner).toBe(row.inner);
    expect((outer.check(row, [], []) as { inner: object }).inner).not.toBe(row.inner);
    // A nested record with a label is copied into normal form, and one with a bad value is refused with its path.
    const labelled = { kind: '甲', inner: { level: '乙' } };
    const copied = outer.checkInPlace(labelled, [], []) as { inner: object };
    expect(copied.inner).toEqual({ level: 'b' });
    expect(copied.inner).not.toBe(labelled.inner);
    const issues: PolicyIssue[] = [];
    expect(outer.checkInPlace({ kind: '甲', inner: { level: 'c' } }, ['r'], issues)).toBeUndefined();
    expect(issues.map((i) => i.path)).toEqual([['r', 'inner', 'level']]);
  });

  it('a custom field is normal form when its own check returns the value unchanged with no issue', () => {
    const code = fields
      .custom<string>('upper', { type: 'string' }, (v, path, issues, label) => {
        if (typeof v === 'string' && /^[a-z]+$/i.test(v)) return v.toUpperCase();
        issues.push({ code: 'invalid_format', path, zh: `${label.zh}无效`, en: `${label.en} is invalid` });
        return undefined;
      })
      .label('代码', 'code');
    const withCode = defineRecord(
      'custom-in-place',
      { zh: '示例', en: 'example' },
      { id: fields.text().label('编号', 'id'), code },
    );
    const clean = { id: 'x', code: 'AB' };
    expect(withCode.checkInPlace(clean, [], [])).toBe(clean);
    const lower = { id: 'x', code: 'ab' };
    expect(withCode.checkInPlace(lower, [], [])).toEqual({ id: 'x', code: 'AB' });
    expect(withCode.checkInPlace(lower, [], [])).not.toBe(lower);
    const issues: PolicyIssue[] = [];
    expect(withCode.checkInPlace({ id: 'x', code: '1' }, ['r'], issues)).toBeUndefined();
    expect(issues.map((i) => [i.code, i.path])).toEqual([['invalid_format', ['r', 'code']]]);
  });

  it('a custom check that runs another in-place check inside loses none of its own issues', () => {
    const inner = defineRecord(
      'inner',
      { zh: '内层', en: 'inner' },
      { code: fields.custom<string>('same', { type: 'string' }, (v) => v as string).label('代码', 'code') },
    );
    // Words an issue first, then checks a valid inner row in place (whose normal-form test must not clear it).
    const outer = defineRecord(
      'outer',
      { zh: '外层', en: 'outer' },
      {
        ref: fields
          .custom<string>('ref', { type: 'string' }, (v, path, issues) => {
            issues.push({ code: 'invalid_format', path, zh: '引用无效', en: 'bad reference' });
            inner.checkInPlace({ code: 'c' }, [], []);
            return v as string;
          })
          .label('引用', 'ref'),
      },
    );
    const row = { ref: 'r' };
    const issues: PolicyIssue[] = [];
    expect(outer.checkInPlace(row, [], issues)).not.toBe(row);
    expect(issues.map((i) => i.code)).toEqual(['invalid_format']);
  });

  it('never takes a field from the prototype, an undefined own key or a stranger as normal form', () => {
    const inherited = Object.assign(Object.create({ kind: 'a' }) as Record<string, unknown>, { id: 'x' });
    const a: PolicyIssue[] = [];
    expect(rec.checkInPlace(inherited, [], a)).toBeUndefined();
    expect(a.map((i) => i.code)).toEqual(['required']);
    const undef = { id: 'x', kind: 'a', count: undefined };
    expect(rec.checkInPlace(undef, [], [])).not.toBe(undef);
    expect(rec.checkInPlace({ id: 'x', kind: 'a', colour: 'red' }, [], [])).toBeUndefined();
  });

  it('property: in place or copied, the result equals the copying check (fixed seed)', () => {
    fc.assert(
      fc.property(fc.oneof(validRecord(rec as RecordDef<unknown>), nearValidRecord(rec as RecordDef<unknown>)), (v) => {
        const inPlace = rec.checkInPlace(v, [], []);
        const copy = rec.check(v, [], []);
        expect(inPlace).toEqual(copy);
        if (inPlace === v) expect(copy).toEqual(v);
      }),
      { numRuns: 2000, seed: 20261129 },
    );
  });
});

describe('year maps in normal form are passed through', () => {
  it('returns a plain map already in normal form as given, and copies one that normalises', async () => {
    const { defineRecord, fields } = await import('../../../src/core/record.js');
    const rec = defineRecord(
      'ym',
      { zh: '年度', en: 'years' },
      {
        years: fields
          .yearMap(
            fields
              .enum(['good', 'bad'], { good: { zh: '好', en: 'good' }, bad: { zh: '差', en: 'bad' } })
              .label('结果', 'Result'),
          )
          .label('年度结果', 'Results'),
      },
    );
    const normal = { '2023': 'good', '2024': 'bad' };
    expect(rec.parse({ years: normal }).years).toBe(normal);
    const chinese = { '2023': 'good', '2024': '差' };
    const out = rec.parse({ years: chinese }).years;
    expect(out).not.toBe(chinese);
    expect(out).toEqual({ '2023': 'good', '2024': 'bad' });
    expect(chinese).toEqual({ '2023': 'good', '2024': '差' });
    // Not a plain object: always copied into one.
    const odd = Object.assign(Object.create({ inherited: 1 }) as Record<string, string>, { '2023': 'good' });
    const copied = rec.parse({ years: odd }).years;
    expect(copied).not.toBe(odd);
    expect(Object.getPrototypeOf(copied)).toBe(Object.prototype);
    expect(rec.safeParse({ years: { '23': 'good', '2024': 'bad' } }).success).toBe(false);
  });
});

describe('maps, nullable fields, patterns and JSON values', () => {
  const entry = defineRecord(
    'entry',
    { zh: '条目', en: 'entry' },
    {
      from: fields.date().nullable().label('生效日期', 'date of effect'),
      value: fields.json().nullable().label('取值', 'value'),
      note: fields.text().optional().label('备注', 'note'),
    },
    { unknownKeys: 'strict' },
  );
  const book = defineRecord(
    'book',
    { zh: '簿', en: 'book' },
    {
      id: fields
        .text({
          pattern: /^[a-z][a-z0-9-]*$/,
          format: { zh: '小写字母开头的小写字母、数字或连字符', en: 'kebab-case' },
        })
        .label('编号', 'id'),
      entries: fields.map(fields.object(entry)).label('条目表', 'entries'),
      counts: fields
        .map(fields.integer({ min: 0 }).nullable().label('数量', 'count'))
        .optional()
        .label('计数', 'counts'),
    },
    { unknownKeys: 'strict' },
  );
  CUSTOM_SAMPLES['json'] = ['a', 0, 1.5, true, [1, 'b', null], { x: { y: [] } }];
  const issuesOf = (rec: RecordDef<unknown>, v: unknown) => {
    const r = rec.safeParse(v);
    expect(outcome(schemaParse(rec, v))).toEqual(outcome(r));
    return r.success ? [] : r.error.issues.map((i) => [i.code, i.path.join('.'), i.zh, i.en]);
  };

  it('differential: 5,000 valid, near-valid and arbitrary values, issues included', () => {
    differential(book as RecordDef<unknown>, 5_000);
    differential(entry as RecordDef<unknown>, 5_000);
  });

  it('a nullable field keeps null as its value; absent, a required one is still missing', () => {
    const ok = { id: 'a-1', entries: { x: { from: null, value: null } }, counts: { a: null, b: 2 } };
    expect(book.parse(ok)).toEqual(ok);
    expect(book.checkInPlace(ok, [], [])).toEqual(ok);
    expect(issuesOf(book as RecordDef<unknown>, { id: 'a', entries: { x: {} } })).toEqual([
      ['required', 'entries.x.from', '缺少必填字段「生效日期」', 'Required field "date of effect" is missing'],
      ['required', 'entries.x.value', '缺少必填字段「取值」', 'Required field "value" is missing'],
    ]);
  });

  it('a map refuses an empty name and names the map; its values are checked at their keys', () => {
    expect(issuesOf(book as RecordDef<unknown>, { id: 'a', entries: { '': { from: null, value: 1 } } })).toEqual([
      ['empty_key', 'entries.', '「条目表」中的名称不能为空', 'A name in "entries" must not be empty'],
    ]);
    expect(issuesOf(book as RecordDef<unknown>, { id: 'a', entries: { k: { from: 'x', value: 1 } } })[0]?.[1]).toBe(
      'entries.k.from',
    );
    expect(issuesOf(book as RecordDef<unknown>, { id: 'a', entries: [] })[0]?.[0]).toBe('invalid_type');
  });

  it('a pattern refuses text with the format in words, in both languages', () => {
    expect(issuesOf(book as RecordDef<unknown>, { id: 'A b', entries: {} })).toEqual([
      [
        'invalid_format',
        'id',
        '「编号」的格式不正确，应为小写字母开头的小写字母、数字或连字符：「A b」',
        '"id" is not in the right format (kebab-case): "A b"',
      ],
    ]);
    expect(() => fields.text({ pattern: /a/g, format: { zh: '甲', en: 'a' } })).toThrow(TypeError);
    expect(() => fields.text({ pattern: /a/ })).toThrow(TypeError);
  });

  it('a JSON value is taken as given; what is not JSON is named at its own path', () => {
    const value = { a: [1, { b: 'c' }], d: null };
    expect(entry.parse({ from: null, value }).value).toBe(value);
    expect(issuesOf(entry as RecordDef<unknown>, { from: null, value: [1, { b: undefined }] })).toEqual([
      [
        'invalid_type',
        'value.1.b',
        '「取值」只能含 JSON 值（文字、有限数字、是否、空值、列表、对象），实际为未定义',
        '"value" may hold only JSON values (text, finite numbers, booleans, null, lists, objects); received undefined',
      ],
    ]);
    expect(issuesOf(entry as RecordDef<unknown>, { from: null, value: Infinity })[0]?.[3]).toBe(
      '"value" may hold only JSON values (text, finite numbers, booleans, null, lists, objects); received a number that is not finite',
    );
    const deep = JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`) as unknown;
    expect(issuesOf(entry as RecordDef<unknown>, { from: null, value: deep })[0]?.[0]).toBe('too_deep');
  });

  it('a year map refuses a key that is not a year in both paths', () => {
    expect(issuesOf(rich as RecordDef<unknown>, { name: 'a', count: 1, years: { '23': 'good' } })).toEqual([
      [
        'invalid_year',
        'years.23',
        '「年度评价」的年度应为四位年份：「23」',
        'A year in "by year" must be a four-digit year: "23"',
      ],
    ]);
  });

  it('a list words its first 1,000 problems and counts the rest in one issue', () => {
    const days = defineRecord(
      'days',
      { zh: '日期表', en: 'days' },
      { days: fields.array(fields.date().label('日期', 'day')).label('日期', 'days') },
    );
    const r = days.safeParse({ days: new Array<number>(1500).fill(0) });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues).toHaveLength(1001);
    expect(r.error.issues.at(-1)).toMatchObject({
      code: 'too_many_issues',
      path: ['days'],
      zh: '「日期」中的问题过多，其余 500 项未检查',
      en: 'Too many problems in "days": the other 500 items were not checked',
    });
  });

  it('the JSON Schema: null beside a nullable value, names of a map non-empty, the pattern', () => {
    const s = book.jsonSchema() as { properties: Record<string, Record<string, unknown>> };
    expect(s.properties['id']).toMatchObject({ type: 'string', pattern: '^[a-z][a-z0-9-]*$' });
    expect(s.properties['entries']).toMatchObject({ type: 'object', propertyNames: { minLength: 1 } });
    const e = entry.jsonSchema() as { properties: Record<string, { anyOf?: unknown[] }>; required: string[] };
    expect(e.properties['from']!.anyOf?.[1]).toEqual({ type: 'null' });
    expect(e.required).toEqual(['from', 'value']);
  });
});
