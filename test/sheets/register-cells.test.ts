import { describe, expect, it } from 'vitest';
import type { RecordDef } from '../../src/core/record.js';
import { committeeRecord } from '../../src/entities/committee.js';
import { petitionRecord } from '../../src/entities/petition.js';
import { ratingOrganizationRecord } from '../../src/ratings/records.js';
import { mapHeaders } from '../../src/sheets/columns.js';
import { COMMITTEE_COLUMNS, mapCommitteeHeaders, rowToCommittee } from '../../src/sheets/committees.js';
import { PETITION_COLUMNS, rowToPetition } from '../../src/sheets/petitions.js';
import { mapRatingHeaders, RATING_COLUMNS, rowToOrganization } from '../../src/sheets/ratings.js';

// The register readers type each cell from the field table of the record the row becomes, not from lists of their
// own: every date, whole-number and yes/no field of the record is read as such from its column.
const registers = [
  [
    'petitions',
    petitionRecord,
    PETITION_COLUMNS,
    (c: string[], h: string[]) => rowToPetition(c, mapHeaders(h, PETITION_COLUMNS)).petition,
  ],
  [
    'committees',
    committeeRecord,
    COMMITTEE_COLUMNS,
    (c: string[], h: string[]) => rowToCommittee(c, mapCommitteeHeaders(h)).committee,
  ],
  [
    'ratings',
    ratingOrganizationRecord,
    RATING_COLUMNS,
    (c: string[], h: string[]) => rowToOrganization(c, mapRatingHeaders(h)).organization,
  ],
] as const;

describe('register cells are typed by the record', () => {
  it.each(registers)('%s: every date, integer and boolean field of the record', (_name, record, columns, read) => {
    let typed = 0;
    for (const col of columns) {
      const def = (record as RecordDef<unknown>).fields[col.key];
      const kind = def?.type.kind;
      const cases: Record<string, [string, unknown]> = {
        date: ['2026/2/10', '2026-02-10'],
        integer: ['12', 12],
        boolean: ['是', true],
      };
      const c = kind === undefined ? undefined : cases[kind];
      if (c === undefined) continue;
      expect(read([c[0]], [col.zh]), `${col.key} (${kind})`).toEqual({ [col.key]: c[1] });
      typed++;
    }
    expect(typed).toBeGreaterThan(2);
  });

  it('what cannot be read stays text, for the engine to refuse', () => {
    const h = ['走访人数', '收到日期', '信访人姓名（名称）、住址不清'];
    expect(rowToPetition(['三', '三月', '也许'], mapHeaders(h, PETITION_COLUMNS)).petition).toEqual({
      visitors: '三',
      receivedOn: '三月',
      identityUnclear: '也许',
    });
  });

  it('lists and lists of dates are split at 、,; and spaces', () => {
    const r = rowToCommittee(
      ['人民调解、治安保卫 公共卫生', '2026/1/5；2026年6月1日'],
      mapCommitteeHeaders(['下属委员会', '村民代表会议召开日期']),
    );
    expect(r.committee.subcommittees).toEqual(['人民调解', '治安保卫', '公共卫生']);
    expect(r.committee.assemblyMeetings).toEqual(['2026-01-05', '2026-06-01']);
    expect(r.issues).toEqual([]);
  });

  it('a field given in two columns that disagree is refused with both texts', () => {
    const r = rowToPetition(['2026/2/10', '2026/2/11'], mapHeaders(['收到日期', '收件日期'], PETITION_COLUMNS));
    expect(r.issues).toMatchObject([
      {
        code: 'sheet_register_duplicate',
        path: ['receivedOn'],
        zh: '重复的列「收件日期」两处取值不一致：「2026-02-10」和「2026/2/11」',
        en: 'the duplicate columns "收件日期" disagree: "2026-02-10" and "2026/2/11"',
      },
    ]);
    expect(
      rowToPetition(['2026/2/10', '2026-02-10'], mapHeaders(['收到日期', '收件日期'], PETITION_COLUMNS)).issues,
    ).toEqual([]);
  });
});
