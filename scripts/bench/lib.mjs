// Helpers shared by the benchmark sections (scripts/bench/*.mjs): statistics, sizes, tables.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The median of the numbers (null entries, e.g. timeouts, are left out); null when there are none. */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function range(values) {
  const finite = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return null;
  return [Math.min(...finite), Math.max(...finite)];
}

/** gzip -9 and brotli -11 sizes of a file, as a static host would send it. */
export function compressedSizes(path) {
  const data = readFileSync(path);
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function formatMs(ms) {
  if (ms === null || ms === undefined) return 'n/a';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function formatKB(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/**
 * Prints a plain-text table. `columns` are header strings; a column whose header starts with '>'
 * is right-aligned (the '>' is not printed).
 */
export function printTable(title, columns, rows, notes = []) {
  const headers = columns.map((c) => c.replace(/^>/, ''));
  const right = columns.map((c) => c.startsWith('>'));
  const cells = rows.map((row) => row.map((cell) => String(cell ?? '')));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row) =>
    row.map((cell, i) => (right[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of cells) console.log(line(row));
  for (const note of notes) console.log(`  ${note}`);
}
