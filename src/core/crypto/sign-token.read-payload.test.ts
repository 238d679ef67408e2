import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../encoding/base64url';
import { readPayload, signToken } from './sign-token';

describe('readPayload', () => {
  it('gives the payload bytes signToken signs, whitespace between tokens dropped and strings kept', async () => {
    const payloadJson = '{ "sub" : "a b",\n  "n": 1.50 }';
    const reading = readPayload(payloadJson);
    const signed = await signToken({ headerJson: '{"alg":"HS256"}', payloadJson, alg: 'HS256', key: 'a-secret-of-at-least-32-bytes-long!!' });
    expect(reading.ok && signed.ok).toBe(true);
    if (!reading.ok || !signed.ok) return;
    expect(encodeBase64Url(reading.bytes)).toBe(signed.token.split('.')[1]);
    expect(new TextDecoder().decode(reading.bytes)).toBe('{"sub":"a b","n":1.50}');
    expect(reading.warnings).toEqual([]);
  });

  it('warns of a repeated member and of a payload that is not an object', () => {
    const repeated = readPayload('{"a":1,"a":2}');
    expect(repeated.ok && repeated.warnings).toEqual([{ code: 'duplicate-member', params: { part: 'payload', name: 'a' } }]);
    const array = readPayload('[1]');
    expect(array.ok && array.warnings.map((warning) => warning.code)).toEqual(['payload-not-object']);
  });

  it('says where the JSON is wrong, as the payload field', () => {
    const reading = readPayload('{"a":}');
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.error.field).toBe('payload');
    expect(reading.error.code).toBe('json-invalid');
  });
});
