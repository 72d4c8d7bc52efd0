import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordFileName, type ScanRecord } from '../report/scan-record.js';

/** Where a run writes its records: the runner's temporary folder, which the organisation workflow uploads. */
export function recordsDir(workspace: string): string {
  return join(process.env.RUNNER_TEMP || workspace, 'readiness-records');
}

export function writeRecord(dir: string, r: ScanRecord): string {
  mkdirSync(dir, { recursive: true });
  const p = join(dir, recordFileName(r));
  writeFileSync(p, `${JSON.stringify(r, null, 2)}\n`);
  return p;
}

export interface ReadRecords {
  records: ScanRecord[];
  /** files that are not records: named, never fatal */
  problems: string[];
}

/** Every `*.json` record under a folder (artifact downloads nest one folder per artifact). */
export function readRecords(dir: string): ReadRecords {
  const records: ScanRecord[] = [];
  const problems: string[] = [];
  const walk = (d: string, depth: number) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory() && depth < 3) walk(p, depth + 1);
      else if (st.isFile() && name.endsWith('.json')) {
        try {
          const r = JSON.parse(readFileSync(p, 'utf8')) as ScanRecord;
          if (r?.version !== 1 || typeof r.repository !== 'string') problems.push(`${p}: not a Readiness Gate scan record`);
          else records.push(r);
        } catch (err) {
          problems.push(`${p}: ${(err as Error).message}`);
        }
      }
    }
  };
  walk(dir, 0);
  return { records, problems };
}
