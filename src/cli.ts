/**
 * Command-line entry: the same engine as the Action, printed to the terminal.
 *   readiness-gate inventory [DIR] [--json]
 * Exit codes: 0 ok, 1 bar not met (scan), 2 usage or unreadable input.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { FsSource } from './source/fs-source.js';
import type { RepoSource } from './source/types.js';
import { gitInfo } from './source/git-info.js';
import { reportMarker } from './github/report-issue.js';
import { renderIssueBody } from './report/issue/body.js';
import { extendHistory } from './report/issue/history.js';
import { buildInventory } from './engine/inventory.js';
import { renderInventoryText } from './report/inventory-text.js';
import { formatConfigError, loadConfig, parseConfig, runConfiguredReview, type ConfigResult } from './config/index.js';
import { renderText } from './report/review-text.js';
import { renderMarkdown } from './report/review-markdown.js';
import { renderJson } from './report/review-json.js';
import { renderClaims } from './report/claims-text.js';
import { renderAppsMarkdown, renderAppsText } from './report/review-apps.js';
import type { GateOptions } from './score/types.js';
import type { StageId } from './checklist/types.js';

export const USAGE = `Usage: readiness-gate <command> [DIR] [options]

Commands:
  scan [DIR]        the production readiness review (the default command)
                    --repo OWNER/NAME[@REF]       scan a GitHub repository through the API instead
                                                  of DIR (needs GITHUB_TOKEN; nothing is cloned)
                    --format text|markdown|json|issue   (default text; issue: the body of the
                                                  scheduled report issue)
                    --lang en|ko                  (default en)
                    --stage short-term|mid-term|long-term   the stage to meet (default: configuration, else short-term)
                    --min-score N                 also require an overall score of N percent
                    --fail-on blocking|score|both|never     what fails the bar (default: configuration, else both)
                    --config FILE                 the configuration (default DIR/.github/readiness.yml when present)
                    --branch NAME                 the branch whose bar applies (configuration's branches)
  inventory [DIR]   list what the repository holds for a production review
                    --json   the full inventory as JSON
                    --repo OWNER/NAME[@REF]       a GitHub repository instead of DIR

Exit codes: 0 the bar is met, 1 it is not, 2 usage or unreadable input.

DIR defaults to the current directory.
`;

export class UsageError extends Error {}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

interface Parsed {
  command: string;
  dir: string;
  flags: Map<string, string | true>;
}

const BOOLEAN_FLAGS = new Set(['json', 'help']);

export function parseArgs(argv: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h') flags.set('help', true);
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags.set(name, a.slice(eq + 1));
      else if (BOOLEAN_FLAGS.has(name)) flags.set(name, true);
      else {
        const v = argv[i + 1];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`option --${name} needs a value`);
        flags.set(name, v);
        i++;
      }
    } else positional.push(a);
  }
  const command = positional[0] === 'scan' || positional[0] === 'inventory' || positional[0] === 'help' ? positional.shift()! : 'scan';
  const dir = positional.shift() ?? '.';
  if (positional.length) throw new UsageError(`unexpected argument: ${positional[0]}`);
  return { command, dir, flags };
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.flags.has('help') || parsed.command === 'help') {
    io.out(USAGE);
    return 0;
  }
  const repoFlag = parsed.flags.get('repo');
  let source: RepoSource;
  let where: { sha?: string; webUrl?: string; name: string };
  if (typeof repoFlag === 'string') {
    if (parsed.dir !== '.') {
      io.err(`give either DIR or --repo, not both\n\n${USAGE}`);
      return 2;
    }
    try {
      // loaded only here: the HTTP client costs a local scan ~90 ms of start-up
      const { openRemoteSource } = await import('./github/remote-source.js');
      const remote = await openRemoteSource(repoFlag, process.env, { info: () => {}, warning: (m) => io.err(`${m}\n`) });
      source = remote.source;
      where = { sha: remote.repo.sha, webUrl: remote.repo.htmlUrl, name: `${remote.repo.owner}/${remote.repo.repo}` };
    } catch (err) {
      io.err(`cannot read ${repoFlag}: ${(err as Error).message}\n`);
      return 2;
    }
  } else {
    if (!existsSync(parsed.dir) || !statSync(parsed.dir).isDirectory()) {
      io.err(`not a directory: ${parsed.dir}\n`);
      return 2;
    }
    source = new FsSource(parsed.dir);
    const info = gitInfo(parsed.dir);
    where = { ...info, name: info.webUrl ? info.webUrl.replace(/^https:\/\/[^/]+\//, '') : basename(resolve(parsed.dir)) };
  }
  switch (parsed.command) {
    case 'inventory': {
      const inv = await buildInventory(source);
      io.out(parsed.flags.has('json') ? JSON.stringify(inv, null, 2) + '\n' : renderInventoryText(inv));
      return 0;
    }
    case 'scan': {
      let gate: Partial<GateOptions>;
      let format: string;
      let lang: 'en' | 'ko';
      try {
        ({ gate, format, lang } = scanOptions(parsed.flags));
      } catch (err) {
        io.err(`${(err as Error).message}\n\n${USAGE}`);
        return 2;
      }
      const configFile = parsed.flags.get('config');
      let loaded: ConfigResult;
      if (typeof configFile === 'string') {
        if (!existsSync(configFile)) {
          io.err(`no such configuration file: ${configFile}\n`);
          return 2;
        }
        loaded = parseConfig(readFileSync(configFile, 'utf8'), configFile, (await source.list()).files.map((f) => f.path));
      } else loaded = await loadConfig(source);
      if (!loaded.config) {
        io.err(`invalid configuration:\n${loaded.errors.map(formatConfigError).join('\n')}\n`);
        return 2;
      }
      const branch = parsed.flags.get('branch');
      const run = await runConfiguredReview(source, loaded.config, { gateOverrides: gate, ...(typeof branch === 'string' ? { branch } : {}) });
      if (run.errors.length) {
        io.err(`invalid inline waivers:\n${run.errors.map(formatConfigError).join('\n')}\n`);
        return 2;
      }
      const many = run.apps.length > 1;
      if (format === 'issue') {
        // what a scheduled run would file, without the figures only the API has
        const at = new Date();
        for (const a of run.apps) {
          const history = extendHistory({ entries: [], statuses: {} }, a.review.report, { at, sha: where.sha ?? '' });
          const title = `${where.name}${a.path ? `/${a.path}` : ''}`;
          io.out(renderIssueBody({ report: a.review.report, lang, title, sha: where.sha ?? '', repoUrl: where.sha ? where.webUrl : undefined, pathPrefix: a.path, at, requiredStage: a.gate.stage, previous: { entries: [], statuses: {} }, history, marker: reportMarker(`${title}`) }) + '\n');
        }
      } else if (format === 'json') {
        // one app: the report itself (schemas/report.schema.json); several: one per app
        io.out(many ? JSON.stringify({ apps: run.apps.map((a) => ({ name: a.name, path: a.path, report: JSON.parse(renderJson(a.review.report)) })) }, null, 2) + '\n' : renderJson(run.apps[0].review.report) + '\n');
      } else {
        const md = format === 'markdown';
        if (many) io.out((md ? renderAppsMarkdown(run.apps, lang) : renderAppsText(run.apps, lang)) + '\n');
        for (const a of run.apps) {
          if (many) io.out(md ? `# ${a.name} (${a.path})\n\n` : `== ${a.name} (${a.path}) ==\n\n`);
          const { report, claims } = a.review;
          io.out(md ? renderMarkdown(report, lang, many ? { level: 2 } : {}) + '\n' + renderClaims(claims, lang, 'markdown') : renderText(report, lang) + '\n' + renderClaims(claims, lang, 'text'));
        }
      }
      return run.passed ? 0 : 1;
    }
    default:
      io.err(`unknown command: ${parsed.command}\n\n${USAGE}`);
      return 2;
  }
}

const STAGES: StageId[] = ['short-term', 'mid-term', 'long-term'];
const FAIL_ON = ['blocking', 'score', 'both', 'never'] as const;

/** The flags given; what is not given is left to the configuration (and its defaults). */
function scanOptions(flags: Map<string, string | true>): { gate: Partial<GateOptions>; format: string; lang: 'en' | 'ko' } {
  const str = (k: string, def: string) => {
    const v = flags.get(k);
    return v === undefined ? def : String(v);
  };
  const format = str('format', 'text');
  if (!['text', 'markdown', 'json', 'issue'].includes(format)) throw new UsageError(`--format must be text, markdown, json or issue, not "${format}"`);
  const lang = str('lang', 'en');
  if (lang !== 'en' && lang !== 'ko') throw new UsageError(`--lang must be en or ko, not "${lang}"`);
  const stage = flags.has('stage') ? (str('stage', '') as StageId) : undefined;
  if (stage !== undefined && !STAGES.includes(stage)) throw new UsageError(`--stage must be one of ${STAGES.join(', ')}, not "${stage}"`);
  const failOn = flags.has('fail-on') ? (str('fail-on', '') as GateOptions['failOn']) : undefined;
  if (failOn !== undefined && !FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not "${failOn}"`);
  let minScore: number | undefined;
  if (flags.has('min-score')) {
    minScore = Number(flags.get('min-score'));
    if (!Number.isFinite(minScore) || minScore < 0 || minScore > 100) throw new UsageError(`--min-score must be a number from 0 to 100`);
  }
  return { gate: { stage, minScore, failOn }, format, lang };
}
