/** Compares two parses of one text: data, key order, positions, tags, document lines, warnings. */
import { metaOf as positionsOf } from '../../src/yaml/meta.js';
import type { YamlParseResult } from '../../src/yaml/load.js';

export function differences(a: YamlParseResult, b: YamlParseResult): string[] {
  const out: string[] = [];
  if (a.errors.length || b.errors.length) out.push(`errors: ${JSON.stringify(a.errors)} vs ${JSON.stringify(b.errors)}`);
  if (JSON.stringify(a.warnings) !== JSON.stringify(b.warnings)) out.push(`warnings: ${JSON.stringify(a.warnings)} vs ${JSON.stringify(b.warnings)}`);
  if (a.documents.length !== b.documents.length) return [...out, `documents: ${a.documents.length} vs ${b.documents.length}`];
  a.documents.forEach((d, i) => {
    if (d.line !== b.documents[i].line) out.push(`document ${i} line: ${d.line} vs ${b.documents[i].line}`);
    compare(d.value, b.documents[i].value, `doc${i}`, out);
  });
  return out;
}

function metaOf(v: object): unknown {
  const m = positionsOf(v);
  if (!m) return undefined;
  return { file: m.file, at: m.at, keys: m.keys && Object.entries(m.keys), items: m.items, tag: m.tag, memberTags: m.memberTags };
}

function compare(x: unknown, y: unknown, path: string, out: string[]): void {
  if (out.length > 20) return;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') {
    if (!Object.is(x, y)) out.push(`${path}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
    return;
  }
  if (Array.isArray(x) !== Array.isArray(y)) return void out.push(`${path}: array vs object`);
  const mx = JSON.stringify(metaOf(x));
  const my = JSON.stringify(metaOf(y));
  if (mx !== my) out.push(`${path} positions: ${mx} vs ${my}`);
  const kx = Object.keys(x);
  const ky = Object.keys(y);
  if (kx.join('\0') !== ky.join('\0')) return void out.push(`${path} keys: ${kx} vs ${ky}`);
  for (const k of kx) compare((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${path}.${k}`, out);
}
