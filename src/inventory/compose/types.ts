/** The compose inventory other engineers read: projects, their production model and interpolations. */
import type { ComposeRole } from './files.js';
import type { ComposeService } from './service.js';

export type { ComposeRole, ComposeService };

/** A `docker compose -f a.yml -f b.yml` set written in a script, Makefile or README. */
export interface FileSet {
  files: string[];
  file: string;
  line: number;
}

export interface ComposeProject {
  name: string;
  dir: string;
  files: { path: string; role: ComposeRole }[];
  /** the files that make the production model, in merge order */
  productionFiles: string[];
  /** how the production files were chosen */
  productionSource: ProductionSource;
  /** `-f` sets found in scripts and docs that name files of this project */
  fileSets: FileSet[];
  /** the production model */
  services: ComposeService[];
  /** top-level networks, each where it was last defined */
  networks: { name: string; internal: boolean; file: string; line: number }[];
  interpolations: Interpolation[];
}

/** configured: InventoryOptions; file-set: a `-f` set that runs a prod overlay; overlay: base + prod-named overlays; base-only: none found. */
export type ProductionSource = 'overlay' | 'file-set' | 'configured' | 'base-only';

export interface ComposeInventory {
  projects: ComposeProject[];
}

export interface Interpolation {
  variable: string;
  file: string;
  line: number;
  column: number;
  /** where it is used: `services.backend.environment.JWT_SECRET_KEY` */
  path: string;
  source: 'env-file' | 'default' | 'unset';
  required: boolean;
  /** length of the default written in the compose file, used or not (the default itself is never kept) */
  defaultLength?: number;
}
