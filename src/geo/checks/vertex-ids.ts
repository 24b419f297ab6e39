/**
 * Small integer ids for exact coordinate pairs, in an open-addressing table over the raw bits of the
 * doubles: string keys ("x,y") cost several microseconds each, too slow for millions of vertices.
 */
export class VertexIds {
  private slots: Int32Array;
  private xs: Float64Array;
  private ys: Float64Array;
  private count = 0;
  private readonly bits = new Float64Array(2);
  private readonly words = new Uint32Array(this.bits.buffer);

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.xs = new Float64Array(cap / 2);
    this.ys = new Float64Array(cap / 2);
  }

  get size(): number {
    return this.count;
  }

  x(id: number): number {
    return this.xs[id]!;
  }

  y(id: number): number {
    return this.ys[id]!;
  }

  /** The id of (x, y), new if the pair was not seen before. −0 and 0 are the same coordinate. */
  id(x: number, y: number): number {
    if (this.count * 2 >= this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    for (let s = this.hash(x + 0, y + 0) & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s]!;
      if (id === -1) {
        this.xs[this.count] = x + 0;
        this.ys[this.count] = y + 0;
        this.slots[s] = this.count;
        return this.count++;
      }
      if (this.xs[id] === x && this.ys[id] === y) return id;
    }
  }

  private hash(x: number, y: number): number {
    this.bits[0] = x;
    this.bits[1] = y;
    let h = Math.imul(this.words[0]! ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ this.words[1]! ^ (h >>> 15), 0xc2b2ae35);
    h = Math.imul(h ^ this.words[2]! ^ (h >>> 13), 0x85ebca6b);
    h = Math.imul(h ^ this.words[3]! ^ (h >>> 16), 0xc2b2ae35);
    return (h ^ (h >>> 15)) >>> 0;
  }

  private grow(): void {
    const cap = this.slots.length * 2;
    const xs = new Float64Array(cap / 2);
    const ys = new Float64Array(cap / 2);
    xs.set(this.xs);
    ys.set(this.ys);
    this.xs = xs;
    this.ys = ys;
    this.slots = new Int32Array(cap).fill(-1);
    const mask = cap - 1;
    for (let id = 0; id < this.count; id++) {
      let s = this.hash(xs[id]!, ys[id]!) & mask;
      while (this.slots[s] !== -1) s = (s + 1) & mask;
      this.slots[s] = id;
    }
  }
}
