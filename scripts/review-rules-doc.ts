// Writes the list of review rules into reviewCandidate's TSDoc (src/associations/review.ts, between the
// `<!-- rules:start -->` and `<!-- rules:end -->` lines), from the rule registry, so the documentation lists exactly
// the registered rules with their parameters. test/associations/rules-doc.test.ts checks that the file is current.
// Run: node --import tsx scripts/review-rules-doc.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReviewRule } from '../src/associations/rule.js';
import { REVIEW_RULES } from '../src/associations/rules/index.js';

const FILE = fileURLToPath(new URL('../src/associations/review.ts', import.meta.url));
const START = ' * <!-- rules:start -->';
const END = ' * <!-- rules:end -->';

/** The lines of the list (TSDoc comment lines). */
export function ruleListLines(): string[] {
  return (REVIEW_RULES as readonly ReviewRule[]).map((r) => {
    const phase = r.phase === 'post-election' ? ' (post-election only)' : '';
    return ` * - \`${r.id}\`${phase}: ${r.doc} [\`${r.parameter}\`]`;
  });
}

/** The file's content with the list regenerated. */
export function withRuleList(source: string): string {
  const lines = source.split('\n');
  const from = lines.indexOf(START);
  const to = lines.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${FILE}: markers not found`);
  return [...lines.slice(0, from + 1), ...ruleListLines(), ...lines.slice(to)].join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(FILE, withRuleList(readFileSync(FILE, 'utf8')));
  console.log('review rules: written into src/associations/review.ts');
}
