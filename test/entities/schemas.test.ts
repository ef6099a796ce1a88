import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchemas, SCHEMA_DIR } from '../../scripts/export-schemas.js';

const dir = new URL(`../../${SCHEMA_DIR}/`, import.meta.url);

describe('docs/schemas', () => {
  const generated = generateSchemas();

  it('holds exactly the generated files', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()).toEqual(Object.keys(generated).sort());
  });

  it.each(Object.keys(generated))('%s is up to date (run: node --import tsx scripts/export-schemas.ts)', (name) => {
    expect(readFileSync(new URL(name, dir), 'utf8')).toBe(generated[name]);
  });

  it('documents refinements and refuses extra fields', () => {
    const org = JSON.parse(generated['organization.schema.json']!) as Record<string, unknown>;
    expect(org['additionalProperties']).toBe(false);
    expect(String(org['description'])).toContain('GB 32100');
    expect((org['properties'] as Record<string, Record<string, unknown>>)['uscc']!['pattern']).toBeDefined();
  });
});
