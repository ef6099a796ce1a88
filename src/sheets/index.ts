/**
 * Spreadsheets as clerks keep them → engine inputs, in the browser as in Node (no Node built-ins): rosters (salary),
 * registry collections (coverage), slates (review), 信访台账 (petitions), 社会组织 registers (ratings), and any record
 * with a field table. Header spellings in Chinese and English; value spellings from the salary profile's tables;
 * dates in every spreadsheet form and Excel serials (1900 and 1904 systems); every problem names the row, the column
 * as written, the value and the accepted forms. CSV in any encoding Excel writes, with the delimiter sniffed; .xlsx
 * in and out, loaded only when used.
 * @module sheets
 */
export {
  cellText,
  sheetDate,
  halfWidthDigits,
  sheetBoolean,
  serialText,
  normaliseDate,
  type SheetCell,
  type DateCell,
  type SheetDateResult,
} from './cells.js';
export { mapHeaders, normaliseHeader, headerFor, type ColumnSpec, type ColumnRef, type HeaderMap } from './columns.js';
export { SHEET_DATE_FORMS, type CellAt } from './messages.js';
export { spellingsOf, type Spellings, type SpelledField, type SpellingResult } from './spellings.js';
export { isBlank, totalsText, type SheetRowsInput, type TitleRow } from './sheet-rows.js';
export {
  ROSTER_COLUMNS,
  rosterReader,
  readRoster,
  type RosterOptions,
  type RosterRow,
  type RosterReader,
  type RosterRead,
} from './roster.js';
export {
  recordColumns,
  recordReader,
  readRecordSheet,
  type CellKind,
  type RecordColumn,
  type RecordRow,
  type RecordReader,
  type RecordSheet,
  type RecordSheetOptions,
} from './records.js';
export { COLLECTION_NAMES, collectionOfName, readCollectionSheet, type CollectionSheet } from './registry.js';
export { readSlateSheet, type SlateSheet, type SlateSeatRow } from './slate.js';
export { PETITION_COLUMNS, rowToPetition } from './petitions.js';
export { RATING_COLUMNS, mapRatingHeaders, rowToOrganization } from './ratings.js';
export {
  CsvReader,
  CsvError,
  parseCsv,
  sniffDelimiter,
  csvField,
  csvLine,
  isBlankRow,
  UTF8_BOM,
  DEFAULT_FIELD_LINES,
  DEFAULT_RECORD_CHARS,
  type CsvLimits,
  type MultilineField,
} from './csv.js';
export {
  StreamDecoder,
  decodeAll,
  sniffEncoding,
  BinaryInputError,
  EncodingError,
  ENCODING_NAMES,
  type InputEncoding,
  type ChosenEncoding,
} from './encoding.js';
export { readDelimited } from './text.js';
export {
  readXlsx,
  writeXlsx,
  isXlsx,
  type XlsxCell,
  type XlsxRow,
  type XlsxColumn,
  type XlsxSheet,
  type XlsxWriter,
} from './xlsx.js';
