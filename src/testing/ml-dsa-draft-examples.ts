// The ML-DSA draft's JOSE examples stay beside the core tests that import them (core imports only
// core); end-to-end specs, which import only e2e/ and src/testing, read them from here. Read as a
// file: Playwright loads specs as ES modules, where a JSON import needs an import attribute.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One published example of the ML-DSA draft: its key (private part included) and a JWS it signed. */
export interface MlDsaDraftExample {
  alg: string;
  jwk: { kty: string; alg: string; pub: string; priv?: string; kid: string };
  jws: string;
}

/** The ML-DSA draft's JOSE examples (ML-DSA-44, -65, -87), from the core tests' vector file. */
export const ML_DSA_DRAFT_EXAMPLES = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'core', 'crypto', 'test-support', 'ml-dsa-draft-examples.json'), 'utf8')) as {
    examples: MlDsaDraftExample[];
  }
).examples;
