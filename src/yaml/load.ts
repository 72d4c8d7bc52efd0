/**
 * YAML with source positions, built on js-yaml's event parser.
 *
 * Values come out as plain JavaScript data (objects, arrays, scalars) so that every consumer
 * works with ordinary data; positions live beside them in a WeakMap keyed by the containers,
 * stored as offsets and turned into lines only when asked. That keeps the hot path as cheap
 * as js-yaml's own `loadAll` (see `npm run bench`).
 */
import { parseEvents, getScalarValue, type Event } from 'js-yaml';
import { LineIndex } from '../text/line-index.js';
import { metaOf, setMeta, type ContainerMeta } from './meta.js';
import { resolveScalar, scalarKey, setKey } from './scalars.js';
import { parseFast } from './fast.js';

export { yamlPosition, yamlLine, yamlTag, yamlFile, copyYamlMeta, copyYamlKeyPosition, type YamlPosition } from './meta.js';

export interface YamlDocument {
  value: unknown;
  /** 1-based line where the document's content starts */
  line: number;
}

export interface YamlError {
  message: string;
  line: number;
  column: number;
}

export interface YamlParseResult {
  documents: YamlDocument[];
  errors: YamlError[];
  /** duplicate keys and similar problems that did not stop parsing */
  warnings: YamlError[];
}

export interface YamlOptions {
  /** Upper bound on the nodes a document may expand to through aliases (alias bombs). */
  maxExpandedNodes?: number;
  maxDepth?: number;
}

const DEFAULT_MAX_EXPANDED = 2_000_000;

type Frame = {
  kind: 'map' | 'seq';
  value: Record<string, unknown> | unknown[];
  meta: ContainerMeta;
  anchor?: string;
  weight: number;
  /** pending key of a mapping (after the key scalar was read) */
  key?: string;
  keyOffset?: number;
  hasKey: boolean;
  explicit?: Set<string>;
  merges?: unknown[];
};

class ExpansionError extends Error {}

/**
 * Parses every document of a YAML text. Never throws: syntax errors come back as `errors`
 * with line and column, and documents before a broken one are kept (a broken document in a
 * multi-document file does not hide the others).
 */
export function parseYaml(text: string, file: string, options: YamlOptions = {}): YamlParseResult {
  const index = new LineIndex(text);
  // most configuration is simple YAML, read without js-yaml's events; anything else goes the long way
  const fast = parseFast(text, file, index, options.maxExpandedNodes ?? DEFAULT_MAX_EXPANDED, options.maxDepth ?? 100);
  return fast ?? parseWithEvents(text, file, options, index);
}

/** The general path: js-yaml's events, with per-document recovery from syntax errors. */
export function parseWithEvents(text: string, file: string, options: YamlOptions = {}, index = new LineIndex(text)): YamlParseResult {
  const result: YamlParseResult = { documents: [], errors: [], warnings: [] };
  try {
    const events = parseEvents(text, { filename: file, maxDepth: options.maxDepth ?? 100 });
    construct(events, text, file, index, options, result);
    return result;
  } catch (err) {
    if (!(err instanceof Error) || !('mark' in err)) {
      if (err instanceof ExpansionError) {
        result.errors.push({ message: err.message, line: 1, column: 1 });
        return result;
      }
      result.errors.push({ message: err instanceof Error ? err.message : String(err), line: 1, column: 1 });
      return result;
    }
  }
  // Recover per document: split at `---` lines and parse each chunk on its own.
  return parseChunks(text, file, index, options);
}

function parseChunks(text: string, file: string, index: LineIndex, options: YamlOptions): YamlParseResult {
  const result: YamlParseResult = { documents: [], errors: [], warnings: [] };
  const starts = [0];
  const re = /^---(?=\s|$)/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (m.index > 0) starts.push(m.index);
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const to = i + 1 < starts.length ? starts[i + 1] : text.length;
    // pad with newlines so offsets, lines and columns inside the chunk stay those of the file
    const chunk = text.slice(0, from).replace(/[^\n]/g, ' ') + text.slice(from, to);
    try {
      const events = parseEvents(chunk, { filename: file, maxDepth: options.maxDepth ?? 100 });
      construct(events, chunk, file, index, options, result);
    } catch (err) {
      const mark = (err as { mark?: { line: number; column: number } }).mark;
      const reason = (err as { reason?: string }).reason ?? (err instanceof Error ? err.message : String(err));
      result.errors.push({
        message: reason,
        line: mark ? mark.line + 1 : index.position(from).line,
        column: mark ? mark.column + 1 : 1,
      });
    }
  }
  return result;
}

function construct(events: Event[], text: string, file: string, index: LineIndex, options: YamlOptions, out: YamlParseResult): void {
  const maxExpanded = options.maxExpandedNodes ?? DEFAULT_MAX_EXPANDED;
  let anchors = new Map<string, { value: unknown; weight: number }>();
  const stack: Frame[] = [];
  let docStart = 0;
  let docValue: unknown = null;
  let docHas = false;
  let expanded = 0;
  let lastEnd = 0;

  const tagOf = (e: { tagStart: number; tagEnd: number }) => (e.tagStart >= 0 ? text.slice(e.tagStart, e.tagEnd) : undefined);

  const add = (value: unknown, weight: number, offset: number, tag?: string) => {
    expanded += weight;
    if (expanded > maxExpanded) {
      throw new ExpansionError(`document expands to more than ${maxExpanded} nodes through aliases (an alias bomb?)`);
    }
    const top = stack[stack.length - 1];
    if (!top) {
      docValue = value;
      docHas = true;
      return;
    }
    top.weight += weight;
    if (top.kind === 'seq') {
      (top.value as unknown[]).push(value);
      top.meta.items!.push(offset);
      if (tag) (top.meta.memberTags ??= {})[String((top.value as unknown[]).length - 1)] = tag;
      return;
    }
    if (!top.hasKey) {
      top.key = scalarKey(value);
      top.keyOffset = offset;
      top.hasKey = true;
      return;
    }
    const key = top.key!;
    top.hasKey = false;
    const obj = top.value as Record<string, unknown>;
    if (key === '<<' && value !== null && typeof value === 'object') {
      (top.merges ??= []).push(value);
      return;
    }
    if (top.explicit!.has(key)) {
      const pos = index.position(top.keyOffset!);
      out.warnings.push({ message: `duplicate key "${key}"`, line: pos.line, column: pos.column });
    }
    top.explicit!.add(key);
    setKey(obj, key, value);
    top.meta.keys![key] = top.keyOffset!;
    if (tag) (top.meta.memberTags ??= {})[key] = tag;
  };

  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    switch (e.type) {
      case 1: // document
        docHas = false;
        docValue = null;
        anchors = new Map();
        expanded = 0;
        docStart = -1;
        stack.length = 0;
        break;
      case 2:
      case 3: {
        const isMap = e.type === 3;
        const meta: ContainerMeta = isMap ? { index, file, at: e.start, keys: {} } : { index, file, at: e.start, items: [] };
        const tag = tagOf(e);
        if (tag) meta.tag = tag;
        const value = isMap ? {} : [];
        setMeta(value, meta);
        if (docStart < 0) docStart = e.start;
        stack.push({
          kind: isMap ? 'map' : 'seq',
          value,
          meta,
          anchor: e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : undefined,
          weight: 1,
          hasKey: false,
          explicit: isMap ? new Set() : undefined,
        });
        break;
      }
      case 4: {
        const tag = tagOf(e);
        const raw = e.fast && e.style === 1 ? text.slice(e.valueStart, e.valueEnd) : getScalarValue(text, e);
        const value = resolveScalar(raw, e.style, tag);
        // an empty document has no offset of its own: place it after the previous one
        if (docStart < 0) docStart = Math.max(e.valueStart, lastEnd);
        lastEnd = e.valueEnd;
        if (e.anchorStart >= 0) anchors.set(text.slice(e.anchorStart, e.anchorEnd), { value, weight: 1 });
        add(value, 1, e.valueStart, tag);
        break;
      }
      case 5: {
        const name = text.slice(e.anchorStart, e.anchorEnd);
        const target = anchors.get(name);
        if (!target) {
          const pos = index.position(e.anchorStart);
          throw Object.assign(new Error(`unknown alias "${name}"`), { mark: { line: pos.line - 1, column: pos.column - 1 }, reason: `unknown alias "${name}"` });
        }
        if (docStart < 0) docStart = e.anchorStart;
        add(target.value, target.weight, e.anchorStart - 1);
        break;
      }
      case 6: {
        const frame = stack.pop();
        if (!frame) {
          // end of document
          if (docHas || docStart >= 0) {
            out.documents.push({ value: docHas ? docValue : null, line: docStart >= 0 ? index.position(docStart).line : 1 });
          }
          break;
        }
        if (frame.merges) applyMerges(frame);
        if (frame.anchor) anchors.set(frame.anchor, { value: frame.value, weight: frame.weight });
        expanded -= frame.weight - 1; // children were already counted one by one
        add(frame.value, frame.weight, frame.meta.at, frame.meta.tag);
        break;
      }
    }
  }
}

/** YAML merge keys: explicit keys win, earlier merge sources win over later ones. */
function applyMerges(frame: Frame): void {
  const obj = frame.value as Record<string, unknown>;
  const sources: unknown[] = [];
  for (const m of frame.merges!) {
    if (Array.isArray(m)) sources.push(...m);
    else sources.push(m);
  }
  for (const src of sources) {
    if (src === null || typeof src !== 'object' || Array.isArray(src)) continue;
    const srcMeta = metaOf(src);
    for (const k of Object.keys(src)) {
      if (frame.explicit!.has(k) || Object.prototype.hasOwnProperty.call(obj, k)) continue;
      setKey(obj, k, (src as Record<string, unknown>)[k]);
      const off = srcMeta?.keys?.[k];
      if (off !== undefined) frame.meta.keys![k] = off;
      const t = srcMeta?.memberTags?.[k];
      if (t) (frame.meta.memberTags ??= {})[k] = t;
    }
  }
}
