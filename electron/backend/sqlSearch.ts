// Text search in SQL, shared by the roster and the caseload lists.

/**
 * A column in lower case for LIKE: SQLite's lower() and LIKE fold only A–Z, so Æ, Ø and Å are
 * folded here (in SQL, so a search over 100,000 rows calls no JavaScript). Compare with text.toLowerCase().
 */
export const danishLower = (column: string) => `lower(replace(replace(replace(${column}, 'Æ', 'æ'), 'Ø', 'ø'), 'Å', 'å'))`;

/** Escapes LIKE wildcards so a search for "50%" means the text itself. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
