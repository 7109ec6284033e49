import { createHash } from "node:crypto";

/** One session as read from an attendance file. */
export interface SessionRow {
  line: number;
  mobile: string;
  seconds: number;
  /** Set only when the export has a start time, so the same session is never counted twice. */
  rowKey: string | null;
}

const KEY = 16;

/**
 * The sessions of a file, a column each: a 300,000-row livestream export as objects with hex row keys
 * weighed ~55 MB, as columns ~15 MB. A row key is the first 16 bytes of sha256("mobile|start|seconds|n"),
 * n counting the earlier sessions with the same mobile, start and seconds; it is stored as 32 hex digits.
 */
export class Sessions {
  length = 0;
  private readonly lines: Int32Array;
  private readonly secs: Int32Array;
  private readonly mobiles: string[] = [];
  private readonly keys?: Buffer;
  /** Open addressing over the keys (index + 1; 0 empty), to tell a repeated session. */
  private readonly slots?: Int32Array;
  /** Sessions seen more than once: how many so far. */
  private readonly repeats = new Map<string, number>();

  /** `keyed`: the file has start times; `dedupe`: sessions are pushed (a filtered copy is not). */
  constructor(capacity: number, keyed: boolean, dedupe = keyed) {
    this.lines = new Int32Array(capacity);
    this.secs = new Int32Array(capacity);
    if (keyed) this.keys = Buffer.alloc(capacity * KEY);
    if (keyed && dedupe) {
      let size = 16;
      while (size < capacity * 2) size *= 2;
      this.slots = new Int32Array(size);
    }
  }

  get keyed(): boolean {
    return this.keys !== undefined;
  }

  /** Adds a session; `start` (keyed sessions only) is the start time as written, spaces collapsed. */
  push(line: number, mobile: string, seconds: number, start?: string): void {
    const i = this.length;
    if (i === this.lines.length) throw new RangeError("more sessions than rows");
    this.lines[i] = line;
    this.secs[i] = seconds;
    this.mobiles.push(mobile);
    this.length++;
    if (!this.keys) return;
    if (!this.slots) throw new Error("a filtered set of sessions takes no more");
    const base = `${mobile}|${start ?? ""}|${seconds}`;
    let n = 1;
    this.writeKey(i, base, n);
    while (!this.addKey(i)) {
      n = (this.repeats.get(base) ?? 1) + 1;
      this.repeats.set(base, n);
      this.writeKey(i, base, n);
    }
  }

  private writeKey(i: number, base: string, n: number) {
    createHash("sha256").update(`${base}|${n}`).digest().copy(this.keys!, i * KEY, 0, KEY);
  }

  /** False when an earlier session has the same key. */
  private addKey(i: number): boolean {
    const keys = this.keys!;
    const slots = this.slots!;
    const mask = slots.length - 1;
    for (let s = keys.readUInt32LE(i * KEY) & mask; ; s = (s + 1) & mask) {
      const j = slots[s]! - 1;
      if (j < 0) {
        slots[s] = i + 1;
        return true;
      }
      if (keys.compare(keys, j * KEY, j * KEY + KEY, i * KEY, i * KEY + KEY) === 0) return false;
    }
  }

  line(i: number): number {
    return this.lines[i]!;
  }

  mobile(i: number): string {
    return this.mobiles[i]!;
  }

  seconds(i: number): number {
    return this.secs[i]!;
  }

  rowKey(i: number): string | null {
    return this.keys ? this.keys.toString("hex", i * KEY, i * KEY + KEY) : null;
  }

  at(i: number): SessionRow | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return { line: this.line(i), mobile: this.mobile(i), seconds: this.seconds(i), rowKey: this.rowKey(i) };
  }

  *[Symbol.iterator](): Generator<SessionRow> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }

  /** The sessions `keep` accepts, as a new set (their keys copied as they are). */
  filter(keep: (i: number) => boolean): Sessions {
    const out = new Sessions(this.length, this.keyed, false);
    for (let i = 0; i < this.length; i++) {
      if (!keep(i)) continue;
      const k = out.length++;
      out.lines[k] = this.lines[i]!;
      out.secs[k] = this.secs[i]!;
      out.mobiles.push(this.mobiles[i]!);
      this.keys?.copy(out.keys!, k * KEY, i * KEY, i * KEY + KEY);
    }
    return out;
  }
}
