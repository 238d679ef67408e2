import { K256, K512 } from './sha2-constants';

// The compression functions shared by the one-shot hashes (hmac-sha2.ts) and the audit's JS loop
// (js-scanner.ts). Both split a block's work in two: the message schedule plus round constants
// (`kw[t] = W[t] + K[t]`, which depends only on the block), then the rounds. A block that is the
// same for every candidate (the signing input's) has its `kw` computed once, so the loop only runs
// the rounds for it.

/** Expands 16 big-endian words `w[0..15]` to the schedule and writes `W[t] + K[t]` into `kw[off..off+63]`. */
export function schedule256(w: Int32Array, kw: Int32Array, off: number): void {
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15]!;
    const y = w[t - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = (s1 + w[t - 7]! + s0 + w[t - 16]!) | 0;
  }
  for (let t = 0; t < 64; t++) kw[off + t] = (w[t]! + K256[t]!) | 0;
}

/** The 64 rounds of SHA-256 over `state` (8 words, updated in place) with a prepared `kw` block. */
export function rounds256(state: Int32Array, kw: Int32Array, off: number): void {
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let t = 0; t < 64; t++) {
    const t1 =
      (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + kw[off + t]!) | 0;
    const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

/**
 * One SHA-256 block whose schedule differs per call (a key block): `w[0..15]` holds the block's
 * big-endian words and is expanded in place while the 64 rounds run over `state`.
 */
export function compress256(state: Int32Array, w: Int32Array): void {
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let t = 0; t < 64; t++) {
    let wt: number;
    if (t < 16) {
      wt = w[t]!;
    } else {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      wt =
        ((((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)) +
          w[t - 7]! +
          (((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)) +
          w[t - 16]!) |
        0;
      w[t] = wt;
    }
    const t1 =
      (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + K256[t]! + wt) | 0;
    const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

const TWO_32 = 4294967296;

/**
 * SHA-512's schedule in (high, low) pairs: `w` holds 16 words as 32 int32s and is expanded to 80
 * words (160 int32s); `W[t] + K[t]` goes to `kw[off..off+159]`.
 */
export function schedule512(w: Int32Array, kw: Int32Array, off: number): void {
  for (let t = 16; t < 80; t++) {
    const xh = w[2 * (t - 15)]!;
    const xl = w[2 * (t - 15) + 1]!;
    const yh = w[2 * (t - 2)]!;
    const yl = w[2 * (t - 2) + 1]!;
    // σ0 = rotr1 ^ rotr8 ^ shr7, σ1 = rotr19 ^ rotr61 ^ shr6
    const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
    const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
    const s1h = ((yh >>> 19) | (yl << 13)) ^ ((yl >>> 29) | (yh << 3)) ^ (yh >>> 6);
    const s1l = ((yl >>> 19) | (yh << 13)) ^ ((yh >>> 29) | (yl << 3)) ^ ((yl >>> 6) | (yh << 26));
    const lo = (s1l >>> 0) + (w[2 * (t - 7) + 1]! >>> 0) + (s0l >>> 0) + (w[2 * (t - 16) + 1]! >>> 0);
    w[2 * t] = (s1h + w[2 * (t - 7)]! + s0h + w[2 * (t - 16)]! + ((lo / TWO_32) | 0)) | 0;
    w[2 * t + 1] = lo | 0;
  }
  for (let i = 0; i < 160; i += 2) {
    const lo = (w[i + 1]! >>> 0) + (K512[i + 1]! >>> 0);
    kw[off + i] = (w[i]! + K512[i]! + ((lo / TWO_32) | 0)) | 0;
    kw[off + i + 1] = lo | 0;
  }
}

/** The 80 rounds of SHA-512 over `state` (8 words as 16 int32s, updated in place) with a prepared `kw` block. */
export function rounds512(state: Int32Array, kw: Int32Array, off: number): void {
  let ah = state[0]!, al = state[1]!, bh = state[2]!, bl = state[3]!;
  let ch = state[4]!, cl = state[5]!, dh = state[6]!, dl = state[7]!;
  let eh = state[8]!, el = state[9]!, fh = state[10]!, fl = state[11]!;
  let gh = state[12]!, gl = state[13]!, hh = state[14]!, hl = state[15]!;
  for (let i = off, end = off + 160; i < end; i += 2) {
    // Σ1(e) = rotr14 ^ rotr18 ^ rotr41; Ch(e, f, g)
    const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
    const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
    const chh = (eh & fh) ^ (~eh & gh);
    const chl = (el & fl) ^ (~el & gl);
    const t1lo = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (kw[i + 1]! >>> 0);
    const t1h = (hh + S1h + chh + kw[i]! + ((t1lo / TWO_32) | 0)) | 0;
    const t1l = t1lo | 0;
    // Σ0(a) = rotr28 ^ rotr34 ^ rotr39; Maj(a, b, c)
    const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
    const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
    const mjh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
    const mjl = (al & bl) ^ (al & cl) ^ (bl & cl);
    const t2lo = (S0l >>> 0) + (mjl >>> 0);
    const t2h = (S0h + mjh + ((t2lo / TWO_32) | 0)) | 0;
    hh = gh;
    hl = gl;
    gh = fh;
    gl = fl;
    fh = eh;
    fl = el;
    const elo = (dl >>> 0) + (t1l >>> 0);
    eh = (dh + t1h + ((elo / TWO_32) | 0)) | 0;
    el = elo | 0;
    dh = ch;
    dl = cl;
    ch = bh;
    cl = bl;
    bh = ah;
    bl = al;
    const alo = (t1l >>> 0) + (t2lo >>> 0);
    ah = (t1h + t2h + ((alo / TWO_32) | 0)) | 0;
    al = alo | 0;
  }
  add64(state, 0, ah, al);
  add64(state, 2, bh, bl);
  add64(state, 4, ch, cl);
  add64(state, 6, dh, dl);
  add64(state, 8, eh, el);
  add64(state, 10, fh, fl);
  add64(state, 12, gh, gl);
  add64(state, 14, hh, hl);
}

function add64(state: Int32Array, i: number, h: number, l: number): void {
  const lo = (state[i + 1]! >>> 0) + (l >>> 0);
  state[i] = (state[i]! + h + ((lo / TWO_32) | 0)) | 0;
  state[i + 1] = lo | 0;
}
