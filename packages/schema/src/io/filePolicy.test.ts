// The policy's pure rules, as the editor applies them to its workspace (no file system here).
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../parse/readText.js';
import { isWithin, readRefusal } from './filePolicy.js';

describe('isWithin: a path inside a folder, by whole segments', () => {
  it('holds the folder itself and what lies under it', () => {
    expect(isWithin('/repo', '/repo')).toBe(true);
    expect(isWithin('/repo', '/repo/plans/ha-noi/2025.yaml')).toBe(true);
    expect(isWithin('/repo/', '/repo/plans')).toBe(true);
    expect(isWithin('file:///work/ws', 'file:///work/ws/plans/ha-noi/2025.yaml')).toBe(true);
    expect(isWithin('C:\\repo', 'C:\\repo\\plans\\2025.yaml')).toBe(true);
  });

  it('does not hold a sibling whose name starts the same, a parent, or anything else', () => {
    expect(isWithin('/repo', '/repository/plans/2025.yaml')).toBe(false);
    expect(isWithin('/repo/plans', '/repo')).toBe(false);
    expect(isWithin('/repo', '/etc/passwd')).toBe(false);
    expect(isWithin('file:///work/ws', 'file:///etc/passwd')).toBe(false);
    expect(isWithin('file:///work/ws', 'vscode-vfs://github/work/ws/x.yaml')).toBe(false);
  });

  it('the file-system root holds every absolute path', () => {
    expect(isWithin('/', '/etc/passwd')).toBe(true);
  });
});

describe('readRefusal: only a regular file of bounded size is read', () => {
  it('a regular file within the limit is read', () => {
    expect(readRefusal({ kind: 'file', size: 0 })).toBeUndefined();
    expect(readRefusal({ kind: 'file', size: MAX_FILE_BYTES })).toBeUndefined();
  });

  it('a folder, a FIFO or device, a file over the limit are refused from their stat', () => {
    expect(readRefusal({ kind: 'directory', size: 4096 })).toBe('EISDIR');
    expect(readRefusal({ kind: 'other', size: 0 })).toBe('NOT_REGULAR');
    expect(readRefusal({ kind: 'file', size: MAX_FILE_BYTES + 1 })).toBe('TOO_LARGE');
    expect(readRefusal({ kind: 'file', size: 2048 }, 1024)).toBe('TOO_LARGE');
  });
});
