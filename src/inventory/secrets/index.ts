import type { Collector } from '../collector.js';

/** TODO(helper): replace with the real inventory of this kind. */
export interface SecretsInventory {
  items: unknown[];
}

export const secretsCollector: Collector<'secrets', SecretsInventory> = {
  key: 'secrets',
  wants: () => false,
  collect: () => ({ items: [] }),
  describe: () => [],
};
