/** Source patterns for what a production review looks for in application code. Data, not logic. */
export type HintKind =
  | 'security-headers'
  | 'rate-limit'
  | 'structured-logging'
  | 'log-level-config'
  | 'error-tracker'
  | 'tracing'
  | 'metrics'
  | 'cache'
  | 'production-server'
  | 'cors'
  | 'compression'
  | 'retry'
  | 'circuit-breaker'
  | 'audit-log';

/** A use that runs when the module loads (a call or registration): counts as wired. */
/**
 * `needle`: a literal every match contains (or a list, one of which every match contains), tested
 * first because includes() is far cheaper than a regex.
 */
export type Needle = string | readonly string[];

export const WIRED_USES: { kind: HintKind; name: string; re: RegExp; needle: Needle }[] = [
  { kind: 'security-headers', name: 'helmet', re: /\.use\(\s*helmet\s*\(/, needle: 'helmet' },
  { kind: 'security-headers', name: 'flask-talisman', re: /\bTalisman\s*\(\s*app/, needle: 'Talisman' },
  { kind: 'security-headers', name: 'secure', re: /\bsecure\.(Secure|framework)\b|SecureHeaders\s*\(/, needle: ['secure.', 'SecureHeaders'] },
  { kind: 'rate-limit', name: 'express-rate-limit', re: /\.use\([^)]*rateLimit\s*\(|rateLimit\(\{/, needle: 'rateLimit' },
  { kind: 'rate-limit', name: 'slowapi', re: /app\.state\.limiter\s*=|@limiter\.limit\(/, needle: 'limiter' },
  { kind: 'rate-limit', name: 'flask-limiter', re: /\bLimiter\s*\(\s*(app|get_remote_address)/, needle: 'Limiter' },
  { kind: 'rate-limit', name: 'fastapi-limiter', re: /FastAPILimiter\.init\(|RateLimiter\s*\(\s*times/, needle: 'Limiter' },
  { kind: 'structured-logging', name: 'structlog', re: /structlog\.(configure|get_logger)\(/, needle: 'structlog' },
  { kind: 'structured-logging', name: 'python-json-logger', re: /jsonlogger\.JsonFormatter\(|JsonFormatter\s*\(/, needle: 'JsonFormatter' },
  { kind: 'structured-logging', name: 'loguru serialize', re: /logger\.add\([^)]*serialize\s*=\s*True/, needle: 'serialize' },
  { kind: 'structured-logging', name: 'pino', re: /\bpino\s*\(|require\(['"]pino['"]\)|from ['"]pino['"]/, needle: 'pino' },
  { kind: 'structured-logging', name: 'winston json', re: /format\.json\s*\(/, needle: 'format.json' },
  { kind: 'log-level-config', name: 'LOG_LEVEL', re: /(os\.getenv|os\.environ\.get|environ\[|process\.env\.)\(?\s*['"]?LOG_LEVEL/, needle: 'LOG_LEVEL' },
  { kind: 'error-tracker', name: 'sentry', re: /sentry_sdk\.init\(|Sentry\.init\(/, needle: ['sentry_sdk.init(', 'Sentry.init('] },
  { kind: 'error-tracker', name: 'rollbar/bugsnag', re: /rollbar\.init\(|Bugsnag\.start\(|bugsnag\.configure\(/, needle: 'ugsnag' },
  { kind: 'tracing', name: 'opentelemetry', re: /(FastAPIInstrumentor|FlaskInstrumentor|DjangoInstrumentor)\.?\w*\(|TracerProvider\s*\(|NodeSDK\s*\(|@opentelemetry\/sdk-node/, needle: ['Instrumentor', 'TracerProvider', 'NodeSDK', 'opentelemetry'] },
  { kind: 'metrics', name: 'prometheus', re: /Instrumentator\(\)|make_asgi_app\(|start_http_server\(|prometheus_client\.(Counter|Histogram|Gauge)\(|\b(Counter|Histogram|Gauge)\(\s*['"][a-z_]+['"]|new client\.(Counter|Histogram|Gauge)|collectDefaultMetrics\(/, needle: ['Instrumentator', 'make_asgi_app', 'start_http_server', 'prometheus', 'Counter', 'Histogram', 'Gauge', 'collectDefaultMetrics'] },
  { kind: 'cache', name: 'redis', re: /redis\.(Redis|from_url|StrictRedis)\(|aioredis\.|createClient\(|new Redis\(|@cache(d|able)?\b|lru_cache|FastAPICache\.init/, needle: ['redis', 'Redis', 'createClient', '@cache', 'lru_cache', 'FastAPICache'] },
  { kind: 'cors', name: 'cors', re: /CORSMiddleware|\.use\(\s*cors\s*\(|CORS\s*\(\s*app/, needle: ['CORS', 'cors'] },
  { kind: 'compression', name: 'compression', re: /GZipMiddleware|\.use\(\s*compression\s*\(|Compress\s*\(\s*app/, needle: ['GZip', 'ompress'] },
  { kind: 'retry', name: 'retries', re: /@retry\b|tenacity|backoff\.on_exception|Retry\(\s*total|axios-retry|p-retry/, needle: ['@retry', 'tenacity', 'backoff.on_exception', 'Retry(', '-retry'] },
  { kind: 'circuit-breaker', name: 'circuit breaker', re: /circuitbreaker|CircuitBreaker|pybreaker|opossum/, needle: ['ircuit', 'pybreaker', 'opossum'] },
  { kind: 'audit-log', name: 'audit log', re: /audit_log|AuditLog|auditLogger|log_audit/, needle: 'udit' },
];

/** Code that sets security headers or rate-limit headers itself (a middleware of the project's own). */
export const HEADER_SETTERS: { kind: HintKind; re: RegExp; needle: Needle }[] = [
  { kind: 'security-headers', re: /Strict-Transport-Security|Content-Security-Policy|X-Frame-Options/, needle: ['Strict-Transport-Security', 'Content-Security-Policy', 'X-Frame-Options'] },
  { kind: 'rate-limit', re: /X-RateLimit-|Too Many Requests|status_code\s*=\s*429|HTTP_429/, needle: ['X-RateLimit-', 'Too Many Requests', 'status_code', 'HTTP_429'] },
];

/**
 * `needle`: a literal every match contains, checked with includes() before the regex runs;
 * `python`: a Python framework (looked for in .py files only; the others in JS/TS only).
 */
export const FRAMEWORKS: { name: string; re: RegExp; needle: string; python: boolean }[] = [
  { name: 'fastapi', re: /\bFastAPI\s*\(/, needle: 'FastAPI', python: true },
  { name: 'flask', re: /\bFlask\s*\(\s*__name__/, needle: 'Flask', python: true },
  { name: 'django', re: /django\.core\.(wsgi|asgi)|DJANGO_SETTINGS_MODULE/, needle: 'jango', python: true },
  { name: 'starlette', re: /\bStarlette\s*\(/, needle: 'Starlette', python: true },
  { name: 'streamlit', re: /^\s*(import streamlit|from streamlit)/m, needle: 'streamlit', python: true },
  { name: 'express', re: /\bexpress\s*\(\s*\)/, needle: 'express', python: false },
  { name: 'fastify', re: /\bfastify\s*\(\s*[{)]|Fastify\s*\(/, needle: 'astify', python: false },
  { name: 'nestjs', re: /NestFactory\.create/, needle: 'NestFactory', python: false },
  { name: 'koa', re: /new Koa\s*\(/, needle: 'Koa', python: false },
  { name: 'nextjs', re: /from ['"]next\/(server|app)/, needle: 'next/', python: false },
];

export const HEALTH_PATH = /^\/?(api\/(v\d+\/)?)?(health|healthz|healthcheck|ready|readyz|readiness|live|livez|liveness|ping|status)\/?$/i;
export const METRICS_PATH = /\/metrics\/?$/;
export const VERSIONED = /\/v\d+(\/|$)/;
export const DATA_SUBJECT: { kind: 'export' | 'erasure'; re: RegExp }[] = [
  { kind: 'export', re: /(export|download)[-_/]?(my[-_/]?)?(data|account)|\/gdpr\/export|\/me\/export|data[-_]?portability/i },
  { kind: 'erasure', re: /(delete|erase|remove)[-_/]?(my[-_/]?)?(account|data|user|me)|\/gdpr\/(delete|erase)|right[-_]to[-_]be[-_]forgotten/i },
];
