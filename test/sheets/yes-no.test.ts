import { describe, expect, it } from 'vitest';
import { sheetBoolean } from '../../src/sheets/cells.js';
import { mapRatingHeaders, rowToOrganization } from '../../src/sheets/ratings.js';

// One reading of yes/no cells for every sheet (the cells module's): the ratings, petitions and committees readers kept
// their own lists, and petitions' and ratings' lacked 有/无.
describe('yes/no cells', () => {
  it('read alike in every reader, 有/无 included', () => {
    const map = mapRatingHeaders(['编号', '是否建立党组织', '是否正在被立案调查']);
    for (const [cell, value] of [
      ['有', true],
      ['无', false],
      ['是', true],
      ['否', false],
      ['√', true],
      ['YES', true],
    ] as const) {
      expect(sheetBoolean(cell)).toBe(value);
      expect(rowToOrganization(['S1', cell, cell], map).organization).toMatchObject({
        hasPartyOrganization: value,
        underInvestigation: value,
      });
    }
    expect(rowToOrganization(['S1', '也许', ''], map).organization).toMatchObject({ hasPartyOrganization: '也许' });
  });
});
