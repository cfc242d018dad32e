/**
 * A growable list of integers in a typed array: the index's postings and the documents' lexemes and
 * positions. Unlike a JS array of numbers, its contents are nothing the garbage collector has to
 * walk, so a large index does not lengthen every full collection of the process.
 */
class TypedList<T extends Int32Array | Uint16Array> {
  private data: T;
  length = 0;

  constructor(private readonly make: (length: number) => T) {
    this.data = make(2);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  /** The values as a view (no copy), valid until the next push. */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/** 32-bit signed integers (slots, lexeme ids, offsets). */
export class IntList extends TypedList<Int32Array> {
  constructor() {
    super((length) => new Int32Array(length));
  }
}

/** 16-bit unsigned integers (tsvector positions as PostgreSQL stores them). */
export class Uint16List extends TypedList<Uint16Array> {
  constructor() {
    super((length) => new Uint16Array(length));
  }
}
