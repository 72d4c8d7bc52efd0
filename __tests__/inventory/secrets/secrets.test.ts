import { MemorySource } from '../../../src/source/memory-source.js';
import { FsSource } from '../../../src/source/fs-source.js';
import { composeCollector } from '../../../src/inventory/compose/index.js';
import { secretsCollector, type SecretsInventory } from '../../../src/inventory/secrets/index.js';
import type { Collector } from '../../../src/inventory/collector.js';
import type { RepoSource } from '../../../src/source/types.js';
import { runCollectors } from './helpers.js';
import { findTokens, isPlaceholder } from '../../../src/inventory/secrets/patterns.js';

// token shapes are assembled at run time so that no scanner mistakes this file for a leak
const PEM = ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' ') + '\nMIIBOgIBAAJBAK\n-----END RSA PRIVATE KEY-----\n';
const AWS = 'AKIA' + 'Q'.repeat(16);
const REALISH = 'k9' + 'x7Pq'.repeat(6);

// compose runs first, as in the engine: default credentials come from its interpolations
const scan = async (source: RepoSource) => {
  const { found } = await runCollectors(source, [composeCollector, secretsCollector] as Collector<string, unknown>[]);
  return { ...found, secrets: found.secrets as SecretsInventory };
};

describe('secret patterns', () => {
  it('finds token shapes with their lines, never returning the match', () => {
    expect(findTokens(`a\nkey: ${AWS}\n${PEM}`)).toEqual([
      { kind: 'aws-access-key', line: 2 },
      { kind: 'private-key', line: 3 },
    ]);
  });
  it.each([['changeme', true], ['your-secret-key', true], ['<token>', true], ['xxx', true], [REALISH, false]])('placeholder %s -> %s', (v, p) => expect(isPlaceholder(v)).toBe(p));
});

describe('secrets inventory', () => {
  it('reports committed env files, keys, tokens, settings and leftovers by place only', async () => {
    const inv = await scan(
      new MemorySource({
        '.env.production': `DEBUG=false\nAPI_TOKEN=${REALISH}\nDB_PASSWORD=changeme\nDATABASE_URL=postgres://app:${REALISH}@db/app\nCACHE_URL=redis://cache:6379\n`,
        '.env.example': 'API_TOKEN=\nDB_PASSWORD=\n',
        'deploy/tls.key': PEM,
        'config/settings.py': `DEBUG = False\nSECRET_KEY = "${REALISH}"\nSECRET_KEY_FILE = "/run/secrets/key"\n`,
        'infra/vars.yml': `aws_key: ${AWS}\n`,
        'data/app.sqlite3': Buffer.from('SQLite format 3\0'),
        'logs/app.log': 'x',
        'tests/test_auth.py': `PASSWORD = "${REALISH}"\n`,
      }),
    );
    const f = inv.secrets.findings.map((s) => `${s.kind} ${s.file}:${s.line}${s.key ? ' ' + s.key : ''}`);
    expect(f).toEqual(
      expect.arrayContaining([
        'env-file-secret .env.production:2 API_TOKEN',
        'env-file-secret .env.production:3 DB_PASSWORD',
        'env-file-secret .env.production:4 DATABASE_URL',
        'committed-env-file .env.production:1',
        'private-key deploy/tls.key:1',
        'hardcoded-secret config/settings.py:2 SECRET_KEY',
        'token infra/vars.yml:1',
        'database-file data/app.sqlite3:0',
        'log-file logs/app.log:0',
      ]),
    );
    expect(f.some((x) => x.includes('CACHE_URL'))).toBe(false);
    expect(f.some((x) => x.includes('tests/'))).toBe(false);
    expect(inv.secrets.findings.find((s) => s.key === 'DB_PASSWORD')!.description).toBe('placeholder value');
    expect(inv.secrets.exampleEnvFiles).toEqual([{ file: '.env.example', keys: ['API_TOKEN', 'DB_PASSWORD'], lines: { API_TOKEN: 1, DB_PASSWORD: 2 } }]);
    expect(JSON.stringify(inv)).not.toContain(REALISH);
    expect(JSON.stringify(inv)).not.toContain(AWS);
  });

  it('finds InsiteChart\'s committed .env, database, log and default credentials in compose', async () => {
    const inv = await scan(new FsSource('__tests__/fixtures/insitechart'));
    const kinds = inv.secrets.findings.map((s) => `${s.kind} ${s.file}:${s.line}${s.key ? ' ' + s.key : ''}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'committed-env-file .env:1',
        'database-file insite_dev.db:0',
        'log-file server.log:0',
        'default-credential docker-compose.yml:44 JWT_SECRET_KEY',
        'default-credential docker-compose.yml:10 DB_PASSWORD',
      ]),
    );
    expect(kinds.some((k) => k.includes('DB_USER'))).toBe(false);
    expect(JSON.stringify(inv)).not.toMatch(/dev-jwt-secret|insite_password|your-secret-key/);
  });
});
