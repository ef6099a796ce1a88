import { describe, expect, it } from 'vitest';
import { COMMAND_OPTIONS } from '../../src/cli/args.js';
import { run } from '../../src/cli/run.js';
import { memoryIO } from './memory-io.js';

// Every option a command accepts is in its --help, in both languages, and every option its --help names is accepted:
// an option the parser takes but the help leaves out (or the reverse) is how --indicators went unnoticed.
const READS_QUIET = new Set(['salary', 'workforce', 'coverage']);

async function help(command: string, lang: 'zh' | 'en'): Promise<string> {
  const m = memoryIO();
  expect(await run([command, '--help', '--lang', lang], m.io)).toBe(0);
  return m.stdout();
}

describe('each command’s --help documents exactly the options it takes', () => {
  const commands = Object.keys(COMMAND_OPTIONS).filter((c) => c !== 'demo');

  it.each(commands)('%s', async (command) => {
    const own = Object.keys(COMMAND_OPTIONS[command]!);
    const documented = [...own, 'lang', 'help', ...(READS_QUIET.has(command) ? ['quiet'] : [])];
    for (const lang of ['zh', 'en'] as const) {
      const text = await help(command, lang);
      for (const o of documented) expect(text, `${command} ${lang} --${o}`).toContain(`--${o}`);
      const named = new Set([...text.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]!));
      for (const o of named) expect([...own, 'lang', 'help', 'quiet'], `${command} ${lang} names --${o}`).toContain(o);
    }
  });

  it('demo takes no option of its own and says so', async () => {
    expect(COMMAND_OPTIONS.demo).toEqual({});
    expect(await help('demo', 'zh')).toContain('用法：huaian-sw demo [--lang zh|en]');
  });
});

describe('the top-level help agrees with the commands on exit codes', () => {
  it('coverage below target does not change the exit code, as coverage --help says and coverage does', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const top = memoryIO();
      await run(['--help', '--lang', lang], top.io);
      const own = await help('coverage', lang);
      const phrase = lang === 'zh' ? '覆盖率未达目标不影响退出码' : /Coverage below target does not change/;
      expect(top.stdout()).toMatch(phrase);
      expect(own).toMatch(phrase);
    }
    // The demo registry has counties behind target: coverage still exits 0 on clean data.
    const m = memoryIO();
    expect(await run(['coverage', 'data/demo/registry.json', '--as-of', '2025-12-31', '--format', 'json'], m.io)).toBe(
      0,
    );
    const report = JSON.parse(m.stdout()) as { targets: { city: { status: string } }[] };
    expect(report.targets.some((t) => t.city.status === 'behind')).toBe(true);
  });
});
