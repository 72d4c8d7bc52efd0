/** What every end-to-end describe block needs: a loopback GitHub and workspaces removed afterwards. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from './fake-github/index.js';

/** A checkout on disk holding `files`. */
export function writeWorkspace(files: Record<string, string>, prefix = 'rg-ws-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  return dir;
}

export interface E2eSuite {
  readonly gh: FakeGitHub;
  workspace(files: Record<string, string>): string;
  /** an empty folder removed with the rest */
  tempDir(): string;
}

/** Call inside `describe`: starts the fake API before the tests and cleans up after them. */
export function e2eSuite(): E2eSuite {
  let gh: FakeGitHub | undefined;
  const dirs: string[] = [];
  beforeAll(async () => {
    gh = await startFakeGitHub();
  }, 60_000);
  afterAll(async () => {
    await gh?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const keep = (d: string) => (dirs.push(d), d);
  return {
    get gh() {
      if (!gh) throw new Error('the fake GitHub is not started yet (use it inside a test)');
      return gh;
    },
    workspace: (files) => keep(writeWorkspace(files)),
    tempDir: () => keep(mkdtempSync(join(tmpdir(), 'rg-tmp-'))),
  };
}
