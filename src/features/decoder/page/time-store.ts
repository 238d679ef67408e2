import { create } from 'zustand';
import { DEFAULT_LEEWAY_SECONDS, normaliseLeeway } from '../../../core/claims/time-policy';
import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import type { TimeZoneChoice } from '../../../i18n/format-time';
import { readPreference, writePreference } from '../../../platform/preferences';

/**
 * The clock the user controls: the moment a token is judged at (null: follow the current time) and
 * the clock-skew leeway. Memory only, like the token. The time-zone choice is a UI preference and
 * is remembered (docs/decisions/005-no-persistence-of-secrets.md allows named preferences).
 */
export interface TimeInputs {
  pinnedSeconds: UnixSeconds | null;
  leewaySeconds: number;
  timeZone: TimeZoneChoice;
}

interface TimeActions {
  /** Judge the token at this moment instead of now; countdowns then count from it. */
  evaluateAt: (seconds: UnixSeconds) => void;
  followNow: () => void;
  setLeeway: (seconds: number) => void;
  chooseTimeZone: (zone: TimeZoneChoice) => void;
}

export type TimeStore = TimeInputs & TimeActions;

function readTimeZoneChoice(): TimeZoneChoice {
  return readPreference('timeZone') === 'utc' ? 'utc' : 'local';
}

/** A factory, so each test gets a fresh store. */
export function createTimeStore() {
  return create<TimeStore>()((set) => ({
    pinnedSeconds: null,
    leewaySeconds: DEFAULT_LEEWAY_SECONDS,
    timeZone: readTimeZoneChoice(),
    evaluateAt: (pinnedSeconds) => set({ pinnedSeconds }),
    followNow: () => set({ pinnedSeconds: null }),
    setLeeway: (seconds) => set({ leewaySeconds: normaliseLeeway(seconds) }),
    chooseTimeZone: (timeZone) => {
      writePreference('timeZone', timeZone);
      set({ timeZone });
    },
  }));
}

export const useTimeStore = createTimeStore();
