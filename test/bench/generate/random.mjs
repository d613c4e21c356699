// Deterministic randomness for the generator: every record draws from its own stream, seeded by
// (seed, table, index), so a table can be regenerated row by row without keeping anything in memory
// and the same seed always yields the same rows.

/** 32-bit FNV-1a of a string: turns a table name into a stream key. */
export function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32-style mixing of the seed, the stream and the index into a 32-bit state. */
function mix(seed, stream, index) {
  let z = (seed ^ Math.imul(stream, 0x9e3779b9) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d);
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A mulberry32 generator with helpers (a class: a million streams must not each allocate closures). */
class Rng {
  constructor(state) {
    this.state = state;
  }

  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n) {
    return Math.floor(this.next() * n);
  }

  range(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p) {
    return this.next() < p;
  }

  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }

  /** `pairs` as [value, weight]. */
  weighted(pairs) {
    let total = 0;
    for (const pair of pairs) total += pair[1];
    let x = this.next() * total;
    for (const [value, w] of pairs) if ((x -= w) < 0) return value;
    return pairs[pairs.length - 1][0];
  }

  digits(n) {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(this.next() * 10);
    return s;
  }
}

const streamKeys = new Map();

/** The stream of record `index` of `stream` (a name or a number), e.g. `rng(seed, 'case', i)`. */
export function rng(seed, stream, index = 0) {
  let key = typeof stream === 'number' ? stream : streamKeys.get(stream);
  if (key === undefined) streamKeys.set(stream, (key = hashString(stream)));
  return new Rng(mix(seed >>> 0, key, index));
}

/** murmur3's 32-bit finalizer: a bijection, so distinct inputs never collide. */
function fmix32(x) {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex32 = (x) => HEX[x >>> 24] + HEX[(x >>> 16) & 255] + HEX[(x >>> 8) & 255] + HEX[x & 255];

/**
 * A deterministic version-4-shaped UUID for record `index` of `kind`: the first word is a
 * bijection of the index (unique within a kind by construction), the rest looks random.
 */
export function uuidFor(seed, kind, index) {
  const k = hashString(kind);
  const r = rng(seed, k, index);
  const h = [fmix32(index ^ k), fmix32(k ^ Math.imul(seed, 0x9e3779b9)), r.int(2 ** 32), r.int(2 ** 32)].map(hex32).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) & 3]}${h.slice(17, 20)}-${h.slice(20)}`;
}
