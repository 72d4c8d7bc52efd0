/**
 * Policy as configuration (.github/readiness.yml): what the Action and the CLI call.
 *   const r = await loadConfig(source, path?);          // errors: ConfigError[] with file:line:column
 *   if (!r.config) fail(r.errors.map(formatConfigError));
 *   const run = await runConfiguredReview(source, r.config, { branch, now, gateOverrides });
 */
export { loadConfig, parseConfig, defaultConfig, InvalidConfigError, type ConfigResult } from './load.js';
export { runConfiguredReview, type AppReview, type ConfiguredReview, type ConfiguredReviewOptions } from './run.js';
export { gateFor, branchRule } from './branches.js';
export { SubtreeSource } from '../source/subtree-source.js';
export { formatConfigError } from '../checklist/validate.js';
export type { ConfigError } from '../checklist/types.js';
export type { AppConfig, ReadinessConfig } from './types.js';
export { DEFAULT_CONFIG_PATHS } from './types.js';
