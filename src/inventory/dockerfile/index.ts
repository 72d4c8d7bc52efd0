import type { Collector } from '../collector.js';
import type { FileEntry } from '../../source/types.js';
import { parseDockerfile } from './parse.js';
import { buildStages } from './stages.js';
import { finalStage } from './final.js';
import type { DockerfileInfo, DockerfileInventory } from './types.js';

export type * from './types.js';
export type { Instruction } from './parse.js';
export type { RunFinding } from './commands.js';

/** `Dockerfile`, `Dockerfile.*`, `*.Dockerfile`, `*.dockerfile`, `Containerfile` (and the `-` spellings). */
export function isDockerfile(f: FileEntry): boolean {
  const n = f.name.toLowerCase();
  if (n.length < 10) return false; // shorter than "dockerfile"/"containerfile": the common case, cheaply
  return n === 'dockerfile' || n === 'containerfile' || n.startsWith('dockerfile.') || n.endsWith('.dockerfile') || n.startsWith('containerfile.') || n.startsWith('dockerfile-') || n.endsWith('-dockerfile');
}

/** Parses one Dockerfile; `problems` are the diagnostics to report for it (file added by the caller). */
export function analyseDockerfile(file: string, text: string, dockerignoreFile?: string): { info: DockerfileInfo; problems: { line: number; severity: 'error' | 'warning' | 'notice'; code: string; message: string }[] } {
  const parsed = parseDockerfile(text);
  const { stages, globalArgs, problems } = buildStages(parsed);
  for (const e of parsed.errors) problems.push({ line: e.line, severity: 'error', code: 'dockerfile-syntax', message: e.message });
  if (stages.length === 0) problems.push({ line: 1, severity: 'warning', code: 'dockerfile-no-from', message: 'no FROM instruction: not a Dockerfile?' });
  const slash = file.lastIndexOf('/');
  return {
    info: {
      file,
      dir: slash < 0 ? '' : file.slice(0, slash),
      directives: parsed.directives,
      escape: parsed.escape,
      stages,
      final: finalStage(stages),
      globalArgs,
      dockerignore: dockerignoreFile !== undefined,
      dockerignoreFile,
    },
    problems: problems.sort((a, b) => a.line - b.line),
  };
}

export const dockerfileCollector: Collector<'dockerfiles', DockerfileInventory> = {
  key: 'dockerfiles',
  wants: isDockerfile,
  collect(ctx) {
    const files: DockerfileInfo[] = [];
    for (const f of ctx.files) {
      if (!isDockerfile(f)) continue;
      const text = ctx.text(f.path);
      if (text === undefined) continue;
      // BuildKit prefers `<Dockerfile>.dockerignore` beside the Dockerfile over the context's .dockerignore
      const own = `${f.path}.dockerignore`;
      const beside = f.dir ? `${f.dir}/.dockerignore` : '.dockerignore';
      const ignoreFile = ctx.exists(own) ? own : ctx.exists(beside) ? beside : undefined;
      const { info, problems } = analyseDockerfile(f.path, text, ignoreFile);
      for (const p of problems) ctx.diagnose({ file: f.path, ...p });
      files.push(info);
    }
    return { files };
  },
  describe(inv) {
    return inv.files.map(describeDockerfile);
  },
};

function describeDockerfile(d: DockerfileInfo): string {
  const f = d.final;
  if (f.stage < 0) return `${d.file}:1 no FROM`;
  const pin = f.pinned ? (f.pin === 'digest' ? 'digest-pinned' : 'pinned') : `not pinned: ${f.pin}`;
  const bits = [`FROM ${f.baseImage ?? '?'} (${pin})`, `${d.stages.length} stage${d.stages.length === 1 ? '' : 's'}`];
  bits.push(f.runsAsRoot ? `runs as root${f.userLine ? ` (USER ${f.user} at line ${f.userLine})` : ' (no USER)'}` : `USER ${f.user}${f.userLine ? ` at line ${f.userLine}` : ` (${f.userSource})`}`);
  bits.push(f.hasHealthcheck ? `HEALTHCHECK at line ${f.healthcheckLine}` : f.healthcheckLine ? `HEALTHCHECK NONE at line ${f.healthcheckLine}` : 'no HEALTHCHECK');
  if (f.expose.length) bits.push(`EXPOSE ${f.expose.map((e) => (e.protocol === 'tcp' ? e.port : `${e.port}/${e.protocol}`)).join(' ')}`);
  if (f.entrypoint) bits.push(`ENTRYPOINT ${f.entrypoint.value}${f.entrypoint.exec ? '' : ' (shell form)'}`);
  if (f.cmd) bits.push(`CMD ${f.cmd.value}${f.cmd.exec ? '' : ' (shell form)'}`);
  if (f.devServer) bits.push(`DEV SERVER (${f.devServer.what}) at line ${f.devServer.line}`);
  if (f.idle) bits.push(`idle command at line ${f.idle.line}`);
  bits.push(...f.notes);
  const findings = d.stages[f.stage].runs.flatMap((r) => r.findings.map((x) => `${x} at line ${r.line}`));
  if (findings.length) bits.push(`RUN: ${findings.join(', ')}`);
  const secrets = d.stages.flatMap((s) => [...s.env, ...s.args]).filter((e) => e.secretLike);
  if (secrets.length) bits.push(`secret-like ENV/ARG ${secrets.map((e) => `${e.name} (line ${e.line})`).join(', ')}`);
  bits.push(d.dockerignoreFile ?? 'no .dockerignore beside it');
  return `${d.file}:${f.line} ${bits.join(', ')}`;
}
