import type { FileEntry } from '../source/types.js';
import type { ScanContext } from './context.js';

/**
 * One kind of file the inventory understands. `wants` picks the files whose contents it needs
 * (the engine loads them before any collector runs, so a remote source can fetch them in
 * parallel); `collect` turns them into typed, line-accurate records. Collectors run in the
 * order they are registered and may read what earlier ones produced.
 */
export interface Collector<K extends string, T> {
  readonly key: K;
  wants(file: FileEntry): boolean;
  collect(ctx: ScanContext, earlier: Record<string, unknown>): T;
  /** Human-readable lines for `readiness-gate inventory` (file:line first, then what was found). */
  describe(value: T): string[];
}
