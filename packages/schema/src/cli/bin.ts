import { runCli } from './main.js';

// The process edge: real argv, env and streams; exit status set only when output is flushed.
runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`kehoach: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
