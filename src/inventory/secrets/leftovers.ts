import type { FileEntry } from '../../source/types.js';
import type { SecretFinding } from './findings.js';

const DB_EXT = new Set(['.db', '.sqlite', '.sqlite3', '.mdb', '.accdb', '.dump', '.bak']);
const SWAP_EXT = new Set(['.swp', '.swo', '.swn']);
const BUILD_NAMES = new Set(['coverage.xml', '.coverage', '.DS_Store', 'Thumbs.db', 'npm-debug.log', 'nohup.out']);

/**
 * Files that should not be in a repository, judged from the listing alone: they may be binary
 * or huge, so they are never read. `line` is 0: the finding is about the whole file.
 */
export function leftoverOf(f: FileEntry): SecretFinding | undefined {
  const at = { file: f.path, line: 0 };
  if (f.name === 'Thumbs.db') return { ...at, kind: 'build-leftover', description: 'generated file is committed' };
  if (DB_EXT.has(f.ext)) return { ...at, kind: 'database-file', description: `database file of ${f.size} bytes is committed` };
  if (f.ext === '.log' || f.name === 'nohup.out' || (isUnder(f.dir, 'logs') && f.name !== '.gitkeep' && f.name !== '.gitignore' && f.name !== 'README.md'))
    return { ...at, kind: 'log-file', description: `log file of ${f.size} bytes is committed` };
  if (f.ext === '.pyc' || f.ext === '.pyo' || BUILD_NAMES.has(f.name) || isUnder(f.dir, '__pycache__'))
    return { ...at, kind: 'build-leftover', description: 'generated file is committed' };
  if (SWAP_EXT.has(f.ext) || (f.name.endsWith('~') && f.name.length > 1) || (f.name.startsWith('.#') && f.name.length > 2))
    return { ...at, kind: 'editor-leftover', description: 'editor swap or backup file is committed' };
  return undefined;
}

/** `dir` is or ends with the given folder name (cheap string tests, no regex per file) */
function isUnder(dir: string, folder: string): boolean {
  return dir === folder || dir.endsWith('/' + folder) || dir.startsWith(folder + '/') || dir.includes('/' + folder + '/');
}
