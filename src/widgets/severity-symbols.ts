import type { Severity } from '../core/findings/finding';

/** Severity is carried by the word and by the shape, never by colour alone (the decoder uses the same shapes). */
export const SEVERITY_SYMBOLS: Record<Severity, string> = { critical: '⬢', high: '▲', medium: '◆', low: '●', info: 'ℹ' };
