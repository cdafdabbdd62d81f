/**
 * `pricedesk fields`: the connection's price fields (shared/price-fields.ts), as Test
 * connection learns them from the vendor. A changes file may head a column with a field's
 * id or label; this is where a script finds them.
 */
import type { PriceField } from '../../../shared/price-fields';
import { AppError } from '../../core/errors';
import type { AdapterEnv } from '../../vendors/types';
import type { CliConnection } from '../connection';
import { table } from '../output';

/**
 * What `--json` prints per field: the documented keys, in this order. `readOnly` is why
 * PriceDesk cannot write the field (a Geins campaign list), null when it can: a script
 * learns here that `submit` would refuse a column for it.
 */
export const fieldSummary = ({ id, label, kind, currency, vatIncluded, primary, readOnly }: PriceField) => ({ id, label, kind, currency, vatIncluded, primary, readOnly: readOnly ?? null });

/**
 * The connection's fields, learned by its test (the test's message on stderr); shared with
 * `catalog`, whose spreadsheet columns are headed by the fields' labels. `cancelled` says
 * what Ctrl-C left undone; `quiet` keeps the test's message off stderr (`submit`, where it is noise).
 */
export async function testedFields(conn: CliConnection, env: AdapterEnv, signal: AbortSignal, cancelled: string, quiet = false): Promise<PriceField[]> {
  const client = conn.adapter.connect(conn.connection, env);
  const result = await client.testConnection(signal).catch((error: unknown) => {
    if (signal.aborted) throw new AppError('cancelled', `Cancelled: ${cancelled}`, { cause: error });
    throw error;
  });
  // A connection that cannot be tested is a settings or credentials problem: exit 2, its reason on stderr.
  if (!result.ok) throw new AppError('invalid_request', `Test connection failed: ${result.message}`);
  if (!quiet) process.stderr.write(`${env.redactor.redact(result.message)}\n`);
  return result.fields;
}

export async function fieldsCommand(conn: CliConnection, env: AdapterEnv, options: { json: boolean; signal: AbortSignal }): Promise<number> {
  const fields = (await testedFields(conn, env, options.signal, `the price fields of ${conn.label} were not read.`)).map(fieldSummary);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(fields, null, 2)}\n`);
    return 0;
  }
  // The Read only column only where a field is: most connections have none.
  const readOnly = fields.some((f) => f.readOnly !== null);
  const rows = fields.map((f) => [f.id, f.label, f.kind, f.currency, f.vatIncluded ? 'with VAT' : 'without VAT', f.primary ? 'yes (edited now)' : '', ...(readOnly ? [f.readOnly ?? ''] : [])]);
  process.stdout.write(`${table(['Id', 'Label', 'Kind', 'Currency', 'VAT', 'Primary', ...(readOnly ? ['Read only'] : [])], rows)}\n`);
  return 0;
}
