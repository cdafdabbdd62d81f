import { isAbsolute, join, normalize, relative, sep } from 'node:path';

/**
 * Maps an app:// URL to a file inside the renderer bundle, or null when the path would
 * leave it (../, encoded slashes, absolute paths). The protocol handler serves nothing else.
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  // URL parsing already folds plain "../"; what is left after decoding is an encoded attempt.
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) return null;
  const wanted = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^[/\\]+/, '');
  const full = join(rootDir, wanted);
  const rel = relative(rootDir, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return full;
}
