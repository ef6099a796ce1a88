import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { recordDigest } from './support/record-digest.js';

// Records check fields with generated code (new Function); where a host forbids code from strings (a strict Content
// Security Policy, Node's --disallow-code-generation-from-strings) they fall back to closures. Both must decide the
// same: the same results, normal forms and issues for every input.
describe('record checks without code generation', () => {
  it('decide exactly as the generated code does', () => {
    const here = recordDigest();
    expect(here.cases).toBeGreaterThan(1000);
    const child = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--import', 'tsx', 'test/core/support/record-digest.ts', '--print-digest'], { encoding: 'utf8', timeout: 120_000 });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual(here);
  });

  it('the flag really forbids code from strings in the child', () => {
    const child = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '-e', 'try { new Function("return 1"); console.log("allowed") } catch (e) { console.log(e.name) }'], { encoding: 'utf8' });
    expect(child.stdout.trim()).toBe('EvalError');
  });
});
