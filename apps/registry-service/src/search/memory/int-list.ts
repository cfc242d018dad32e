/**
 * A growable list of 32-bit integers in a typed array: the index's postings. Unlike a JS array of
 * numbers, its contents are nothing the garbage collector has to walk, so a large index does not
 * lengthen every full collection of the process.
 */
export class IntList {
  private data = new Int32Array(2);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  /** The values as a view (no copy). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
