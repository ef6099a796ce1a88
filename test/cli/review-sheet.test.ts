import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewSlate } from '../../src/associations/index.js';
import { run } from '../../src/cli/run.js';
import { memoryIO } from './memory-io.js';

// The demo slate, as a clerk's sheet: one row per seat, Chinese headers, Excel-style dates.
const demo = JSON.parse(readFileSync('data/demo/slate.json', 'utf8')) as {
  association: Record<string, unknown>;
  electionDate: string;
  slate: { role: string; candidate: Record<string, unknown> }[];
};
const ROLE_ZH: Record<string, string> = {
  president: '会长',
  vice_president: '副会长',
  secretary_general: '秘书长',
  legal_representative: '法定代表人',
  party_secretary: '党组织书记',
};
const slash = (d: unknown) => (typeof d === 'string' ? d.replace(/-0?/g, '/') : '');
const header = '岗位,编号,姓名,出生日期,已连任届数,审核日期';
const line = (s: (typeof demo.slate)[number]) =>
  [
    ROLE_ZH[s.role],
    s.candidate.id,
    s.candidate.name,
    slash(s.candidate.birthDate),
    s.candidate.priorTerms ?? '',
    slash(s.candidate.reviewDate),
  ].join(',');
const csv = [header, ...demo.slate.map(line)].join('\r\n') + '\r\n';
const association = JSON.stringify(demo.association);

describe('huaian-sw review <人选.csv> --association <协会.json>', () => {
  it('reviews a slate sheet as the library reviews the same seats', async () => {
    const m = memoryIO({ '人选.csv': csv, '协会.json': association });
    const code = await run(
      ['review', '人选.csv', '--association', '协会.json', '--election-date', demo.electionDate, '--format', 'json'],
      m.io,
    );
    const seats = demo.slate.map((s) => ({
      role: s.role,
      candidate: Object.fromEntries(
        Object.entries({
          id: s.candidate.id,
          name: s.candidate.name,
          birthDate: s.candidate.birthDate,
          priorTerms: s.candidate.priorTerms,
          reviewDate: s.candidate.reviewDate,
        }).filter(([, v]) => v !== undefined),
      ),
    }));
    const expected = reviewSlate(seats, { association: demo.association, electionDate: demo.electionDate });
    expect(JSON.parse(m.stdout())).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(code).toBe(expected.outcome === 'pass' ? 0 : 1);
    expect(expected.rows.length).toBe(demo.slate.length);
  });

  it('refuses a sheet with a row it cannot read, naming the row, the column and the value (exit 2)', async () => {
    // The fourth seat (row 5 of the sheet) has a birth date no other seat has.
    const fourth = slash(demo.slate[3]!.candidate.birthDate);
    expect(csv.split(fourth).length).toBe(2);
    const bad = csv.replace(fourth, '1968/2/30');
    const m = memoryIO({ '人选.csv': bad, '协会.json': association });
    expect(await run(['review', '人选.csv', '--association', '协会.json', '--election-date', '2026-03-16'], m.io)).toBe(
      2,
    );
    expect(m.stderr()).toContain('第 5 行');
    expect(m.stderr()).toContain('列「出生日期」');
    expect(m.stderr()).toContain('1968/2/30');
    expect(m.stdout()).toBe('');
  });

  it('requires --association for a sheet, and reads JSON as before', async () => {
    const m = memoryIO({ '人选.csv': csv });
    expect(await run(['review', '人选.csv', '--election-date', '2026-03-16'], m.io)).toBe(2);
    expect(m.stderr()).toContain('缺少 --association');
    const other = { ...demo.association, name: '另一协会' };
    const j = memoryIO({ 'slate.json': readFileSync('data/demo/slate.json', 'utf8'), 'a.json': JSON.stringify(other) });
    await run(['review', 'slate.json', '--association', 'a.json'], j.io);
    expect(j.stdout()).toContain('另一协会');
  });
});
