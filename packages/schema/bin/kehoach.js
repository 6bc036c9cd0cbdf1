#!/usr/bin/env node
// The `kehoach` command: the bundled CLI built by `npm run build`.
import('../dist/cli.js');
