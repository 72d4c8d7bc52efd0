/** `uses:` references of steps and jobs: action, ref, and whether the ref is immutable. */
import { posix } from 'node:path';

export interface UsesRef {
  action: string;
  ref?: string;
  pinnedSha: boolean;
  refKind: 'sha' | 'version' | 'branch' | 'local' | 'docker' | 'none';
}

const SHA = /^[0-9a-f]{40}$/i;
const VERSION = /^v?\d+(\.\d+)*([-+.][\w.]+)?$/;

export function splitUses(uses: string): UsesRef {
  if (uses.startsWith('./') || uses.startsWith('../')) return { action: uses, pinnedSha: false, refKind: 'local' };
  if (uses.startsWith('docker://')) {
    // an image digest pins a container action the way a SHA pins a repository one
    return { action: uses, pinnedSha: uses.includes('@sha256:'), refKind: 'docker' };
  }
  const at = uses.lastIndexOf('@');
  if (at < 0) return { action: uses, pinnedSha: false, refKind: 'none' };
  const ref = uses.slice(at + 1);
  const pinned = SHA.test(ref);
  return { action: uses.slice(0, at), ref, pinnedSha: pinned, refKind: pinned ? 'sha' : VERSION.test(ref) ? 'version' : 'branch' };
}

/** A job-level `uses` names a reusable workflow: `./.github/workflows/x.yml` or `owner/repo/.github/workflows/x.yml@ref`. */
export function isWorkflowCall(uses: string): boolean {
  const action = uses.split('@')[0];
  return action.endsWith('.yml') || action.endsWith('.yaml');
}

/** The repository path of a local reusable workflow (`./.github/workflows/x.yml` -> `.github/workflows/x.yml`). */
export function localWorkflowPath(uses: string): string | undefined {
  if (!uses.startsWith('./')) return undefined;
  return posix.normalize(uses.split('@')[0]);
}
