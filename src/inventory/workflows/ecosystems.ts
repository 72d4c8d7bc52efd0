/**
 * Package ecosystems the repository uses, by manifest file name, with the directories they sit in
 * (Dependabot's names, so that its coverage can be compared directly).
 */
import type { FileEntry } from '../../source/types.js';
import type { EcosystemUse } from './types.js';

const BY_NAME = new Map<string, string>([
  ['requirements.txt', 'pip'], ['pyproject.toml', 'pip'], ['Pipfile', 'pip'], ['Pipfile.lock', 'pip'], ['setup.py', 'pip'], ['setup.cfg', 'pip'], ['poetry.lock', 'pip'], ['uv.lock', 'pip'],
  ['package.json', 'npm'],
  ['Dockerfile', 'docker'], ['Containerfile', 'docker'],
  ['docker-compose.yml', 'docker'], ['docker-compose.yaml', 'docker'], ['compose.yml', 'docker'], ['compose.yaml', 'docker'],
  ['go.mod', 'gomod'],
  ['pom.xml', 'maven'],
  ['build.gradle', 'gradle'], ['build.gradle.kts', 'gradle'], ['settings.gradle', 'gradle'], ['settings.gradle.kts', 'gradle'],
  ['Cargo.toml', 'cargo'],
  ['composer.json', 'composer'],
  ['Gemfile', 'bundler'],
  ['mix.exs', 'mix'],
  ['pubspec.yaml', 'pub'],
  ['Package.swift', 'swift'],
  ['packages.config', 'nuget'],
]);

/** Folders whose manifests are not the project's own (vendored code, test fixtures). */
const SKIP_DIRS = new Set(['node_modules', 'vendor', 'bower_components', '.venv', 'venv', 'site-packages', '__tests__', 'fixtures', 'testdata', 'third_party', '.git']);

export function ecosystemOf(f: FileEntry): string | undefined {
  const byName = BY_NAME.get(f.name);
  if (byName) return byName;
  const { name, ext } = f;
  if (ext === '.txt' && name.startsWith('requirements')) return 'pip';
  if (name.startsWith('Dockerfile.') || ext === '.dockerfile') return 'docker';
  if ((ext === '.yml' || ext === '.yaml') && (name.startsWith('docker-compose.') || name.startsWith('compose.'))) return 'docker';
  if (ext === '.csproj' || ext === '.fsproj' || ext === '.vbproj') return 'nuget';
  if (ext === '.tf') return 'terraform';
  if (ext === '.yml' || ext === '.yaml') if (f.dir === '.github/workflows') return 'github-actions';
  return undefined;
}

function skipped(dir: string): boolean {
  if (dir === '') return false;
  for (const part of dir.split('/')) if (SKIP_DIRS.has(part)) return true;
  return false;
}

/** Collects the ecosystems over the listing; call `add` for each file, then `result`. */
export class EcosystemCollector {
  private readonly found = new Map<string, { dirs: Set<string>; file: string }>();

  add(f: FileEntry): void {
    const eco = ecosystemOf(f);
    if (!eco || skipped(f.dir)) return;
    // workflows are configured at the root for Dependabot, whatever folder they are in
    const dir = eco === 'github-actions' ? '/' : '/' + f.dir;
    const hit = this.found.get(eco);
    if (hit) hit.dirs.add(dir);
    else this.found.set(eco, { dirs: new Set([dir]), file: f.path });
  }

  result(): EcosystemUse[] {
    return [...this.found].map(([ecosystem, v]) => ({ ecosystem, dirs: [...v.dirs].sort(), file: v.file }));
  }
}
