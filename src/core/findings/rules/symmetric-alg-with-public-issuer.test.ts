import { check, meta } from './symmetric-alg-with-public-issuer';
import { jws, testRule } from '../test-support/rule-tester';

const hs = (iss: string) => jws({ alg: 'HS256' }, { iss, sub: 'x' });

testRule(
  { meta, check },
  {
    valid: [
      { name: 'Google with RS256', token: jws({ alg: 'RS256' }, { iss: 'https://accounts.google.com' }) },
      { name: 'Auth0 tenant with HS256 (Auth0 allows HS256)', token: hs('https://example.eu.auth0.com/') },
      { name: 'Keycloak realm with HS256', token: hs('https://sso.example.com/realms/main') },
      { name: 'self-hosted issuer', token: hs('https://auth.example.com') },
      { name: 'a look-alike host', token: hs('https://accounts.google.com.evil.example') },
      { name: 'a look-alike Okta host', token: hs('https://okta.com.example.net') },
      { name: 'http Google', token: hs('http://accounts.google.com') },
      { name: 'no iss', token: jws({ alg: 'HS256' }, { sub: 'x' }) },
    ],
    invalid: [
      ...[
        'accounts.google.com',
        'https://accounts.google.com',
        'https://securetoken.google.com/my-project',
        'https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0',
        'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
        'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf',
        'https://appleid.apple.com',
        'https://token.actions.githubusercontent.com',
        'https://dev-123456.okta.com',
        'https://dev-123456.okta.com/oauth2/default',
      ].map((iss) => ({ name: iss, token: hs(iss), findings: [{ messageId: 'publicKeyIssuer', params: { iss }, pointer: '/iss' }] })),
    ],
  },
);
