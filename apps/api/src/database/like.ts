/**
 * LIKE patterns that mean what the user typed: `%`, `_` and the escape character itself are escaped. The escape
 * character is `!` because MySQL and SQLite disagree about backslashes in string literals.
 */
export const LIKE_ESCAPE = '!';

export function escapeLike(value: string): string {
  return value.replace(/[!%_]/g, (char) => `${LIKE_ESCAPE}${char}`);
}
