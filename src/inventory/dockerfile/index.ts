import type { Collector } from '../collector.js';
import type { FileEntry } from '../../source/types.js';
import { parseImageRef, type ImageRef } from '../image-ref.js';
import { isSecretName } from '../secret-names.js';
import { parseDockerfile, type Instruction } from './parse.js';

export interface DockerStage {
  name?: string;
  index: number;
  from: string;
  fromRef?: ImageRef;
  /** FROM names an earlier stage, not an image */
  fromStage: boolean;
  line: number;
  user?: { value: string; line: number };
  healthcheck?: { none: boolean; command?: string; line: number; options: Record<string, string> };
  expose: { port: string; line: number }[];
  cmd?: { value: string; exec: boolean; line: number };
  entrypoint?: { value: string; exec: boolean; line: number };
  env: { name: string; line: number; secretLike: boolean }[];
  args: { name: string; line: number; secretLike: boolean }[];
  copies: { from?: string; url: boolean; line: number }[];
  workdir?: string;
  runs: { line: number; text: string }[];
}

export interface DockerfileInfo {
  file: string;
  stages: DockerStage[];
  final: {
    stage: number;
    multiStage: boolean;
    /** no USER in the final stage, or USER root/0 */
    runsAsRoot: boolean;
    userLine?: number;
    hasHealthcheck: boolean;
    /** base image pinned by digest or a specific version tag */
    pinned: boolean;
    baseImage?: string;
    /** dev servers and reloaders in CMD/ENTRYPOINT */
    devServer?: { what: string; line: number };
  };
  /** a .dockerignore beside the Dockerfile */
  dockerignore: boolean;
}

export interface DockerfileInventory {
  files: DockerfileInfo[];
}

export function isDockerfile(f: FileEntry): boolean {
  const n = f.name.toLowerCase();
  return n === 'dockerfile' || n === 'containerfile' || n.startsWith('dockerfile.') || n.endsWith('.dockerfile') || n.startsWith('dockerfile-') || n.endsWith('-dockerfile');
}

/** CMD/ENTRYPOINT fragments that mean a development server. */
const DEV_SERVERS: [RegExp, string][] = [
  [/--reload\b/, '--reload'],
  [/\bflask\s+run\b/, 'flask run'],
  [/\bmanage\.py\s+runserver\b/, 'manage.py runserver'],
  [/\bnpm\s+(run\s+)?(dev|start:dev|serve)\b/, 'npm run dev'],
  [/\b(yarn|pnpm)\s+(run\s+)?dev\b/, 'yarn dev'],
  [/\bnext\s+dev\b/, 'next dev'],
  [/\bvite(\s|$)(?!build|preview)/, 'vite dev server'],
  [/\bnodemon\b/, 'nodemon'],
  [/\bng\s+serve\b/, 'ng serve'],
  [/\brails\s+s(erver)?\b.*-e\s+development/, 'rails development'],
  [/\bwebpack-dev-server\b/, 'webpack-dev-server'],
  [/--debug\b/, '--debug'],
];

function substituteArgs(s: string, args: Map<string, string>): string {
  return s.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, a, def, b) => {
    const name = a ?? b;
    return args.get(name) ?? def ?? m;
  });
}

function commandText(ins: Instruction): { value: string; exec: boolean } {
  return ins.json ? { value: ins.json.join(' '), exec: true } : { value: ins.args, exec: false };
}

export function analyseDockerfile(file: string, text: string, dockerignore: boolean): DockerfileInfo {
  const { instructions } = parseDockerfile(text);
  const globalArgs = new Map<string, string>();
  const stages: DockerStage[] = [];
  let cur: DockerStage | undefined;
  for (const ins of instructions) {
    if (ins.keyword === 'ARG' && !cur) {
      const [name, ...rest] = ins.args.split('=');
      if (rest.length) globalArgs.set(name.trim(), rest.join('=').replace(/^["']|["']$/g, ''));
      continue;
    }
    if (ins.keyword === 'FROM') {
      const m = /^(\S+)(?:\s+as\s+(\S+))?/i.exec(ins.args);
      const from = substituteArgs(m?.[1] ?? '', globalArgs);
      const fromStage = stages.some((s) => s.name && s.name.toLowerCase() === from.toLowerCase());
      cur = {
        name: m?.[2],
        index: stages.length,
        from,
        fromRef: fromStage || from === 'scratch' ? undefined : parseImageRef(from),
        fromStage,
        line: ins.line,
        expose: [],
        env: [],
        args: [],
        copies: [],
        runs: [],
      };
      stages.push(cur);
      continue;
    }
    if (!cur) continue;
    switch (ins.keyword) {
      case 'USER':
        cur.user = { value: ins.args.trim(), line: ins.line };
        break;
      case 'HEALTHCHECK': {
        const none = /^NONE\b/i.test(ins.args);
        const cmd = /\bCMD\s+(.*)$/is.exec(ins.args)?.[1];
        cur.healthcheck = { none, command: cmd, line: ins.line, options: ins.flags };
        break;
      }
      case 'EXPOSE':
        for (const p of ins.args.split(/\s+/).filter(Boolean)) cur.expose.push({ port: p, line: ins.line });
        break;
      case 'CMD':
        cur.cmd = { ...commandText(ins), line: ins.line };
        break;
      case 'ENTRYPOINT':
        cur.entrypoint = { ...commandText(ins), line: ins.line };
        break;
      case 'ENV': {
        // ENV A=1 B=2, or the legacy ENV A 1
        const names = ins.args.includes('=') ? [...ins.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=/g)].map((x) => x[1]) : [ins.args.split(/\s+/)[0]];
        for (const n of names) cur.env.push({ name: n, line: ins.line, secretLike: isSecretName(n) });
        break;
      }
      case 'ARG': {
        const n = ins.args.split('=')[0].trim();
        cur.args.push({ name: n, line: ins.line, secretLike: isSecretName(n) });
        break;
      }
      case 'COPY':
      case 'ADD':
        cur.copies.push({ from: ins.flags.from, url: ins.keyword === 'ADD' && /\bhttps?:\/\//.test(ins.args), line: ins.line });
        break;
      case 'WORKDIR':
        cur.workdir = ins.args;
        break;
      case 'RUN':
        cur.runs.push({ line: ins.line, text: ins.heredocs.length ? `${ins.args}\n${ins.heredocs.map((h) => h.body).join('\n')}` : ins.args });
        break;
    }
  }
  const finalStage = stages[stages.length - 1];
  // the runtime user: the last USER in the final stage; a stage built FROM another stage inherits its user
  let user = finalStage?.user;
  for (let s: DockerStage | undefined = finalStage; !user && s?.fromStage; ) {
    s = stages.find((x) => x.name?.toLowerCase() === s!.from.toLowerCase());
    user = s?.user;
  }
  let health = finalStage?.healthcheck;
  let baseRef = finalStage?.fromRef;
  for (let s: DockerStage | undefined = finalStage; s?.fromStage; ) {
    s = stages.find((x) => x.name?.toLowerCase() === s!.from.toLowerCase());
    health ??= s?.healthcheck;
    baseRef = s?.fromRef;
  }
  const launch = [finalStage?.entrypoint, finalStage?.cmd].filter((x): x is NonNullable<typeof x> => !!x);
  let devServer: { what: string; line: number } | undefined;
  for (const l of launch) {
    const hit = DEV_SERVERS.find(([re]) => re.test(l.value));
    if (hit) devServer = { what: hit[1], line: l.line };
  }
  const u = user?.value.split(':')[0];
  return {
    file,
    stages,
    final: {
      stage: stages.length - 1,
      multiStage: stages.length > 1,
      runsAsRoot: !u || u === 'root' || u === '0',
      userLine: user?.line,
      hasHealthcheck: !!health && !health.none,
      pinned: !!baseRef && !baseRef.templated && (!!baseRef.digest || (!!baseRef.tag && baseRef.tag !== 'latest')),
      baseImage: baseRef?.raw ?? finalStage?.from,
      devServer,
    },
    dockerignore,
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
      const ignore = ctx.exists(f.dir ? `${f.dir}/.dockerignore` : '.dockerignore') || ctx.exists(`${f.path}.dockerignore`);
      const info = analyseDockerfile(f.path, text, ignore);
      if (info.stages.length === 0) ctx.diagnose({ file: f.path, line: 1, severity: 'warning', code: 'dockerfile-no-from', message: 'no FROM instruction: not a Dockerfile?' });
      files.push(info);
    }
    return { files };
  },
  describe(inv) {
    return inv.files.map((d) => {
      const f = d.final;
      const st = d.stages[f.stage];
      const bits = [
        `FROM ${f.baseImage ?? '?'}${f.pinned ? '' : ' (not pinned)'}`,
        `${d.stages.length} stage${d.stages.length === 1 ? '' : 's'}`,
        f.runsAsRoot ? 'runs as root' : `USER ${st?.user?.value ?? '(inherited)'}`,
        f.hasHealthcheck ? 'HEALTHCHECK' : 'no HEALTHCHECK',
      ];
      if (st?.expose.length) bits.push(`EXPOSE ${st.expose.map((e) => e.port).join(' ')}`);
      if (st?.cmd) bits.push(`CMD ${st.cmd.value}`);
      if (f.devServer) bits.push(`DEV SERVER (${f.devServer.what}) at line ${f.devServer.line}`);
      bits.push(d.dockerignore ? '.dockerignore' : 'no .dockerignore');
      return `${d.file}:${st?.line ?? 1} ${bits.join(', ')}`;
    });
  },
};
