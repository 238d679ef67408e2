/** A store as zustand makes it: what it holds now. */
interface Readable<S> {
  getState(): S;
}

/**
 * Notes `fields` of the store now and returns a check that they still hold the same values: for work
 * that finishes later (a key generated, data fetched), whose result applies only if the user has
 * not changed what it was asked for meanwhile.
 */
export function unchangedSince<S, K extends keyof S>(store: Readable<S>, fields: readonly K[]): () => boolean {
  const start = store.getState();
  const noted = fields.map((field) => start[field]);
  return () => {
    const now = store.getState();
    return fields.every((field, index) => Object.is(now[field], noted[index]));
  };
}
