import type { Collector } from '../collector.js';

/** TODO(helper): replace with the real inventory of this kind. */
export interface DockerfileInventory {
  items: unknown[];
}

export const dockerfileCollector: Collector<'dockerfiles', DockerfileInventory> = {
  key: 'dockerfiles',
  wants: () => false,
  collect: () => ({ items: [] }),
  describe: () => [],
};
