import type { ValueTransformer } from 'typeorm';

/**
 * For texts the server composes from others (a notification's title quotes a call title of up to 200 characters):
 * cut to the column's length with an ellipsis when written, so strict SQL mode never refuses them. Never used on
 * what a user types — those are bounded by their contracts and refused with 400.
 */
export function fitColumn(length: number): ValueTransformer {
  return {
    to: (value: unknown) => (typeof value === 'string' && [...value].length > length ? `${[...value].slice(0, length - 1).join('')}…` : value),
    from: (value: unknown) => value,
  };
}
