import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { base64url } from './fixtures';

// An OpenID Connect ID token as a provider issues one (RS256, a kid, ~15 claims with the profile
// ones) and the PEM public key that verifies it: the token the decoder's layout is measured and
// photographed with. The key pair is fixed (a test key, never used anywhere else) so that the
// screenshots are the same on every run.

const PRIVATE_KEY = createPrivateKey(
  [
  '-----BEGIN PRIVATE KEY-----',
  'MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCXrd1sr/duP7TH',
  'QPjxXAs9Pi0Vf+761qDg2iGiO+zyUBvxtv18ISrgJ/l5rvlxvp148IMrRVrk7emN',
  'tGQ6I9OUvLClekhoIH5PpHz5DB4TxGnecDwczMZM7u1h3Ia1S2JCw9lJnSFbnK1t',
  '0H+V8kSnCqBqm7Ysfa74ADWf9z+alztCQmW0kqdKwHofciTZZFrrvzK+ssie2c0P',
  'nPvDXLGWWw9p91ad7Eyud7XfmPXgXOrFBq0kwHFcsfV9TRmXCgBEzlBdRGR7xIBL',
  '61/E1vGqJgAXMM92FN3sAgihWaGlh2urVU9vuZ8Bpe/u2o/9oyn2v2/AeYwj/v1H',
  '1EtxdqvTAgMBAAECgf89JQzqw56U0xmm0vC7KF/F6hd1xoNdAY8MSOLftuI0Zhbd',
  'wIBvI1YlbSskr2SsD16e++9+Tt2Inyy6v/2ncmNyXwTW46fmUf/MgbXffJyjW1dS',
  'VFK0Fj8NkUO6L5KEtkVMpNombGSfvO/GiEaAK/a0LMexZXpxQdLgjTUQ4QGPtfuV',
  'BKDXrb93JXMGxaTBtz3xJnajwqGq1uJJqaVqcyGt8V8kiJAHkRD8CYjDP29RpyYV',
  'qlssZ19iSCw5Cnqco3iVE9xvCTwK+Ck9bas4RZ+eRbg6rdboQomHK68I5iX+pNFe',
  'QBQjdzbwKEzPo4JF9+VOb+kurnJwwovCpSuoM6ECgYEAzOvuHbJMIp/sJ6FUMLzK',
  'YD1i0GS4de6nKA+KNW9nIowoIWhVJ05Qcgfyhd4HBjvQ6zkKuyKfyPjfuEKjxLON',
  '1f8LUBdgGdCfRmJe44xcHGm50UVVRBwyx9xEzYmfyvKfO0tNLj322gfv4/oC8gcY',
  '1BEJKhkUfX1dKljUDAVu090CgYEAvXyHWzUcXxm6PToYUo1SimnqQx7hVxW6NQ6X',
  '5mGc4hF0yZO6utBHxXAvj0MaYFhsFAr05gE8FBROYLC0fXCWwAzVvwEviHz/A8/G',
  'wg31w6nb9wB/GEjEtFrh6jYIRJscvzqnRPFnGkyiG2oUV7tPX6Jn13dKMZLFFR2o',
  'mvOKm28CgYEAqba4FYYmAgMarVOyi06/+Oa+IMNZ9en6LHZ6S3kBHJ6hWdGzvILi',
  'ox4r4GyaurHte/JZDdVGKkbb2hnu0ii2zkWVE/bYE2kxkDRGTARiAPIa/9OBI5CL',
  'CfVGUkepvIYmFBBwUlzlRXuPVOspZ1MzX+bgBSqSSr/52emJbI9PU00CgYA4/MDA',
  'n4J+33/xdg1mlnYihqQbt6fRxwkPd+obMXQ7UUCsdy+Li6RqLsk+7tF59F3c0UbB',
  '/dERwOGplrtRlpDgBXwrS7H9/Im9nbmLFyO4ytcKvC19IjV2gHa9N67Y40WMBZnU',
  '1D1L3YxLbmXb1MuUWYWdeZTov9lh9l+E6oXfJQKBgQCPoiyw83yd97Rw1SAU8RiT',
  'FZlhJyy+wd0SJohh8WInVvOr23ggf5BFIPwMM7gro2oaJxLlbDHxf5O1siHLpPA4',
  'bfBRTGQR4b6FkLUrLcB6++LhZ55mrwKlaB748t+3oM85Ec76rgZPmiMiCycgpbp/',
  'B0hq1+jKHJmiaYz229W11A==',
  '-----END PRIVATE KEY-----',
  ].join('\n'),
);

/** The SPKI PEM public key of the ID token's signing key. */
export const OIDC_PUBLIC_KEY_PEM = createPublicKey(PRIVATE_KEY).export({ type: 'spki', format: 'pem' }).toString();

/** An RS256 ID token issued a minute before `nowSeconds`, valid for an hour. */
export function oidcIdToken(nowSeconds: number): string {
  const header = { alg: 'RS256', kid: '1e9gdk7', typ: 'JWT' };
  const payload = {
    iss: 'https://accounts.example.com',
    azp: '407408718192.apps.example.com',
    aud: '407408718192.apps.example.com',
    sub: '110169484474386276334',
    email: 'ada.lovelace@example.com',
    email_verified: true,
    at_hash: 'HK6E_P6Dh8Y93mRNtsDB1Q',
    nonce: '0394852-3190485-2490358',
    name: 'Ada Lovelace',
    picture: 'https://lh3.example.com/a/ACg8ocJ2rT9Vq0kq8yWlZ2QmOa3c1x3Wc7n8pYxkq1Jd4h5s=s96-c',
    given_name: 'Ada',
    family_name: 'Lovelace',
    locale: 'en',
    iat: nowSeconds - 60,
    exp: nowSeconds + 3540,
  };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  return `${input}.${sign('sha256', Buffer.from(input), PRIVATE_KEY).toString('base64url')}`;
}
