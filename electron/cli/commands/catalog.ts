/** `pricedesk catalog`: loads the vendor's current catalog and prints or saves it. */
import { extname } from 'node:path';
import type { CatalogRow } from '../../../shared/types';
import { AppError } from '../../core/errors';
import type { AdapterEnv } from '../../vendors/types';
import type { CliConnection } from '../connection';
import { testedFields } from './fields';
import { assertCatalogFormat, catalogTable, endProgress, progressReporter, writeCatalog } from '../output';

/** Loads every row with progress on stderr; shared with `submit`. */
export async function loadCatalog(conn: CliConnection, env: AdapterEnv, signal: AbortSignal): Promise<CatalogRow[]> {
  const client = conn.adapter.connect(conn.connection, env);
  const rows = await client.loadCatalog({ signal, onProgress: progressReporter(`Loading ${conn.label}`) });
  endProgress();
  return rows;
}

export async function catalogCommand(conn: CliConnection, env: AdapterEnv, options: { out?: string; json: boolean; signal: AbortSignal }): Promise<number> {
  if (options.out) assertCatalogFormat(options.out);
  const notDone = `the catalog of ${conn.label} was not loaded${options.out ? ` and ${options.out} was not written` : ''}.`;
  // A spreadsheet heads each field's column with its label, which only the connection test tells.
  const fields = options.out && extname(options.out).toLowerCase() !== '.json' ? await testedFields(conn, env, options.signal, notDone) : undefined;
  const rows = await loadCatalog(conn, env, options.signal).catch((error: unknown) => {
    // Ctrl-C: say plainly what did not happen; half a catalog is never printed or written.
    if (options.signal.aborted) throw new AppError('cancelled', `Cancelled: ${notDone}`, { cause: error });
    throw error;
  });
  if (options.out) {
    writeCatalog(rows, options.out, fields);
    process.stderr.write(`Wrote ${rows.length} rows to ${options.out}\n`);
  } else {
    process.stdout.write(options.json ? `${JSON.stringify(rows, null, 2)}\n` : `${catalogTable(rows)}\n`);
  }
  return 0;
}
