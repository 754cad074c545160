import { describe, expect, it } from 'vitest';
import { CborReader } from '../../scripts/lib/cbor';

// [[["わか", [[0, [3, 300]]], []], ["ab", [], [["áb", []]]]]], as minicbor writes a word chunk.
const WORDS = Uint8Array.from([
  0x81, 0x82, 0x83, 0x66, 0xe3, 0x82, 0x8f, 0xe3, 0x81, 0x8b, 0x81, 0x82, 0x00, 0x82, 0x03, 0x19, 0x01, 0x2c,
  0x80, 0x83, 0x62, 0x61, 0x62, 0x80, 0x81, 0x82, 0x63, 0xc3, 0xa1, 0x62, 0x80,
]);

describe('reading CBOR', () => {
  it('reads arrays and text, and passes over the items that are not wanted', () => {
    const reader = new CborReader(WORDS);
    expect(reader.arrayLength()).toBe(1);
    expect(reader.arrayLength()).toBe(2);
    const words = [0, 1].map(() => {
      const parts = reader.arrayLength();
      const word = reader.string();
      for (let i = 1; i < parts; i++) reader.skip();
      return word;
    });
    expect(words).toEqual(['わか', 'ab']);
  });

  it('says what it expected when the data is of another shape, and where', () => {
    expect(() => new CborReader(WORDS).string()).toThrow('expected a text string at byte 0');
    expect(() => new CborReader(Uint8Array.from([0x82, 0x01])).skip()).toThrow('unexpected end of data');
    expect(() => new CborReader(Uint8Array.from([0x9f])).arrayLength()).toThrow('unsupported item 0x9f');
  });
});
