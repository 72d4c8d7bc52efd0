import { MemorySource } from '../../../src/source/memory-source.js';
import { FsSource } from '../../../src/source/fs-source.js';
import { buildInventory } from '../../../src/engine/inventory.js';
import { interpolate, parseEnvFile } from '../../../src/inventory/compose/interpolate.js';
import { roleOf, findFileSets } from '../../../src/inventory/compose/files.js';

const env = new Map([['SET', 'v'], ['EMPTY', '']]);

describe('compose interpolation', () => {
  it.each([
    ['${SET}', 'v', 'env-file'],
    ['$SET/x', 'v/x', 'env-file'],
    ['${UNSET:-d}', 'd', 'default'],
    ['${EMPTY:-d}', 'd', 'default'],
    ['${EMPTY-d}', '', 'env-file'],
    ['${UNSET-d}', 'd', 'default'],
    ['${SET:+alt}', 'alt', 'env-file'],
    ['${UNSET:+alt}', '', 'unset'],
    ['${UNSET:-${SET}-n}', 'v-n', 'default'],
    ['$$HOME', '$HOME', undefined],
    ['${UNSET}', '', 'unset'],
  ])('%s -> %s', (input, value, source) => {
    const r = interpolate(input, env);
    expect(r.value).toBe(value);
    expect(r.substitutions[0]?.source).toBe(source);
  });

  it('reports a required variable that is missing', () => {
    const r = interpolate('${TOKEN:?set the token}', env);
    expect(r.substitutions[0]).toMatchObject({ required: true, error: expect.stringContaining('set the token') });
  });

  it('masks secret variables and their defaults in the value it keeps', () => {
    const r = interpolate('redis://:${REDIS_PASSWORD:-redis_password}@redis', env, (n) => n.includes('PASSWORD'));
    expect(r.value).toBe('redis://:***@redis');
    expect(r.substitutions[0]).toMatchObject({ variable: 'REDIS_PASSWORD', source: 'default', defaultLength: 14 });
  });

  it('reads .env files with export, quotes and comments', () => {
    const { values, lines } = parseEnvFile('# c\nexport A=1\nB="x y"\nC=\'q # r\'\nD=v # note\n');
    expect(Object.fromEntries(values)).toEqual({ A: '1', B: 'x y', C: 'q # r', D: 'v' });
    expect(lines.get('D')).toBe(5);
  });
});

describe('compose files', () => {
  it.each([
    ['docker-compose.prod.yml', 'production'],
    ['docker-compose.production.yaml', 'production'],
    ['compose.prod.yaml', 'production'],
    ['docker-compose.override.yml', 'development'],
    ['docker-compose.dev.yml', 'development'],
    ['docker-compose.staging.yml', 'staging'],
    ['docker-compose.test.yml', 'test'],
    ['docker-compose.monitoring.yml', 'other'],
    ['docker-compose.yml', 'base'],
  ])('%s is %s', (name, role) => expect(roleOf(name)).toBe(role));

  it('finds -f sets in scripts', () => {
    expect(findFileSets('x\n  docker-compose -f docker-compose.yml -f docker-compose.prod.yml up -d\n')).toEqual([{ files: ['docker-compose.yml', 'docker-compose.prod.yml'], line: 2 }]);
    expect(findFileSets('docker compose --file a.yml --file=b.yml config')[0].files).toEqual(['a.yml', 'b.yml']);
  });
});

async function compose(files: Record<string, string>) {
  const inv = await buildInventory(new MemorySource(files));
  return { inv, project: inv.compose.projects[0] };
}

describe('compose projects', () => {
  it('builds the production model from base + prod overlay, not the development override', async () => {
    const { project } = await compose({
      'docker-compose.yml': 'services:\n  api:\n    image: a:1\n    command: ["serve"]\n',
      'docker-compose.override.yml': 'services:\n  api:\n    command: ["serve", "--reload"]\n',
      'docker-compose.prod.yml': 'services:\n  api:\n    deploy:\n      replicas: 3\n',
    });
    expect(project.productionFiles).toEqual(['docker-compose.yml', 'docker-compose.prod.yml']);
    const api = project.services[0];
    expect(api.command).toBe('serve');
    expect(api.replicas).toEqual({ value: 3, file: 'docker-compose.prod.yml', line: 4 });
  });

  it('says when there is no production overlay', async () => {
    const { project } = await compose({ 'compose.yaml': 'services:\n  a:\n    image: x\n' });
    expect(project.productionSource).toBe('base-only');
  });

  it('honours !reset and !override', async () => {
    const { project } = await compose({
      'docker-compose.yml': 'services:\n  a:\n    image: x\n    ports: ["80:80"]\n    environment: {A: "1", B: "2"}\n',
      'docker-compose.prod.yml': 'services:\n  a:\n    ports: !reset []\n    environment: !override\n      C: "3"\n',
    });
    const a = project.services[0];
    expect(a.ports).toEqual([]);
    expect(a.environment.map((e) => e.name)).toEqual(['C']);
  });

  it('unifies list and map environments and appends ports without duplicates', async () => {
    const { project } = await compose({
      'docker-compose.yml': 'services:\n  a:\n    image: x\n    ports: ["80:80"]\n    environment:\n      - A=1\n      - B\n',
      'docker-compose.prod.yml': 'services:\n  a:\n    ports: ["80:80", "443:443"]\n    environment:\n      A: "2"\n',
    });
    const a = project.services[0];
    expect(a.ports.map((p) => p.published)).toEqual(['80', '443']);
    expect(a.environment).toEqual([
      { name: 'A', value: '2', file: 'docker-compose.prod.yml', line: 5 },
      { name: 'B', value: null, file: 'docker-compose.yml', line: 7 },
    ]);
  });

  it('turns an extends loop into a diagnostic and keeps the other services', async () => {
    const { inv, project } = await compose({
      'docker-compose.yml': 'services:\n  a:\n    extends: b\n  b:\n    extends: a\n  c:\n    image: ok\n',
    });
    expect(project.services.map((s) => s.name)).toContain('c');
    expect(inv.diagnostics.some((d) => d.code === 'compose-extends-loop' && d.file === 'docker-compose.yml' && d.line! > 0)).toBe(true);
  });

  it('reports a required variable with file and line', async () => {
    const { inv, project } = await compose({ 'docker-compose.yml': 'services:\n  a:\n    image: "x:${TAG:?TAG is required}"\n' });
    expect(project.services[0].image).toBe('x:');
    expect(inv.diagnostics).toContainEqual(expect.objectContaining({ code: 'compose-required-variable', file: 'docker-compose.yml', line: 3 }));
  });

  it('survives malformed YAML and non-mapping services', async () => {
    const { inv } = await compose({
      'docker-compose.yml': 'services:\n  a: [oops\n',
      'other/docker-compose.yml': 'services:\n  s: 42\n  t:\n    image: ok\n',
    });
    expect(inv.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['yaml-syntax', 'compose-invalid']));
    expect(inv.compose.projects.find((p) => p.dir === 'other')!.services.map((s) => s.name)).toEqual(['t']);
  });

  it('handles a 300-service file built from anchors', async () => {
    const lines = ['x-app: &app', '  restart: always', '  logging: {driver: json-file, options: {max-size: 10m}}', 'services:'];
    for (let i = 0; i < 300; i++) lines.push(`  s${i}:`, '    <<: *app', `    image: img/s${i}:1.0`);
    const { project } = await compose({ 'docker-compose.yml': lines.join('\n') });
    expect(project.services).toHaveLength(300);
    expect(project.services[299].restart?.value).toBe('always');
  });

  it('records default secrets without their values', async () => {
    const { inv, project } = await compose({ 'docker-compose.yml': 'services:\n  api:\n    image: x\n    environment:\n      JWT_SECRET_KEY: ${JWT_SECRET_KEY:-your-secret-key}\n      API_TOKEN: literal-token-123\n' });
    expect(project.interpolations).toEqual([
      { variable: 'JWT_SECRET_KEY', file: 'docker-compose.yml', line: 5, column: 7, path: 'services.api.environment.JWT_SECRET_KEY', source: 'default', required: false, defaultLength: 15 },
    ]);
    const json = JSON.stringify(inv);
    expect(json).not.toContain('your-secret-key');
    expect(json).not.toContain('literal-token-123');
  });
});

describe('InsiteChart-shaped fixture', () => {
  it('finds the production model, the missing Dockerfile and the default secrets', async () => {
    const inv = await buildInventory(new FsSource('__tests__/fixtures/insitechart'));
    const p = inv.compose.projects[0];
    expect(p.files.map((f) => f.role)).toEqual(['base', 'development', 'production']);
    expect(p.productionFiles).toEqual(['docker-compose.yml', 'docker-compose.prod.yml']);
    expect(p.productionSource).toBe('file-set');
    const frontend = p.services.find((s) => s.name === 'frontend')!;
    expect(frontend.build).toMatchObject({ dockerfile: 'frontend/Dockerfile', dockerfileExists: false, file: 'docker-compose.yml' });
    const backend = p.services.find((s) => s.name === 'backend')!;
    expect(backend.limits).toEqual({ value: { cpus: '2', memory: '1G' }, file: 'docker-compose.prod.yml', line: 11 });
    expect(backend.restart).toMatchObject({ value: 'always', file: 'docker-compose.prod.yml' });
    expect(backend.containerName?.value).toBe('insite-backend');
    const jwt = p.interpolations.find((i) => i.variable === 'JWT_SECRET_KEY')!;
    expect(jwt).toMatchObject({ file: 'docker-compose.yml', line: 44, defaultLength: 15 });
    const dbPassword = p.interpolations.find((i) => i.variable === 'DB_PASSWORD')!;
    expect(dbPassword).toMatchObject({ source: 'default', line: 10 });
    expect(JSON.stringify(inv.compose)).not.toMatch(/insite_password|dev-jwt-secret|dev-redis-pass/);
  });
});
