/**
 * Instructions grouped into build stages. FROM lines see only the ARGs declared before the first
 * FROM; inside a stage, ARG and ENV values are tracked so EXPOSE ${PORT} and USER ${UID} read right.
 */
import { parseImageRef } from '../image-ref.js';
import { isSecretName, redactValue } from '../secret-names.js';
import { redactCommand, runFindings } from './commands.js';
import type { Instruction, ParsedDockerfile } from './parse.js';
import type { DockerCommand, DockerStage, DockerfileInfo } from './types.js';
import { keyValues, splitWords, substitute } from './words.js';

const KEYWORDS = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']);

export interface StageProblem {
  line: number;
  severity: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
}

export interface StagesResult {
  stages: DockerStage[];
  globalArgs: DockerfileInfo['globalArgs'];
  problems: StageProblem[];
}

function shown(name: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : (redactValue(name, value) as string);
}

function command(ins: Instruction, escape: string): DockerCommand {
  if (ins.json) return { value: ins.json.join(' '), exec: true, argv: ins.json, line: ins.line };
  return { value: ins.args, exec: false, argv: splitWords(ins.args, escape), line: ins.line };
}

function newStage(index: number, line: number): DockerStage {
  return {
    index, line, from: '', fromRaw: '', fromStage: false, scratch: false, unresolved: [], users: [], expose: [], env: [], args: [], copies: [], runs: [], volumes: [], labels: [], onbuild: [], instructions: [],
  };
}

export function buildStages(parsed: ParsedDockerfile): StagesResult {
  const { escape } = parsed;
  const problems: StageProblem[] = [];
  const globalArgs: StagesResult['globalArgs'] = [];
  const globalVars = new Map<string, string | undefined>();
  const stages: DockerStage[] = [];
  const byName = new Map<string, number>();
  let cur: DockerStage | undefined;
  // variables visible in the current stage: global ARGs redeclared with ARG, stage ARGs, ENV
  let vars = new Map<string, string | undefined>();
  // ENV values per stage, for stages built FROM it
  const envOf: Map<string, string | undefined>[] = [];

  for (const ins of parsed.instructions) {
    if (!KEYWORDS.has(ins.keyword)) {
      problems.push({ line: ins.line, severity: 'warning', code: 'dockerfile-unknown-instruction', message: `unknown instruction ${ins.keyword}` });
      continue;
    }
    if (ins.keyword === 'ARG' && !cur) {
      for (const kv of keyValues(ins.args, escape)) {
        const value = kv.value === undefined ? undefined : substitute(kv.value, globalVars).value;
        globalVars.set(kv.name, value);
        globalArgs.push({ name: kv.name, default: shown(kv.name, value), hasDefault: value !== undefined, line: ins.line, secretLike: isSecretName(kv.name) });
      }
      continue;
    }
    if (ins.keyword === 'FROM') {
      const words = splitWords(ins.args, escape);
      const raw = words[0] ?? '';
      const sub = substitute(raw, globalVars);
      const from = sub.value;
      cur = newStage(stages.length, ins.line);
      cur.fromRaw = raw;
      cur.from = from;
      cur.unresolved = sub.unresolved;
      if (words.length >= 3 && words[1].toLowerCase() === 'as') cur.name = words[2];
      else if (words.length > 1) problems.push({ line: ins.line, severity: 'warning', code: 'dockerfile-bad-from', message: `FROM ${ins.args}: expected "FROM image [AS name]"` });
      if (ins.flags.platform) cur.platform = ins.flags.platform;
      const parent = byName.get(from.toLowerCase());
      if (parent !== undefined) {
        cur.fromStage = true;
        cur.parentStage = parent;
      } else if (from.toLowerCase() === 'scratch') cur.scratch = true;
      else if (from) cur.fromRef = parseImageRef(from);
      else problems.push({ line: ins.line, severity: 'error', code: 'dockerfile-bad-from', message: 'FROM without an image' });
      if (cur.name) {
        if (byName.has(cur.name.toLowerCase())) problems.push({ line: ins.line, severity: 'error', code: 'dockerfile-duplicate-stage', message: `stage name "${cur.name}" is used twice` });
        byName.set(cur.name.toLowerCase(), cur.index);
      }
      stages.push(cur);
      // a stage starts with its parent stage's ENV (or nothing); global ARGs must be redeclared to be seen
      vars = new Map(cur.parentStage !== undefined ? envOf[cur.parentStage] : undefined);
      envOf.push(new Map(cur.parentStage !== undefined ? envOf[cur.parentStage] : undefined));
      cur.instructions.push({ keyword: 'FROM', line: ins.line });
      continue;
    }
    if (!cur) {
      problems.push({ line: ins.line, severity: 'error', code: 'dockerfile-before-from', message: `${ins.keyword} before the first FROM (only ARG may come first)` });
      continue;
    }
    cur.instructions.push({ keyword: ins.keyword, line: ins.line });
    const expand = (s: string) => substitute(s, vars).value;
    switch (ins.keyword) {
      case 'USER': {
        const u = { value: expand(ins.args.trim()), line: ins.line };
        cur.user = u;
        cur.users.push(u);
        break;
      }
      case 'HEALTHCHECK': {
        const none = /^NONE\s*$/i.test(ins.args);
        const cmd = /^CMD\s+([\s\S]*)$/i.exec(ins.args)?.[1]?.trim();
        let exec = false;
        let text = cmd;
        if (cmd?.startsWith('[')) {
          try {
            const v: unknown = JSON.parse(cmd);
            if (Array.isArray(v)) {
              exec = true;
              text = v.join(' ');
            }
          } catch {
            /* shell form */
          }
        }
        if (!none && !cmd) problems.push({ line: ins.line, severity: 'warning', code: 'dockerfile-bad-healthcheck', message: 'HEALTHCHECK needs CMD <command> or NONE' });
        cur.healthcheck = { none, command: text, exec, options: ins.flags, line: ins.line };
        break;
      }
      case 'EXPOSE':
        for (const w of splitWords(ins.args, escape)) {
          const [port, protocol = 'tcp'] = expand(w).split('/');
          cur.expose.push({ port, protocol: protocol.toLowerCase(), line: ins.line });
        }
        break;
      case 'CMD':
        cur.cmd = command(ins, escape);
        break;
      case 'ENTRYPOINT':
        cur.entrypoint = command(ins, escape);
        break;
      case 'ENV':
        for (const kv of keyValues(ins.args, escape, true)) {
          const value = kv.value === undefined ? undefined : expand(kv.value);
          vars.set(kv.name, value ?? '');
          envOf[cur.index].set(kv.name, value ?? '');
          cur.env.push({ name: kv.name, value: shown(kv.name, value), line: ins.line, secretLike: isSecretName(kv.name) });
        }
        break;
      case 'ARG':
        for (const kv of keyValues(ins.args, escape)) {
          // `ARG NAME` inside a stage takes the global default
          const value = kv.value !== undefined ? expand(kv.value) : globalVars.get(kv.name);
          if (!vars.has(kv.name) || kv.value !== undefined) vars.set(kv.name, value);
          cur.args.push({ name: kv.name, default: shown(kv.name, value), hasDefault: value !== undefined, line: ins.line, secretLike: isSecretName(kv.name) });
        }
        break;
      case 'COPY':
      case 'ADD': {
        const words = ins.json ?? splitWords(ins.args, escape);
        const from = ins.flags.from;
        const fromStage = from !== undefined && (byName.has(from.toLowerCase()) || (/^\d+$/.test(from) && Number(from) < stages.length - 1));
        const sources = words.slice(0, -1);
        cur.copies.push({
          keyword: ins.keyword,
          from,
          fromStage,
          url: ins.keyword === 'ADD' && sources.some((s) => /^(https?|git):\/\/|^git@|\.git(#|$)/.test(s)),
          sources,
          dest: words[words.length - 1] ?? '',
          chown: ins.flags.chown,
          chmod: ins.flags.chmod,
          heredoc: ins.heredocs.length > 0,
          line: ins.line,
        });
        break;
      }
      case 'WORKDIR':
        cur.workdir = { value: expand(ins.args.trim()), line: ins.line };
        break;
      case 'RUN': {
        const mounts = ins.flagList.filter((f) => f.name === 'mount').map((f) => Object.fromEntries(f.value.split(',').map((p) => p.split('=') as [string, string])));
        const cacheMounts = mounts.filter((m) => m.type === 'cache').map((m) => m.target ?? m.dst ?? m.destination ?? '');
        const full = ins.heredocs.length ? `${ins.args}\n${ins.heredocs.map((h) => h.body).join('\n')}` : (ins.json?.join(' ') ?? ins.args);
        cur.runs.push({
          line: ins.line,
          text: redactCommand(full),
          findings: runFindings(full, cacheMounts),
          secretMounts: mounts.filter((m) => m.type === 'secret').map((m) => m.id ?? m.target ?? ''),
          cacheMounts,
        });
        break;
      }
      case 'VOLUME': {
        const paths = ins.json ?? splitWords(ins.args, escape);
        for (const p of paths) cur.volumes.push({ path: p, line: ins.line });
        break;
      }
      case 'SHELL':
        cur.shell = { value: ins.json ?? [ins.args], line: ins.line };
        break;
      case 'STOPSIGNAL':
        cur.stopsignal = { value: ins.args.trim(), line: ins.line };
        break;
      case 'LABEL':
        for (const kv of keyValues(ins.args, escape)) cur.labels.push({ name: kv.name, line: ins.line });
        break;
      case 'ONBUILD':
        cur.onbuild.push({ instruction: ins.args.split(/\s+/)[0]?.toUpperCase() ?? '', line: ins.line });
        break;
    }
  }
  return { stages, globalArgs, problems };
}
