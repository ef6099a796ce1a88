import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The product ships its own sources table (docs/sources.md): nothing a user reads (the package's code, whose
// comments become the API reference, and the docs) points at the project's internal research notes.
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'api' || name === 'node_modules') return [];
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('shipped text', () => {
  it('never refers to POLICY.md', () => {
    const shipped = [...files('src'), ...files('docs'), 'README.md', 'CHANGELOG.md'];
    expect(shipped.length).toBeGreaterThan(100);
    expect(shipped.filter((f) => /POLICY(\.md| §)/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
