/**
 * A data directory with a connection file to a slow fake Cliniko (one request per row, so a
 * CLI submission stays in flight long enough to be watched or killed), and the CLI's
 * `submit` started as a child process against it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clinikoProducts, startClinikoFake } from '../fakes/cliniko';

export const CLINIKO_KEY = 'MS0xLWFiY2RlZmdoaWprbG1ub3A-au1';

const sku = (i: number) => `P-${String(i + 1).padStart(4, '0')}`;

export async function clinikoCliSetup(prefix: string, rows: number) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // Item codes for every product, so each row of the changes file names one.
  const products = clinikoProducts(rows).map((p, i) => ({ ...p, item_code: sku(i), cost_price: null }));
  const fake = await startClinikoFake({ apiKey: CLINIKO_KEY, products, latencyMs: 120 });
  const conn = join(dir, 'clinic.json');
  writeFileSync(conn, JSON.stringify({ vendor: 'cliniko', label: 'Clinic', baseUrl: fake.baseUrl, contactEmail: 'it@clinic.example', dataDir: dir }));
  const changes = join(dir, 'changes.json');
  writeFileSync(changes, JSON.stringify(Array.from({ length: rows }, (_, i) => ({ SKU: sku(i), 'New price': `${100 + i}.25` }))));
  return {
    dir,
    fake,
    conn,
    /** Product ids the fake has seen a PATCH for, in order. */
    patchedIds: () => fake.requests.filter((r) => r.method === 'PATCH').map((r) => r.path.split('/').pop()!),
    /** `pricedesk submit --yes` of every row, as a child process. */
    startSubmission() {
      const child = spawn(process.execPath, ['--import', 'tsx', resolve('electron/cli/index.ts'), 'submit', '--connection', conn, '--changes', changes, '--yes'], { env: { ...process.env, PRICEDESK_SECRET: CLINIKO_KEY }, stdio: ['pipe', 'pipe', 'pipe'] });
      child.stdin.end();
      return child;
    },
    async close() {
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
