/**
 * The functions the fuzz drives: every function (and class) exported by every public entry point, found by walking
 * the modules' exports rather than a hand-kept list, so a new export is fuzzed (or fails the spec test) at once. The
 * entry points themselves are found too: every subpath of package.json `exports` and every `src/<folder>/index.ts`
 * (a new domain folder is an entry point before it is even listed in package.json), the root being `src/index.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Folders of src/ that are not entry points: the kit (re-exported whole by the root) and the command line. */
const NOT_ENTRIES = new Set(['core', 'cli']);

/** Subpath → source file of each public entry point ('.' is the root). */
export function entryFiles(): Map<string, string> {
  const out = new Map<string, string>([['huaian-social-work', join(ROOT, 'src', 'index.ts')]]);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports?: Record<string, unknown> };
  const subpaths = new Set(
    Object.keys(pkg.exports ?? {})
      .filter((k) => k !== '.' && k !== './package.json' && k.startsWith('./'))
      .map((k) => k.slice(2)),
  );
  for (const d of readdirSync(join(ROOT, 'src'), { withFileTypes: true })) {
    if (d.isDirectory() && !NOT_ENTRIES.has(d.name) && existsSync(join(ROOT, 'src', d.name, 'index.ts')))
      subpaths.add(d.name);
  }
  for (const s of [...subpaths].sort()) out.set(`huaian-social-work/${s}`, join(ROOT, 'src', s, 'index.ts'));
  return out;
}

/** The public entry points, as in package.json `exports` (and every src/<folder>/index.ts). */
export const ENTRY_POINTS: Readonly<Record<string, Record<string, unknown>>> = Object.fromEntries(
  await Promise.all(
    [...entryFiles()].map(
      async ([name, file]) => [name, (await import(pathToFileURL(file).href)) as Record<string, unknown>] as const,
    ),
  ),
);

/** Exported functions by export name (one entry per function object; the root re-exports the domains' ones). */
export function exportedFunctions(): Map<string, (...args: unknown[]) => unknown> {
  const out = new Map<string, (...args: unknown[]) => unknown>();
  for (const [entry, mod] of Object.entries(ENTRY_POINTS)) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      const known = out.get(name);
      if (known !== undefined && known !== value)
        throw new Error(`two different functions are exported as ${name} (one from ${entry})`);
      out.set(name, value as (...args: unknown[]) => unknown);
    }
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
