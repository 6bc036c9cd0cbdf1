import { runCli } from './main.js';

// A reader that stops early (`kehoach render … | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

// The process edge: real argv, env and streams; exit status set only when output is flushed.
runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
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
