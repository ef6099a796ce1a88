/**
 * Text encoding of input files: UTF-8 (with or without BOM) or GB18030/GBK, the encoding Chinese Excel writes when
 * it saves "CSV". Decoding is incremental so that a file of any size is read chunk by chunk.
 * @module
 */

/** Encodings the CLI reads; `auto` detects one of the other two. */
export type InputEncoding = 'utf8' | 'gb18030' | 'auto';

/** The encodings accepted by `--encoding` (with their common spellings). */
export const ENCODING_NAMES: Readonly<Record<string, InputEncoding>> = {
  auto: 'auto',
  utf8: 'utf8',
  'utf-8': 'utf8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
};

/** Thrown when `--encoding utf8` (or detection) chose UTF-8 and a later byte is not UTF-8. */
export class EncodingError extends Error {
  override readonly name = 'EncodingError';
  /**
   * @param offset - byte offset of the chunk in which the invalid sequence was found
   */
  constructor(readonly offset: number) {
    super(`invalid UTF-8 near byte ${offset}`);
  }
}

// How many bytes after the first non-ASCII byte are checked before deciding. GB18030 text is almost never valid
// UTF-8 over more than a few characters, and valid UTF-8 Chinese is never misread by this check.
const SNIFF_BYTES = 4096;

/**
 * Decides the encoding of a sample that starts at the first non-ASCII byte: valid UTF-8 (a multi-byte sequence cut
 * off by the end of the sample is allowed when `final` is false) means UTF-8, anything else GB18030.
 * @param sample - bytes from the first non-ASCII byte on
 * @param final - true when the sample reaches the end of the input
 */
export function sniffEncoding(sample: Uint8Array, final: boolean): 'utf8' | 'gb18030' {
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

/**
 * Incremental decoder. With `auto`, a UTF-8 BOM means UTF-8, the GB18030 BOM means GB18030; otherwise ASCII passes
 * through until the first non-ASCII byte, and the next few KB decide (valid UTF-8, else GB18030). Once UTF-8 is
 * chosen, invalid bytes later in the file raise {@link EncodingError} rather than turning into U+FFFD silently.
 */
export class StreamDecoder {
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private pending: Uint8Array = new Uint8Array(0);
  private offset = 0;
  private started = false;
  /** The encoding in use, once known. */
  chosen: 'utf8' | 'gb18030' | undefined;

  /** @param encoding - forced encoding, or `auto` */
  constructor(readonly encoding: InputEncoding = 'auto') {
    if (encoding !== 'auto') this.choose(encoding);
  }

  private choose(enc: 'utf8' | 'gb18030'): void {
    this.chosen = enc;
    this.decoder = enc === 'utf8' ? new TextDecoder('utf-8', { fatal: true }) : new TextDecoder('gb18030');
  }

  private run(bytes: Uint8Array, final: boolean): string {
    try {
      const text = this.decoder!.decode(bytes, { stream: !final });
      this.offset += bytes.length;
      return text;
    } catch {
      throw new EncodingError(this.offset);
    }
  }

  /**
   * Decodes the next chunk; returns the text that is complete so far.
   * @param chunk - next bytes of the input
   */
  write(chunk: Uint8Array): string {
    return this.step(chunk, false);
  }

  /** Flushes what is left at the end of the input. */
  end(): string {
    return this.step(new Uint8Array(0), true);
  }

  private step(chunk: Uint8Array, final: boolean): string {
    let bytes = chunk;
    if (this.pending.length > 0) {
      bytes = new Uint8Array(this.pending.length + chunk.length);
      bytes.set(this.pending, 0);
      bytes.set(chunk, this.pending.length);
      this.pending = new Uint8Array(0);
    }
    if (this.decoder !== undefined) return this.run(bytes, final);
    if (!this.started) {
      // Wait for enough bytes to see a BOM.
      if (bytes.length < 4 && !final) {
        this.pending = bytes;
        return '';
      }
      this.started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        this.choose('utf8');
        return this.run(bytes, final); // TextDecoder drops the BOM itself
      }
      if (bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33) {
        this.choose('gb18030');
        return this.run(bytes.subarray(4), final);
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
export function decodeAll(bytes: Uint8Array, encoding: InputEncoding = 'auto'): { text: string; encoding: 'utf8' | 'gb18030' } {
  const d = new StreamDecoder(encoding);
  const text = d.write(bytes) + d.end();
  return { text, encoding: d.chosen ?? 'utf8' };
}
