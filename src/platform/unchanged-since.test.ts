import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { unchangedSince } from './unchanged-since';

describe('unchangedSince', () => {
  it('holds while the noted fields keep their values, whatever else changes, and fails once one of them changes', () => {
    const store = createStore<{ alg: string; key: string; other: number }>(() => ({ alg: 'RS256', key: '', other: 0 }));
    const unchanged = unchangedSince(store, ['alg', 'key']);
    store.setState({ other: 1 });
    expect(unchanged()).toBe(true);
    store.setState({ key: 'typed' });
    expect(unchanged()).toBe(false);
    store.setState({ key: '' });
    expect(unchanged()).toBe(true);
    store.setState({ alg: 'PS256' });
    expect(unchanged()).toBe(false);
  });
});
