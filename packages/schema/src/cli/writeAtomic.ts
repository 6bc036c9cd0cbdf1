// The commands' atomic write: the shared helper in src/io/atomicWrite.ts (temporary file in
// the same directory, fsync, rename or no-clobber link, directory fsync; the old file intact
// on any failure, tested with injected failures and killed processes).
export { exists, writeFileAtomic, type WriteResult } from '../io/atomicWrite.js';
