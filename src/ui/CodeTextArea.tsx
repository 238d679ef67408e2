import type { ComponentProps } from 'react';

/**
 * A textarea for machine text (tokens, keys, JSON): no spell check, capitalisation, completion or
 * correction, which would mark up or change what was pasted. Every other prop passes through.
 */
export function CodeTextArea(props: ComponentProps<'textarea'>) {
  return <textarea spellCheck={false} autoCapitalize="off" autoComplete="off" autoCorrect="off" {...props} />;
}
