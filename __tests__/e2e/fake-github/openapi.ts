/**
 * GitHub's published OpenAPI description (@octokit/openapi), loaded once per process on first use:
 * route matching (method + path template) and ajv validation of parameters, request bodies and,
 * optionally, the fake's own responses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';

// ajv is CommonJS: under NodeNext its class is the module's `default` member
const Ajv = AjvModule.default;
type Ajv = InstanceType<typeof Ajv>;

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Operation {
  method: string;
  /** path template as written in the description, e.g. /repos/{owner}/{repo}/issues/{issue_number} */
  template: string;
  operationId: string;
  /** GitHub's documentation page of the operation, used in error answers */
  docs: string;
  parameters: Parameter[];
  requestBody?: Json;
  responses: Record<string, Json>;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

export interface RouteMatch {
  op: Operation;
  params: Record<string, string>;
}

interface CompiledRoute {
  template: string;
  regex: RegExp;
  names: string[];
  /** literal segments rank above parameters: /issues/comments beats /issues/{issue_number} */
  rank: number[];
  ops: Map<string, Operation>;
}

const SPEC_ID = 'gh';
let doc: Json | undefined;
let routes: CompiledRoute[] | undefined;
let ajv: Ajv | undefined;
let coercing: Ajv | undefined;
const bodyValidators = new Map<string, ValidateFunction | null>();
const paramValidators = new Map<string, ValidateFunction>();
const responseValidators = new Map<string, ValidateFunction | null>();

function specPath(): string {
  return createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
}

export function spec(): Json {
  doc ??= fixNullable(JSON.parse(readFileSync(specPath(), 'utf8')));
  return doc;
}

/**
 * OpenAPI 3.0's `nullable: true` as ajv understands it: next to oneOf/anyOf/allOf without a
 * `type` (which ajv refuses) the null goes into the alternatives, and an enum gains null.
 */
function fixNullable(node: Json): Json {
  if (Array.isArray(node)) node.forEach(fixNullable);
  else if (node && typeof node === 'object') {
    if (node.nullable === true && Array.isArray(node.enum) && !node.enum.includes(null)) node.enum.push(null);
    if (node.nullable === true && node.type === undefined) {
      delete node.nullable;
      if (Array.isArray(node.oneOf)) node.oneOf.push({ type: 'null' });
      else if (Array.isArray(node.anyOf)) node.anyOf.push({ type: 'null' });
      else if (Array.isArray(node.allOf)) node.anyOf = [{ allOf: node.allOf }, { type: 'null' }], delete node.allOf;
    }
    for (const v of Object.values(node)) fixNullable(v);
  }
  return node;
}

const silent = { log() {}, warn() {}, error(...a: unknown[]) { console.error(...a); } };
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i;

function newAjv(coerceTypes: boolean): Ajv {
  const a = new Ajv({ strict: false, allErrors: true, verbose: true, validateSchema: false, logger: silent, coerceTypes: coerceTypes ? 'array' : false });
  a.addFormat('date-time', DATE_TIME);
  a.addFormat('uri', (s: string) => URL.canParse(s));
  for (const f of ['int32', 'int64', 'email', 'uri-template', 'date', 'binary', 'byte', 'hostname', 'ipv4', 'ipv6', 'uuid', 'repo.nwo', 'ssh-key', 'ssh-key fingerprint', 'password']) a.addFormat(f, true);
  a.addSchema(spec(), SPEC_ID);
  return a;
}

function validator(): Ajv {
  ajv ??= newAjv(false);
  return ajv;
}

function pointer(...parts: string[]): string {
  return `${SPEC_ID}#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

function resolve(node: Json): Json {
  while (node && typeof node === 'object' && typeof node.$ref === 'string') {
    const path = node.$ref.replace(/^#\//, '').split('/').map((p: string) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    node = path.reduce((n: Json, k: string) => n?.[k], spec());
  }
  return node;
}

function compileRoutes(): CompiledRoute[] {
  const out: CompiledRoute[] = [];
  for (const [template, item] of Object.entries<Json>(spec().paths)) {
    const names: string[] = [];
    const rank: number[] = [];
    const segs = template.split('/').slice(1);
    const pattern = segs
      .map((seg, i) => {
        const m = /^\{(.+)\}$/.exec(seg);
        if (!m) {
          rank.push(2);
          return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{(\w+)\\\}/g, (_s, n: string) => (names.push(n), '([^/]+)'));
        }
        rank.push(1);
        names.push(m[1]);
        // a trailing {path} (contents) spans several segments
        return m[1] === 'path' && i === segs.length - 1 ? '(.*)' : '([^/]+)';
      })
      .join('/');
    const ops = new Map<string, Operation>();
    const shared: Json[] = item.parameters ?? [];
    for (const method of ['get', 'post', 'put', 'patch', 'delete', 'head']) {
      const o = item[method];
      if (!o) continue;
      ops.set(method.toUpperCase(), {
        method: method.toUpperCase(),
        template,
        operationId: o.operationId,
        docs: o.externalDocs?.url ?? 'https://docs.github.com/rest',
        parameters: [...shared, ...(o.parameters ?? [])].map(resolve),
        requestBody: o.requestBody ? resolve(o.requestBody) : undefined,
        responses: o.responses ?? {},
      });
    }
    out.push({ template, regex: new RegExp(`^/${pattern}/?$`), names, rank, ops });
  }
  return out;
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] > b[i];
  return a.length > b.length;
}

/** The operation a request goes to: undefined for an unknown path, `op` undefined when only the method is wrong. */
export function matchRoute(method: string, pathname: string): { route?: RouteMatch; pathKnown: boolean } {
  routes ??= compileRoutes();
  let best: { r: CompiledRoute; m: RegExpExecArray } | undefined;
  for (const r of routes) {
    const m = r.regex.exec(pathname);
    if (!m || !r.ops.has(method)) continue;
    if (!best || better(r.rank, best.r.rank)) best = { r, m };
  }
  if (!best) return { pathKnown: routes.some((r) => r.regex.test(pathname)) };
  const params: Record<string, string> = {};
  best.r.names.forEach((n, i) => (params[n] = decodeURIComponent(best!.m[i + 1])));
  return { route: { op: best.r.ops.get(method)!, params }, pathKnown: true };
}

/**
 * Where the description is stricter than GitHub: `created` is typed date-time but GitHub takes
 * its search syntax (`>=2025-01-01`, `2025-01-01..2025-02-01`).
 */
const QUERY_ERRATA: Record<string, Json> = { created: { type: 'string', pattern: '^(?:[<>]=?)?\\d{4}-\\d\\d-\\d\\d' } };

export interface Problem {
  where: 'path' | 'query' | 'body' | 'response';
  message: string;
  errors?: ErrorObject[];
}

/** Path and query parameters: types (coerced from strings as GitHub does), enums, required, unknown names. */
export function validateParams(op: Operation, path: Record<string, string>, query: Record<string, string | string[]>): Problem[] {
  const problems: Problem[] = [];
  for (const where of ['path', 'query'] as const) {
    const params = op.parameters.filter((p) => p.in === where);
    const values: Record<string, unknown> = { ...(where === 'path' ? path : query) };
    const known = new Set(params.map((p) => p.name));
    for (const name of Object.keys(values)) {
      if (!known.has(name)) problems.push({ where, message: `unknown ${where} parameter "${name}" for ${op.method} ${op.template}` });
    }
    const key = `${op.method} ${op.template} ${where}`;
    let v = paramValidators.get(key);
    if (!v) {
      coercing ??= newAjv(true);
      const properties: Record<string, Json> = {};
      for (const p of params) properties[p.name] = (where === 'query' && QUERY_ERRATA[p.name]) || p.schema || {};
      v = coercing.compile({ type: 'object', properties, required: params.filter((p) => p.required).map((p) => p.name) });
      paramValidators.set(key, v);
    }
    if (!v(values)) problems.push({ where, message: describe(v.errors ?? []), errors: v.errors ?? [] });
  }
  return problems;
}

/** The JSON request body against the operation's schema; a body where none is expected is a problem too. */
export function validateBody(op: Operation, body: unknown): Problem[] {
  const key = `${op.method} ${op.template}`;
  if (!bodyValidators.has(key)) {
    const content = op.requestBody?.content?.['application/json'];
    bodyValidators.set(key, content ? validator().compile({ $ref: pointer('paths', op.template, op.method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema') }) : null);
  }
  const v = bodyValidators.get(key)!;
  if (!v) return body === undefined ? [] : [{ where: 'body', message: `${op.method} ${op.template} takes no request body` }];
  if (body === undefined) return op.requestBody?.required ? [{ where: 'body', message: 'Requires a JSON request body' }] : [];
  return v(body) ? [] : [{ where: 'body', message: describe(v.errors ?? []), errors: v.errors ?? [] }];
}

/** The fake's own answer against the documented response schema, so that fixtures keep GitHub's shapes. */
export function validateResponse(op: Operation, status: number, body: unknown): Problem[] {
  const key = `${op.method} ${op.template} ${status}`;
  if (!responseValidators.has(key)) {
    const documented = op.responses[String(status)];
    const hasSchema = documented && resolve(documented)?.content?.['application/json']?.schema;
    if (!documented && status < 400) {
      responseValidators.set(key, null);
      return [{ where: 'response', message: `status ${status} is not documented for ${op.method} ${op.template}` }];
    }
    const ref = documented?.$ref
      ? `${SPEC_ID}${documented.$ref}/content/application~1json/schema`
      : pointer('paths', op.template, op.method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema');
    responseValidators.set(key, hasSchema ? validator().compile({ $ref: ref }) : null);
  }
  const v = responseValidators.get(key);
  if (!v) return [];
  return v(body) ? [] : [{ where: 'response', message: describe(v.errors ?? []), errors: v.errors ?? [] }];
}

/** GitHub's wording for schema failures: `For 'properties/x', "v" is not a member of [...]`. */
export function describe(errors: ErrorObject[]): string {
  return errors
    .slice(0, 5)
    .map((e) => {
      const at = e.instancePath ? `'${e.instancePath.slice(1).split('/').join('/')}'` : 'the body';
      if (e.keyword === 'enum') return `For ${at}, ${e.data === undefined ? 'the value' : JSON.stringify(e.data)} is not a member of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}.`;
      return `For ${at}, ${e.message}.`;
    })
    .join('\n');
}
