/** What the secrets inventory records: where a secret or leftover is, never what it is. */
export type SecretKind =
  | 'committed-env-file'
  | 'env-file-secret'
  | 'default-credential'
  | 'literal-credential'
  | 'kubernetes-secret-literal'
  | 'hardcoded-secret'
  | 'private-key'
  | 'credential-file'
  | 'token'
  | 'database-file'
  | 'log-file'
  | 'build-leftover'
  | 'editor-leftover';

export interface SecretFinding {
  kind: SecretKind;
  file: string;
  /** 1-based; 0 for a file judged from the listing alone (binary or unread: the whole file) */
  line: number;
  column?: number;
  key?: string;
  /** 'placeholder value', 'value of 24 characters that looks real', 'aws access key' ... never the value */
  description: string;
}
