import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../../core/inspect-token';
import { receiveReport, sendableReport, SLICED_MIN_CHARS } from './report-transfer';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const large = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'x', pad: 'y'.repeat(SLICED_MIN_CHARS) })}.c2ln`;

describe('sendableReport / receiveReport', () => {
  it.each([
    ['a large token', large],
    ['a large token after a Bearer prefix (the normalised copy differs)', `Bearer ${large}`],
    ['a large JWE', `${b64({ alg: 'dir', enc: 'A128GCM' })}..${'A'.repeat(SLICED_MIN_CHARS)}.${'B'.repeat(SLICED_MIN_CHARS)}.AAAA`],
    ['a small token', `${b64({ alg: 'HS256' })}.${b64({ sub: 'x' })}.c2ln`],
    ['garbage', 'not a token'],
  ])('%s comes back equal to the report made on the main thread', (_label, text) => {
    // Structured clone is what postMessage does between the worker and the page.
    const sent = structuredClone(sendableReport(inspectToken(text), text));
    expect(receiveReport(sent, text)).toEqual(inspectToken(text));
  });

  it('sends the long strings of a large token as places in its text, not as copies', () => {
    const sent = sendableReport(inspectToken(large), large);
    expect([...sent.slices.keys()]).toEqual(['text', 'signingInput', 'part1']);
    if (sent.report.decoded.kind !== 'jws') throw new Error('not a JWS');
    expect(sent.report.decoded.normalisation.text).toBe('');
    expect(sent.report.decoded.parts[1].segment).toBe('');
  });
});
