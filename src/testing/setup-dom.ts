import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

// The decoder may start its secret audit's no-Worker fallback late in a file; finishing that import
// before the environment is torn down keeps it from failing after the file's tests (timing unchanged).
afterAll(async () => {
  await Promise.all([import('../features/decoder/audit/audit-job'), import('../core/audit/js-scanner')]);
});
