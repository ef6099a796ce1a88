import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchemas, SCHEMA_DIR } from '../../scripts/export-schemas.js';
import { entityRecords } from '../../src/entities/index.js';

const dir = new URL(`../../${SCHEMA_DIR}/`, import.meta.url);

describe('docs/schemas', () => {
  const generated = generateSchemas();

  it('holds exactly one file per entity record (npm run schemas removes the others)', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.schema.json'))
        .sort(),
    ).toEqual(Object.keys(generated).sort());
    expect(Object.keys(generated).sort()).toEqual(
      [...entityRecords.map((r) => `${r.name}.schema.json`), 'profile.schema.json'].sort(),
    );
  });

  it.each(Object.keys(generated))('%s is up to date (run: npm run schemas)', (name) => {
    expect(readFileSync(new URL(name, dir), 'utf8')).toBe(generated[name]);
  });

  it('documents the rules beyond JSON Schema, labels every field and refuses extra fields', () => {
    for (const [name, text] of Object.entries(generated)) {
      if (name === 'profile.schema.json') continue;
      const s = JSON.parse(text) as {
        additionalProperties: boolean;
        description: string;
        properties: Record<string, { title?: string; anyOf?: { title?: string }[] }>;
      };
      expect(s.additionalProperties).toBe(false);
      expect(s.description).toMatch(/ \/ /);
      for (const p of Object.values(s.properties))
        expect(p.title ?? p.anyOf?.[0]?.title).toMatch(/[\u4e00-\u9fff].* \/ \w/);
    }
    const org = JSON.parse(generated['organization.schema.json']!) as {
      description: string;
      properties: Record<string, { anyOf: Record<string, unknown>[] }>;
    };
    expect(org.description).toContain('统一社会信用代码须有效');
    expect(org.properties['uscc']!.anyOf[0]!['pattern']).toBeDefined();
    expect(org.properties['uscc']!.anyOf[0]!['description']).toContain('GB 32100');
  });

  it('profile.schema.json describes the shipped profiles: every top-level key known, the required ones present', async () => {
    const schema = JSON.parse(generated['profile.schema.json']!) as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'parameters']));
    const { readdirSync: list } = await import('node:fs');
    const files = list(new URL('../../src/', import.meta.url), { recursive: true, encoding: 'utf8' }).filter(
      (f) => /profiles\/[^/]+\.json$/.test(f) && !f.endsWith('sources.json'),
    );
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const profile = JSON.parse(readFileSync(new URL(`../../src/${f}`, import.meta.url), 'utf8')) as Record<
        string,
        unknown
      >;
      for (const key of Object.keys(profile)) expect(schema.properties, `${f}: ${key}`).toHaveProperty([key]);
      for (const key of schema.required) expect(profile, `${f}: ${key}`).toHaveProperty([key]);
    }
  });
});
