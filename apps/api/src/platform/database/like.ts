/**
 * Text a user searches for, made safe to put between `%`s in a LIKE pattern: `%`, `_` and
 * the escape character itself match literally (PostgreSQL's default LIKE escape is `\`).
 */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, '\\$&');
