/** Problems met while reading the repository. None of them stops a scan. */
export type Severity = 'error' | 'warning' | 'notice';

export interface Diagnostic {
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  /** stable machine code, e.g. `yaml-syntax`, `file-too-large`, `symlink-escapes` */
  code: string;
  message: string;
}

/** A place in the repository; every inventory item carries one. */
export interface Loc {
  file: string;
  line: number;
  column?: number;
}
