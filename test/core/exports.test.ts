// The root entry re-exports the core by name: every core export documented for hosts, and none of the helpers
// documented @internal (the private Decimal constructor, unchecked date arithmetic), which would otherwise become
// package API that takes no argument checks.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index.js';
import * as divisionsTree from '../../src/divisions/tree.js';
import * as divisions from '../../src/divisions/index.js';
import * as root from '../../src/index.js';

/** Names whose declaration in `dir` has a doc comment tagged @internal. */
function internalNames(dir: string): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(`${dir}/${f}`, 'utf8');
    const re = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(?:\/\/[^\n]*\n\s*)*export (?:async )?(?:function|const|class|let) ([A-Za-z0-9_$]+)/g;
    for (const m of text.matchAll(re)) if (m[1]!.includes('@internal')) out.add(m[2]!);
  }
  return out;
}

describe('public exports', () => {
  it('the root entry exports every non-internal core value and no internal one', () => {
    const internal = internalNames('src/core');
    const names = Object.keys(core);
    expect(names.filter((n) => internal.has(n) && n in root)).toEqual([]);
    expect(names.filter((n) => !internal.has(n) && (root as Record<string, unknown>)[n] !== (core as Record<string, unknown>)[n])).toEqual([]);
    // The check is not vacuous: the core does have internal helpers (e.g. the private Decimal constructor).
    expect(names.filter((n) => internal.has(n))).toContain('Dec');
  });

  it('the divisions entry exports the tree parsers but not the internal buildTree', () => {
    expect('buildTree' in divisionsTree).toBe(true);
    expect('buildTree' in divisions).toBe(false);
    expect(divisions.parseDivisionTree).toBe(divisionsTree.parseDivisionTree);
  });
});
