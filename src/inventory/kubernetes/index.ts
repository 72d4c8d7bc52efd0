import type { Collector } from '../collector.js';

/** TODO(helper): replace with the real inventory of this kind. */
export interface KubernetesInventory {
  items: unknown[];
}

export const kubernetesCollector: Collector<'kubernetes', KubernetesInventory> = {
  key: 'kubernetes',
  wants: () => false,
  collect: () => ({ items: [] }),
  describe: () => [],
};
