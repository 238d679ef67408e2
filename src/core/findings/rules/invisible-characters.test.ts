import { check, meta } from './invisible-characters';
import { jwe, jws, testRule } from '../test-support/rule-tester';

const HS = { alg: 'HS256', typ: 'JWT' };
const claims = (payload: unknown) => jws(HS, payload);
/** `"admin"` followed by the tag characters that spell "admin" and a cancel tag (ASCII smuggling). */
const TAGGED = `admin${[...'admin'].map((letter) => String.fromCodePoint(0xe0000 + letter.charCodeAt(0))).join('')}\u{E007F}`;

testRule(
  { meta, check },
  {
    valid: [
      { name: 'plain values', token: claims({ sub: 'user-1', role: 'admin', name: 'José Muñoz' }) },
      { name: 'tab and line breaks in a value (escaped in JSON)', token: claims({ address: { formatted: '1 Main St\nAnytown\tUK' } }) },
      { name: 'emoji sequences and a Persian word with a non-joiner', token: claims({ nickname: '👩🏽‍💻 ❤️', name: 'می‌خواهم' }) },
      { name: 'a Korean name', token: claims({ name: '홍길동' }) },
      { name: 'hidden characters in a JWE payload are not read (it is encrypted)', token: jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }) },
      { name: 'a non-breaking space looks like a space and is shown as one', token: claims({ name: 'Jane\u00A0Doe' }) },
    ],
    invalid: [
      {
        name: 'a zero-width space inside a role value',
        token: claims({ role: 'adm\u200Bin' }),
        findings: [{ messageId: 'inValue', severity: 'medium', params: { part: 'payload', pointer: '/role', count: 1, characters: 'U+200B ZERO WIDTH SPACE' }, evidence: [{ part: 'payload', pointer: '/role', value: 'adm\u200Bin' }] }],
      },
      { name: 'a zero-width space at the end', token: claims({ role: 'admin\u200B' }), findings: [{ messageId: 'inValue', pointer: '/role' }] },
      {
        name: 'a word joiner and a BOM',
        token: claims({ role: 'ad\u2060mi\uFEFFn' }),
        findings: [{ messageId: 'inValue', params: { count: 2, characters: 'U+2060 WORD JOINER, U+FEFF ZERO WIDTH NO-BREAK SPACE' } }],
      },
      {
        name: 'a right-to-left override',
        token: claims({ role: '\u202Enimda' }),
        findings: [{ messageId: 'inValue', params: { characters: 'U+202E RIGHT-TO-LEFT OVERRIDE' } }],
      },
      {
        name: 'admin followed by tag characters',
        token: claims({ role: TAGGED }),
        findings: [
          {
            messageId: 'inValue',
            params: {
              count: 6,
              characters: 'U+E0061 TAG LATIN SMALL LETTER A, U+E0064 TAG LATIN SMALL LETTER D, U+E006D TAG LATIN SMALL LETTER M, U+E0069 TAG LATIN SMALL LETTER I, U+E006E TAG LATIN SMALL LETTER N, …',
            },
          },
        ],
      },
      { name: 'an escaped NUL in a value', token: `${jws(HS, '{"role":"admin\\u0000"}')}`, findings: [{ messageId: 'inValue', params: { characters: 'U+0000 NULL' } }] },
      { name: 'a lone surrogate', token: claims({ note: 'x\uD800' }), findings: [{ messageId: 'inValue', params: { characters: 'U+D800 <surrogate-D800>' } }] },
      { name: 'a Hangul filler for a user name', token: claims({ preferred_username: '\u3164' }), findings: [{ messageId: 'inValue', params: { characters: 'U+3164 HANGUL FILLER' } }] },
      { name: 'in a claim name', token: claims({ 'rol\u200Be': 'user' }), findings: [{ messageId: 'inName', severity: 'high', pointer: '/rol\u200Be', params: { pointer: '/rol\u200Be' } }] },
      { name: 'in the subject (an identifier)', token: claims({ sub: 'alice\u200D' }), findings: [{ messageId: 'inIdentifier', severity: 'high', pointer: '/sub' }] },
      { name: 'in one audience of several', token: claims({ aud: ['api', 'ap\u200Bi'] }), findings: [{ messageId: 'inIdentifier', severity: 'high', pointer: '/aud/1' }] },
      { name: 'in the header kid', token: jws({ ...HS, kid: 'key\u202E1' }), findings: [{ messageId: 'inIdentifier', severity: 'high', params: { part: 'header', pointer: '/kid' } }] },
      { name: 'in a nested value', token: claims({ realm_access: { roles: ['user', 'ad\u00ADmin'] } }), findings: [{ messageId: 'inValue', severity: 'medium', pointer: '/realm_access/roles/1' }] },
      {
        name: 'a long value: the evidence starts just before the first hidden character',
        token: claims({ note: `${'a'.repeat(300)}\u200B${'b'.repeat(300)}` }),
        findings: [{ messageId: 'inValue', evidence: [{ part: 'payload', pointer: '/note', value: `…${'a'.repeat(40)}\u200B${'b'.repeat(119)}…` }] }],
      },
      {
        name: 'many places: twenty reported, the rest counted',
        token: claims(Object.fromEntries(Array.from({ length: 25 }, (_, index) => [`c${index}`, `v\u200B${index}`]))),
        findings: [...Array.from({ length: 20 }, () => ({ messageId: 'inValue' })), { messageId: 'moreValues', params: { count: 5 } }],
      },
    ],
  },
);
