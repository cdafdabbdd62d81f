/**
 * `npm run bench`: runs every scenario in one process and prints its figures as a table
 * (or one JSON document with --json). Targets are compared as figures, never asserted in
 * tests; later features add scenarios to the list below.
 */
import { catalogScenario } from './scenarios/catalog';
import { firstRenderScenario } from './scenarios/first-render';
import { submissionScenario } from './scenarios/submission';
import { importScenario } from './scenarios/import';
import { gridScaleScenario } from './scenarios/grid-scale';
import type { Figure, Scenario } from './types';

const scenarios: Scenario[] = [catalogScenario, firstRenderScenario, gridScaleScenario, submissionScenario, importScenario];

const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

const figures: Figure[] = [];
for (const scenario of scenarios) {
  if (only && !scenario.name.includes(only)) continue;
  if (!json) process.stderr.write(`running ${scenario.name}…\n`);
  figures.push(...(await scenario.run()));
}

if (json) {
  process.stdout.write(`${JSON.stringify({ machine: { node: process.version, platform: process.platform }, figures }, null, 2)}\n`);
} else {
  const rows = figures.map((f) => [f.scenario, f.name, `${f.value.toFixed(f.unit === 'ms' ? 1 : 2)} ${f.unit}`, f.target ?? '']);
  const header = ['scenario', 'figure', 'value', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
