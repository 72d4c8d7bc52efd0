import { fromFiles, fromFixture } from './helpers.js';
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
    // `logs -f` follows logs; a variable cannot be resolved
    expect(findFileSets('docker-compose logs -f backend\ndocker-compose -f "$COMPOSE_FILE" -f docker-compose.prod.yml up')).toEqual([{ files: ['docker-compose.prod.yml'], line: 2 }]);
  });
});

async function compose(files: Record<string, string>, options?: Parameters<typeof fromFiles>[1]) {
  const run = await fromFiles(files, options);
  const inv = { ...run, compose: run.compose };
  return { inv, project: run.compose.projects[0] };
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
    expect(project.services[0].image).toBe('x:${TAG:?TAG is required}');
    expect(project.services[0].imageRef?.templated).toBe(true);
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
    const inv = await fromFixture('__tests__/fixtures/insitechart');
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

describe('merge fixture (base + override + production + test overlay, Makefile -f sets)', () => {
  it('takes the production set from the Makefile and keeps the other sets', async () => {
    const { compose, diagnostics } = await fromFixture('__tests__/fixtures/compose/merge');
    const p = compose.projects[0];
    // a folder-less root project: compose would use the checkout's folder name, which the scan does not know
    expect(p.name).toBe('root');
    expect(p.files).toEqual([
      { path: 'docker-compose.yml', role: 'base' },
      { path: 'docker-compose.override.yml', role: 'development' },
      { path: 'docker-compose.production.yml', role: 'production' },
      { path: 'docker-compose.test.yml', role: 'test' },
    ]);
    expect(p.productionSource).toBe('file-set');
    expect(p.productionFiles).toEqual(['docker-compose.yml', 'docker-compose.production.yml']);
    expect(p.fileSets.map((s) => [s.file, s.line, s.files.join(' ')])).toEqual([
      ['Makefile', 1, 'docker-compose.yml docker-compose.production.yml'],
      ['Makefile', 4, 'docker-compose.yml docker-compose.production.yml'],
      ['Makefile', 7, 'docker-compose.yml docker-compose.test.yml'],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('points every merged field at the file and line that wrote it', async () => {
    const { compose } = await fromFixture('__tests__/fixtures/compose/merge');
    const p = compose.projects[0];
    const app = p.services.find((s) => s.name === 'app')!;
    expect(app).toMatchObject({ file: 'docker-compose.yml', line: 2, image: 'example/shop-app:1.0.0' });
    expect(app.locs.image).toEqual({ file: 'docker-compose.production.yml', line: 3 });
    expect(app.command).toBe('node --max-old-space-size=384 server.js');
    // the duplicate 3000:3000 of the overlay is merged away but now points at the overlay
    expect(app.ports.map((x) => [x.hostIp, x.published, x.target, x.file, x.line])).toEqual([
      [undefined, '3000', '3000', 'docker-compose.production.yml', 12],
      [undefined, '9229', '9229', 'docker-compose.yml', 16],
      ['127.0.0.1', '9464', '9464', 'docker-compose.yml', 20],
    ]);
    expect(app.environment).toEqual([
      { name: 'NODE_ENV', value: 'production', file: 'docker-compose.production.yml', line: 9 },
      { name: 'LOG_LEVEL', value: 'info', file: 'docker-compose.production.yml', line: 10 },
      { name: 'FEATURE_FLAGS', value: null, file: 'docker-compose.yml', line: 13 },
    ]);
    expect(app.build).toMatchObject({ context: 'app', dockerfile: 'app/Dockerfile', dockerfileExists: true, args: { NODE_ENV: 'production', APP_VERSION: '0.9.0' } });
    expect(app.dependsOn).toEqual([
      { service: 'db', condition: 'service_healthy' },
      { service: 'cache', condition: 'service_started' },
    ]);
    expect(app.healthcheck).toMatchObject({ test: ['CMD', 'wget', '-qO-', 'http://localhost:3000/ready'], interval: '30s', timeout: '5s', retries: 5, startPeriod: '10s', disabled: false });
    expect(app.replicas).toEqual({ value: 2, file: 'docker-compose.production.yml', line: 27 });
    expect(app.limits?.value).toEqual({ cpus: '1', memory: '512M' });
    expect(app.reservations?.value).toEqual({ memory: '256M' });
    expect(app.logging?.value).toEqual({ driver: 'json-file', options: { 'max-size': '20m' } });
    expect(app.volumes.map((v) => v.split(':')[1]).sort()).toEqual(['/srv/app/data', '/srv/app/src']);
    expect(app.extraHosts).toEqual({ 'metadata.internal': '169.254.169.254', 'logs.internal': '10.0.0.5' });
    expect(app.labels).toEqual({ 'com.example.team': 'shop', 'com.example.tier': 'web' });
    expect(app).toMatchObject({ user: '1000:1000', readOnly: true, capDrop: ['ALL'], securityOpt: ['no-new-privileges:true'] });
    const cache = p.services.find((s) => s.name === 'cache')!;
    expect(cache.imageRef).toMatchObject({ repository: 'redis', tag: '7.2.5-alpine', digest: expect.stringMatching(/^sha256:/) });
    const db = p.services.find((s) => s.name === 'db')!;
    expect(db.limits).toEqual({ value: { memory: '1g' }, file: 'docker-compose.production.yml', line: expect.any(Number) });
    expect(p.networks).toEqual([
      { name: 'edge', internal: false, file: 'docker-compose.yml', line: 59 },
      { name: 'private', internal: true, file: 'docker-compose.yml', line: 60 },
    ]);
  });

  it('describes the project', async () => {
    const { lines } = await fromFixture('__tests__/fixtures/compose/merge');
    expect(lines[0]).toContain('docker-compose.production.yml (production)');
    expect(lines[1]).toBe('  production model: docker-compose.yml + docker-compose.production.yml (from Makefile:1)');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}docker-compose\.yml:2 app: example\/shop-app:1\.0\.0, ports 3000:3000,9229:9229,127\.0\.0\.1:9464:9464, replicas 2, limits cpus=1 mem=512M, healthcheck$/));
  });

  it('applies the development override only when asked', async () => {
    const { compose } = await fromFixture('__tests__/fixtures/compose/merge', { composeApplyOverride: true });
    const app = compose.projects[0].services.find((s) => s.name === 'app')!;
    expect(compose.projects[0].productionFiles).toEqual(['docker-compose.yml', 'docker-compose.override.yml', 'docker-compose.production.yml']);
    expect(app.ports.map((x) => x.published)).toContain('9230');
  });

  it('uses the overlays named in the options', async () => {
    const { compose } = await fromFixture('__tests__/fixtures/compose/merge', { composeProductionOverlays: ['docker-compose.test.yml'] });
    const p = compose.projects[0];
    expect(p.productionSource).toBe('configured');
    expect(p.productionFiles).toEqual(['docker-compose.yml', 'docker-compose.test.yml']);
    expect(p.services.find((s) => s.name === 'app')!.command).toBe('npm test');
  });
});

describe('extends fixture (file: and same-file extends, long-syntax ports)', () => {
  it('declares services where they are written and inherits with the inherited lines', async () => {
    const { compose, diagnostics } = await fromFixture('__tests__/fixtures/compose/extends');
    const p = compose.projects[0];
    expect(p.productionFiles).toEqual(['docker-compose.yml', 'docker-compose.production.yml']);
    const web = p.services.find((s) => s.name === 'web')!;
    expect(web).toMatchObject({ file: 'docker-compose.yml', line: 2, image: 'registry.example.com/shop/app:1.4.2' });
    expect(web.locs.image).toEqual({ file: 'common.yml', line: 3 });
    expect(web.healthcheck).toMatchObject({ file: 'common.yml', line: 8, interval: '15s', retries: 4 });
    expect(web.environment.map((e) => `${e.name}=${e.value}@${e.file}:${e.line}`)).toEqual([
      'LOG_FORMAT=json@common.yml:6',
      'WORKERS=8@docker-compose.yml:13',
      'ROLE=web-prod@docker-compose.production.yml:4',
    ]);
    expect(web.ports.map((x) => `${x.published}:${x.target}@${x.file}:${x.line}`)).toEqual([
      '8080:8080@docker-compose.yml:7',
      '9091:9090@docker-compose.yml:8',
      '8443:8443@docker-compose.production.yml:12',
    ]);
    const worker = p.services.find((s) => s.name === 'worker')!;
    expect(worker).toMatchObject({ file: 'docker-compose.yml', line: 14, command: 'celery worker --concurrency 2', image: 'registry.example.com/shop/app:1.4.2' });
    expect(worker.replicas).toMatchObject({ value: 2, file: 'docker-compose.production.yml' });
    expect(worker.dependsOn).toEqual([{ service: 'cache', condition: 'service_started' }]);
    expect(diagnostics).toEqual([]);
  });
});

describe('interp fixture (.env and every interpolation form)', () => {
  it('records each interpolation with its source and place', async () => {
    const { compose, diagnostics } = await fromFixture('__tests__/fixtures/compose/interp');
    const p = compose.projects[0];
    const rows = p.interpolations.map((i) => `${i.file}:${i.line}:${i.column} ${i.variable} ${i.source}${i.required ? ' required' : ''}${i.defaultLength !== undefined ? ` d${i.defaultLength}` : ''} @${i.path}`);
    expect(rows).toEqual([
      'docker-compose.yml:3:5 APP_TAG env-file @services.api.image',
      'docker-compose.yml:5:7 QUOTED env-file @services.api.environment.GREETING',
      'docker-compose.yml:6:7 SINGLE env-file @services.api.environment.RAW',
      'docker-compose.yml:7:7 MISSING default d8 @services.api.environment.DEFAULT_DASH',
      'docker-compose.yml:8:7 EMPTY default d9 @services.api.environment.DEFAULT_COLON_EMPTY',
      'docker-compose.yml:9:7 EMPTY env-file d10 @services.api.environment.DASH_EMPTY',
      'docker-compose.yml:11:7 APP_TAG env-file @services.api.environment.BARE',
      'docker-compose.yml:13:10 PORT_HOST env-file d4 @services.api.ports[0]',
      'docker-compose.yml:15:5 PORT_HOST env-file @services.api.command',
      'docker-compose.yml:16:5 RESTART_POLICY default d10 @services.api.restart',
      'docker-compose.prod.yml:4:7 APP_TAG env-file required @services.api.environment.REQUIRED_HERE',
    ]);
    const api = p.services[0];
    expect(api.image).toBe('example/api:2.1.0');
    expect(api.ports[0]).toMatchObject({ published: '18080', target: '8080' });
    expect(api.restart?.value).toBe('on-failure');
    expect(api.environment.find((e) => e.name === 'DOLLARS')?.value).toBe('price $5');
    expect(diagnostics).toEqual([]);
  });
});

describe('more compose cases', () => {
  it('detects an extends loop across files', async () => {
    const { inv, project } = await compose({
      'docker-compose.yml': 'services:\n  web:\n    extends:\n      file: a.yml\n      service: a\n  ok:\n    image: fine:1\n',
      'a.yml': 'services:\n  a:\n    extends:\n      file: b.yml\n      service: b\n',
      'b.yml': 'services:\n  b:\n    extends:\n      file: a.yml\n      service: a\n',
    });
    expect(project.services.map((s) => s.name)).toContain('ok');
    expect(inv.diagnostics).toContainEqual(expect.objectContaining({ code: 'compose-extends-loop', file: 'b.yml', line: 3 }));
  });

  it('reads an extends file once even when many services use it', async () => {
    const { project } = await compose({
      'docker-compose.yml': 'services:\n  a:\n    extends: {file: common.yml, service: base}\n  b:\n    extends: {file: common.yml, service: base}\n',
      'common.yml': 'services:\n  base:\n    image: "x:${TAG:-1}"\n',
    });
    expect(project.interpolations.filter((i) => i.variable === 'TAG')).toHaveLength(1);
    expect(project.services.map((s) => s.image)).toEqual(['x:1', 'x:1']);
  });

  it('honours !reset and !override inside mappings', async () => {
    const { project } = await compose({
      'docker-compose.yml': 'services:\n  a:\n    image: x\n    environment: {A: "1", B: "2"}\n    deploy: {resources: {limits: {cpus: "1", memory: 1G}}}\n',
      'docker-compose.prod.yml': 'services:\n  a:\n    environment:\n      B: !reset null\n    deploy:\n      resources:\n        limits: !override\n          memory: 2G\n',
    });
    const a = project.services[0];
    expect(a.environment.map((e) => e.name)).toEqual(['A']);
    expect(a.limits?.value).toEqual({ memory: '2G' });
  });

  it('uses the top-level name as compose normalises it', async () => {
    const { project } = await compose({ 'deploy/compose.yaml': 'name: My Shop.Prod\nservices:\n  a:\n    image: x\n' });
    expect(project).toMatchObject({ name: 'myshopprod', dir: 'deploy' });
  });

  it('prefers compose.yaml over docker-compose.yml and keeps projects per folder', async () => {
    const { inv } = await compose({
      'compose.yaml': 'services:\n  a:\n    image: new\n',
      'docker-compose.yml': 'services:\n  a:\n    image: old\n',
      'services/api/docker-compose.yml': 'services:\n  api:\n    build: .\n',
      'services/api/docker-compose.staging.yml': 'services:\n  api:\n    restart: always\n',
    });
    const [root, api] = inv.compose.projects;
    expect(root.files).toEqual([{ path: 'compose.yaml', role: 'base' }, { path: 'docker-compose.yml', role: 'other' }]);
    expect(root.services[0].image).toBe('new');
    expect(api.files.map((f) => f.role)).toEqual(['base', 'staging']);
    expect(api.productionFiles).toEqual(['services/api/docker-compose.yml']);
    expect(api.services[0].build).toMatchObject({ context: 'services/api', dockerfile: 'services/api/Dockerfile', dockerfileExists: false });
  });

  it('resolves inline, remote and absolute Dockerfiles without looking for files', async () => {
    const { project } = await compose({
      'docker-compose.yml': [
        'services:',
        '  inline:',
        '    build: {context: ., dockerfile_inline: "FROM alpine:3.20"}',
        '  remote:',
        '    build: https://github.com/example/app.git#main',
        '  abs:',
        '    build: {context: ., dockerfile: /opt/Dockerfile}',
        '  def:',
        '    build: {dockerfile: Dockerfile.prod}',
        '',
      ].join('\n'),
      'Dockerfile.prod': 'FROM alpine:3.20\n',
    });
    const b = Object.fromEntries(project.services.map((s) => [s.name, s.build]));
    expect(b.inline).toMatchObject({ inline: true, dockerfileExists: true, dockerfile: undefined });
    expect(b.remote).toMatchObject({ remote: true, dockerfile: undefined });
    expect(b.abs).toMatchObject({ dockerfile: '/opt/Dockerfile', dockerfileExists: false });
    expect(b.def).toMatchObject({ context: '.', dockerfile: 'Dockerfile.prod', dockerfileExists: true });
  });

  it('runs a standalone production file alone when a script does', async () => {
    const { project } = await compose({
      'docker-compose.yml': 'services:\n  dev:\n    image: dev\n',
      'docker-compose.prod.yml': 'services:\n  app:\n    image: app:1\n',
      'deploy.sh': '#!/bin/sh\ndocker compose -f docker-compose.prod.yml up -d\n',
    });
    expect(project.productionFiles).toEqual(['docker-compose.prod.yml']);
    expect(project.services.map((s) => s.name)).toEqual(['app']);
  });

  it('does not take a README line that runs an overlay alone for the production set', async () => {
    const { project } = await compose({
      'docker-compose.yml': 'services:\n  app:\n    image: app:1\n',
      'docker-compose.prod.yml': 'services:\n  app:\n    restart: always\n',
      'INSTALL.md': '```\ndocker-compose -f docker-compose.prod.yml up -d\n```\n',
    });
    expect(project.productionSource).toBe('overlay');
    expect(project.productionFiles).toEqual(['docker-compose.yml', 'docker-compose.prod.yml']);
    expect(project.fileSets).toEqual([{ files: ['docker-compose.prod.yml'], file: 'INSTALL.md', line: 2 }]);
  });

  it('keeps secrets out of build args, labels and interpolated URLs', async () => {
    const { inv, project } = await compose({
      'docker-compose.yml': [
        'services:',
        '  api:',
        '    build:',
        '      context: .',
        '      args: [NPM_TOKEN=npm_literal_value, VERSION=1]',
        '    labels: {basic_auth_password: hunter2-literal}',
        '    environment:',
        '      DATABASE_URL: postgres://app:${DB_PASSWORD:-pg-default-pw}@db/app',
        '      API_KEY: ${KEY:-plain-variable-default}',
        '',
      ].join('\n'),
    });
    const api = project.services[0];
    expect(api.build!.args).toEqual({ NPM_TOKEN: '***', VERSION: '1' });
    expect(api.environment[0].value).toBe('postgres://app:***@db/app');
    expect(api.environment[1]).toMatchObject({ name: 'API_KEY', value: '***' });
    expect(project.interpolations.find((i) => i.variable === 'KEY')).toMatchObject({ source: 'default', defaultLength: 22 });
    expect(JSON.stringify(inv.compose)).not.toMatch(/npm_literal_value|hunter2-literal|pg-default-pw|plain-variable-default/);
  });

  it('is fast on a 300-service anchor-heavy file', async () => {
    const lines = ['x-env: &env', '  TZ: UTC', '  LOG: info', 'x-app: &app', '  restart: always', '  environment: *env', '  deploy: {resources: {limits: {memory: 128M}}}', 'services:'];
    for (let i = 0; i < 300; i++) lines.push(`  s${i}:`, '    <<: *app', `    image: "img/s${i}:\${TAG:-1.0}"`, `    ports: ["${10000 + i}:80"]`);
    const t0 = performance.now();
    const { project } = await compose({ 'docker-compose.yml': lines.join('\n') });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(project.services).toHaveLength(300);
    expect(project.services[150]).toMatchObject({ image: 'img/s150:1.0', limits: { value: { memory: '128M' } } });
    expect(project.interpolations).toHaveLength(300);
  });
});

describe('bad and unusual input', () => {
  it('survives binary, over-size, empty and non-mapping compose files', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'rg-compose-'));
    try {
      writeFileSync(join(dir, 'docker-compose.yml'), Buffer.from([0x73, 0x65, 0x00, 0x01, 0x02]));
      mkdirSync(join(dir, 'big'));
      writeFileSync(join(dir, 'big/docker-compose.yml'), 'services:\n  a:\n    image: x\n' + '# padding\n'.repeat(300_000));
      mkdirSync(join(dir, 'empty'));
      writeFileSync(join(dir, 'empty/compose.yaml'), '');
      mkdirSync(join(dir, 'list'));
      writeFileSync(join(dir, 'list/compose.yaml'), '- a\n- b\n');
      mkdirSync(join(dir, 'nulls'));
      writeFileSync(join(dir, 'nulls/compose.yaml'), 'services:\n  a:\n  b:\n    image: ok\n');
      const { compose, diagnostics } = await fromFixture(dir);
      expect(compose.projects.map((p) => [p.dir, p.services.length])).toEqual([['', 0], ['big', 0], ['empty', 0], ['list', 0], ['nulls', 1]]);
      expect(diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(
        expect.arrayContaining(['docker-compose.yml binary-file', 'big/docker-compose.yml file-too-large', 'list/compose.yaml compose-invalid', 'nulls/compose.yaml compose-invalid']),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('describes missing Dockerfiles and variables without a value', async () => {
    const { lines } = await fromFixture('__tests__/fixtures/insitechart');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}docker-compose\.yml:\d+ frontend: builds from frontend\/Dockerfile, which is not in the repository$/));
    expect(lines).toContain('  docker-compose.yml:10 ${DB_PASSWORD} falls back to the default written in the file (services.postgres.environment.POSTGRES_PASSWORD)');
    // the committed .env sets JWT_SECRET_KEY: no fallback line for it
    expect(lines.some((l) => l.includes('${JWT_SECRET_KEY} falls back'))).toBe(false);
    const { lines: unset } = await fromFiles({ 'docker-compose.yml': 'services:\n  a:\n    image: "x:${TAG}"\n' });
    expect(unset).toContain('  docker-compose.yml:3 ${TAG} has no value in .env and no default: empty (services.a.image)');
  });
});
