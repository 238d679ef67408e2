/** An entropy estimate and where it came from. */
export interface SecretStrength {
  bits: number;
  estimator: 'zxcvbn' | 'charset';
}

interface Estimator {
  check: (password: string) => { guessesLog10: number };
}

let estimator: Promise<Estimator> | null = null;

// zxcvbn and its ~49k-word dictionary are loaded only when a pasted secret needs judging, so they
// never reach the first-load bundle.
function loadEstimator(): Promise<Estimator> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) => new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs }),
  );
  return estimator;
}

/** Returns `length × log2(charset)` for the character classes present, before any penalty: the fallback when zxcvbn cannot load (docs/security-rules.md). */
export function estimateCharsetBits(secret: string): number {
  let charset = 0;
  if (/[a-z]/.test(secret)) charset += 26;
  if (/[A-Z]/.test(secret)) charset += 26;
  if (/[0-9]/.test(secret)) charset += 10;
  if (/[^a-zA-Z0-9]/.test(secret)) charset += 33;
  return charset === 0 ? 0 : Math.round(secret.length * Math.log2(charset));
}

/**
 * Returns an estimate of a printable secret's entropy in bits from zxcvbn (dictionary words,
 * keyboard walks, repeats and sequences cost little); the charset estimate when zxcvbn cannot load.
 * A heuristic: it cannot see how a random-looking string was made.
 */
export async function estimateSecretStrength(secret: string): Promise<SecretStrength> {
  try {
    const result = (await loadEstimator()).check(secret);
    return { bits: Math.round(result.guessesLog10 * Math.log2(10)), estimator: 'zxcvbn' };
  } catch {
    estimator = null;
    return { bits: estimateCharsetBits(secret), estimator: 'charset' };
  }
}
