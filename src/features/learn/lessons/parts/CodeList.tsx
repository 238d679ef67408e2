import { Fragment } from 'react';

/** Names (claims, parameters) as code, separated by commas: a list inside a sentence. */
export function CodeList({ names }: { names: readonly string[] }) {
  return names.map((name, index) => (
    <Fragment key={name}>
      {index > 0 ? ', ' : null}
      <code>{name}</code>
    </Fragment>
  ));
}
