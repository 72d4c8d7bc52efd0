import schema from '../../schemas/config.schema.json' with { type: 'json' };
import type { ConfigError } from '../checklist/types.js';
import { formatConfigError, validateWithSchema } from '../checklist/validate.js';
import { FsSource } from '../source/fs-source.js';
import type { RepoSource } from '../source/types.js';
import { parseYaml } from '../yaml/load.js';
import { DEFAULT_PRESET, resolveConfig } from './resolve.js';
import { DEFAULT_CONFIG_PATHS, type RawConfig, type ReadinessConfig } from './types.js';

export type ConfigResult = { config: ReadinessConfig; errors: [] } | { config?: undefined; errors: ConfigError[] };

/** An invalid configuration, as one error whose message lists every `file:line:column: problem`. */
export class InvalidConfigError extends Error {
  constructor(readonly errors: ConfigError[]) {
    super(`invalid configuration:\n${errors.map(formatConfigError).join('\n')}`);
  }
}

/** No configuration file: the built-in checklist, one app at the root, no waivers. */
export function defaultConfig(): ReadinessConfig {
  const r = parseConfig('{}', '(defaults)');
  return { ...r.config!, file: undefined };
}

/**
 * Parses and checks a configuration text: YAML syntax, the schema (schemas/config.schema.json),
 * then every reference in it. `repoPaths` (the repository's files) lets app folders be checked.
 */
export function parseConfig(text: string, file: string, repoPaths?: readonly string[]): ConfigResult {
  const parsed = parseYaml(text, file);
  if (parsed.errors.length) return { errors: parsed.errors.map((e) => ({ file, line: e.line, column: e.column, field: '', message: `invalid YAML: ${e.message}` })) };
  if (parsed.documents.length > 1) return { errors: [{ file, line: parsed.documents[1].line, column: 1, field: '', message: 'one YAML document expected' }] };
  const doc = parsed.documents[0]?.value ?? {};
  const errors = validateWithSchema(schema, doc, file);
  if (errors.length) return { errors };
  const r = resolveConfig(doc as RawConfig, file, doc, repoPaths);
  return r.config ? { config: r.config, errors: [] } : { errors: r.errors };
}

/**
 * Reads the configuration of a repository: `path` inside it, or .github/readiness.yml (.yaml).
 * No file at the default place means the defaults; a `path` asked for that is missing is an error.
 */
export async function loadConfig(source: RepoSource | string, path?: string): Promise<ConfigResult> {
  const src = typeof source === 'string' ? new FsSource(source) : source;
  const listing = await src.list();
  const paths = listing.files.map((f) => f.path);
  const file = path ?? DEFAULT_CONFIG_PATHS.find((p) => paths.includes(p));
  if (!file) return { config: defaultConfig(), errors: [] };
  const content = src.readSync?.(file) ?? (await src.read([file])).get(file);
  if (!content || content instanceof Error) {
    return { errors: [{ file, line: 0, column: 0, field: '', message: content instanceof Error ? `cannot read the configuration: ${content.message}` : 'no such configuration file' }] };
  }
  return parseConfig(content.toString('utf8'), file, paths);
}

export { DEFAULT_PRESET };
