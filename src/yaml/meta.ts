/**
 * Source positions of parsed YAML. Values are plain data; each container carries its positions
 * in a hidden property (see hidden.ts), stored as offsets and turned into lines only when asked.
 */
import type { LineIndex } from '../text/line-index.js';
import { hidden } from './hidden.js';

/** Where a node was written. */
export interface YamlPosition {
  line: number;
  column: number;
}

export interface ContainerMeta {
  index: LineIndex;
  /** the file the text was read from (a container's origin unless a copy says otherwise) */
  file: string;
  /** offset of the container itself */
  at: number;
  /** for mappings: key -> offset of the key; for sequences: item offsets */
  keys?: Record<string, number>;
  items?: number[];
  /** explicit tags on the container or its scalar members (`!reset`, `!override`, `!Ref` ...) */
  tag?: string;
  memberTags?: Record<string, string>;
}

const META = hidden<ContainerMeta>();

export const metaOf = (container: object): ContainerMeta | undefined => META.get(container);
export const setMeta = (container: object, meta: ContainerMeta): void => META.set(container, meta);

/** Position of a container, or of one of its keys / items. */
export function yamlPosition(container: unknown, key?: string | number): YamlPosition | undefined {
  if (container === null || typeof container !== 'object') return undefined;
  const meta = metaOf(container);
  if (!meta) return undefined;
  let offset = meta.at;
  if (key !== undefined) {
    const o = typeof key === 'number' ? meta.items?.[key] : meta.keys?.[key];
    if (o !== undefined) offset = o;
  }
  return meta.index.position(offset);
}

/** Line of a container or member; 0 when unknown (callers fall back to the file). */
export function yamlLine(container: unknown, key?: string | number): number {
  return yamlPosition(container, key)?.line ?? 0;
}

/** The explicit tag of a container (`!reset []`) or of a member (`image: !reset null`). */
export function yamlTag(container: unknown, key?: string | number): string | undefined {
  if (container === null || typeof container !== 'object') return undefined;
  const meta = metaOf(container);
  if (!meta) return undefined;
  if (key === undefined) return meta.tag;
  const member = meta.memberTags?.[String(key)];
  if (member) return member;
  const child = (container as Record<string, unknown>)[key as string];
  return child !== null && typeof child === 'object' ? metaOf(child)?.tag : undefined;
}

/** The file a container was parsed from. */
export function yamlFile(container: unknown): string | undefined {
  return container !== null && typeof container === 'object' ? metaOf(container)?.file : undefined;
}

/** Copies position metadata from one container to another (used when data is cloned or merged). */
export function copyYamlMeta(from: object, to: object): void {
  const meta = metaOf(from);
  if (meta) setMeta(to, meta);
}

/** Gives `to[key]` the position `from[fromKey]` had (merged members keep their source line). */
export function copyYamlKeyPosition(from: object, fromKey: string, to: object, toKey: string): void {
  const src = metaOf(from);
  const offset = src?.keys?.[fromKey];
  if (!src || offset === undefined) return;
  let dst = metaOf(to);
  if (!dst || dst.index !== src.index) {
    // a container assembled from several files: keep per-key positions of the first file that set it
    if (!dst) {
      dst = { index: src.index, file: src.file, at: src.at, keys: {} };
      setMeta(to, dst);
    } else return;
  }
  (dst.keys ??= {})[toKey] = offset;
}
