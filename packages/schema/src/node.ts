// @kehoach/schema/node (dist/node.js): what tools running on Node use beside the engine, the CI
// scripts first (scripts/ci): the one file-access policy (io/fileAccess.ts), the plan-folder walk
// that follows it, and the atomic write. Not in the main entry: the editor's browser bundle
// has no file system.
export {
  readRegularFile,
  readInScope,
  accessScope,
  inScope,
  realTarget,
  repositoryRoot,
  gitWorkTree,
  writeRefusal,
  writeInScope,
  type AccessScope,
  type FileRead,
  type WriteRefusal,
  type ScopedWrite,
} from './io/fileAccess.js';
export { collectPlanFiles, type Collected } from './io/collectFiles.js';
export { writeFileAtomic, type WriteResult } from './io/atomicWrite.js';
