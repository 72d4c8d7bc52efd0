import { FsSource } from '../../../src/source/fs-source.js';
import { buildInventory } from '../../../src/engine/inventory.js';
import { parseDockerfile } from '../../../src/inventory/dockerfile/parse.js';
import type { DockerfileInfo } from '../../../src/inventory/dockerfile/index.js';

let byFile: Map<string, DockerfileInfo>;
beforeAll(async () => {
  const inv = await buildInventory(new FsSource('__tests__/fixtures/dockerfile'));
  byFile = new Map(inv.dockerfiles.files.map((d) => [d.file, d]));
});

describe('Dockerfile parser', () => {
  it('joins continuations, drops comments inside them and keeps the first line', () => {
    const { instructions } = parseDockerfile('FROM a\nRUN one \\\n  # note\n  two\nCMD ["x", \\\n "y"]\n');
    expect(instructions.map((i) => [i.keyword, i.line])).toEqual([['FROM', 1], ['RUN', 2], ['CMD', 5]]);
    expect(instructions[1].args).toBe('one    two');
    expect(instructions[2].json).toEqual(['x', 'y']);
  });

  it('reads heredocs as part of their instruction', () => {
    const { instructions } = parseDockerfile('FROM a\nRUN <<A <<B\nx\nA\ny\nB\nUSER app\n');
    expect(instructions[1].heredocs).toEqual([{ name: 'A', body: 'x' }, { name: 'B', body: 'y' }]);
    expect(instructions[2]).toMatchObject({ keyword: 'USER', line: 7 });
  });

  it('honours the escape directive', () => {
    const { instructions, escape } = parseDockerfile('# escape=`\nFROM a\nRUN x `\n  y\nUSER u\n');
    expect(escape).toBe('`');
    expect(instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'USER']);
  });
});

describe('Dockerfile inventory', () => {
  it('follows stages, ARG-substituted bases, digests and non-root users', () => {
    const d = byFile.get('node-multistage/Dockerfile')!;
    expect(d.stages.map((s) => [s.name, s.from, s.fromStage])).toEqual([
      ['deps', 'node:20.11.1-alpine', false],
      ['build', 'deps', true],
      ['runtime', expect.stringContaining('@sha256:'), false],
    ]);
    expect(d.final).toMatchObject({ multiStage: true, runsAsRoot: false, pinned: true, hasHealthcheck: false, userLine: 14 });
    expect(d.dockerignore).toBe(true);
  });

  it('flags dev servers, latest tags and root', () => {
    const d = byFile.get('dev/Dockerfile.dev')!;
    expect(d.final).toMatchObject({ runsAsRoot: true, pinned: false, devServer: { what: '--reload', line: 9 } });
    expect(d.stages[0].env).toEqual([
      { name: 'SECRET_KEY', line: 7, secretLike: true },
      { name: 'DEBUG', line: 7, secretLike: false },
    ]);
    expect(JSON.stringify(d)).not.toContain('devonly');
  });

  it('reads heredocs, USER 0, HEALTHCHECK options and shell-form ENTRYPOINT', () => {
    const d = byFile.get('heredoc/Dockerfile')!;
    const st = d.stages[0];
    expect(st.runs[0].text).toContain('apt-get install -y curl');
    expect(st.healthcheck).toMatchObject({ none: false, line: 11, options: { interval: '10s', timeout: '3s' } });
    expect(d.final).toMatchObject({ runsAsRoot: true, hasHealthcheck: true });
    expect(st.expose).toEqual([{ port: '8080/tcp', line: 12 }]);
    expect(st.entrypoint).toEqual({ value: '/usr/bin/app', exec: false, line: 13 });
  });

  it('treats HEALTHCHECK NONE as none and reads Containerfiles with a backtick escape', () => {
    const d = byFile.get('distroless/Containerfile')!;
    expect(d.final).toMatchObject({ hasHealthcheck: false, runsAsRoot: false });
  });

  it('reads the InsiteChart Dockerfiles', async () => {
    const inv = await buildInventory(new FsSource('__tests__/fixtures/insitechart'));
    const files = Object.fromEntries(inv.dockerfiles.files.map((d) => [d.file, d.final]));
    expect(Object.keys(files).sort()).toEqual(['Dockerfile.frontend', 'backend/Dockerfile', 'services/api-gateway/Dockerfile']);
    expect(files['backend/Dockerfile']).toMatchObject({ runsAsRoot: false, hasHealthcheck: true, multiStage: false, pinned: true });
    expect(files['services/api-gateway/Dockerfile']).toMatchObject({ multiStage: true });
    expect(files['Dockerfile.frontend']).toMatchObject({ runsAsRoot: true, hasHealthcheck: false });
  });
});
