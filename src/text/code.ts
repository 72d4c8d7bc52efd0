/** Text captured from ScanContext.code (UTF-8 bytes as one-byte characters) as the text it stands for. */
export function fromCode(captured: string): string {
  return /[\x80-\xff]/.test(captured) ? Buffer.from(captured, 'latin1').toString('utf8') : captured;
}
