import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from './diagnostics.js';
import type { FileEntry } from '../source/types.js';
import { parseYaml, type YamlParseResult } from '../yaml/load.js';

export interface InventoryOptions {
  /** Files larger than this are listed but not read (a notice says so). */
  maxFileBytes: number;
  /** Compose files that make the production model; default: every overlay named prod/production. */
  composeProductionOverlays?: string[];
  /** Apply docker-compose.override.yml to the production model (compose's own default is to apply it). */
  composeApplyOverride: boolean;
}

export const DEFAULT_OPTIONS: InventoryOptions = {
  maxFileBytes: 2 * 1024 * 1024,
  composeApplyOverride: false,
};

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Whether a file read is kept for later readers ('keep') or used by this reader alone ('once'). */
export type Reading = 'keep' | 'once';

/**
 * What every inventory collector reads the repository through: the file listing and the
 * contents the engine loaded for them, decoded and parsed once, with every problem turned into
 * a diagnostic (reported once per file) instead of an exception.
 */
export class ScanContext {
  readonly byPath = new Map<string, FileEntry>();
  private readonly texts = new Map<string, string | undefined>();
  private readonly codes = new Map<string, string | undefined>();
  private readonly refused = new Set<string>();
  private readonly yamls = new Map<string, YamlParseResult | undefined>();
  /** time spent reading and decoding, for the benchmark's breakdown */
  readMs = 0;

  constructor(
    readonly files: readonly FileEntry[],
    private readonly contents: Map<string, Buffer | Error>,
    readonly options: InventoryOptions,
    readonly diagnostics: Diagnostic[],
    /** reads a file of the listed size on demand; its buffer is converted at once and never kept, so it may be reused */
    private readonly readSync?: (path: string, size: number) => Buffer | Error,
  ) {
    for (const f of files) this.byPath.set(f.path, f);
  }

  exists(path: string): boolean {
    return this.byPath.has(path);
  }

  diagnose(d: Diagnostic): void {
    this.diagnostics.push(d);
  }

  /**
   * Text of a file, or undefined when it is missing, too large, binary or not UTF-8. `once`: the
   * caller reads it once and no later reader needs it, so it is not kept (a kept copy is still
   * used): a large repository's files then do not all stay in memory to the end of the scan.
   */
  text(path: string, reading: Reading = 'keep'): string | undefined {
    return this.cached(this.texts, path, reading, (bytes) => {
      const text = UTF8.decode(bytes);
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    });
  }

  /**
   * A source file's bytes as a one-byte string, for readers that look for ASCII patterns: each
   * byte is one character, so its lines and its ASCII text are those of `text`, while any other
   * character appears as its UTF-8 bytes (turn captured text back with fromCode). Far cheaper
   * to make and to search than decoded text; the same files are refused the same way.
   */
  code(path: string, reading: Reading = 'keep'): string | undefined {
    return this.cached(this.codes, path, reading, (bytes) => {
      if (!isUtf8(bytes)) throw new Error('not UTF-8');
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      return bytes.toString('latin1', bom);
    });
  }

  /** Every YAML document of a file; syntax errors and duplicate keys become diagnostics. */
  yaml(path: string): YamlParseResult | undefined {
    if (this.yamls.has(path)) return this.yamls.get(path);
    const text = this.text(path);
    let result: YamlParseResult | undefined;
    if (text !== undefined) {
      result = parseYaml(text, path);
      for (const e of result.errors) this.diagnose({ file: path, line: e.line, column: e.column, severity: 'error', code: 'yaml-syntax', message: `invalid YAML: ${e.message}` });
      for (const w of result.warnings) this.diagnose({ file: path, line: w.line, column: w.column, severity: 'warning', code: 'yaml-duplicate-key', message: w.message });
    }
    this.yamls.set(path, result);
    return result;
  }

  /** A JSON file's value; a syntax error becomes a diagnostic with its line. */
  json(path: string): unknown {
    const text = this.text(path);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text);
    } catch (err) {
      const msg = (err as Error).message;
      const at = /position (\d+)/.exec(msg);
      const line = at ? text.slice(0, Number(at[1])).split('\n').length : 1;
      this.diagnose({ file: path, line, severity: 'error', code: 'json-syntax', message: `invalid JSON: ${msg}` });
      return undefined;
    }
  }

  /** One reading of a file through `convert`, kept unless read once; a refused file is reported once, whichever way it was read. */
  private cached(cache: Map<string, string | undefined>, path: string, reading: Reading, convert: (bytes: Buffer) => string): string | undefined {
    if (cache.has(path)) return cache.get(path);
    const t0 = performance.now();
    const bytes = this.load(path);
    let out: string | undefined;
    if (bytes) {
      try {
        out = convert(bytes);
      } catch {
        this.refuse({ file: path, severity: 'warning', code: 'not-utf8', message: 'not read: the file is not valid UTF-8' });
      }
    }
    this.readMs += performance.now() - t0;
    if (reading === 'keep') cache.set(path, out);
    return out;
  }

  private refuse(d: Diagnostic): void {
    if (this.refused.has(d.file)) return;
    this.refused.add(d.file);
    this.diagnose(d);
  }

  private load(path: string): Buffer | undefined {
    const entry = this.byPath.get(path);
    const content = this.contents.get(path);
    if (!entry) return undefined;
    if (entry.size > this.options.maxFileBytes) {
      this.refuse({
        file: path,
        severity: 'notice',
        code: 'file-too-large',
        message: `not read: ${formatBytes(entry.size)} is over the ${formatBytes(this.options.maxFileBytes)} limit per file`,
      });
      return undefined;
    }
    const loaded = content ?? this.readSync?.(path, entry.size);
    if (loaded === undefined) return undefined;
    if (loaded instanceof Error) {
      this.refuse({ file: path, severity: 'warning', code: 'unreadable-file', message: `cannot read: ${loaded.message}` });
      return undefined;
    }
    // a NUL among the first 8,000 bytes makes a file binary (as git decides); found without slicing the buffer
    const nul = loaded.indexOf(0);
    if (nul >= 0 && nul < 8000) {
      this.refuse({ file: path, severity: 'notice', code: 'binary-file', message: 'not read: binary content' });
      return undefined;
    }
    return loaded;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
