import { execFileSync } from 'node:child_process';

export interface GitInfo {
  /** HEAD's commit, when the folder is in a git work tree */
  sha?: string;
  /** https URL of the `origin` remote when it is a GitHub-style host */
  webUrl?: string;
}

/** HEAD and the origin's web address of a checkout, for links in a report; nothing when git is missing or it is no checkout. */
export function gitInfo(dir: string): GitInfo {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const sha = git('rev-parse', 'HEAD');
  return { ...(/^[0-9a-f]{40}$/.test(sha) ? { sha } : {}), ...webUrlOf(git('remote', 'get-url', 'origin')) };
}

/** `git@github.com:o/r.git` or `https://github.com/o/r.git` as `https://github.com/o/r`; local paths give nothing. */
export function webUrlOf(remote: string): { webUrl?: string } {
  const m = /^(?:https?:\/\/(?:[^@/]+@)?|git@|ssh:\/\/git@)([^/:]+)[:/]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(remote.trim());
  return m ? { webUrl: `https://${m[1]}/${m[2]}` } : {};
}
