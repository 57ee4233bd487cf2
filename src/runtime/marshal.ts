/**
 * Reads the plain data of Python's `marshal` format (None, bools, ints, floats, str, tuples,
 * lists, dicts; CPython 3.14, format version 5) into JS values: tuples and lists become arrays,
 * dicts objects, as JSON.parse would give them. The runtime marshals a finished trace because
 * Python's json.dumps costs several times more per value than marshal.dumps in WebAssembly.
 *
 * Anything else (bytes, sets, complex, code) throws UnsupportedMarshal: the caller asks the
 * runtime for JSON instead, which writes such values as their repr().
 */

export class UnsupportedMarshal extends Error {}

/** Marks an object that takes a slot in the reference table. */
export const FLAG_REF = 0x80;
/** Type codes the trace reader looks at itself (src/runtime/trace-decode.ts). */
export const TUPLE = 0x28;
export const SMALL_TUPLE = 0x29;
export const LIST = 0x5b;
const utf8 = new TextDecoder('utf-8');
/** For ASCII only, where it is the identity (its 0x80–0x9F differ from Latin-1, but ASCII has none). */
const latin1 = new TextDecoder('latin1');

export function unmarshal(bytes: Uint8Array): unknown {
  return new Reader(bytes).read();
}

export class Reader {
  protected pos = 0;
  protected readonly refs: unknown[] = [];
  private readonly view: DataView;

  constructor(protected readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** A dict's value, read after its key: the hook for readers of a known shape. */
  protected member(_key: string): unknown {
    return this.read();
  }

  read(): unknown {
    const code = this.bytes[this.pos++]!;
    if (code & FLAG_REF) {
      // A flagged object takes the next slot in the reference table, before its contents do.
      const slot = this.refs.push(undefined) - 1;
      const value = this.value(code & ~FLAG_REF, slot);
      this.refs[slot] = value;
      return value;
    }
    return this.value(code, -1);
  }

  protected int32(): number {
    const b = this.bytes;
    const p = this.pos;
    this.pos = p + 4;
    return b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24);
  }

  protected value(type: number, slot: number): unknown {
    switch (type) {
      case 0x4e: // 'N'
        return null;
      case 0x46: // 'F'
        return false;
      case 0x54: // 'T'
        return true;
      case 0x69: // 'i'
        return this.int32();
      case 0x67: {
        // 'g': binary float
        const v = this.view.getFloat64(this.pos, true);
        this.pos += 8;
        return v;
      }
      case 0x6c:
        return this.long();
      case 0x7a: // 'z' short ASCII
      case 0x5a: // 'Z' short ASCII, interned
        return this.ascii(this.bytes[this.pos++]!);
      case 0x61: // 'a' ASCII
      case 0x41: // 'A' ASCII, interned
        return this.ascii(this.int32());
      case 0x75: // 'u' UTF-8
      case 0x74: // 't' UTF-8, interned
        return this.utf8(this.int32());
      case SMALL_TUPLE: // ')'
      case TUPLE: // '('
      case LIST: {
        // '['
        const n = type === SMALL_TUPLE ? this.bytes[this.pos++]! : this.int32();
        const items = new Array<unknown>(n);
        if (slot >= 0) this.refs[slot] = items;
        for (let i = 0; i < n; i++) items[i] = this.read();
        return items;
      }
      case 0x7b: {
        // '{' dict: key, value pairs up to '0'
        const obj: Record<string, unknown> = {};
        if (slot >= 0) this.refs[slot] = obj;
        while (this.bytes[this.pos] !== 0x30) {
          const key = String(this.read());
          obj[key] = this.member(key);
        }
        this.pos++;
        return obj;
      }
      case 0x72: {
        // 'r': a reference to an earlier object. JSON would have written a shared list or dict
        // twice, so the reader gets its own copy, as from JSON.parse.
        const v = this.refs[this.int32()];
        return typeof v === 'object' && v !== null ? structuredClone(v) : v;
      }
      default:
        throw new UnsupportedMarshal(`marshal type ${JSON.stringify(String.fromCharCode(type))} at byte ${this.pos - 1}`);
    }
  }

  /** A long in 15-bit digits, the count signed like the number. */
  private long(): number {
    const n = this.int32();
    let v = 0n;
    for (let i = 0; i < Math.abs(n); i++) {
      v |= BigInt(this.view.getUint16(this.pos, true)) << BigInt(15 * i);
      this.pos += 2;
    }
    // Rounded to the nearest double, as JSON.parse reads a number too big to be exact.
    return Number(n < 0 ? -v : v);
  }

  private ascii(n: number): string {
    const start = this.pos;
    this.pos += n;
    if (n > 24) return latin1.decode(this.bytes.subarray(start, this.pos));
    let s = '';
    for (let i = start; i < this.pos; i++) s += String.fromCharCode(this.bytes[i]!);
    return s;
  }

  private utf8(n: number): string {
    const start = this.pos;
    this.pos += n;
    return surrogates(this.bytes, start, this.pos) ?? utf8.decode(this.bytes.subarray(start, this.pos));
  }
}

/**
 * Decodes UTF-8 that may hold lone surrogates (marshal writes str with "surrogatepass"), or
 * returns undefined when there are none and TextDecoder can do it.
 */
function surrogates(bytes: Uint8Array, start: number, end: number): string | undefined {
  let found = false;
  for (let i = start; i < end - 1; i++) {
    if (bytes[i] === 0xed && bytes[i + 1]! >= 0xa0) found = true;
  }
  if (!found) return undefined;
  const units: number[] = [];
  for (let i = start; i < end; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      units.push(b);
      i += 1;
    } else if (b < 0xe0) {
      units.push(((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f));
      i += 2;
    } else if (b < 0xf0) {
      units.push(((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f));
      i += 3;
    } else {
      const cp = ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
      units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
      i += 4;
    }
  }
  let s = '';
  for (let i = 0; i < units.length; i += 4096) s += String.fromCharCode(...units.slice(i, i + 4096));
  return s;
}
