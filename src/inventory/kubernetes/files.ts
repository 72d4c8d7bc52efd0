/** Which files hold Kubernetes manifests, decided from names only (this runs for every file). */
import type { FileEntry } from '../../source/types.js';
import { isKustomizationName } from './kustomize/paths.js';

export const isYamlFile = (f: FileEntry) => f.ext === '.yml' || f.ext === '.yaml' || f.name === 'Kustomization';

/** Folders holding a Chart.yaml: their files are Helm's (templates are Go templates, not YAML). */
export function chartDirsOf(files: readonly FileEntry[]): (path: string) => boolean {
  const dirs = new Set<string>();
  for (const f of files) if (f.name === 'Chart.yaml') dirs.add(f.dir);
  if (dirs.size === 0) return () => false;
  if (dirs.has('')) return () => true;
  return (path) => {
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) if (dirs.has(path.slice(0, i))) return true;
    return false;
  };
}

/** docker-compose.yml, compose.prod.yaml ...: compose's, not Kubernetes'. */
function isComposeName(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('docker-compose') || n.startsWith('compose.') || n.startsWith('compose-') || n.startsWith('docker_compose');
}

/** A YAML file that may hold manifests: not compose, not a workflow, not a kustomization. */
export function mayHoldManifests(f: FileEntry): boolean {
  if (!isYamlFile(f) || isKustomizationName(f.name) || isComposeName(f.name)) return false;
  return !(f.path.startsWith('.github/') || f.path.startsWith('.gitlab') || f.name === '.gitlab-ci.yml' || f.name === 'Chart.yaml');
}

const PROD_SEGMENT = /^(prod|production|prd|live)([-_.].*)?$/i;

/** Overlays judged as production: a folder of the path is named prod/production/live (prod-eu ...). */
export function isProductionPath(dir: string, names?: readonly string[]): boolean {
  for (const seg of dir.split('/')) {
    if (names ? names.includes(seg) : PROD_SEGMENT.test(seg)) return true;
  }
  return false;
}
