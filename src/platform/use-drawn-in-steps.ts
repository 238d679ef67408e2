import { useState } from 'react';

/**
 * How many items of a long list to draw: `step` at first and `step` more at each `drawMore`, back to
 * `step` when `owner` (what the list belongs to: a payload, an analysis) changes. A list drawn whole
 * made the render of a hostile token one long task; in steps, any one render stays bounded.
 */
export function useDrawnInSteps(owner: unknown, step: number): { drawn: number; drawMore: () => void } {
  const [held, setHeld] = useState({ owner, drawn: step });
  const drawn = held.owner === owner ? held.drawn : step;
  return { drawn, drawMore: () => setHeld({ owner, drawn: drawn + step }) };
}
