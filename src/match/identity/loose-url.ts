/**
 * A URL as people type it into a profile ("linkedin.com/in/x", "//github.com/x", "https://…"):
 * a missing scheme becomes https. Null when it still does not parse.
 */
export function parseLooseUrl(value: string): URL | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : 'https://' + value.replace(/^\/+/, '');
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}
