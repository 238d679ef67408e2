/**
 * The example behind the "Example" button: HS256, signed with EXAMPLE_SECRET (UTF-8), so a learner
 * can paste the secret and see it verify.
 */
export const EXAMPLE_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkFkYSBMb3ZlbGFjZSIsImFkbWluIjp0cnVlLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6NDEwMjQ0NDgwMH0.G3pUOPJdwFaVJJIzFJeGaMU8l13M7fRMzhl0TIxwaXs';

export const EXAMPLE_SECRET = 'jwt-inspector-example-secret';
