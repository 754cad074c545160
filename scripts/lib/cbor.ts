/**
 * Reads CBOR (RFC 8949) item by item, skipping what is not needed without building it: Pagefind's
 * word chunks hold every location of every word, and only the words are wanted. Lengths must be
 * definite (as minicbor, Pagefind's encoder, writes them); anything else throws, so a change of
 * format fails loudly.
 */
export class CborReader {
  private at = 0;
  private major = 0;
  private argument = 0;
  private readonly view: DataView;
  private readonly text = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Reads the head of the next item: its major type and its argument (a value, a length or a count). */
  private head(): void {
    if (this.at >= this.bytes.length) throw new Error('CBOR: unexpected end of data');
    const start = this.at;
    const initial = this.bytes[this.at++];
    const info = initial & 0x1f;
    this.major = initial >> 5;
    if (info < 24) {
      this.argument = info;
      return;
    }
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new Error(`CBOR: unsupported item 0x${initial.toString(16)} at byte ${start}`);
    this.at += size;
    if (size === 1) this.argument = this.view.getUint8(start + 1);
    else if (size === 2) this.argument = this.view.getUint16(start + 1);
    else if (size === 4) this.argument = this.view.getUint32(start + 1);
    else {
      const long = this.view.getBigUint64(start + 1);
      if (long > BigInt(Number.MAX_SAFE_INTEGER))
        throw new Error(`CBOR: argument too large at byte ${start}`);
      this.argument = Number(long);
    }
  }

  private expect(major: number, what: string): number {
    const start = this.at;
    this.head();
    if (this.major !== major)
      throw new Error(`CBOR: expected ${what} at byte ${start}, found major type ${this.major}`);
    return this.argument;
  }

  /** The number of items of the array that comes next. */
  arrayLength(): number {
    return this.expect(4, 'an array');
  }

  /** The text string that comes next. */
  string(): string {
    const size = this.expect(3, 'a text string');
    return this.text.decode(this.bytes.subarray(this.at, (this.at += size)));
  }

  /** Passes over the next item, whatever it holds. */
  skip(): void {
    this.head();
    const { major, argument } = this;
    if (major === 2 || major === 3) this.at += argument;
    else if (major === 4) for (let i = 0; i < argument; i++) this.skip();
    else if (major === 5) for (let i = 0; i < 2 * argument; i++) this.skip();
    else if (major === 6) this.skip();
  }
}
