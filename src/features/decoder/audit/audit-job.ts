import type { AuditHit } from '../../../core/audit/audit-hit';
import { describeHit } from '../../../core/audit/audit-hit';
import type { AuditEngine, AuditTarget, Scanner } from '../../../core/audit/audit-target';
import { HASH_OF_ALG } from '../../../core/audit/hmac-alg';
import { createCandidateSet, type CandidateSet } from '../../../core/audit/candidates';
import type { HmacHash } from '../../../core/audit/hmac-sha2';
import { packKeys, type PackedKeys } from '../../../core/audit/pack-keys';
import { commonCandidates, FAMOUS_ENTRIES, famousCandidates } from './builtin-dictionary';

/** One worker's share of an audit: its slice of the built-in lists and its byte range of the user's file. */
export interface AuditJob {
  runId: number;
  target: AuditTarget;
  /** This job's part of the built-in lists: part `part` of `parts` equal slices (none when `builtin` is false). */
  part: number;
  parts: number;
  builtin: boolean;
  wordlist: { file: Blob; name: string; start: number; end: number } | null;
}

export interface JobProgress {
  runId: number;
  checked: number;
  total: number;
  /** Bytes of this job's range of the wordlist read so far, and the range's size. */
  bytesRead: number;
  bytes: number;
  engine: AuditEngine;
  /** Milliseconds spent preparing (kernel, lists) and hashing, for the benchmark. */
  setupMs: number;
  hashMs: number;
}

/** What a job reports: progress (throttled), then exactly one of hit, done or error (none when cancelled). */
export type JobEvent =
  | ({ type: 'progress' } & JobProgress)
  | ({ type: 'hit'; hit: AuditHit } & JobProgress)
  | ({ type: 'done' } & JobProgress)
  | { type: 'error'; runId: number; message: string };

/** Where a job runs: a worker (WASM when it compiles, 8 ms slices) or the page itself (JS, short slices). */
export interface JobEnvironment {
  createScanner(target: AuditTarget): Promise<Scanner>;
  /** Gives the event loop a turn, so a cancel message (or, on the page, input) gets through. */
  pause(): Promise<void>;
  isCancelled(runId: number): boolean;
  emit(event: JobEvent): void;
  now(): number;
  /** Milliseconds of hashing between pauses. */
  sliceMs: number;
}

const PROGRESS_INTERVAL_MS = 50;
const WORDLIST_BATCH_LINES = 8192;
/** Longer lines are skipped: no one's secret is 64 KiB long, and a line must fit in memory. */
const MAX_LINE_BYTES = 65536;
const NEWLINE = 0x0a;

const packed = new WeakMap<CandidateSet, Map<HmacHash, PackedKeys>>();

function packedFor(set: CandidateSet, hash: HmacHash): PackedKeys {
  let byHash = packed.get(set);
  if (!byHash) {
    byHash = new Map();
    packed.set(set, byHash);
  }
  let keys = byHash.get(hash);
  if (!keys) {
    // The built-in lists are audited again for every token: keep their keys' pad states.
    keys = packKeys(set, hash, { reuse: set.source !== 'user-wordlist' });
    byHash.set(hash, keys);
  }
  return keys;
}

/** `[start, end)` of part `part` out of `parts` equal slices of `count` items. */
export function sliceOf(count: number, part: number, parts: number): [number, number] {
  return [Math.floor((count * part) / parts), Math.floor((count * (part + 1)) / parts)];
}

/**
 * Reads the lines that start inside `[start, end)` of `file` (a line that starts before `start`
 * belongs to the previous range). Streams with `Blob.stream()`: memory stays at one chunk plus one
 * line, whatever the file's size. Strips `\r` and a leading BOM, skips empty and over-long lines.
 */
export async function* readLines(file: Blob, start: number, end: number): AsyncGenerator<{ lines: string[]; position: number }> {
  const from = start === 0 ? 0 : start - 1;
  const reader = file.slice(from).stream().getReader();
  const decoder = new TextDecoder();
  let carry = new Uint8Array(0);
  let carryStart = from;
  let skipping = false;
  let lines: string[] = [];
  const take = (bytes: Uint8Array, lineStart: number): boolean => {
    if (lineStart >= end) return false;
    if (lineStart < start || bytes.length > MAX_LINE_BYTES) return true;
    let length = bytes.length;
    if (length > 0 && bytes[length - 1] === 0x0d) length--;
    let text = decoder.decode(bytes.subarray(0, length));
    if (lineStart === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text !== '') lines.push(text);
    return true;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        if (!skipping && carry.length > 0) take(carry, carryStart);
        if (lines.length > 0) yield { lines, position: end };
        return;
      }
      let chunk: Uint8Array = value;
      let chunkStart = carryStart + carry.length;
      if (carry.length > 0) {
        const joined = new Uint8Array(carry.length + chunk.length);
        joined.set(carry);
        joined.set(chunk, carry.length);
        chunk = joined;
        chunkStart = carryStart;
      }
      let lineStart = 0;
      let newline = chunk.indexOf(NEWLINE);
      while (newline >= 0) {
        if (!skipping && !take(chunk.subarray(lineStart, newline), chunkStart + lineStart)) {
          if (lines.length > 0) yield { lines, position: end };
          return;
        }
        skipping = false;
        lineStart = newline + 1;
        newline = chunk.indexOf(NEWLINE, lineStart);
      }
      carryStart = chunkStart + lineStart;
      carry = chunk.slice(lineStart);
      if (carry.length > MAX_LINE_BYTES) {
        // Drop the long line's bytes until its end; its start stays the line's start.
        skipping = true;
        carryStart += carry.length;
        carry = new Uint8Array(0);
      }
      if (lines.length >= WORDLIST_BATCH_LINES) {
        yield { lines, position: Math.min(end, carryStart) };
        lines = [];
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** The entries a wordlist line gives: the line as it is, and trimmed when that differs (jwt_tool trims). */
function entriesOf(lines: string[]): string[] {
  const entries: string[] = [];
  for (const line of lines) {
    entries.push(line);
    const trimmed = line.trim();
    if (trimmed !== line && trimmed !== '') entries.push(trimmed);
  }
  return entries;
}

/**
 * Runs one job: tier 0, then tier 1 (loaded now), then the job's range of the user's wordlist, in
 * slices of `env.sliceMs`, stopping at the first confirmed hit or when cancelled.
 */
export async function runAuditJob(job: AuditJob, env: JobEnvironment): Promise<void> {
  const { runId, target } = job;
  const hash = HASH_OF_ALG[target.alg];
  const began = env.now();
  let scanner: Scanner;
  try {
    scanner = await env.createScanner(target);
  } catch (error) {
    env.emit({ type: 'error', runId, message: String(error) });
    return;
  }
  const progress: JobProgress = {
    runId,
    checked: 0,
    total: 0,
    bytesRead: 0,
    bytes: job.wordlist ? job.wordlist.end - job.wordlist.start : 0,
    engine: scanner.engine,
    setupMs: 0,
    hashMs: 0,
  };
  let lastReport = -Infinity;
  const report = (force = false) => {
    const now = env.now();
    if (!force && now - lastReport < PROGRESS_INTERVAL_MS) return;
    lastReport = now;
    env.emit({ type: 'progress', ...progress });
  };
  let chunk = 1024;

  /** Scans keys [start, end) of `set`: 'hit' (reported), 'cancelled', or 'clear'. */
  const scanRange = async (set: CandidateSet, start: number, end: number, origin?: string): Promise<'hit' | 'cancelled' | 'clear'> => {
    const keys = packedFor(set, hash);
    let i = start;
    while (i < end) {
      if (env.isCancelled(runId)) return 'cancelled';
      const stop = Math.min(end, i + chunk);
      const sliceStart = env.now();
      const found = scanner.scan(keys, i, stop);
      const took = env.now() - sliceStart;
      progress.hashMs += took;
      const scanned = (found >= 0 ? found + 1 : stop) - i;
      // Aim each slice at sliceMs, whatever this machine's speed (growing at most 4x a step).
      chunk = Math.max(64, Math.min(4 * chunk, 1 << 18, Math.round((scanned * env.sliceMs) / Math.max(took, 0.05))));
      if (found >= 0) {
        progress.checked += found + 1 - i;
        const hit = describeHit(target, hash, set, found, { famous: FAMOUS_ENTRIES, origin });
        if (hit) {
          env.emit({ type: 'hit', hit, ...progress });
          return 'hit';
        }
        i = found + 1;
      } else {
        progress.checked += stop - i;
        i = stop;
      }
      report();
      await env.pause();
    }
    return 'clear';
  };

  if (job.builtin) {
    const famous = famousCandidates();
    const [famousStart, famousEnd] = sliceOf(famous.count, job.part, job.parts);
    progress.total += famousEnd - famousStart;
    report(true);
    const tier0 = await scanRange(famous, famousStart, famousEnd);
    if (tier0 !== 'clear') return;

    const common = await commonCandidates();
    if (env.isCancelled(runId)) return;
    const [commonStart, commonEnd] = sliceOf(common.count, job.part, job.parts);
    progress.total += commonEnd - commonStart;
    report(true);
    const tier1 = await scanRange(common, commonStart, commonEnd);
    if (tier1 !== 'clear') return;
  }

  if (job.wordlist) {
    const { file, name, start, end } = job.wordlist;
    for await (const batch of readLines(file, start, end)) {
      if (env.isCancelled(runId)) return;
      const set = createCandidateSet('user-wordlist', entriesOf(batch.lines));
      progress.total += set.count;
      const result = await scanRange(set, 0, set.count, name);
      if (result !== 'clear') return;
      progress.bytesRead = batch.position - start;
      report();
    }
    progress.bytesRead = progress.bytes;
  }
  progress.setupMs = env.now() - began - progress.hashMs;
  if (!env.isCancelled(runId)) env.emit({ type: 'done', ...progress });
}
