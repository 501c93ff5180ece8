/**
 * Returns the URL if it is an absolute http or https address, otherwise undefined.
 * Links from data are rendered only through this: `javascript:`, `data:` and relative
 * tricks are shown as plain text instead.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // control characters and whitespace inside a URL are a classic filter bypass
  if (!text || /[\u0000-\u001F\u007F\s]/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
