import { act, render, screen } from '@testing-library/react';
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JsonObject } from '../../../core/json/json-value';
import { activateLocale, loadArea } from '../../../i18n/i18n';
import { ClaimsTable } from './ClaimsTable';
import { TimeStatus } from './TimeStatus';
import { TokenSummary } from './TokenSummary';

// How the "ticking re-renders only the rows that change" is checked: every component of the
// claims view is wrapped in a render counter (the wrapper calls the real component as a function,
// so its hooks, state and subscriptions are the wrapper's and every re-render is counted), the whole
// view sits in a React <Profiler>, and a MutationObserver records what changes in the DOM per tick.

const renders = vi.hoisted(() => {
  const counts = new Map<string, number>();
  return {
    counts,
    bump: (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1),
  };
});

vi.mock('./ClaimRow', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./ClaimRow')>();
  return {
    ClaimRow: (props: Parameters<typeof actual.ClaimRow>[0]) => {
      renders.bump(`row:${props.name}`);
      return actual.ClaimRow(props);
    },
  };
});
vi.mock('./TimeClaimDetails', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./TimeClaimDetails')>();
  return {
    TimeClaimDetails: (props: Parameters<typeof actual.TimeClaimDetails>[0]) => {
      renders.bump(`time-details:${props.name}`);
      return actual.TimeClaimDetails(props);
    },
  };
});
vi.mock('./Countdown', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./Countdown')>();
  return {
    Countdown: (props: Parameters<typeof actual.Countdown>[0]) => {
      renders.bump(`countdown:${props.seconds}`);
      return actual.Countdown(props);
    },
  };
});
vi.mock('./RelativeTime', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./RelativeTime')>();
  return {
    RelativeTime: (props: Parameters<typeof actual.RelativeTime>[0]) => {
      renders.bump(`relative:${props.seconds}`);
      return actual.RelativeTime(props);
    },
  };
});
vi.mock('./LifetimeBar', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./LifetimeBar')>();
  return {
    LifetimeBar: (props: Parameters<typeof actual.LifetimeBar>[0]) => {
      renders.bump('lifetime-bar');
      return actual.LifetimeBar(props);
    },
  };
});
vi.mock('./SummaryExpiry', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./SummaryExpiry')>();
  return {
    SummaryExpiry: (props: Parameters<typeof actual.SummaryExpiry>[0]) => {
      renders.bump('summary-expiry');
      return actual.SummaryExpiry(props);
    },
  };
});

function CountedTable(props: Parameters<typeof ClaimsTable>[0]) {
  renders.bump('table');
  return ClaimsTable(props);
}
function CountedStatus(props: Parameters<typeof TimeStatus>[0]) {
  renders.bump('time-status');
  return TimeStatus(props);
}
function CountedSummary(props: Parameters<typeof TokenSummary>[0]) {
  renders.bump('summary');
  return TokenSummary(props);
}

const NOW_MS = Date.UTC(2026, 0, 1, 12, 0, 0);
const NOW = NOW_MS / 1000;
const TIMES = { iat: NOW - 3_630, nbf: NOW - 7_000, auth_time: NOW - 2 * 86_400 - 10, exp: NOW + 90, updated_at: NOW - 40 * 86_400 };
const PAYLOAD: JsonObject = {
  iss: 'https://login.example.com',
  sub: 'user-42',
  aud: ['api', 'web'],
  ...TIMES,
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  scope: 'openid profile',
  'https://example.com/roles': ['admin'],
};
const TICKS = 60;

describe('ticking re-renders only what changes', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW_MS);
    renders.counts.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it(`over ${TICKS} one-second ticks`, async () => {
    await activateLocale('en');
    await loadArea('claims');
    const commits: { phase: string; actualDuration: number }[] = [];
    const onRender: ProfilerOnRenderCallback = (_id, phase, actualDuration) => commits.push({ phase, actualDuration });
    const view = render(
      <Profiler id="claims-view" onRender={onRender}>
        <CountedSummary header={{ alg: 'RS256', typ: 'JWT' }} payload={PAYLOAD} />
        <CountedStatus payload={PAYLOAD} />
        <CountedTable payload={PAYLOAD} />
      </Profiler>,
    );
    expect(screen.getAllByTestId('claim-row')).toHaveLength(Object.keys(PAYLOAD).length);
    // One timer for the whole view, however many things tick.
    expect(vi.getTimerCount()).toBe(1);
    const mounted = new Map(renders.counts);
    commits.length = 0;

    const changedNodes: number[] = [];
    const observer = new MutationObserver((records) => changedNodes.push(records.length));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    for (let tick = 0; tick < TICKS; tick += 1) {
      act(() => {
      vi.advanceTimersByTime(1_000);
    });
      await Promise.resolve();
    }
    observer.disconnect();
    expect(vi.getTimerCount()).toBe(1);

    const during = (key: string) => (renders.counts.get(key) ?? 0) - (mounted.get(key) ?? 0);
    // Never re-rendered: the table, every row, every time cell, the summary and the status.
    for (const key of [...mounted.keys()].filter((key) => /^(table|row:|time-details:|summary$|time-status$)/.test(key))) {
      expect(during(key), key).toBe(0);
    }
    // The exp countdown and the texts counting towards exp change every second, until exp passes at tick 90.
    expect(during(`countdown:${TIMES.exp}`)).toBe(TICKS);
    expect(during(`relative:${TIMES.exp}`)).toBe(TICKS);
    expect(during('summary-expiry')).toBe(TICKS);
    // Relative times an hour or more away change once a minute at most ("1 hr ago" → "1 hr 1 min ago"
    // at tick 30, "1 hr 56 min" → "1 hr 57 min" at tick 20), days away not at all.
    expect(during(`relative:${TIMES.iat}`)).toBe(1);
    expect(during(`relative:${TIMES.nbf}`)).toBe(1);
    expect(during(`relative:${TIMES.auth_time}`)).toBe(0);
    expect(during(`relative:${TIMES.updated_at}`)).toBe(0);
    // nbf has passed: its countdown shows nothing and stays asleep.
    expect(during(`countdown:${TIMES.nbf}`)).toBe(0);
    // The lifetime bar (nbf to exp: 7,090 s) moves in 0.1 % steps, about every 7.1 s.
    expect(during('lifetime-bar')).toBeGreaterThanOrEqual(8);
    expect(during('lifetime-bar')).toBeLessThanOrEqual(9);

    view.unmount();
    expect(vi.getTimerCount()).toBe(0);

    const updates = commits.filter((commit) => commit.phase === 'update');
    expect(updates).toHaveLength(TICKS);
    const durations = updates.map((commit) => commit.actualDuration).sort((a, b) => a - b);
    if (process.env.RENDER_REPORT) {
      const perTick = [...renders.counts.keys()].map((key) => `${key}=${during(key)}`).join(' ');
      console.info(
        `renders over ${TICKS} ticks: ${perTick}\n` +
          `commit actualDuration ms: median ${durations[Math.floor(durations.length / 2)]?.toFixed(3)}, max ${durations.at(-1)?.toFixed(3)}\n` +
          `DOM mutation records per tick: ${Math.min(...changedNodes)}–${Math.max(...changedNodes)}`,
      );
    }
  });
});
