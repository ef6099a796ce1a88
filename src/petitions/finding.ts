/**
 * A check's finding: pass, fail, undetermined (naming what is missing) or not applicable, with the article.
 * @module
 */
import type { Bilingual, Source } from '../core/index.js';
import { stripEn } from './milestones.js';

/**
 * What one check found about one item.
 * @category Petitions
 */
export interface CheckFinding {
  /** Stable rule id (`petition.groupVisit`, `petition.superiorDuplicate`, `petition.afterReexam`, `suggestion.element.topic`, …). */
  readonly rule: string;
  /** The rule's name. */
  readonly label: Bilingual;
  /** What it decided. */
  readonly outcome: 'pass' | 'fail' | 'undetermined' | 'not_applicable';
  /** Why, in Chinese. */
  readonly zh: string;
  /** Why, in English. */
  readonly en: string;
  /** The article applied (a comparator says so in its article). */
  readonly citation: Source;
  /** For `undetermined`: the inputs (`representatives`, `prior.acceptedOn`) or parameters missing; else empty. */
  readonly missing: readonly string[];
}

/** Builds a finding (and traces it as a rule application). @internal */
export function finding(
  scope: {
    readonly trace: {
      readonly recording: boolean;
      rule(a: { rule: string; text: Bilingual; outcome: CheckFinding['outcome']; source: Source }): void;
    };
  },
  rule: string,
  label: Bilingual,
  outcome: CheckFinding['outcome'],
  text: Bilingual,
  citation: Source,
  missing: readonly string[] = [],
): CheckFinding {
  const source = stripEn(citation);
  if (scope.trace.recording) scope.trace.rule({ rule, text, outcome, source });
  return { rule, label, outcome, zh: text.zh, en: text.en, citation: source, missing };
}
