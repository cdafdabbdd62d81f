#!/usr/bin/env node
// Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so tests
// reach the real OS keychain (Secret Service) the way the app does on a Linux desktop.
// Leading NAME=value arguments are set in the command's environment (portable `env`).
// Without dbus-run-session (macOS, Windows, a bare machine) the command runs as it is.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const env = { ...process.env };
while (args[0] && /^[A-Z_][A-Z0-9_]*=/.test(args[0])) {
  const [name, ...value] = args.shift().split('=');
  env[name] = value.join('=');
}
if (args.length === 0) {
  console.error('usage: with-keyring.mjs [NAME=value ...] <command> [args...]');
  process.exit(2);
}

const has = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;
const wrap = process.platform === 'linux' && !env.PRICEDESK_IN_KEYRING && has('dbus-run-session') && has('gnome-keyring-daemon');
const command = wrap ? 'dbus-run-session' : args[0];
// A throwaway keyring directory per run: the daemon creates a fresh "login" collection there
// (it needs a non-empty unlock password to create one without a prompt), so tests never
// touch, or depend on, the machine's own keyrings.
const keyringHome = wrap ? mkdtempSync(join(tmpdir(), 'pricedesk-keyring-')) : '';
const startKeyring = `echo pricedesk-test | XDG_DATA_HOME='${keyringHome}' gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"`;
const commandArgs = wrap ? ['--', 'sh', '-c', startKeyring, 'sh', ...args] : args.slice(1);
if (wrap) env.PRICEDESK_IN_KEYRING = '1';
const result = spawnSync(command, commandArgs, { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
