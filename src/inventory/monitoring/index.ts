import type { Collector } from '../collector.js';

/** TODO(helper): replace with the real inventory of this kind. */
export interface MonitoringInventory {
  items: unknown[];
}

export const monitoringCollector: Collector<'monitoring', MonitoringInventory> = {
  key: 'monitoring',
  wants: () => false,
  collect: () => ({ items: [] }),
  describe: () => [],
};
