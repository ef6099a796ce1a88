/**
 * Checks of the arguments of the /testing functions (options, registries, cases, results, test functions, streams),
 * so a wrong argument from a host is a PolicyError naming it, never a TypeError from deep inside a run.
 * Objects may carry other fields; only what the functions read is checked. Schemas are built on first use.
 * @module
 * @internal
 */
import * as z from 'zod/mini';
import { typeName, type IssuePath } from '../core/errors.js';
import { checkProfile } from '../core/profile.js';
import { schemaParser, type SchemaParser } from '../core/zod-issues.js';
import { testingCheck, testingFail } from './messages.js';

const fn = () =>
  z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', {
    params: testingCheck('not_a_function'),
  });

function build() {
  const text = z.string();
  const int = z.number().check(z.int());
  const bilingual = z.object({ zh: text, en: text });
  const registry = z.record(
    text,
    z.object({
      label: bilingual,
      aliases: z.optional(z.array(text)),
      run: fn(),
      profile: z.optional(fn()),
      profileIds: z.optional(fn()),
      defaultProfile: z.optional(fn()),
      explain: z.optional(fn()),
    }),
  );
  const object = () =>
    z.custom<object>((v) => typeof v === 'object' && v !== null, {
      params: testingCheck('not_an_object'),
    });
  const profiles = z.record(text, object());
  const record = z.record(text, z.unknown());
  const origin = z.object({
    file: z.optional(text),
    line: z.optional(int),
    column: z.optional(int),
    lines: z.optional(z.record(text, int)),
  });
  const policyCase = z.object({
    name: text.check(z.minLength(1)),
    computation: text.check(z.minLength(1)),
    description: z.optional(text),
    source: z.optional(z.union([text, z.array(text)])),
    profile: z.optional(z.union([text, object()])),
    overrides: z.optional(record),
    asOf: z.optional(text),
    input: z.optional(z.unknown()),
    options: z.optional(record),
    expect: z.optional(record),
    expectError: z.optional(record),
    tolerance: z.optional(text),
    origin: z.optional(origin),
  });
  const caseIssue = z.object({ code: text, path: text, zh: text, en: text });
  const result = z.object({
    name: text,
    status: z.enum(['pass', 'fail', 'error']),
    case: z.object({
      origin: z.optional(origin),
      description: z.optional(text),
      source: z.optional(z.union([text, z.array(text)])),
    }),
    mismatches: z.array(
      z.object({ path: text, expected: z.unknown(), actual: z.unknown(), kind: text, line: z.optional(int) }),
    ),
    error: z.optional(
      z.object({ stage: z.enum(['setup', 'overrides', 'compute']), line: z.optional(int), issues: z.array(caseIssue) }),
    ),
    explanation: z.optional(bilingual),
  });
  const lang = z.optional(z.enum(['zh', 'en']));
  const sink = z.union([fn(), z.object({ write: fn() })]);
  return {
    fileOptions: schemaParser(z.object({ file: z.optional(text), computations: z.optional(registry) })),
    runOptions: schemaParser(z.object({ computations: z.optional(registry), profiles: z.optional(profiles) })),
    describeOptions: schemaParser(
      z.object({ computations: z.optional(registry), profiles: z.optional(profiles), lang, name: z.optional(text) }),
    ),
    reportOptions: schemaParser(
      z.object({
        lang,
        passed: z.optional(z.boolean()),
        explanations: z.optional(z.boolean()),
        summary: z.optional(z.boolean()),
      }),
    ),
    policyCase: schemaParser(policyCase),
    cases: schemaParser(z.array(policyCase)),
    results: schemaParser(z.array(result)),
    testFunctions: schemaParser(z.object({ describe: fn(), it: fn(), expect: z.optional(fn()) })),
    streams: schemaParser(z.object({ stdout: sink, stderr: sink })),
    argv: schemaParser(z.array(text)),
  };
}

let parsers: ReturnType<typeof build> | undefined;

/** The argument checks (built on first use). @internal */
export function argumentParsers(): ReturnType<typeof build> {
  return (parsers ??= build());
}

/** Checks options with `parser`; also each host profile in `profiles` (shape only). @internal */
export function checkOptions(parser: SchemaParser<unknown>, options: unknown, path: IssuePath = ['options']): void {
  if (options === undefined) return;
  parser.parse(options, path);
  const profiles = (options as { profiles?: Record<string, unknown> }).profiles;
  if (profiles !== undefined)
    for (const [id, p] of Object.entries(profiles)) checkProfile(p, [...path, 'profiles', id]);
}

/** The language argument: `zh` or `en`. @internal */
export function langArg(lang: unknown, path: IssuePath = ['lang']): 'zh' | 'en' {
  if (lang !== 'zh' && lang !== 'en')
    testingFail('bad_lang', path, { allowed: ['zh', 'en'], received: typeName(lang) });
  return lang;
}
