/**
 * Reading connection secrets for `pricedesk connections add`: never from an argument (it
 * would land in the shell history and the process list) but from stdin. On a terminal each
 * secret field is prompted with the typing hidden; from a pipe, one line per secret field.
 */
import { Writable } from 'node:stream';
import { createInterface } from 'node:readline/promises';
import type { VendorField } from '../../shared/types';

/** Secret values by field key; fields left empty are left out. */
export async function readSecrets(fields: VendorField[], input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin, prompts: NodeJS.WritableStream = process.stderr): Promise<Record<string, string>> {
  const answers = input.isTTY ? await promptHidden(fields, input, prompts) : await readLines(input, fields.length);
  return Object.fromEntries(fields.flatMap((field, i) => (answers[i]?.trim() ? [[field.key, answers[i]!.trim()]] : [])));
}

async function readLines(input: NodeJS.ReadableStream, count: number): Promise<string[]> {
  let text = '';
  for await (const chunk of input) text += chunk.toString();
  return text.split(/\r?\n/).slice(0, count);
}

async function promptHidden(fields: VendorField[], input: NodeJS.ReadableStream, prompts: NodeJS.WritableStream): Promise<string[]> {
  // readline echoes what is typed to its output; this output drops it while a secret is typed.
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) prompts.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input, output, terminal: true });
  // Ctrl-C at a prompt: nothing has been saved yet, so simply stop.
  rl.on('SIGINT', () => {
    prompts.write('\n');
    process.exit(130);
  });
  try {
    const answers: string[] = [];
    for (const field of fields) {
      prompts.write(`${field.label}${field.required ? '' : ' (leave empty if not used)'}: `);
      muted = true;
      answers.push(await rl.question(''));
      muted = false;
      prompts.write('\n');
    }
    return answers;
  } finally {
    rl.close();
  }
}
