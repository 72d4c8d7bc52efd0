/** GitHub Action entry (see action.yml). Filled in by the Action issue; for now it inventories `path`. */
import * as core from '@actions/core';
import { FsSource } from './source/fs-source.js';
import { buildInventory } from './engine/inventory.js';

async function run(): Promise<void> {
  const path = core.getInput('path') || '.';
  const inv = await buildInventory(new FsSource(path));
  core.info(`Readiness Gate inventoried ${inv.files.count} files in ${path}`);
}

run().catch((err) => core.setFailed(`Readiness Gate: ${(err as Error).message}`));
