import { useState } from 'react';

/**
 * How many items of each of several long lists that belong to one owner to draw (the findings of
 * each severity): `step` at first and `step` more at each `drawMore` of that list, every list back
 * to `step` when `owner` (a decoded token, a payload) changes. A list drawn whole made the render of
 * a hostile token one long task; in steps, any one render stays bounded. A list that is not shown
 * for a while keeps its count.
 */
export function useDrawnInStepsByList<List extends string>(owner: unknown, step: number): { drawnOf: (list: List) => number; drawMore: (list: List) => void } {
  const [held, setHeld] = useState<{ owner: unknown; drawn: Partial<Record<List, number>> }>({ owner, drawn: {} });
  const drawn: Partial<Record<List, number>> = held.owner === owner ? held.drawn : {};
  const drawnOf = (list: List) => drawn[list] ?? step;
  return { drawnOf, drawMore: (list: List) => setHeld({ owner, drawn: { ...drawn, [list]: drawnOf(list) + step } }) };
}

/** The same for one list: how many of its items to draw, and how to draw `step` more. */
export function useDrawnInSteps(owner: unknown, step: number): { drawn: number; drawMore: () => void } {
  const { drawnOf, drawMore } = useDrawnInStepsByList<'items'>(owner, step);
  return { drawn: drawnOf('items'), drawMore: () => drawMore('items') };
}
