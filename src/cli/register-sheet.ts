/**
 * A register (台账: petitions, organizations, committees) read whole from a sheet file, its header mapped to the
 * record's columns: the steps and refusals every register command shares.
 * @module
 */
import { mapHeaders, type ColumnSpec, type HeaderMap } from '../sheets/columns.js';
import { checkHeader } from '../sheets/sheet-rows.js';
import { UsageError, encodingOf, multilineOf, type CommandArgs } from './args.js';
import type { CliIO } from './io.js';
import { nameList, msg } from './messages.js';
import { readWholeSheet, type TextSheet } from './sheet.js';
import { sheetOf, sheetReaderError } from './sheet-errors.js';

/**
 * Reads `file` whole as text (CSV in any encoding, or a workbook's sheet) with the command's `--encoding`, `--sheet`
 * and `--multiline`; an empty file is refused (exit 2).
 */
export async function readSheetText(io: CliIO, file: string, args: CommandArgs): Promise<TextSheet> {
  const sheet = await readWholeSheet(io, file, {
    lang: args.lang,
    file,
    encoding: encodingOf(args),
    sheet: sheetOf(args),
    ...multilineOf(args),
  });
  if (sheet.header.length === 0) throw new UsageError('empty_file', { file });
  return sheet;
}

/**
 * Reads `file` whole (CSV in any encoding, or a workbook's sheet) and maps its header to `specs` (with `mapHeader`,
 * where a register also has per-year columns). Refused (exit 2): an empty file, a required column missing, two columns
 * for one field, then whatever `check` refuses; columns the command does not read are noted on stderr.
 */
export async function readRegisterSheet(
  io: CliIO,
  file: string,
  args: CommandArgs,
  specs: readonly ColumnSpec[],
  mapHeader: (header: readonly string[]) => HeaderMap = (header) => mapHeaders(header, specs),
  check?: (map: HeaderMap, header: readonly string[]) => void,
): Promise<{ readonly sheet: TextSheet; readonly map: HeaderMap }> {
  const sheet = await readSheetText(io, file, args);
  const map = mapHeader(sheet.header);
  // A missing or doubled column is refused in /sheets' words, naming the file, as the roster commands do.
  sheetReaderError(file, () => checkHeader(map, sheet.header, specs), sheet);
  check?.(map, sheet.header);
  if (map.unknown.length > 0)
    await io.stderr.write(msg(args.lang, 'note_unknown_columns', { value: nameList(args.lang, map.unknown) }));
  return { sheet, map };
}
