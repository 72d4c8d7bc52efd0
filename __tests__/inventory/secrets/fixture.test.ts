import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsSource } from '../../../src/source/fs-source.js';
import { composeCollector } from '../../../src/inventory/compose/index.js';
import { secretsCollector, type SecretsInventory } from '../../../src/inventory/secrets/index.js';
import type { Collector } from '../../../src/inventory/collector.js';
import type { RepoSource } from '../../../src/source/types.js';
import { runCollectors } from './helpers.js';
import { MemorySource } from '../../../src/source/memory-source.js';
import { leftoverOf } from '../../../src/inventory/secrets/leftovers.js';
import { fileEntry } from '../../../src/source/types.js';

// the fixture plus a throwaway private key generated here, so that no key is ever committed
let dir: string;
let inv: SecretsInventory;
let json: string;
const PRIVATE = generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rg-secrets-'));
  cpSync('__tests__/fixtures/secrets', dir, { recursive: true });
  writeFileSync(join(dir, 'deploy', 'server.key'), PRIVATE);
  writeFileSync(join(dir, 'deploy', 'gcp-sa.json'), JSON.stringify({ type: 'service_account', project_id: 'p', private_key_id: 'x', private_key: PRIVATE }, null, 2));
  const full = await scan(new FsSource(dir));
  inv = full.secrets;
  json = JSON.stringify(full);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const list = () => inv.findings.map((s) => `${s.kind} ${s.file}:${s.line}${s.key ? ' ' + s.key : ''}`);
const find = (kind: string, key?: string) => inv.findings.find((s) => s.kind === kind && (key === undefined || s.key === key));

// compose runs first, as in the engine: default credentials come from its interpolations
const scan = async (source: RepoSource) => {
  const { found } = await runCollectors(source, [composeCollector, secretsCollector] as Collector<string, unknown>[]);
  return { ...found, secrets: found.secrets as SecretsInventory };
};

describe('secrets fixture', () => {
  it('lists a committed .env by key and line, telling placeholders from real-looking values', () => {
    expect(list()).toEqual(expect.arrayContaining(['committed-env-file .env:1', 'env-file-secret .env:3 SECRET_KEY', 'env-file-secret .env:4 DB_PASSWORD', 'env-file-secret .env:5 STRIPE_API_KEY', 'env-file-secret .env:7 DATABASE_URL']));
    expect(find('env-file-secret', 'SECRET_KEY')!.description).toBe('value of 24 characters that looks real');
    expect(find('env-file-secret', 'DB_PASSWORD')!.description).toBe('placeholder value');
    expect(find('env-file-secret', 'STRIPE_API_KEY')!.description).toBe('placeholder value');
    // a URL without credentials and a non-secret setting are not findings
    expect(list().some((x) => x.includes('REDIS_URL') || x.includes('JWT_EXPIRES'))).toBe(false);
    expect(inv.envFiles).toEqual([{ file: '.env', keys: 7, secretKeys: ['SECRET_KEY', 'DB_PASSWORD', 'STRIPE_API_KEY', 'DATABASE_URL'] }]);
  });

  it('records the variables an example env file documents, without judging it', () => {
    expect(inv.exampleEnvFiles).toEqual([{ file: '.env.example', keys: ['DEBUG', 'SECRET_KEY', 'DB_PASSWORD', 'STRIPE_API_KEY', 'DATABASE_URL'], lines: { DEBUG: 1, SECRET_KEY: 2, DB_PASSWORD: 3, STRIPE_API_KEY: 4, DATABASE_URL: 5 } }]);
    expect(list().some((x) => x.includes('.env.example'))).toBe(false);
  });

  it('finds private keys and credential files, but not certificates', () => {
    expect(list()).toEqual(expect.arrayContaining(['private-key deploy/server.key:1', 'credential-file .npmrc:1 _authToken', 'credential-file .pypirc:3 password', 'credential-file k8s/kubeconfig:10 token', 'credential-file deploy/gcp-sa.json:5 private_key']));
    // the service account's key is reported once, as a credential file
    expect(inv.findings.filter((s) => s.file === 'deploy/gcp-sa.json')).toHaveLength(1);
    expect(list().some((x) => x.includes('tls.crt'))).toBe(false);
  });

  it('finds hard-coded secrets in settings modules and YAML config by name and literal', () => {
    expect(list()).toEqual(expect.arrayContaining(['hardcoded-secret config/settings.py:4 SECRET_KEY', 'hardcoded-secret config/app.yaml:4 jwt_secret']));
    // environment lookups, references, URLs and non-secret names are not
    expect(list().filter((x) => x.startsWith('hardcoded-secret'))).toHaveLength(2);
  });

  it('finds leftovers from the listing', () => {
    expect(list()).toEqual(expect.arrayContaining(['database-file data/shop.sqlite:0', 'log-file logs/worker.log:0', 'editor-leftover app/main.py~:0']));
  });

  it('never records a value', () => {
    for (const v of ['k9Pq7Xv2Lm4Rt8Wz1Bc6Nd3F', 'Qw7Lp2Zx9Kd4', 'fake0npm0token', 'pypi-fake-token', 'fake-kube-token', 'django-insecure', 'Zr8Lq2Vn6Tx1Ws4Ym9Pk', 'changeme', 'your-stripe-key', 'PRIVATE KEY-----\nMII']) expect(json).not.toContain(v);
  });

  it('describes findings as file:line kind key (description)', () => {
    const lines = secretsCollector.describe(inv);
    expect(lines).toContain('.env:3 env-file-secret SECRET_KEY (value of 24 characters that looks real)');
    expect(lines).toContain('.env.example:1 example env file documenting 5 variables');
  });
});

describe('leftovers by name', () => {
  it.each([
    ['app/__pycache__/main.cpython-311.pyc', 'build-leftover'],
    ['coverage.xml', 'build-leftover'],
    ['.DS_Store', 'build-leftover'],
    ['src/.main.py.swp', 'editor-leftover'],
    ['backups/db.dump', 'database-file'],
    ['var/logs/app.txt', 'log-file'],
    ['db/seed.bak', 'database-file'],
  ])('%s is a %s', (path, kind) => expect(leftoverOf(fileEntry(path, 10))?.kind).toBe(kind));
  it.each(['logs/.gitkeep', 'src/catalog.py', 'docs/logging.md'])('%s is not a leftover', (path) => expect(leftoverOf(fileEntry(path, 10))).toBeUndefined());
});

describe('tokens in config, not in tests or vendored code', () => {
  it('finds a JWT and a GitHub token in config files and skips test folders', async () => {
    const jwt = ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIn0', 'c2lnbmF0dXJlLW5vdC1yZWFs'].join('.');
    const gh = 'ghp_' + 'a1B2'.repeat(9);
    const inv2 = await scan(new MemorySource({ 'deploy/values.yaml': `api:\n  bearer: ${jwt}\n`, 'scripts/release.sh': `#!/bin/sh\nGH=${gh}\n`, 'tests/fixtures/jwt.json': `{"t": "${jwt}"}`, 'node_modules/x/index.js': `const t = "${gh}";` }));
    const f = inv2.secrets.findings.map((s) => `${s.kind} ${s.file}:${s.line} ${s.description}`);
    expect(f).toEqual(['token deploy/values.yaml:2 jwt', 'token scripts/release.sh:2 github token']);
  });

  it('survives other collectors\' results of an unexpected shape', async () => {
    const ctx = { files: [], text: () => undefined } as unknown as Parameters<typeof secretsCollector.collect>[0];
    expect(secretsCollector.collect(ctx, { compose: { projects: [{ interpolations: [null, { variable: 1 }], services: 'x' }] }, kubernetes: { objects: [{ kind: 'Secret', secretKeys: 'a' }] } }).findings).toEqual([]);
    expect(secretsCollector.collect(ctx, { compose: 'nonsense', kubernetes: 42 }).findings).toEqual([]);
  });

  it('reports Kubernetes Secrets with literal data by keys, from the Kubernetes results', () => {
    const ctx = { files: [], text: () => undefined } as unknown as Parameters<typeof secretsCollector.collect>[0];
    const k8s = { objects: [{ kind: 'Secret', name: 'db', file: 'k8s/secret.yaml', line: 1, secretKeys: ['password', 'username'] }, { kind: 'Secret', name: 'tls', file: 'k8s/tls.yaml', line: 3 }, { kind: 'ConfigMap', file: 'k8s/cm.yaml', line: 1, secretKeys: ['x'] }] };
    expect(secretsCollector.collect(ctx, { kubernetes: k8s }).findings).toEqual([{ kind: 'kubernetes-secret-literal', file: 'k8s/secret.yaml', line: 1, key: 'password, username', description: 'Secret db holds 2 literal value(s) in the repository' }]);
  });
});
