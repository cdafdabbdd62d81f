/** `pricedesk vendors`: the connectors and the fields a connection file needs for each. */
import { adapters } from '../../vendors/registry';

export function vendorsCommand(options: { json: boolean }, out: NodeJS.WritableStream = process.stdout): number {
  if (options.json) {
    out.write(`${JSON.stringify(adapters.map((a) => a.description), null, 2)}\n`);
    return 0;
  }
  const blocks = adapters.map(({ description: d }) => {
    const fields = d.fields.map((f) => {
      const where = f.kind === 'secret' ? 'secret, from PRICEDESK_SECRET' : f.required ? 'required' : 'optional';
      const choices = f.options ? ` [${f.options.map((o) => o.value).join('|')}]` : '';
      return `  ${f.key} (${where})${choices}: ${f.label}. ${f.help}`;
    });
    return [`${d.id}: ${d.displayName}`, ...(fields.length ? fields : ['  (no settings)'])].join('\n');
  });
  out.write(
    `${blocks.join('\n\n')}\n\nA connection file is JSON: {"vendor": "<id>", ...settings}.\n` +
      'Or save a connection once, its secret in the system keychain: pricedesk connections add --vendor <id> --label <name> --set key=value\n',
  );
  return 0;
}
