/** The set bits of a bit set (32 to an Int32Array word), read from the lowest up. */
export class SetBits {
  private word = -1;
  private rest = 0;

  constructor(private readonly words: Int32Array) {}

  /** The next set bit's index, or -1 past the last. */
  next(): number {
    while (this.rest === 0) {
      this.word += 1;
      if (this.word >= this.words.length) return -1;
      this.rest = this.words[this.word];
    }
    const lowest = this.rest & -this.rest;
    this.rest ^= lowest;
    return this.word * 32 + 31 - Math.clz32(lowest);
  }
}
