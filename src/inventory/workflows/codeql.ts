/** CodeQL configuration files (`.github/codeql/*.yml`, `codeql-config.yml`): query suites and paths. */
import type { ScanContext } from '../context.js';
import type { FileEntry } from '../../source/types.js';
import type { CodeqlConfig } from './types.js';
import { isObj, str, strList } from '../values.js';

export const isCodeqlConfig = (f: FileEntry) =>
  (f.ext === '.yml' || f.ext === '.yaml') && (f.dir === '.github/codeql' || f.dir.startsWith('.github/codeql/') || f.name === 'codeql-config.yml' || f.name === 'codeql-config.yaml');

export function readCodeql(ctx: ScanContext, file: string): CodeqlConfig {
  const cfg: CodeqlConfig = { file, line: 1, queries: [], paths: [], pathsIgnore: [] };
  const doc = ctx.yaml(file)?.documents[0];
  const v = doc?.value;
  if (doc) cfg.line = doc.line;
  if (!isObj(v)) return cfg;
  cfg.name = str(v.name);
  for (const q of Array.isArray(v.queries) ? v.queries : []) if (isObj(q) && q.uses !== undefined) cfg.queries.push(String(q.uses));
  cfg.paths = strList(v.paths) ?? [];
  cfg.pathsIgnore = strList(v['paths-ignore']) ?? [];
  return cfg;
}
