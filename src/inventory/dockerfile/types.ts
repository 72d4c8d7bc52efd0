import type { ImageRef } from '../image-ref.js';
import type { RunFinding } from './commands.js';

/** How firmly a base image is fixed. */
export type ImagePin = 'digest' | 'version' | 'floating-tag' | 'latest' | 'untagged' | 'variable' | 'scratch';

export interface DockerCommand {
  /** the command as one string (exec form joined with spaces) */
  value: string;
  /** exec (JSON) form; the shell form runs under /bin/sh -c, which does not forward signals */
  exec: boolean;
  argv: string[];
  line: number;
}

export interface DockerHealthcheck {
  /** HEALTHCHECK NONE: turns off a check inherited from the base image */
  none: boolean;
  command?: string;
  exec: boolean;
  /** --interval, --timeout, --start-period, --start-interval, --retries */
  options: Record<string, string>;
  line: number;
}

export interface DockerCopy {
  keyword: 'COPY' | 'ADD';
  /** --from: a stage name or index, or an image */
  from?: string;
  /** --from names an earlier stage (not an external image) */
  fromStage: boolean;
  /** ADD of a remote URL (or a git repository) */
  url: boolean;
  sources: string[];
  dest: string;
  chown?: string;
  chmod?: string;
  /** content written inline with a heredoc */
  heredoc: boolean;
  line: number;
}

export interface DockerRun {
  line: number;
  /** the command, secret-looking parts masked and long scripts cut */
  text: string;
  /** apt-get without --no-install-recommends or cleanup, apk without --no-cache, curl | sh, sudo */
  findings: RunFinding[];
  /** --mount=type=secret ids: secrets passed the right way, without landing in a layer */
  secretMounts: string[];
  /** --mount=type=cache targets */
  cacheMounts: string[];
}

export interface DockerStage {
  index: number;
  name?: string;
  line: number;
  /** the base after ARG substitution */
  from: string;
  /** the base as written (`python:${PY_VERSION}-slim`) */
  fromRaw: string;
  fromRef?: ImageRef;
  /** FROM names an earlier stage, not an image */
  fromStage: boolean;
  /** index of that earlier stage */
  parentStage?: number;
  scratch: boolean;
  /** ARGs the FROM line uses that have no default value (set with --build-arg, or empty) */
  unresolved: string[];
  platform?: string;
  /** the last USER of the stage (`0` and `root` are root) */
  user?: { value: string; line: number };
  users: { value: string; line: number }[];
  healthcheck?: DockerHealthcheck;
  expose: { port: string; protocol: string; line: number }[];
  cmd?: DockerCommand;
  entrypoint?: DockerCommand;
  /** ENV names and values; a secret-like name has its value replaced by `***` */
  env: { name: string; value?: string; line: number; secretLike: boolean }[];
  /** ARG names; defaults of secret-like names are replaced by `***` */
  args: { name: string; default?: string; hasDefault: boolean; line: number; secretLike: boolean }[];
  copies: DockerCopy[];
  workdir?: { value: string; line: number };
  runs: DockerRun[];
  volumes: { path: string; line: number }[];
  shell?: { value: string[]; line: number };
  stopsignal?: { value: string; line: number };
  labels: { name: string; line: number }[];
  onbuild: { instruction: string; line: number }[];
  /** every instruction of the stage with its first line */
  instructions: { keyword: string; line: number }[];
}

export interface DockerFinal {
  /** index of the final stage (-1 when the file has no FROM) */
  stage: number;
  name?: string;
  line: number;
  multiStage: boolean;
  /** no USER in the final stage (or the stages it derives from), or USER root/0 */
  runsAsRoot: boolean;
  user?: string;
  /** where the runtime user comes from: a USER line of this stage, of a stage it builds on, or the base image's tag (`distroless:nonroot`) */
  userSource?: 'stage' | 'parent-stage' | 'base-image';
  userLine?: number;
  hasHealthcheck: boolean;
  healthcheckLine?: number;
  /** base image pinned by digest or a specific version tag */
  pinned: boolean;
  pin: ImagePin;
  baseImage?: string;
  baseRef?: ImageRef;
  baseLine?: number;
  /** distroless or scratch: no shell, so no shell-form healthcheck or CMD */
  minimalBase: boolean;
  expose: { port: string; protocol: string; line: number }[];
  /** what starts the container: ENTRYPOINT and CMD of the final stage or the stage it builds on */
  entrypoint?: DockerCommand;
  cmd?: DockerCommand;
  /** a development server or reloader in CMD/ENTRYPOINT */
  devServer?: { what: string; line: number };
  program?: string;
  idle?: { line: number };
  notes: string[];
}

export interface DockerfileInfo {
  file: string;
  /** the Dockerfile's directory ('' at the root): checks combine it with compose build contexts */
  dir: string;
  /** `# syntax=`, `# escape=`, `# check=` */
  directives: { name: string; value: string; line: number }[];
  escape: string;
  stages: DockerStage[];
  final: DockerFinal;
  /** ARGs declared before the first FROM (usable in FROM lines) */
  globalArgs: { name: string; default?: string; hasDefault: boolean; line: number; secretLike: boolean }[];
  /** a .dockerignore beside the Dockerfile, or `<name>.dockerignore` (BuildKit's per-Dockerfile ignore file) */
  dockerignore: boolean;
  dockerignoreFile?: string;
}

export interface DockerfileInventory {
  files: DockerfileInfo[];
}
