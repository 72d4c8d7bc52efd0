/**
 * Command-line entry: the same engine as the Action, printed to the terminal.
 *   readiness-gate inventory [DIR] [--json]
 * Exit codes: 0 ok, 1 bar not met (scan), 2 usage or unreadable input.
 */
import { existsSync, statSync } from 'node:fs';
import { FsSource } from './source/fs-source.js';
import { buildInventory } from './engine/inventory.js';
import { renderInventoryText } from './report/inventory-text.js';

export const USAGE = `Usage: readiness-gate <command> [DIR] [options]

Commands:
  inventory [DIR]   list what the repository holds for a production review
                    --json   the full inventory as JSON

DIR defaults to the current directory.
`;

export class UsageError extends Error {}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

interface Parsed {
  command: string;
  dir: string;
  flags: Map<string, string | true>;
}

const BOOLEAN_FLAGS = new Set(['json', 'help']);

export function parseArgs(argv: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h') flags.set('help', true);
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags.set(name, a.slice(eq + 1));
      else if (BOOLEAN_FLAGS.has(name)) flags.set(name, true);
      else {
        const v = argv[i + 1];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`option --${name} needs a value`);
        flags.set(name, v);
        i++;
      }
    } else positional.push(a);
  }
  const command = positional.shift() ?? 'inventory';
  const dir = positional.shift() ?? '.';
  if (positional.length) throw new UsageError(`unexpected argument: ${positional[0]}`);
  return { command, dir, flags };
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.flags.has('help') || parsed.command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (!existsSync(parsed.dir) || !statSync(parsed.dir).isDirectory()) {
    io.err(`not a directory: ${parsed.dir}\n`);
    return 2;
  }
  switch (parsed.command) {
    case 'inventory': {
      const inv = await buildInventory(new FsSource(parsed.dir));
      io.out(parsed.flags.has('json') ? JSON.stringify(inv, null, 2) + '\n' : renderInventoryText(inv));
      return 0;
    }
    default:
      io.err(`unknown command: ${parsed.command}\n\n${USAGE}`);
      return 2;
  }
}
