import { runCli } from './cli.js';

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`readiness-gate: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 2;
  },
);
