// zustand as the tests see it (vi.mock('zustand') in src/testing/setup-dom.ts): each store created is
// recorded with its initial state, and setup-dom.ts puts every one back after each test.
import { create as createBound } from 'zustand/react';
import { createStore as createVanilla, type StateCreator } from 'zustand/vanilla';
import { trackStore } from '../src/testing/store-reset';

export * from 'zustand/vanilla';
export * from 'zustand/react';

export const create = (<T>(initializer?: StateCreator<T>) =>
  initializer === undefined ? (curried: StateCreator<T>) => trackStore(createBound(curried)) : trackStore(createBound(initializer))) as typeof createBound;

export const createStore = (<T>(initializer?: StateCreator<T>) =>
  initializer === undefined ? (curried: StateCreator<T>) => trackStore(createVanilla(curried)) : trackStore(createVanilla(initializer))) as typeof createVanilla;
