import { useSyncExternalStore } from 'react';
import { readAppUpdate, subscribeToAppUpdate, type AppUpdate } from './service-worker';

/** The new version of the app waiting to be applied, or null (always null without a service worker). */
export function useAppUpdate(): AppUpdate | null {
  return useSyncExternalStore(subscribeToAppUpdate, readAppUpdate, () => null);
}
