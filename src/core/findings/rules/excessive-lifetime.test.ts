import { check, meta } from './excessive-lifetime';
import { jws, NOW, testRule } from '../test-support/rule-tester';

const HOUR = 3600;
const DAY = 24 * HOUR;
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
    ],
    invalid: [
      { name: 'a 2-hour access token', token: claims({ iat: NOW, exp: NOW + 2 * HOUR, scope: 'read' }), findings: [{ messageId: 'lifetime', severity: 'low', params: { lifetimeSeconds: 2 * HOUR, profile: 'access' } }] },
      { name: 'an at+jwt valid 2 days', token: claims({ iat: NOW, exp: NOW + 2 * DAY }, { typ: 'at+jwt' }), findings: [{ messageId: 'lifetime', severity: 'medium', params: { profile: 'access' } }] },
      { name: 'an ID token valid 2 days', token: claims({ iat: NOW, exp: NOW + 2 * DAY }), findings: [{ messageId: 'lifetime', severity: 'medium', params: { profile: 'other' } }] },
      { name: 'a year from nbf', token: claims({ nbf: NOW, exp: NOW + 365 * DAY }), findings: [{ messageId: 'lifetime', severity: 'high' }] },
      {
        name: 'Supabase service_role demo key: no iat, exp in 2032 (catalog §3)',
        token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU',
        findings: [{ messageId: 'remaining', severity: 'high' }],
      },
    ],
  },
);
