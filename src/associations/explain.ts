/**
 * Builds the {@link Explanation} of a review: the rules applied (one per finding) and the parameters read with their
 * sources. The parameter list and the provisional-value warnings come precomputed from the plan (see `plan.ts`),
 * so a batch of reviews shares them instead of rebuilding them per review.
 * @module
 */
import type { LegacyExplanation as Explanation, ParameterRead, Profile, RuleApplication, Warning } from '../core/index.js';
import type { Finding } from './findings.js';

/** Adds a warning unless one with the same code and text is there (as the core Tracer does). @internal */
export function addWarning(list: Warning[], w: Warning): void {
  for (const x of list) if (x.code === w.code && x.en === w.en) return;
  list.push(w);
}

const NO_INTERMEDIATES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({});
const refs = /* @__PURE__ */ new WeakMap<Profile, { readonly id: string; readonly version: string }>();

function profileRef(profile: Profile): { readonly id: string; readonly version: string } {
  let r = refs.get(profile);
  if (r === undefined) {
    r = Object.freeze({ id: profile.id, version: profile.version });
    refs.set(profile, r);
  }
  return r;
}

/** Warnings of one review: provisional parameters, then the findings' own, then inherited ones (once each). @internal */
export function collectWarnings(provisional: readonly Warning[], findings: readonly Finding[], inherited: readonly Warning[] = []): Warning[] {
  const warnings: Warning[] = provisional.length === 0 ? [] : provisional.slice();
  // Indexed loops: most findings share one frozen empty array, which for-of iterates on a slow path.
  for (let i = 0; i < findings.length; i++) {
    const ws = findings[i]!.warnings;
    for (let j = 0; j < ws.length; j++) addWarning(warnings, ws[j]!);
  }
  for (let i = 0; i < inherited.length; i++) addWarning(warnings, inherited[i]!);
  return warnings;
}

/** The explanation of one review. @internal */
export function explain(profile: Profile, asOf: string, parameters: readonly ParameterRead[], findings: readonly Finding[], warnings: readonly Warning[]): Explanation {
  const rules: RuleApplication[] = [];
  for (const f of findings) rules.push({ rule: f.rule, text: { zh: f.zh, en: f.en }, inputs: f.inputs, result: f.outcome, source: f.citation });
  return { profile: profileRef(profile), asOf, rules, parameters, intermediates: NO_INTERMEDIATES, warnings };
}
