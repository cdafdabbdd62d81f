/**
 * Run as a child process without a D-Bus session (see vault.test.ts): tries to save a
 * secret through the real services and prints the envelope as JSON.
 * argv: <dataDir> <connection JSON> <secret JSON>
 */
import { createServices } from '../../electron/core/services';
import { testHost } from './host';

const [dataDir, connection, secret] = process.argv.slice(2) as [string, string, string];
const host = await testHost(dataDir);
const { registry } = createServices(host);
const saved = await registry.invoke('connections:save', JSON.parse(connection));
if (!saved.ok) {
  process.stdout.write(JSON.stringify(saved));
} else {
  const id = (saved.data as { id: string }).id;
  const answer = await registry.invoke('connections:setSecret', { id, secret: JSON.parse(secret) });
  const list = await registry.invoke('connections:list', {});
  process.stdout.write(JSON.stringify({ answer, list }));
}
