import { appendPointerToken } from '../json/json-pointer';
import { isJsonObject, ownMember, type JsonObject, type JsonValue } from '../json/json-value';
import { decodeDisclosure, type DecodedDisclosure } from './decode-disclosure';
import { digestSdText, type SdHashAlgName } from './sd-hash-alg';

/** Whether a disclosure's digest is in the issuer JWT; equal to the UI contract's `sd-disclosure` `data-status` values. */
export type DisclosureStatus = 'matched' | 'unmatched' | 'duplicate';

/**
 * A matched disclosure a verifier must still reject (RFC 9901 §7.1): an array element's disclosure
 * referenced from `_sd` or an object member's from `...` (`misplaced`), or a claim name the object already has.
 */
export type DisclosureProblem = 'misplaced' | 'claim-exists';

/** One disclosure as sent, read, and matched against the digests of the issuer JWT. */
export interface DisclosureReport {
  /** 0-based position among the disclosures. */
  index: number;
  text: string;
  /** Its base64url digest under `_sd_alg`; null when that algorithm is not one this app computes. */
  digest: string | null;
  decoding: DecodedDisclosure;
  status: DisclosureStatus;
  /** Where its claim or element was put in the processed payload (RFC 6901); null when it was not. */
  pointer: string | null;
  problem: DisclosureProblem | null;
}

/** The disclosures matched against a payload, and the payload with the disclosed claims in place. */
export interface DisclosureProcessing {
  disclosures: DisclosureReport[];
  /** Digests no disclosure matches: claims that stay hidden, and decoys. */
  hiddenCount: number;
  /** Digests found more than once (in the payload, in disclosed values, or as two copies of a disclosure). */
  repeatedDigests: string[];
  /** The processed payload: disclosed claims and elements in place; `_sd`, top-level `_sd_alg` and undisclosed elements removed. */
  payload: JsonObject;
}

function isElementDigest(value: JsonValue): value is { '...': JsonValue } {
  return isJsonObject(value) && Object.keys(value).length === 1 && Object.hasOwn(value, '...');
}

/**
 * Returns each disclosure's digest and status and the processed payload (RFC 9901 §7.1 steps 3–5):
 * every `_sd` array and every `{"...": digest}` element, in disclosed values too, is matched against
 * the disclosures' digests. With `alg` null nothing matches. Does not verify the issuer's signature.
 */
export function processDisclosures(payload: JsonObject, disclosures: readonly string[], alg: SdHashAlgName | null): DisclosureProcessing {
  const reports: DisclosureReport[] = disclosures.map((text, index) => ({
    index,
    text,
    digest: alg === null ? null : digestSdText(alg, text),
    decoding: decodeDisclosure(text),
    status: 'unmatched',
    pointer: null,
    problem: null,
  }));
  const byDigest = new Map<string, DisclosureReport>();
  const repeated = new Set<string>();
  for (const report of reports) {
    if (report.digest === null) continue;
    if (byDigest.has(report.digest)) {
      report.status = 'duplicate';
      repeated.add(report.digest);
    } else byDigest.set(report.digest, report);
  }
  const seen = new Set<string>();
  let hiddenCount = 0;

  const reveal = (digest: JsonValue | undefined, kind: 'member' | 'element'): DisclosureReport | null => {
    if (typeof digest !== 'string') return null;
    const report = byDigest.get(digest);
    if (seen.has(digest)) {
      repeated.add(digest);
      if (report) report.status = 'duplicate';
      return null;
    }
    seen.add(digest);
    if (!report) {
      hiddenCount++;
      return null;
    }
    report.status = 'matched';
    if (!report.decoding.ok) return null;
    if (report.decoding.kind !== kind) {
      report.problem = 'misplaced';
      return null;
    }
    return report;
  };

  const processValue = (value: JsonValue, pointer: string): JsonValue => {
    if (Array.isArray(value)) return processArray(value, pointer);
    return isJsonObject(value) ? processObject(value, pointer, false) : value;
  };

  const processArray = (array: JsonValue[], pointer: string): JsonValue[] => {
    const out: JsonValue[] = [];
    for (const element of array) {
      if (!isElementDigest(element)) {
        out.push(processValue(element, appendPointerToken(pointer, out.length)));
        continue;
      }
      const report = reveal(element['...'], 'element');
      if (report?.decoding.ok !== true) continue;
      report.pointer = appendPointerToken(pointer, out.length);
      out.push(processValue(report.decoding.value, report.pointer));
    }
    return out;
  };

  const processObject = (object: JsonObject, pointer: string, top: boolean): JsonObject => {
    const entries: [string, JsonValue][] = [];
    const names = new Set<string>();
    for (const [name, value] of Object.entries(object)) {
      if (name === '_sd' || (top && name === '_sd_alg')) continue;
      names.add(name);
      entries.push([name, processValue(value, appendPointerToken(pointer, name))]);
    }
    const digests = ownMember(object, '_sd');
    for (const digest of Array.isArray(digests) ? digests : []) {
      const report = reveal(digest, 'member');
      if (report?.decoding.ok !== true || report.decoding.kind !== 'member') continue;
      const { name, value } = report.decoding;
      if (names.has(name)) {
        report.problem = 'claim-exists';
        continue;
      }
      names.add(name);
      report.pointer = appendPointerToken(pointer, name);
      entries.push([name, processValue(value, report.pointer)]);
    }
    return Object.fromEntries(entries);
  };

  const processed = processObject(payload, '', true);
  return { disclosures: reports, hiddenCount, repeatedDigests: [...repeated], payload: processed };
}
