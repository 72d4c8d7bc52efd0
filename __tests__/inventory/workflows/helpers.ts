import { FsSource } from '../../../src/source/fs-source.js';
import { MemorySource } from '../../../src/source/memory-source.js';
import { buildInventory, type Inventory } from '../../../src/engine/inventory.js';
import type { Job, Workflow } from '../../../src/inventory/workflows/index.js';

export const FIXTURE = '__tests__/fixtures/workflows';

let cached: Promise<Inventory> | undefined;
export function fixtureInventory(): Promise<Inventory> {
  cached ??= buildInventory(new FsSource(FIXTURE));
  return cached;
}

export function memoryInventory(files: Record<string, string>): Promise<Inventory> {
  return buildInventory(new MemorySource(files));
}

export function workflow(inv: Inventory, name: string): Workflow {
  const w = inv.workflows.workflows.find((x) => x.file === `.github/workflows/${name}`);
  if (!w) throw new Error(`no workflow ${name}`);
  return w;
}

export function job(w: Workflow, id: string): Job {
  const j = w.jobs.find((x) => x.id === id);
  if (!j) throw new Error(`no job ${id} in ${w.file}`);
  return j;
}
