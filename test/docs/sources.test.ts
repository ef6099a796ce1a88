import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSources } from '../../scripts/sources.js';

// docs/sources.md, docs/parameters.md and each domain's profiles/sources.json are generated from data/sources.json and
// the shipped profiles: they cannot drift from the data (regenerate: node --import tsx scripts/sources.ts).
describe('generated sources and parameter tables', () => {
  const files = generateSources();
  it.each([...files.keys()])('%s is up to date', (path) => {
    expect(readFileSync(join(process.cwd(), path), 'utf8')).toBe(files.get(path));
  });

  it('covers the shipped tables and every domain with profiles', () => {
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        'docs/sources.md',
        'docs/parameters.md',
        'src/salary/profiles/sources.json',
        'src/petitions/profiles/sources.json',
      ]),
    );
  });

  it('never points a reader at the project-internal research notes', () => {
    for (const content of files.values()) expect(content).not.toMatch(/POLICY\.md/);
  });
});
