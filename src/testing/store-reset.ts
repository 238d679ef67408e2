import type { StoreApi } from 'zustand/vanilla';

// Every store a test file creates, recorded by the zustand mock (__mocks__/zustand.ts, the zustand
// testing guide's approach) and put back to its first state after each test by setup-dom.ts.
const resets = new Set<() => void>();

/** Records the store's initial state so that `resetAllStores` can put it back; returns the store. */
export function trackStore<T, Store extends StoreApi<T>>(store: Store): Store {
  const initial = store.getInitialState();
  resets.add(() => store.setState(initial, true));
  return store;
}

/** Puts every store created so far back to its initial state, actions included. */
export function resetAllStores(): void {
  for (const reset of resets) reset();
}
