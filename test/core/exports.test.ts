// The kit's public API is src/core/index.ts, by name: every value a core module exports for hosts, and none of the
// helpers documented @internal (the private Decimal constructor, unchecked date arithmetic, message quoting), which
// would otherwise become package API that takes no argument checks. The root entry re-exports the kit whole, and no
// entry point exports a helper that its own module documents @internal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index.js';
import * as divisionsTree from '../../src/divisions/tree.js';
import * as divisions from '../../src/divisions/index.js';
import * as root from '../../src/index.js';
import { ENTRY_POINTS } from '../fuzz/discover.js';

/** Names whose declaration in `file` has a doc comment tagged @internal. */
function internalNames(file: string): Set<string> {
  const out = new Set<string>();
  const text = readFileSync(file, 'utf8');
  const re =
    /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(?:\/\/[^\n]*\n\s*)*export (?:async )?(?:function|const|class|let) ([A-Za-z0-9_$]+)/g;
  for (const m of text.matchAll(re)) if (m[1]!.includes('@internal')) out.add(m[2]!);
  return out;
}

/** Every .ts module under `dir`, recursively. */
function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? modules(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** The core modules that src/core/index.ts re-exports (`export … from './x.js'`). */
function reexported(): string[] {
  const index = readFileSync('src/core/index.ts', 'utf8');
  return [...index.matchAll(/from '\.\/([\w-]+)\.js'/g)].map((m) => `src/core/${m[1]}.ts`);
}

const load = async (file: string) =>
  (await import(pathToFileURL(join(process.cwd(), file)).href)) as Record<string, unknown>;

describe('public exports', () => {
  it('core/index exports no @internal name and every non-internal value of the core modules it re-exports', async () => {
    const files = reexported();
    expect(files.length).toBeGreaterThan(15);
    // A module may pass on another's helper (money.ts re-exports decimal-string's): internal wherever it is declared.
    const internal = new Set(modules('src/core').flatMap((f) => [...internalNames(f)]));
    const leaked: string[] = [];
    const absent: string[] = [];
    for (const file of files) {
      const mod = await load(file);
      for (const [name, value] of Object.entries(mod)) {
        const exported = (core as Record<string, unknown>)[name];
        if (internal.has(name)) {
          if (name in core && exported === value) leaked.push(`${file}: ${name}`);
        } else if (exported !== value) absent.push(`${file}: ${name}`);
      }
    }
    expect(leaked).toEqual([]);
    expect(absent).toEqual([]);
    // The check is not vacuous: the core does have internal helpers (e.g. the private Decimal constructor).
    expect(internal.size).toBeGreaterThan(10);
    expect('Dec' in core).toBe(false);
  });

  it('the root entry re-exports the kit whole', () => {
    expect(
      Object.keys(core).filter((n) => (root as Record<string, unknown>)[n] !== (core as Record<string, unknown>)[n]),
    ).toEqual([]);
  });

  it('no entry point exports a helper its own module documents @internal', async () => {
    const leaked: string[] = [];
    for (const file of modules('src').filter((f) => !f.startsWith(join('src', 'cli')))) {
      const internal = internalNames(file);
      if (internal.size === 0) continue;
      const mod = await load(file);
      for (const [entry, exports] of Object.entries(ENTRY_POINTS)) {
        for (const name of internal)
          if (name in exports && exports[name] === mod[name]) leaked.push(`${entry}: ${name} (${file})`);
      }
    }
    expect(leaked).toEqual([]);
  });

  it('the divisions entry exports the tree parsers but not the internal buildTree', () => {
    expect('buildTree' in divisionsTree).toBe(true);
    expect('buildTree' in divisions).toBe(false);
    expect(divisions.parseDivisionTree).toBe(divisionsTree.parseDivisionTree);
  });
});
