import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `dir` whose bytes contain `needle` (as text, URL-encoded or base64). */
export async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const forms = [needle, encodeURIComponent(needle), Buffer.from(needle).toString('base64')];
  const hits: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const text = (await readFile(path)).toString('latin1');
    if (forms.some((f) => text.includes(f))) hits.push(path);
  }
  return hits;
}
