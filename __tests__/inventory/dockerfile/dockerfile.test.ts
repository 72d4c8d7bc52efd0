import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerfileCollector, isDockerfile, type DockerfileInfo } from '../../../src/inventory/dockerfile/index.js';
import { fileEntry } from '../../../src/source/types.js';
import type { Diagnostic } from '../../../src/inventory/diagnostics.js';
import { runCollector } from './helpers.js';

let byFile: Map<string, DockerfileInfo>;
let diagnostics: Diagnostic[];
let lines: string[];
beforeAll(async () => {
  const r = await runCollector(dockerfileCollector, '__tests__/fixtures/dockerfile');
  byFile = new Map(r.value.files.map((d) => [d.file, d]));
  diagnostics = r.diagnostics;
  lines = r.lines;
});

describe('which files are Dockerfiles', () => {
  it.each(['Dockerfile', 'dockerfile', 'Dockerfile.prod', 'api.Dockerfile', 'web.dockerfile', 'Containerfile', 'Dockerfile-dev'])('%s is', (n) => {
    expect(isDockerfile(fileEntry(`svc/${n}`, 10))).toBe(true);
  });
  it.each(['x.dockerignore', 'docker-compose.yml', 'Makefile', 'notes.md', 'dockerfiles'])('%s is not', (n) => {
    expect(isDockerfile(fileEntry(n, 10))).toBe(false);
  });
});

describe('Dockerfile inventory', () => {
  it('follows stages, ARG-substituted bases, digests, distroless and non-root users', () => {
    const d = byFile.get('node-multistage/Dockerfile')!;
    expect(d.stages.map((s) => [s.name, s.from, s.fromStage, s.parentStage])).toEqual([
      ['deps', 'node:20.11.1-alpine', false, undefined],
      ['build', 'deps', true, 0],
      ['runtime', expect.stringContaining('@sha256:'), false, undefined],
    ]);
    expect(d.stages[0].fromRaw).toBe('node:${NODE_VERSION}-alpine');
    expect(d.stages[2].copies[0]).toMatchObject({ keyword: 'COPY', from: 'build', fromStage: true, sources: ['/app/dist'], dest: '/app', line: 13 });
    expect(d.final).toMatchObject({ stage: 2, name: 'runtime', line: 12, multiStage: true, runsAsRoot: false, user: 'nonroot:nonroot', userLine: 14, pinned: true, pin: 'digest', hasHealthcheck: false, minimalBase: true });
    expect(d.final.baseRef).toMatchObject({ registry: 'gcr.io', repository: 'distroless/nodejs20-debian12' });
    expect(d).toMatchObject({ dir: 'node-multistage', dockerignore: true, dockerignoreFile: 'node-multistage/.dockerignore', directives: [{ name: 'syntax', line: 1 }] });
  });

  it('reads ARG defaults in FROM, --platform, inherited ENV and USER, secret mounts, and never keeps secret values', () => {
    const d = byFile.get('python-args/Dockerfile')!;
    const [base, runtime] = d.stages;
    expect(d.globalArgs.map((a) => [a.name, a.hasDefault, a.secretLike])).toEqual([['PY_VERSION', true, false], ['DEBIAN_CODENAME', false, false], ['PIP_INDEX_TOKEN', false, true]]);
    expect(base).toMatchObject({ name: 'base', line: 9, from: 'python:3.12-slim-bookworm', platform: '$BUILDPLATFORM', unresolved: [] });
    expect(base.fromRef).toMatchObject({ repository: 'python', tag: '3.12-slim-bookworm' });
    expect(base.env).toEqual([
      { name: 'PYTHONUNBUFFERED', value: '1', line: 10, secretLike: false },
      { name: 'DATABASE_URL', value: '***', line: 10, secretLike: true },
      { name: 'APP_PORT', value: '8000', line: 10, secretLike: false },
    ]);
    expect(base.workdir).toEqual({ value: '/srv', line: 13 });
    expect(base.runs.map((r) => [r.line, r.findings])).toEqual([[14, ['apt-recommends', 'apt-lists-kept']], [15, ['pipe-to-shell']], [16, []]]);
    expect(base.runs[2]).toMatchObject({ secretMounts: ['pip_token'], cacheMounts: ['/root/.cache/pip'] });
    expect(runtime).toMatchObject({ fromStage: true, parentStage: 0, expose: [{ port: '8000', protocol: 'tcp', line: 24 }] });
    expect(runtime.args).toEqual([{ name: 'PY_VERSION', default: '3.12', hasDefault: true, line: 20, secretLike: false }]);
    expect(runtime.copies[0]).toMatchObject({ chown: 'app:app', fromStage: false });
    expect(runtime.healthcheck).toMatchObject({ none: false, exec: true, line: 25, options: { interval: '15s', 'start-period': '20s' } });
    expect(d.final).toMatchObject({ runsAsRoot: false, user: 'app', userSource: 'stage', hasHealthcheck: true, healthcheckLine: 25, pinned: true, pin: 'version', baseImage: 'python:3.12-slim-bookworm', baseLine: 9, program: 'gunicorn' });
    expect(d.final.cmd).toMatchObject({ exec: false, line: 26, argv: ['gunicorn', 'app.wsgi:application', '--bind', '0.0.0.0:8000'] });
    const json = JSON.stringify(d);
    expect(json).not.toContain('hunter2');
  });

  it('flags dev servers, latest tags and root', () => {
    const d = byFile.get('dev/Dockerfile.dev')!;
    expect(d.final).toMatchObject({ runsAsRoot: true, pinned: false, pin: 'latest', devServer: { what: '--reload', line: 9 }, program: 'uvicorn' });
    expect(d.stages[0].env).toEqual([
      { name: 'SECRET_KEY', value: '***', line: 7, secretLike: true },
      { name: 'DEBUG', value: '1', line: 7, secretLike: false },
    ]);
    expect(JSON.stringify(d)).not.toContain('devonly');
  });

  it('reads heredocs, USER 0, HEALTHCHECK options and shell-form ENTRYPOINT', () => {
    const d = byFile.get('heredoc/Dockerfile')!;
    const st = d.stages[0];
    expect(st.runs[0].text).toContain('apt-get install -y curl');
    expect(st.copies[0]).toMatchObject({ heredoc: true, dest: '/etc/app.conf', line: 7 });
    expect(st.instructions.map((i) => i.line)).toEqual([1, 2, 7, 10, 11, 12, 13]);
    expect(st.healthcheck).toMatchObject({ none: false, line: 11, command: 'curl -fsS http://localhost:8080/health || exit 1', options: { interval: '10s', timeout: '3s' } });
    expect(d.final).toMatchObject({ runsAsRoot: true, user: '0', userLine: 10, hasHealthcheck: true });
    expect(st.expose).toEqual([{ port: '8080', protocol: 'tcp', line: 12 }]);
    expect(st.entrypoint).toEqual({ value: '/usr/bin/app', exec: false, argv: ['/usr/bin/app'], line: 13 });
  });

  it('reads Windows Dockerfiles with the backtick escape and their backslash paths', () => {
    const d = byFile.get('windows/Dockerfile')!;
    expect(d.escape).toBe('`');
    const st = d.stages[0];
    expect(st.workdir).toEqual({ value: 'C:\\app', line: 4 });
    expect(st.copies[0]).toMatchObject({ sources: ['publish\\'], dest: 'C:\\app\\', line: 5 });
    expect(st.runs).toHaveLength(1);
    expect(st.user).toEqual({ value: 'ContainerUser', line: 9 });
    expect(d.final).toMatchObject({ runsAsRoot: false, pin: 'version', program: 'dotnet' });
    const cf = byFile.get('distroless/Containerfile')!;
    expect(cf.final).toMatchObject({ hasHealthcheck: false, healthcheckLine: 5, runsAsRoot: false });
  });

  it('reads scratch final stages, UDP ports and numeric users', () => {
    const d = byFile.get('go-scratch/Dockerfile')!;
    expect(d.stages[1]).toMatchObject({ scratch: true });
    expect(d.stages[1].fromRef).toBeUndefined();
    expect(d.final).toMatchObject({ pin: 'scratch', pinned: true, minimalBase: true, runsAsRoot: false, user: '65532:65532', baseImage: 'scratch' });
    expect(d.final.expose.map((e) => `${e.port}/${e.protocol}`)).toEqual(['8080/tcp', '9090/udp']);
    expect(d.stages[1].copies.every((c) => c.fromStage)).toBe(true);
  });

  it('reads *.Dockerfile names, per-Dockerfile ignore files, ADD of URLs and image default users', () => {
    const api = byFile.get('named/api.Dockerfile')!;
    expect(api).toMatchObject({ dockerignore: true, dockerignoreFile: 'named/api.Dockerfile.dockerignore' });
    expect(api.stages[0].copies.find((c) => c.keyword === 'ADD')).toMatchObject({ url: true, line: 5 });
    expect(api.final).toMatchObject({ pin: 'floating-tag', pinned: false, devServer: { what: 'npm run dev', line: 8 } });
    expect(api.final.entrypoint?.argv).toEqual(['/tini', '--']);
    const worker = byFile.get('named/worker.Dockerfile')!;
    expect(worker).toMatchObject({ dockerignore: false });
    expect(worker.final).toMatchObject({ runsAsRoot: false, user: 'nonroot', userSource: 'base-image', userLine: undefined });
  });

  it('turns broken Dockerfiles into diagnostics with lines and keeps the rest', () => {
    const mine = diagnostics.filter((x) => x.file.startsWith('broken/')).map((x) => [x.file, x.line, x.code]);
    expect(mine).toEqual(expect.arrayContaining([
      ['broken/Dockerfile', 1, 'dockerfile-before-from'],
      ['broken/Dockerfile', 3, 'dockerfile-unknown-instruction'],
      ['broken/Dockerfile', 4, 'dockerfile-syntax'],
      ['broken/Dockerfile', 5, 'dockerfile-syntax'],
      ['broken/Containerfile', 2, 'dockerfile-syntax'],
    ]));
    expect(byFile.get('broken/Dockerfile')!.final).toMatchObject({ line: 2, baseImage: 'alpine:3.19' });
  });

  it('describes each Dockerfile at its final FROM line', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^dev\/Dockerfile\.dev:1 FROM python:latest \(not pinned: latest\).*runs as root.*DEV SERVER \(--reload\) at line 9/));
    expect(lines).toContainEqual(expect.stringMatching(/^node-multistage\/Dockerfile:12 .*digest-pinned.*USER nonroot:nonroot at line 14/));
    expect(lines.join('\n')).not.toMatch(/devonly|hunter2/);
  });
});

describe('the InsiteChart Dockerfiles', () => {
  it('reads users, healthchecks, stages and the streamlit launcher', async () => {
    const { value } = await runCollector(dockerfileCollector, '__tests__/fixtures/insitechart');
    const files = Object.fromEntries(value.files.map((d) => [d.file, d]));
    expect(Object.keys(files).sort()).toEqual(['Dockerfile.frontend', 'backend/Dockerfile', 'services/api-gateway/Dockerfile']);
    expect(files['backend/Dockerfile'].final).toMatchObject({ runsAsRoot: false, userLine: 21, hasHealthcheck: true, healthcheckLine: 25, multiStage: false, pinned: true, program: 'uvicorn', devServer: undefined });
    expect(files['backend/Dockerfile'].stages[0].runs[0]).toMatchObject({ line: 9, findings: ['apt-recommends'] });
    expect(files['services/api-gateway/Dockerfile'].stages.map((s) => s.name)).toEqual(['builder', undefined]);
    expect(files['services/api-gateway/Dockerfile'].final).toMatchObject({ multiStage: true, runsAsRoot: false, hasHealthcheck: true, line: 6 });
    expect(files['Dockerfile.frontend'].final).toMatchObject({ runsAsRoot: true, hasHealthcheck: false, program: 'streamlit', notes: ['streamlit without --server.headless true'] });
  });
});

describe('hostile input', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rg-dockerfile-'));
    writeFileSync(join(dir, 'Dockerfile'), Buffer.from([0x46, 0x52, 0x00, 0x01, 0xff]));
    const big = ['ARG V=1'];
    for (let i = 0; i < 3000; i++) big.push(`FROM alpine:3.${i % 20} AS s${i}`, `RUN echo ${i} \\`, '  && true', `COPY --from=s${Math.max(0, i - 1)} /a /b`);
    big.push('USER 1000', 'CMD ["./app"]');
    writeFileSync(join(dir, 'big.Dockerfile'), big.join('\n'));
    writeFileSync(join(dir, 'empty.dockerfile'), '# nothing here\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('skips binary files, reports files without FROM and reads a 3000-stage file quickly', async () => {
    const t = Date.now();
    const r = await runCollector(dockerfileCollector, dir);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(r.value.files.map((f) => f.file).sort()).toEqual(['big.Dockerfile', 'empty.dockerfile']);
    expect(r.value.files.find((f) => f.file === 'big.Dockerfile')!.stages).toHaveLength(3000);
    expect(r.diagnostics.map((d) => [d.file, d.code])).toEqual(expect.arrayContaining([['Dockerfile', 'binary-file'], ['empty.dockerfile', 'dockerfile-no-from']]));
    expect(r.lines.find((l) => l.startsWith('empty.dockerfile'))).toBe('empty.dockerfile:1 no FROM');
  });
});
