/**
 * Where to go after signing in: only a path inside this app. '//host' and '/\host' would leave
 * the origin (browsers read a backslash as a slash), so they fall back to the start page (which picks the first screen the user's roles may see).
 */
export function safeNext(raw: string | null): string {
  if (!raw?.startsWith('/') || /^\/[/\\]/.test(raw) || raw.startsWith('/login')) return '/';
  return raw;
}
