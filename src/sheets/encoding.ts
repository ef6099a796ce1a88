/**
 * Text encoding of input files: UTF-8 (with or without BOM) or GB18030/GBK, the encoding Chinese Excel writes when
 * it saves "CSV". Decoding is incremental so that a file of any size is read chunk by chunk.
 * @module
 */
import { countArg } from '../core/args.js';
import { coreMessages } from '../core/core-messages.js';
import { PolicyError, typeName } from '../core/errors.js';
import { sheetsMessages } from './messages.js';

/** Encodings the CLI reads; `auto` detects one of the others. */
export type InputEncoding = 'utf8' | 'gb18030' | 'utf16le' | 'utf16be' | 'auto';

/** An encoding in use. */
export type ChosenEncoding = Exclude<InputEncoding, 'auto'>;

/** The encodings accepted by `--encoding` (with their common spellings). */
export const ENCODING_NAMES: Readonly<Record<string, InputEncoding>> = {
  auto: 'auto',
  utf8: 'utf8',
  'utf-8': 'utf8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  utf16le: 'utf16le',
  'utf-16le': 'utf16le',
  utf16be: 'utf16be',
  'utf-16be': 'utf16be',
};

const DECODER_LABELS: Readonly<Record<ChosenEncoding, string>> = {
  utf8: 'utf-8',
  gb18030: 'gb18030',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
};

/**
 * Thrown when the start of the input holds NUL bytes: it is not a text file (an Excel workbook, UTF-16 without its
 * byte order mark, or other binary data), and reading it as text would only produce garbage rows.
 */
const BINARY_KINDS = ['xlsx', 'xls', 'utf16', 'binary'] as const;
const CHOSEN = ['utf8', 'gb18030', 'utf16le', 'utf16be'] as const;

function enumArg<T extends string>(value: unknown, name: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T))
    coreMessages.fail('unknown_enum_value', [name], { allowed, received: typeName(value) });
  return value as T;
}

function offsetArg(value: unknown): number {
  countArg(value, 'offset');
  return value;
}

function bytesArg(value: unknown, name: string): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array))
    coreMessages.fail('invalid_type', [name], { expected: 'Uint8Array', received: typeName(value) });
}

export class BinaryInputError extends PolicyError {
  /**
   * @param kind - `xlsx` (a ZIP: .xlsx), `xls` (an OLE compound file: .xls), `utf16` (every other byte NUL), `binary`
   * @param offset - byte offset of the first NUL
   */
  constructor(
    readonly kind: 'xlsx' | 'xls' | 'utf16' | 'binary',
    readonly offset: number,
  ) {
    // A PolicyError (code sheet_binary) like every refusal of the package; `instanceof BinaryInputError` tells it apart.
    super([
      sheetsMessages.issue('sheet_binary', [], {
        kind: enumArg(kind, 'kind', BINARY_KINDS),
        offset: offsetArg(offset),
      }),
    ]);
  }
}

/** Thrown when the bytes are not valid in the encoding chosen (UTF-8 or UTF-16, by `--encoding`, a BOM or detection). */
export class EncodingError extends PolicyError {
  /**
   * @param offset - byte offset of the chunk in which the invalid sequence was found
   * @param encoding - the encoding the bytes were read as
   */
  constructor(
    readonly offset: number,
    readonly encoding: ChosenEncoding = 'utf8',
  ) {
    // A PolicyError (code sheet_bad_encoding); `instanceof EncodingError` tells it apart.
    super([
      sheetsMessages.issue('sheet_bad_encoding', [], {
        offset: offsetArg(offset),
        encoding: enumArg(encoding, 'encoding', CHOSEN),
      }),
    ]);
  }
}

// How many bytes after the first non-ASCII byte are checked before deciding. GB18030 text is almost never valid
// UTF-8 over more than a few characters, and valid UTF-8 Chinese is never misread by this check.
const SNIFF_BYTES = 4096;
// Bytes read before anything is decoded: a BOM, or what kind of binary file this is (ZIP, OLE, UTF-16), shows in them.
const HEAD_BYTES = 64;

/**
 * Decides the encoding of a sample that starts at the first non-ASCII byte: valid UTF-8 (a multi-byte sequence cut
 * off by the end of the sample is allowed when `final` is false) means UTF-8, anything else GB18030.
 * @param sample - bytes from the first non-ASCII byte on
 * @param final - true when the sample reaches the end of the input
 */
export function sniffEncoding(sample: Uint8Array, final: boolean): 'utf8' | 'gb18030' {
  bytesArg(sample, 'sample');
  if (typeof final !== 'boolean')
    coreMessages.fail('invalid_type', ['final'], { expected: 'boolean', received: typeName(final) });
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !final });
    return 'utf8';
  } catch {
    return 'gb18030';
  }
}

/** Index of the first byte >= 0x80, or -1. */
function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

const ascii = new TextDecoder('latin1');

/** What kind of non-text file starts with `head`, whose byte `nul` is the first NUL. */
function binaryKind(head: Uint8Array, nul: number): BinaryInputError['kind'] {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  // UTF-16 of ASCII text: NUL at every other byte.
  let alternating = head.length >= 8;
  for (let i = nul % 2; i < head.length; i += 2) if (head[i] !== 0) alternating = false;
  return alternating ? 'utf16' : 'binary';
}

/**
 * Incremental decoder. A byte order mark decides the encoding (UTF-8, UTF-16 LE/BE, GB18030), even over
 * `--encoding`, since it cannot be wrong. Otherwise, with `auto`, ASCII passes through until the first non-ASCII
 * byte, and the next few KB decide (valid UTF-8, else GB18030). Once UTF-8 is chosen, invalid bytes later in the
 * file raise {@link EncodingError} rather than turning into U+FFFD silently. NUL bytes in the first 4 KB (outside
 * UTF-16) raise {@link BinaryInputError}: the input is not text.
 */
export class StreamDecoder {
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private pending: Uint8Array = new Uint8Array(0);
  private offset = 0;
  private started = false;
  private head = new Uint8Array(0);
  private checked = 0;
  /** The encoding in use, once known. */
  chosen: ChosenEncoding | undefined;

  /** @param encoding - forced encoding, or `auto` */
  constructor(readonly encoding: InputEncoding = 'auto') {
    enumArg(encoding, 'encoding', [...CHOSEN, 'auto'] as const);
  }

  private choose(enc: ChosenEncoding): void {
    this.chosen = enc;
    this.decoder = new TextDecoder(DECODER_LABELS[enc], { fatal: enc !== 'gb18030' });
  }

  private run(bytes: Uint8Array, final: boolean): string {
    try {
      const text = this.decoder!.decode(bytes, { stream: !final });
      this.offset += bytes.length;
      return text;
    } catch {
      throw new EncodingError(this.offset, this.chosen);
    }
  }

  /** NUL bytes in the first 4 KB of a file that is not UTF-16 mean it is not text. Sees each input byte once. */
  private refuseBinary(raw: Uint8Array): void {
    if (this.checked >= SNIFF_BYTES || this.chosen === 'utf16le' || this.chosen === 'utf16be') return;
    const n = Math.min(raw.length, SNIFF_BYTES - this.checked);
    const at = raw.subarray(0, n).indexOf(0);
    if (at >= 0) throw new BinaryInputError(binaryKind(this.head, this.checked + at), this.checked + at);
    this.checked += n;
  }

  /**
   * Decodes the next chunk; returns the text that is complete so far.
   * @param chunk - next bytes of the input
   */
  write(chunk: Uint8Array): string {
    bytesArg(chunk, 'chunk');
    return this.step(chunk, false);
  }

  /** Flushes what is left at the end of the input. */
  end(): string {
    return this.step(new Uint8Array(0), true);
  }

  private step(chunk: Uint8Array, final: boolean): string {
    if (this.started) this.refuseBinary(chunk);
    let bytes = chunk;
    if (this.pending.length > 0) {
      bytes = new Uint8Array(this.pending.length + chunk.length);
      bytes.set(this.pending, 0);
      bytes.set(chunk, this.pending.length);
      this.pending = new Uint8Array(0);
    }
    if (this.decoder !== undefined) return this.run(bytes, final);
    if (!this.started) {
      // Wait for enough bytes to see a BOM, and to tell what a binary file is.
      if (bytes.length < HEAD_BYTES && !final) {
        this.pending = bytes;
        return '';
      }
      this.started = true;
      this.head = bytes.slice(0, HEAD_BYTES);
      let skip = 0;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        this.choose('utf8'); // TextDecoder drops the BOM
      else if (bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33) {
        this.choose('gb18030');
        skip = 4;
      } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        this.choose(bytes[0] === 0xff ? 'utf16le' : 'utf16be');
      else if (this.encoding !== 'auto') this.choose(this.encoding);
      this.refuseBinary(bytes);
      if (this.decoder !== undefined) {
        this.offset += skip;
        return this.run(bytes.subarray(skip), final);
      }
    }
    const at = firstNonAscii(bytes);
    if (at < 0) {
      this.offset += bytes.length;
      return ascii.decode(bytes);
    }
    if (bytes.length - at < SNIFF_BYTES && !final) {
      // Not enough to decide yet: emit the ASCII prefix, keep the rest.
      this.pending = bytes.slice(at);
      this.offset += at;
      return ascii.decode(bytes.subarray(0, at));
    }
    const head = ascii.decode(bytes.subarray(0, at));
    this.offset += at;
    this.choose(sniffEncoding(bytes.subarray(at, at + SNIFF_BYTES), final && bytes.length - at <= SNIFF_BYTES));
    return head + this.run(bytes.subarray(at), final);
  }
}

/**
 * Decodes a whole buffer (for small inputs such as a slate or a profile).
 * @param bytes - the file's bytes
 * @param encoding - forced encoding, or `auto`
 */
export function decodeAll(
  bytes: Uint8Array,
  encoding: InputEncoding = 'auto',
): { text: string; encoding: ChosenEncoding } {
  bytesArg(bytes, 'bytes');
  const d = new StreamDecoder(encoding);
  const text = d.write(bytes) + d.end();
  return { text, encoding: d.chosen ?? 'utf8' };
}
