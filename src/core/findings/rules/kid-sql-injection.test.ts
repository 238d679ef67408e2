import { check, meta } from './kid-sql-injection';
import { jws, testRule } from '../test-support/rule-tester';

const kid = (value: unknown) => jws({ alg: 'HS256', kid: value });

testRule(
  { meta, check },
  {
    valid: [
      { name: 'a plain kid', token: kid('key-1') },
      { name: 'a double dash in a date-like kid', token: kid('2024--01') },
      { name: 'a hash in a URL-like kid', token: kid('https://issuer.example/keys#k1') },
      { name: 'a quote without SQL', token: kid("o'brien-key") },
      { name: 'SQL words without a quote', token: kid('union-select-key') },
      { name: 'a non-string kid', token: kid(1) },
    ],
    invalid: [
      { name: "jwt_tool x' UNION SELECT '1';--", token: kid("x' UNION SELECT '1';--"), findings: [{ messageId: 'sqlLike', pointer: '/kid' }] },
      { name: "' OR 1=1", token: kid("' OR 1=1"), findings: [{ messageId: 'sqlLike' }] },
      { name: "' OR 'a'='a", token: kid("k' or 'a'='a"), findings: [{ messageId: 'sqlLike' }] },
      { name: 'quote and comment', token: kid("k'-- "), findings: [{ messageId: 'sqlLike' }] },
      { name: 'quote and block comment', token: kid('k"/*'), findings: [{ messageId: 'sqlLike' }] },
      { name: 'time-based probe without quote', token: kid('1 AND SLEEP(5)'), findings: [{ messageId: 'sqlLike' }] },
      { name: 'pg_sleep', token: kid('1;select pg_sleep(10)'), findings: [{ messageId: 'sqlLike' }] },
      { name: 'waitfor delay', token: kid("1 WAITFOR DELAY '0:0:5'"), findings: [{ messageId: 'sqlLike' }] },
      { name: 'percent-encoded', token: kid('x%27%20UNION%20SELECT%20%271'), findings: [{ messageId: 'sqlLike' }] },
    ],
  },
);
