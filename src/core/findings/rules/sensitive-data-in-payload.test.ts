import { check, meta } from './sensitive-data-in-payload';
import { jws, testRule } from '../test-support/rule-tester';

const claims = (payload: unknown) => jws({ alg: 'HS256' }, payload);
const FAKE_AWS = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
const FAKE_GITHUB = `ghp_${'a1B2c3D4e5'.repeat(4)}`;

testRule(
  { meta, check },
  {
    valid: [
      { name: 'amr pwd is an authentication method (RFC 8176)', token: claims({ amr: ['pwd', 'mfa'] }) },
      { name: 'pwd_changed_at, password_expires, pass_through', token: claims({ pwd_changed_at: 1, password_expires: 2, pass_through: true }) },
      { name: 'identifiers and hashes', token: claims({ nonce: 'n', jti: 'j', sid: 's', at_hash: 'h', c_hash: 'c', _sd: ['x'] }) },
      { name: 'an empty password claim', token: claims({ password: '' }) },
      { name: 'a boolean otp flag', token: claims({ otp: false }) },
      { name: 'a 16-digit ID without a card prefix', token: claims({ id: '1234567812345670' }) },
      { name: 'a 16-digit number failing Luhn', token: claims({ ref: '4111111111111112' }) },
      { name: 'a date that looks like nothing', token: claims({ date: '2024-01-15' }) },
    ],
    invalid: [
      { name: 'a password claim', token: claims({ password: 'hunter2' }), findings: [{ messageId: 'secretClaim', severity: 'high', params: { claim: 'password' }, pointer: '/password' }] },
      { name: 'client_secret nested', token: claims({ app: { client_secret: 'abc' } }), findings: [{ messageId: 'secretClaim', params: { claim: 'client_secret' }, pointer: '/app/client_secret' }] },
      { name: 'Api-Key spelled differently', token: claims({ 'Api-Key': 'k' }), findings: [{ messageId: 'secretClaim' }] },
      { name: 'a numeric PIN', token: claims({ pin: 1234 }), findings: [{ messageId: 'secretClaim' }] },
      { name: 'a private key in a value', token: claims({ note: '-----BEGIN RSA PRIVATE KEY-----\nMII' }), findings: [{ messageId: 'secretValue', params: { kind: 'privateKey' } }] },
      { name: 'an AWS key id', token: claims({ creds: FAKE_AWS }), findings: [{ messageId: 'secretValue', params: { kind: 'awsKey' } }] },
      { name: 'a GitHub token', token: claims({ t: FAKE_GITHUB }), findings: [{ messageId: 'secretValue', params: { kind: 'githubToken' } }] },
      { name: 'a card number with spaces', token: claims({ c: '4111 1111 1111 1111' }), findings: [{ messageId: 'secretValue', params: { kind: 'cardNumber' } }] },
      { name: 'a US SSN', token: claims({ id: '123-45-6789' }), findings: [{ messageId: 'secretValue', params: { kind: 'ssn' } }] },
      { name: 'a bcrypt hash', token: claims({ h: '$2b$12$abcdefghijklmnopqrstuv' }), findings: [{ messageId: 'secretValue', params: { kind: 'passwordHash' } }] },
      { name: 'a JWT inside a claim (info)', token: claims({ act: { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.abc' } }), findings: [{ messageId: 'nestedJwt', severity: 'info' }] },
    ],
  },
);
