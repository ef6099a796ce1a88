// The examples in docs/guide/*.md cannot rot: every `$ huaian-sw …` line in a ```console block is run here and
// its output (stderr, then stdout, as a terminal shows them) must match the lines below it; a following
// `$ echo $?` line checks the exit code. After an intended change, refresh the blocks with
//   UPDATE_GUIDE=1 npx vitest run test/cli/guide.test.ts --project UTC
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { memoryIO } from './memory-io.js';

const GUIDES = ['docs/guide/zh.md', 'docs/guide/en.md'];
const UPDATE = process.env.UPDATE_GUIDE === '1';

interface Example {
  readonly argv: string[];
  readonly expected: string;
  readonly exit?: number;
  /** Line range of the output in the file (start inclusive, end exclusive), for updating. */
  readonly from: number;
  readonly to: number;
  readonly exitLine?: number;
}

function examples(lines: string[]): Example[] {
  const out: Example[] = [];
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```')) {
      inBlock = !inBlock && line.trim() === '```console';
      continue;
    }
    if (!inBlock) continue;
    const m = /^\$ (?:npx )?huaian-sw (.*)$/.exec(line);
    if (!m) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j]!.startsWith('$ ') && !lines[j]!.startsWith('```')) j++;
    const ex: Example = {
      argv: m[1]!.trim().split(/\s+/),
      expected: lines.slice(i + 1, j).join('\n'),
      from: i + 1,
      to: j,
    };
    if (lines[j] === '$ echo $?') out.push({ ...ex, exit: Number(lines[j + 1]), exitLine: j + 1 });
    else out.push(ex);
    i = j - 1;
  }
  return out;
}

async function runExample(argv: string[]): Promise<{ text: string; code: number }> {
  const m = memoryIO();
  const code = await run(argv, m.io);
  const text = (m.stderr() + m.stdout())
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
  return { text, code };
}

describe.each(GUIDES)('examples in %s', (file) => {
  const lines = readFileSync(file, 'utf8').split('\n');
  const list = examples(lines);
  it('has examples', () => {
    expect(list.length).toBeGreaterThan(3);
  });
  if (UPDATE) {
    it('updates the outputs', async () => {
      // From the last example up, so that earlier line numbers stay valid.
      for (const ex of [...list].reverse()) {
        const r = await runExample(ex.argv);
        if (ex.exitLine !== undefined) lines[ex.exitLine] = String(r.code);
        lines.splice(ex.from, ex.to - ex.from, ...(r.text === '' ? [] : r.text.split('\n')));
      }
      writeFileSync(file, lines.join('\n'));
    });
    return;
  }
  it.each(list.map((e) => [e.argv.join(' '), e] as const))('huaian-sw %s', async (_name, ex) => {
    const r = await runExample(ex.argv);
    expect(r.text).toBe(ex.expected);
    if (ex.exit !== undefined) expect(r.code).toBe(ex.exit);
  });
});
