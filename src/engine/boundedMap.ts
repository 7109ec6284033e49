/** A Map that forgets its oldest entries beyond `max` (a cache whose misses cost only a read). */
export class BoundedMap<K, V> {
  private readonly m = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(k: K): V | undefined {
    return this.m.get(k);
  }

  set(k: K, v: V): void {
    this.m.delete(k);
    this.m.set(k, v);
    if (this.m.size > this.max) this.m.delete(this.m.keys().next().value as K);
  }

  delete(k: K): void {
    this.m.delete(k);
  }
}
