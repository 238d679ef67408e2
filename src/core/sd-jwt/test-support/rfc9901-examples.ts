// Test-only: the SD-JWT examples of RFC 9901 (§5 and Appendix A) and the issuer's key (Appendix
// A.5), kept as data in rfc9901-examples.json beside this file (its `source` says where each came from).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { JsonObject } from '../../json/json-value';

/** One example SD-JWT of the RFC: its text, the claim names its disclosures carry (`[]` for array elements), and what a verifier ends with. */
export interface Rfc9901Example {
  id: string;
  section: string;
  token: string;
  claims: string[];
  keyBinding: boolean;
  /** The RFC's "Processed SD-JWT Payload", where it gives one. */
  processedPayload?: JsonObject;
}

interface Rfc9901Examples {
  source: string;
  issuerKey: { source: string; jwk: JsonObject };
  examples: Rfc9901Example[];
}

/** The RFC 9901 examples and issuer key, read from the JSON file. */
export const RFC9901 = JSON.parse(readFileSync(resolve(import.meta.dirname, 'rfc9901-examples.json'), 'utf8')) as Rfc9901Examples;

/** Returns the example with this id; throws when there is none (a test's typo). */
export function rfc9901Example(id: string): Rfc9901Example {
  const example = RFC9901.examples.find((candidate) => candidate.id === id);
  if (!example) throw new Error(`no RFC 9901 example ${id}`);
  return example;
}
