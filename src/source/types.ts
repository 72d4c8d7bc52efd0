import type { Diagnostic } from '../inventory/diagnostics.js';

/** One file of the scanned tree. Paths are relative, with `/` separators. */
export interface FileEntry {
  path: string;
  /** base name */
  name: string;
  /** directory part ('' at the root) */
  dir: string;
  /** lower-cased extension with its dot ('' when none) */
  ext: string;
  size: number;
}

export interface Listing {
  files: FileEntry[];
  diagnostics: Diagnostic[];
}

/**
 * Where a repository comes from: a checkout on disk today, a git revision or the GitHub API's
 * tree later. The inventory only ever sees this interface.
 */
export interface RepoSource {
  /** human-readable description for reports ("./", "owner/name@sha") */
  readonly label: string;
  list(): Promise<Listing>;
  /** Reads the given files; a missing or unreadable file maps to an Error. */
  read(paths: readonly string[]): Promise<Map<string, Buffer | Error>>;
  /** Local sources read on demand instead: only files a collector actually opens are read. */
  readSync?(path: string): Buffer | Error;
  /**
   * readSync into a buffer the source reuses: valid only until its next read, for a reader that
   * converts the bytes at once (ScanContext). `size` is the listed size.
   */
  readTransient?(path: string, size: number): Buffer | Error;
}

export function fileEntry(path: string, size: number): FileEntry {
  const slash = path.lastIndexOf('/');
  const name = slash < 0 ? path : path.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  return { path, name, dir: slash < 0 ? '' : path.slice(0, slash), ext: dot > 0 ? name.slice(dot).toLowerCase() : '', size };
}
