import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { BenchModule, BenchResult } from './bench-result.ts';

/**
 * `npm run bench`: runs every bench/*.bench.ts module (optionally only those whose name contains
 * the first argument) one after another and prints their results as a table.
 */
const directory = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2] ?? '';
const files = (await readdir(directory))
  .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
  .sort();

/** Columns a text takes in a terminal: Chinese characters take two. */
function visibleWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u1100-\uffff]/.test(character) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleWidth(text)));
}

const rows: Array<{ module: string; result: BenchResult }> = [];
for (const file of files) {
  const module = (await import(pathToFileURL(join(directory, file)).href)) as BenchModule;
  process.stderr.write(`running ${file}…\n`);
  for (const result of await module.run()) rows.push({ module: file.replace(/\.bench\.ts$/, ''), result });
}

const header = ['benchmark', 'result', 'value', 'unit', 'method'];
const table = rows.map(({ module, result }) => [
  module,
  result.name,
  String(Number(result.value.toFixed(2))),
  result.unit,
  result.method,
]);
const widths = header.map((title, column) =>
  Math.max(visibleWidth(title), ...table.map((row) => visibleWidth(row[column] ?? ''))),
);
const line = (cells: string[]): string =>
  cells
    .map((cell, column) => (column === cells.length - 1 ? cell : pad(cell, (widths[column] ?? 0) + 2)))
    .join('');
process.stdout.write(`${line(header)}\n${table.map(line).join('\n')}\n`);
