/**
 * The `size` best placed slots of a stream: higher placement first, equal placements by `tieOrder`
 * (negative: the first slot comes first). A binary heap in typed arrays whose root is the worst
 * kept, so a slot placed below it is turned away with one comparison.
 */
export class TopPlaced {
  private readonly slots: Int32Array;
  private readonly placements: Float64Array;
  private length = 0;

  constructor(
    private readonly size: number,
    private readonly tieOrder: (a: number, b: number) => number,
  ) {
    this.slots = new Int32Array(Math.max(0, size));
    this.placements = new Float64Array(Math.max(0, size));
  }

  offer(slot: number, placement: number): void {
    if (this.length < this.size) {
      this.slots[this.length] = slot;
      this.placements[this.length] = placement;
      this.length += 1;
      this.siftUp(this.length - 1);
      return;
    }
    if (this.size === 0) return;
    const root = this.placements[0];
    if (placement < root || (placement === root && this.tieOrder(slot, this.slots[0]) > 0)) return;
    this.slots[0] = slot;
    this.placements[0] = placement;
    this.siftDown(0);
  }

  /** The kept slots, in no particular order. */
  kept(): number[] {
    return Array.from(this.slots.subarray(0, this.length));
  }

  /** The kept slots, best first. */
  sorted(): number[] {
    const order = Array.from({ length: this.length }, (_, at) => at);
    order.sort((a, b) => this.placements[b] - this.placements[a] || this.tieOrder(this.slots[a], this.slots[b]));
    return order.map((at) => this.slots[at]);
  }

  /** Whether kept entry `a` comes after `b` (is worse). */
  private worse(a: number, b: number): boolean {
    const difference = this.placements[a] - this.placements[b];
    return difference < 0 || (difference === 0 && this.tieOrder(this.slots[a], this.slots[b]) > 0);
  }

  private swap(a: number, b: number): void {
    const slot = this.slots[a];
    const placement = this.placements[a];
    this.slots[a] = this.slots[b];
    this.placements[a] = this.placements[b];
    this.slots[b] = slot;
    this.placements[b] = placement;
  }

  private siftUp(from: number): void {
    let at = from;
    while (at > 0) {
      const parent = (at - 1) >>> 1;
      if (!this.worse(at, parent)) return;
      this.swap(at, parent);
      at = parent;
    }
  }

  private siftDown(from: number): void {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < this.length && this.worse(left, worst)) worst = left;
      if (right < this.length && this.worse(right, worst)) worst = right;
      if (worst === at) return;
      this.swap(worst, at);
      at = worst;
    }
  }
}
