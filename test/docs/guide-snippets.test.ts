// The guide's TypeScript snippets type-check: every ```ts block of the guides and docs/sheets.md is written to a temp
// folder as a module importing the package by its names ('huaian-social-work', 'huaian-social-work/<subpath>'),
// mapped to the source by `paths`, and type-checked in one program (the TypeScript API, as `tsc --noEmit` would, but
// reporting only the snippets' own errors, which keeps it fast: the source has its own type check).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const DOCS = ['docs/guide/en.md', 'docs/guide/zh.md', 'docs/guide/engine-contract.md', 'docs/sheets.md'];

/**
 * Names a snippet uses for the host's own data, declared for it (a snippet shows a call on them, not how the host
 * reads them): each with its type.
 */
const HOST_NAMES: Readonly<Record<string, string>> = {
  rows: 'unknown[]', // the roster rows the host read (computeSalaries takes unknown input and checks it)
  worker: 'unknown', // one worker the host read
};

interface Snippet {
  readonly where: string;
  readonly code: string;
}

function snippets(): Snippet[] {
  const out: Snippet[] = [];
  for (const doc of DOCS) {
    const lines = readFileSync(join(root, doc), 'utf8').split('\n');
    let block: string[] | undefined;
    let start = 0;
    lines.forEach((l, i) => {
      if (block === undefined) {
        if (/^\s*```(ts|typescript)\s*$/.test(l)) {
          block = [];
          start = i + 2;
        }
      } else if (/^\s*```\s*$/.test(l)) {
        out.push({ where: `${doc}:${start}`, code: block.join('\n') });
        block = undefined;
      } else block.push(l);
    });
  }
  return out;
}

/** Subpath → source entry, from package.json's exports. */
function paths(): Record<string, string[]> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
  };
  const out: Record<string, string[]> = {};
  for (const k of Object.keys(pkg.exports)) {
    if (k === './package.json') continue;
    out[k === '.' ? pkg.name : `${pkg.name}/${k.slice(2)}`] = [
      join(root, 'src', k === '.' ? '' : k.slice(2), 'index.ts'),
    ];
  }
  return out;
}

mkdirSync(join(root, '.tmp'), { recursive: true });
const dir = mkdtempSync(join(root, '.tmp', 'guide-snippets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('guide TypeScript snippets', () => {
  const all = snippets();

  it('are found', () => {
    expect(all.length).toBeGreaterThanOrEqual(6);
  });

  it('type-check against the source (one program for all)', () => {
    const files = all.map((s, i) => {
      const used = Object.keys(HOST_NAMES).filter(
        (n) => new RegExp(`\\b${n}\\b`).test(s.code) && !new RegExp(`\\b(?:const|let|var)\\s+${n}\\b`).test(s.code),
      );
      const preamble = used.map((n) => `declare const ${n}: ${HOST_NAMES[n]};`).join(' ');
      const file = join(dir, `snippet-${i}.ts`);
      // The preamble shares the first line with the snippet's first line, so line numbers stay the snippet's own.
      writeFileSync(file, `${preamble}${s.code}\nexport {};\n`);
      return { file, where: s.where };
    });
    const base = ts.getParsedCommandLineOfConfigFile(
      join(root, 'tsconfig.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
    )!;
    const program = ts.createProgram(
      files.map((f) => f.file),
      { ...base.options, noEmit: true, paths: paths(), noUnusedLocals: false },
    );
    const errors: string[] = [];
    for (const { file, where } of files) {
      const sf = program.getSourceFile(file)!;
      for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
        const line = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line;
        const [doc, first] = where.split(':');
        errors.push(`${doc}:${Number(first) + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
