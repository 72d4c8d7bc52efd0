import type { Collector } from '../collector.js';

/** TODO(helper): replace with the real inventory of this kind. */
export interface NginxInventory {
  items: unknown[];
}

export const nginxCollector: Collector<'nginx', NginxInventory> = {
  key: 'nginx',
  wants: () => false,
  collect: () => ({ items: [] }),
  describe: () => [],
};
