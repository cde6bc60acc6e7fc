// The request target as a decoded path, or null when it is not one this server can take.

/** Origin-form only ("/path?query"); absolute-form, "*" and malformed percent-encoding give null. */
export function decodedPath(rawUrl: string | undefined): string | null {
  if (!rawUrl || !rawUrl.startsWith('/')) return null;
  const end = rawUrl.search(/[?#]/);
  const raw = end === -1 ? rawUrl : rawUrl.slice(0, end);
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return decoded.includes('\0') ? null : decoded;
}

/** "application/json", optionally with parameters such as charset. */
export function isJsonContentType(header: string | undefined): boolean {
  return (header ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
}
