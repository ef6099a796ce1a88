// TypeDoc @examples run as tests: every ```ts block in an @example of the source the package's entry points reach
// (@internal comments and @internal modules left out) runs with every public export of the root entry and the
// subpaths in scope. `expr; // value` (or the value on the next comment line) asserts the value when it is a literal
// (true, false, null, undefined, a number, a quoted string, an array or object of those); `// throws PolicyError
// 'code'` asserts a PolicyError with that code (and `at [path]` / `path [path]` its path). Examples that need host
// objects the example does not define are skipped by the explicit list below, each with its reason.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';

const root = process.cwd();

/** Entry files: package.json exports mapped from dist to src. */
function entries(): { subpath: string; file: string }[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  return Object.keys(pkg.exports)
    .filter((k) => k !== './package.json')
    .map((k) => ({ subpath: k, file: join(root, 'src', k === '.' ? '' : k.slice(2), 'index.ts') }));
}

/** Every .ts file the entries reach through relative imports and re-exports. */
function reachable(): string[] {
  const seen = new Set<string>();
  const todo = entries().map((e) => e.file);
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const spec = m[1]!;
      if (spec.endsWith('.json')) continue;
      const base = resolve(dirname(file), spec.replace(/\.js$/, ''));
      const target = [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
      if (target !== undefined) todo.push(target);
    }
  }
  return [...seen].sort();
}

interface Example {
  /** `file:line` of the block. */
  readonly where: string;
  readonly code: string;
}

/** Every name the package's entries export (the root entry and the subpaths), read from the entry files' source. */
async function publicNames(): Promise<Set<string>> {
  const names = new Set<string>();
  for (const e of entries()) for (const k of Object.keys((await import(e.file)) as object)) names.add(k);
  return names;
}

/**
 * The ```ts blocks of the @example tags of a file's doc comments, leaving out @internal ones, @internal modules and
 * the comments of exported declarations no entry exports (not in the API reference). Comments of members (methods,
 * fields) are kept.
 */
function examplesOf(file: string, exported: ReadonlySet<string>): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const body = m[1]!;
    if (/@internal\b/.test(body)) {
      if (/@module\b/.test(body)) return [];
      continue;
    }
    const declared =
      /^\s*export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/.exec(
        text.slice(m.index + m[0].length),
      );
    if (declared !== null && !exported.has(declared[1]!)) continue;
    const lines = body.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    let inExample = false;
    let block: string[] | undefined;
    let start = 0;
    const line0 = text.slice(0, m.index).split('\n').length;
    lines.forEach((l, i) => {
      if (block !== undefined) {
        if (/^\s*```\s*$/.test(l)) {
          out.push({ where: `${relative(root, file)}:${line0 + start}`, code: block.join('\n') });
          block = undefined;
        } else block.push(l);
        return;
      }
      if (/^@\w+/.test(l.trim())) inExample = l.trim().startsWith('@example');
      if (inExample && /^\s*```ts\s*$/.test(l)) {
        block = [];
        start = i + 1;
      }
    });
  }
  return out;
}

/** A JS literal at the start of `text` (the rest may be prose), or nothing. */
function literalAt(text: string): { value: unknown } | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === "'" || c === '"') {
      let s = '';
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\') {
          i++;
          s += ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[text[i]!] ?? text[i];
          i++;
        } else s += text[i++];
      }
      if (text[i] !== c) throw new Error('string');
      i++;
      return s;
    }
    if (c === '[') {
      i++;
      const a: unknown[] = [];
      ws();
      if (text[i] === ']') return (i++, a);
      for (;;) {
        a.push(value());
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return (i++, a);
        else throw new Error('array');
      }
    }
    if (c === '{') {
      i++;
      const o: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') return (i++, o);
      for (;;) {
        ws();
        let key: string;
        if (text[i] === "'" || text[i] === '"') key = value() as string;
        else {
          const k = /^[A-Za-z_$][\w$]*/.exec(text.slice(i));
          if (k === null) throw new Error('key');
          key = k[0];
          i += key.length;
        }
        ws();
        if (text[i] !== ':') throw new Error('colon');
        i++;
        o[key] = value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return (i++, o);
        else throw new Error('object');
      }
    }
    const w = /^(?:true|false|null|undefined|-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)(?![\w.])/.exec(text.slice(i));
    if (w === null) throw new Error('literal');
    i += w[0].length;
    const words: Record<string, unknown> = { true: true, false: false, null: null, undefined: undefined };
    return w[0] in words ? words[w[0]] : Number(w[0]);
  };
  try {
    const v = value();
    // A literal followed by more of an expression (`3 + x`, `'a' or 'b'`) is read as the literal; one followed by
    // letters glued to it is not a literal.
    if (i < text.length && /[\w$]/.test(text[i]!)) return undefined;
    return { value: v };
  } catch {
    return undefined;
  }
}

/** What a statement's comment claims. */
type Claim = { kind: 'value'; value: unknown } | { kind: 'throws'; code?: string; path?: unknown } | undefined;

function claimOf(comment: string): Claim {
  const c = comment.replace(/^\/\/\s*/, '').trim();
  const t = /^throws\b[:\s]*(?:PolicyError\b)?[,:\s]*(?:code\s*)?(?:'([a-z_]+)'|([a-z_]+)\b)?(.*)$/.exec(c);
  if (t !== null) {
    const path = /\b(?:at|path) (\[[^\]]*\])/.exec(t[3] ?? '');
    return { kind: 'throws', code: t[1] ?? t[2], path: path === null ? undefined : literalAt(path[1]!)?.value };
  }
  const v = literalAt(c);
  return v === undefined ? undefined : { kind: 'value', value: v.value };
}

/** The example rewritten so that each claimed statement is checked; the count of checks. */
function instrument(code: string): { js: string; checks: number } {
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const parts: string[] = [];
  let checks = 0;
  const stmts = sf.statements;
  stmts.forEach((s, k) => {
    const end = k + 1 < stmts.length ? stmts[k + 1]!.getStart(sf) : code.length;
    const after = code.slice(s.end, end).split('\n');
    // The comment on the statement's own line, else a comment line right under it.
    const same = after[0]!.trim();
    const next = after.length > 1 ? after[1]!.trim() : '';
    const comment = same.startsWith('//') ? same : same === '' && next.startsWith('//') ? next : '';
    const claim = comment === '' ? undefined : claimOf(comment);
    if (ts.isImportDeclaration(s)) {
      const mod = (s.moduleSpecifier as ts.StringLiteral).text;
      if (mod.startsWith('huaian-social-work')) return; // its names are in scope
      const clause = s.importClause;
      const names =
        clause?.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings)
          ? clause.namedBindings.getText(sf)
          : '{}';
      parts.push(`const ${names} = await __import(${JSON.stringify(mod)});`);
      return;
    }
    // An example may show a host module's declarations (`export const …`): run them as plain declarations.
    const text = s.getText(sf).replace(/^export\s+(?:default\s+)?/, '');
    if (claim?.kind === 'throws') {
      checks++;
      parts.push(
        `await __throws(async () => { ${text} }, ${JSON.stringify(claim.code ?? null)}, ${JSON.stringify(claim.path ?? null)});`,
      );
    } else if (claim?.kind === 'value' && ts.isExpressionStatement(s)) {
      checks++;
      parts.push(
        `await __value(async () => (${s.expression.getText(sf)}), ${JSON.stringify(claim.value === undefined ? { undefined: true } : { value: claim.value })});`,
      );
    } else parts.push(text);
  });
  const js = transformSync(`{\n${parts.join('\n')}\n}`, { loader: 'ts', format: 'esm', target: 'es2022' }).code;
  return { js, checks };
}

/**
 * Examples that cannot run here, each with its reason: they use host objects (a roster, a file, a host's profile)
 * that the example names but does not define. Each is named by its file and a piece of its code (line numbers move
 * as the source is edited); each must match exactly one example.
 */
const SKIPPED: readonly (readonly [file: string, code: string, reason: string])[] = [
  ['src/associations/records.ts', 'parsePerson(row)', 'a host sheet `row`'],
  ['src/committees/committee.ts', 'checkCommitteesBatch(ledger', "a host's committee `ledger`"],
  ['src/core/options.ts', 'readOptions({ rules }', "a host's `rules` array"],
  [
    'src/core/parameters.ts',
    "valueOn(p, '2025-06-30')",
    'a parameter `p` with dated values (no shipped one has the values shown)',
  ],
  [
    'src/core/parameters.ts',
    'changeDates(parameter,',
    'a `parameter` with dated values (no shipped one changes in 2024)',
  ],
  ['src/core/profile.ts', "readFileSync('my-city.json'", "reads a host's profile file from disk"],
  ['src/core/profile.ts', "writeFileSync('my-city.json'", "writes a host's profile file to disk"],
  [
    'src/core/registry.ts',
    "import huaian from './profiles/huaian.json'",
    "a domain's own `./profiles/huaian.json` module",
  ],
  ['src/core/work-calendar.ts', "readFileSync('2027.json'", "reads a host's 2027 calendar file from disk"],
  ['src/core/work-calendar.ts', 'calendar: notice2027Json', "a host's 2027 notice JSON `notice2027Json`"],
  ['src/coverage/indicator.ts', 'compute(ctx) { … }', 'a sketch of an indicator (its `compute` body elided)'],
  ['src/coverage/indicator.ts', "ctx.measure('township')", "an indicator's `ctx` and units, inside `compute`"],
  [
    'src/coverage/indicators/committee-standardization.ts',
    "computeCoverage('committee_standardization', registry",
    "a host's `registry`",
  ],
  [
    'src/coverage/indicators/unit-status.ts',
    'new UnitStates(ctx.tree.units.length)',
    "an indicator's `ctx` and units, inside `compute`",
  ],
  ['src/coverage/report.ts', 'coverageReport(registry', "a host's `registry`"],
  ['src/coverage/training.ts', 'trainingStandings(rows', "a host's training `rows` and an evaluation `scope`"],
  ['src/divisions/tree.ts', "readFileSync('my-city.json'", "reads a host's division tree file from disk"],
  ['src/entities/committee.ts', ".extend('assembly', label,", 'the module-internal `label` helper'],
  ['src/entities/fields.ts', "idListField(label('覆盖单位'", 'the module-internal `label` helper'],
  ['src/ratings/eligibility.ts', 'ratingEligibilityBatch(applicants', "a host's `applicants`"],
  ['src/ratings/status.ts', 'ratingStatusBatch(register', "a host's grade `register`"],
  ['src/salary/batch.ts', 'computeSalaries(roster', "a host's `roster` and `myCityProfile`"],
  ['src/sheets/xlsx.ts', 'readXlsx(bytes', "a host's workbook `bytes`"],
  [
    'src/testing/describe.ts',
    'describePolicyCases',
    'registers vitest suites: runs at the top level of a test file, not inside a test',
  ],
  ['src/testing/report.ts', 'runPolicyCases(cases)', "a host's `cases`"],
  ['src/testing/run.ts', 'parseCaseFile(text', "a host's case file `text`"],
  ['src/workforce/checks.ts', 'workers: roster }, { asOf', "a host's `roster`"],
  ['src/workforce/checks.ts', 'averagePayCheck(roster', "a host's `roster` and `myCityPay`"],
  ['src/workforce/checks.ts', 'rosterTargets(roster', "a host's `roster`"],
  ['src/workforce/checks.ts', 'for (const chunk of chunks)', "a host's `chunks`, `write` and `residents`"],
  ['src/workforce/checks.ts', 'workforceReport({ workers: roster, residents }', "a host's `roster` and `residents`"],
];

const skipOf = (e: Example) => SKIPPED.find(([file, code]) => e.where.startsWith(`${file}:`) && e.code.includes(code));

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...a: unknown[]) => Promise<void>;

async function publicScope(): Promise<Map<string, unknown>> {
  const scope = new Map<string, unknown>();
  for (const e of entries()) {
    const mod = (await import(e.file)) as Record<string, unknown>;
    for (const [k, v] of Object.entries(mod)) if (!scope.has(k)) scope.set(k, v);
  }
  return scope;
}

const exported = await publicNames();
const all = reachable().flatMap((f) => examplesOf(f, exported));

describe('TypeDoc @examples', () => {
  it('are found in the entry points’ source, and all but a few run', () => {
    expect(all.length).toBeGreaterThan(150);
    expect(SKIPPED.length).toBeLessThan(all.length / 8);
    for (const [file, code] of SKIPPED)
      expect(
        all.filter((e) => e.where.startsWith(`${file}:`) && e.code.includes(code)).length,
        `skip entry ${file}: ${code}`,
      ).toBe(1);
    // Most examples state what they give: those claims are checked, not only run.
    const run = all.filter((e) => skipOf(e) === undefined);
    const checks = run.reduce((n, e) => n + instrument(e.code).checks, 0);
    console.log(
      `examples: ${run.length} run, ${all.length - run.length} skipped, ${checks} values and refusals asserted`,
    );
    expect(checks).toBeGreaterThan(300);
  });

  const runnable = all.filter((e) => skipOf(e) === undefined);
  const scopeOnce = publicScope();
  it.each(runnable.map((e) => [e.where, e] as const))('%s runs as written', async (_, e) => {
    const scope = await scopeOnce;
    const { js } = instrument(e.code);
    const __throws = async (f: () => Promise<void>, code: string | null, path: unknown) => {
      let error: unknown;
      try {
        await f();
      } catch (x) {
        error = x;
      }
      expect(error, `expected a PolicyError in ${e.where}`).toBeInstanceOf(PolicyError);
      if (code !== null) expect((error as PolicyError).issues.map((i) => i.code)).toContain(code);
      if (path !== null) expect((error as PolicyError).issues.map((i) => i.path)).toContainEqual(path);
    };
    const __value = async (f: () => Promise<unknown>, expected: { value?: unknown; undefined?: true }) => {
      const actual = await f();
      if (expected.undefined === true) expect(actual).toBeUndefined();
      else expect(actual).toEqual(expected.value);
    };
    const names = [...scope.keys()];
    const __import = (mod: string) => import(mod);
    // What an example prints is rendered (so a renderer that throws fails it) but not shown.
    const quiet = { ...console, log: (...a: unknown[]) => void a.map(String), warn: () => {}, info: () => {} };
    const sink = { write: () => true };
    const quietProcess = new Proxy(process, {
      get: (t, k) => (k === 'stdout' || k === 'stderr' ? sink : Reflect.get(t, k)),
    });
    await new AsyncFunction(...names, '__throws', '__value', '__import', 'console', 'process', js)(
      ...names.map((n) => scope.get(n)),
      __throws,
      __value,
      __import,
      quiet,
      quietProcess,
    );
  });
});
