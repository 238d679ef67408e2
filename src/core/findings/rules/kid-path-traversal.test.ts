import { check, meta } from './kid-path-traversal';
import { jws, testRule } from '../test-support/rule-tester';

const kid = (value: unknown) => jws({ alg: 'HS256', kid: value });

testRule(
  { meta, check },
  {
    valid: [
      { name: 'a plain kid', token: kid('2024-01-key') },
      { name: 'AWS KMS ARN', token: kid('arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab') },
      { name: 'Google Cloud KMS name', token: kid('projects/p/locations/global/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1') },
      { name: 'Vault key reference', token: kid('vault:v1:transit/keys/jwt') },
      { name: 'a base64 thumbprint with / and +', token: kid('NzbLsXh8uDCcd+6MNwXF4W/7noWXFZAfHkxZsRGC9Xs=') },
      { name: 'a kid with dots that are not a segment', token: kid('key..v2') },
      { name: 'a URN', token: kid('urn:example:key:1') },
      { name: 'a non-string kid (kid-other-injection instead)', token: kid({ $ne: null }) },
    ],
    invalid: [
      { name: 'jwt_tool ../../dev/null', token: kid('../../../../../../dev/null'), findings: [{ messageId: 'pathLike', params: { pattern: 'traversal' }, pointer: '/kid' }] },
      { name: 'absolute /dev/null', token: kid('/dev/null'), findings: [{ messageId: 'pathLike', params: { pattern: 'absolute' } }] },
      { name: 'Windows traversal', token: kid('..\\..\\keys\\a.pem'), findings: [{ messageId: 'pathLike', params: { pattern: 'traversal' } }] },
      { name: 'drive letter', token: kid('C:\\keys\\a.pem'), findings: [{ messageId: 'pathLike', params: { pattern: 'driveLetter' } }] },
      { name: 'file scheme', token: kid('file:///etc/passwd'), findings: [{ messageId: 'pathLike', params: { pattern: 'fileScheme' } }] },
      { name: 'percent-encoded traversal', token: kid('%2e%2e%2fkeys%2fprivate.pem'), findings: [{ messageId: 'pathLike', params: { pattern: 'traversal' } }] },
      { name: 'NUL byte', token: kid('key\u0000.pem'), findings: [{ messageId: 'pathLike', params: { pattern: 'nulByte' } }] },
      { name: 'system file deeper in a path', token: kid('keys/../proc/sys/kernel/randomize_va_space'), findings: [{ messageId: 'pathLike', params: { pattern: 'traversal' } }] },
      { name: 'system file without traversal', token: kid('x/etc/passwd'), findings: [{ messageId: 'pathLike', params: { pattern: 'systemFile' } }] },
    ],
  },
);
