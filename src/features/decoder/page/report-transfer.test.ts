import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../../core/inspect-token';
import { receiveReport, sendableReport, SLICED_MIN_CHARS, transferablesOf } from './report-transfer';

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
    const made = sendableReport(inspectToken(text), text);
    const sent = structuredClone(made, { transfer: transferablesOf(made.report) });
    expect(receiveReport(sent, text)).toEqual(inspectToken(text));
  });

  it('sends the long strings of a large token as places in its text, not as copies', () => {
    const sent = sendableReport(inspectToken(large), large);
    expect([...sent.slices.keys()]).toEqual(['text', 'signingInput', 'part1']);
    if (sent.report.decoded.kind !== 'jws') throw new Error('not a JWS');
    expect(sent.report.decoded.normalisation.text).toBe('');
    expect(sent.report.decoded.parts[1].segment).toBe('');
  });

  it('sends a long claim as its place in the payload’s text, and puts it back there, under __proto__ too', () => {
    const claim = 'z'.repeat(SLICED_MIN_CHARS);
    const escaped = `${'w'.repeat(SLICED_MIN_CHARS)}\n`;
    const payloadJson = `{"claim":"${claim}","__proto__":"${claim}","deep":[[["${claim}"]]],"escaped":${JSON.stringify(escaped)}}`;
    const text = `${b64({ alg: 'HS256' })}.${Buffer.from(payloadJson).toString('base64url')}.c2ln`;
    const made = sendableReport(inspectToken(text), text);
    // The escaped one is not in the text as it reads: it travels whole.
    expect(made.valueSlices.map(({ path }) => path.join('.')).sort()).toEqual(['__proto__', 'claim', 'deep.0.0.0']);
    expect(made.report.payload?.claim).toBe('');
    const back = receiveReport(structuredClone(made), text);
    expect(back).toEqual(inspectToken(text));
    expect(Object.getOwnPropertyDescriptor(back.payload, '__proto__')?.value).toBe(claim);
    expect(back.payload?.escaped).toBe(escaped);
  });

  it('sends the pretty JSON without the long claims its part’s text holds, and puts them back in order', () => {
    const first = 'p'.repeat(SLICED_MIN_CHARS);
    const second = 'q'.repeat(SLICED_MIN_CHARS);
    const payloadJson = `{"b":"${second}","a":{"x":"${first}"},"escaped":${JSON.stringify(`${first}\t`)}}`;
    const text = `${b64({ alg: 'HS256' })}.${Buffer.from(payloadJson).toString('base64url')}.c2ln`;
    const made = sendableReport(inspectToken(text), text);
    expect(made.prettyCuts.payloadJson).toHaveLength(2);
    // What travels of the pretty text is its frame and the escaped string, which is not in the text as it reads.
    expect(made.report.payloadJson?.pretty.length).toBeLessThan(SLICED_MIN_CHARS + 100);
    expect(receiveReport(structuredClone(made), text).payloadJson?.pretty).toBe(inspectToken(text).payloadJson?.pretty);
  });

  it('moves a large token’s decoded bytes rather than copying them, and nothing of a small token', () => {
    const report = inspectToken(large);
    if (report.decoded.kind !== 'jws') throw new Error('not a JWS');
    expect(transferablesOf(report)).toEqual([report.decoded.parts[1].decoding.bytes?.buffer]);
    expect(transferablesOf(inspectToken(`${b64({ alg: 'HS256' })}.${b64({ sub: 'x' })}.c2ln`))).toEqual([]);
  });
});
