import { check, meta } from './excessive-lifetime';
import { SECONDS_PER_DAY as DAY, SECONDS_PER_HOUR as HOUR } from '../../claims/unix-seconds';
import { jws, NOW, testRule } from '../test-support/rule-tester';
const claims = (payload: unknown, header: Record<string, unknown> = {}) => jws({ alg: 'RS256', ...header }, payload);

testRule(
  { meta, check },
  {
    valid: [
      { name: 'a 15-minute access token', token: claims({ iat: NOW, exp: NOW + 900, scope: 'read' }) },
      { name: 'an 8-hour ID token', token: claims({ iat: NOW, exp: NOW + 8 * HOUR }) },
      { name: 'an access token of exactly one hour', token: claims({ iat: NOW, exp: NOW + HOUR, client_id: 'c' }) },
      { name: 'no exp (missing-exp instead)', token: claims({ iat: NOW }) },
      { name: 'exp before iat (time-claim-invalid instead)', token: claims({ iat: NOW, exp: NOW - 1 }) },
      { name: 'no start and no clock', token: claims({ exp: NOW + 90 * DAY }), clock: null },
      { name: 'exp as a string (time-claim-invalid instead)', token: claims({ iat: NOW, exp: String(NOW + 90 * DAY) }) },
      { name: 'no start, an access token with 60 min 59 s left: rounded down to one hour', token: claims({ exp: NOW + HOUR + 59, scope: 'read' }) },
    ],
    invalid: [
      { name: 'a 2-hour access token', token: claims({ iat: NOW, exp: NOW + 2 * HOUR, scope: 'read' }), findings: [{ messageId: 'lifetime', severity: 'low', params: { lifetimeSeconds: 2 * HOUR, profile: 'access' } }] },
      { name: 'an at+jwt valid 2 days', token: claims({ iat: NOW, exp: NOW + 2 * DAY }, { typ: 'at+jwt' }), findings: [{ messageId: 'lifetime', severity: 'medium', params: { profile: 'access' } }] },
      { name: 'an ID token valid 2 days', token: claims({ iat: NOW, exp: NOW + 2 * DAY }), findings: [{ messageId: 'lifetime', severity: 'medium', params: { profile: 'other' } }] },
      { name: 'a year from nbf', token: claims({ nbf: NOW, exp: NOW + 365 * DAY }), findings: [{ messageId: 'lifetime', severity: 'high' }] },
      { name: 'iat is the start when both are present', token: claims({ iat: NOW - 2 * DAY, nbf: NOW, exp: NOW + HOUR }), findings: [{ messageId: 'lifetime', severity: 'medium', params: { lifetimeSeconds: 2 * DAY + HOUR } }] },
      { name: 'no start: the time left, rounded down to the minute', token: claims({ exp: NOW + 2 * HOUR + 59, scope: 'read' }), findings: [{ messageId: 'remaining', severity: 'low', params: { lifetimeSeconds: 2 * HOUR } }] },
      // Found by the rules fuzz test: these read as an Infinity lifetime, which no message can say.
      {
        name: 'iat and exp at the ends of the double range',
        token: claims({ iat: -Number.MAX_VALUE, exp: Number.MAX_VALUE }),
        findings: [{ messageId: 'lifetime', severity: 'high', params: { lifetimeSeconds: Number.MAX_VALUE } }],
      },
      { name: 'no start, exp the largest double', token: claims({ exp: Number.MAX_VALUE }), findings: [{ messageId: 'remaining', severity: 'high', params: { lifetimeSeconds: Number.MAX_VALUE } }] },
      {
        name: 'Supabase service_role demo key: no iat, exp in 2032 (catalog §3)',
        token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU',
        findings: [{ messageId: 'remaining', severity: 'high' }],
      },
    ],
  },
);
