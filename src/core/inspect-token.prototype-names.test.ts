import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectToken } from './inspect-token';
import { hostileToken } from './test-support/prototype-names';
import { decodeToken } from './token/decode-token';

describe('decodeToken and inspectToken with Object.prototype names in the header and claims', () => {
  it('decode any hostile token into its parts and report its header as the object it is', () => {
    fc.assert(
      fc.property(hostileToken, (token) => {
        const decoded = decodeToken(token);
        expect(['jws', 'jwe']).toContain(decoded.kind);
        const report = inspectToken(token);
        expect(report.header).not.toBeNull();
        expect(Object.getPrototypeOf(report.header)).toBe(Object.prototype);
        expect(report.problems).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
