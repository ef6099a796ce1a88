/**
 * What a case can compute: a named function from (input, date, profile, options) to a result, plus how to find its
 * profiles and explain its result. The built-in registry wires the library's domains; a host adds its own.
 * @module
 */
import type { Bilingual, Profile } from '../core/index.js';
import type { Lang } from './case.js';

/**
 * What a computation receives besides its input.
 * @category Testing
 */
export interface ComputationContext {
  /** The case's date, if it has one. */
  readonly asOf?: string;
  /** The profile to use (already patched with the case's overrides), if the case names one or has overrides. */
  readonly profile?: Profile;
  /** The case's extra options. */
  readonly options: Readonly<Record<string, unknown>>;
}

/**
 * A computation a case can name.
 * @category Testing
 * @example
 * ```ts
 * const double: PolicyComputation = {
 *   label: { zh: '加倍', en: 'Double' },
 *   run: (input) => ({ value: 2 * (input as number) }),
 * };
 * runPolicyCases(cases, { computations: { double } });
 * ```
 */
export interface PolicyComputation {
  /** What it computes, for reports. */
  readonly label: Bilingual;
  /** Other names a case may use for it (e.g. Chinese names). */
  readonly aliases?: readonly string[];
  /** Computes the result; throws a `PolicyError` for bad input. */
  run(input: unknown, context: ComputationContext): unknown;
  /** The shipped profile with this id, if any. */
  profile?(id: string): Profile | undefined;
  /** Ids of the shipped profiles, for the message when a case names an unknown one. */
  profileIds?(): readonly string[];
  /** The profile that `overrides` patch when a case names no profile. */
  defaultProfile?(): Profile;
  /** A readable account of how the result was reached; by default the result's `explanation` is formatted. */
  explain?(result: unknown, lang: Lang): string | undefined;
}

/** Computations by name. @category Testing */
export type ComputationRegistry = Readonly<Record<string, PolicyComputation>>;

/**
 * The name a case's `computation` value refers to in a registry (by name or alias), or undefined.
 * @internal
 */
export function resolveComputationName(registry: ComputationRegistry, name: string): string | undefined {
  if (Object.hasOwn(registry, name)) return name;
  for (const [key, c] of Object.entries(registry)) if (c.aliases?.includes(name)) return key;
  return undefined;
}
