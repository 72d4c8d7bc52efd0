/**
 * Whether a setting's name says it holds a secret. Shared by every collector that meets
 * key=value data (compose environment, .env files, Kubernetes env, Helm values), so that they
 * agree on what must never be printed.
 */
const SECRET_NAME = /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|auth[_-]?key|signing[_-]?key|encryption[_-]?key|client[_-]?secret|dsn|database[_-]?url|db[_-]?url|redis[_-]?url|connection[_-]?string|conn[_-]?str|jwt)/i;
const NOT_SECRET = /(_file|_path|_length|_len|_expire|_expires|_expiry|_ttl|_timeout|_algorithm|_alg|_type|_enabled|_url_file|token_url|_header|_name|_user(name)?$)/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET.test(name);
}

export const REDACTED = '***';

/** A value as it may appear in output: secrets are replaced, everything else kept. */
export function redactValue(name: string, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return value;
  return isSecretName(name) ? REDACTED : value;
}
