import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, vi } from 'vitest';
import { resetAllStores } from './store-reset';

// findBy/waitFor wait for lazy chunks (the verifier, the panels, the catalogues) and for workers: on a
// slow or busy two-core machine that took over 5 s. One limit here, not one per test file.
configure({ asyncUtilTimeout: 15_000 });

// Every zustand store is created through __mocks__/zustand.ts, which records it for the reset below.
vi.mock('zustand');

afterEach(() => {
  cleanup();
  // After unmounting, so no component re-renders from the reset.
  resetAllStores();
  window.localStorage.clear();
});

// The decoder may start its secret audit's no-Worker fallback late in a file; finishing that import
// before the environment is torn down keeps it from failing after the file's tests (timing unchanged).
afterAll(async () => {
  await Promise.all([import('../features/decoder/audit/audit-job'), import('../core/audit/js-scanner')]);
});
