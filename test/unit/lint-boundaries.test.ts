import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..') });

async function errorsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the architecture is enforced by lint', () => {
  it('lets only the shell import electron', async () => {
    expect(await errorsFor('electron/core/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).toEqual([
      expect.stringContaining('Only electron/main and electron/preload may import electron'),
    ]);
    expect(await errorsFor('electron/main/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).toEqual([]);
    expect(await errorsFor('electron/core/types-only.ts', "import type { Session } from 'electron';\nexport type S = Session;\n")).toEqual([]);
  });

  it('keeps Node and main-side code out of the renderer', async () => {
    expect(await errorsFor('renderer/example.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n")).toEqual([expect.stringContaining('sandbox without Node')]);
    expect(await errorsFor('renderer/example.ts', "import { AppError } from '../electron/core/errors';\nexport const x = AppError;\n")).toEqual([
      expect.stringContaining('may not import main-side code'),
    ]);
  });

  it('keeps shared/ free of either side', async () => {
    expect(await errorsFor('shared/example.ts', "import { join } from 'node:path';\nexport const x = join;\n")).toEqual([expect.stringContaining('no Node built-ins')]);
    expect(await errorsFor('shared/example.ts', "import { api } from '../renderer/api';\nexport const x = api;\n")).toEqual([expect.stringContaining('may not import either side')]);
  });
});
