import { createCandidateSet, type CandidateSet } from '../../../core/audit/candidates';
import { famousSecretEntries, type FamousEntry } from '../../../core/audit/famous-secrets';

/** Tier 0's entries (the famous defaults and their variants), with their origins. */
export const FAMOUS_ENTRIES: readonly FamousEntry[] = famousSecretEntries();

let famousSet: CandidateSet | null = null;
let commonSet: Promise<CandidateSet> | null = null;

/** Tier 0 as candidates: small, built on first use. */
export function famousCandidates(): CandidateSet {
  famousSet ??= createCandidateSet(
    'famous-defaults',
    FAMOUS_ENTRIES.map((entry) => entry.text),
  );
  return famousSet;
}

/**
 * Tier 1, the common-password list of @zxcvbn-ts/language-common (MIT, 49k entries), as
 * candidates. Its module is imported here, on first use, so it is a chunk of its own that only the
 * audit (normally its worker) loads; entries already in tier 0 are left out.
 */
export function commonCandidates(): Promise<CandidateSet> {
  commonSet ??= import('@zxcvbn-ts/language-common/dist/passwords.json.mjs').then(({ default: passwords }) =>
    createCandidateSet('common-passwords', passwords, { exclude: new Set(famousCandidates().texts) }),
  );
  return commonSet;
}
