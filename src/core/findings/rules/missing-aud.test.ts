import { check, meta } from './missing-aud';
import { jws, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'a string audience', token: jws({ alg: 'RS256' }, { aud: 'api' }) },
      { name: 'an array of audiences', token: jws({ alg: 'RS256' }, { aud: ['api', 'web'] }) },
    ],
    invalid: [
      { name: 'no aud (Supabase demo key, catalog §3)', token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU', findings: [{ messageId: 'missing', severity: 'medium' }] },
      { name: 'empty string', token: jws({ alg: 'RS256' }, { aud: '' }), findings: [{ messageId: 'empty' }] },
      { name: 'empty array', token: jws({ alg: 'RS256' }, { aud: [] }), findings: [{ messageId: 'empty' }] },
      { name: 'array with a number', token: jws({ alg: 'RS256' }, { aud: ['api', 7] }), findings: [{ messageId: 'invalid' }] },
      { name: 'a number', token: jws({ alg: 'RS256' }, { aud: 7 }), findings: [{ messageId: 'invalid' }] },
    ],
  },
);
