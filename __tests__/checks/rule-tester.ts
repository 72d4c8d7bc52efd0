/**
 * ESLint's RuleTester, for checks: each case is a small in-memory repository and the status the
 * check must give it, with evidence that must point at a file (and line) of that repository.
 */
import { MemorySource } from '../../src/source/memory-source.js';
import { buildInventory } from '../../src/engine/inventory.js';
import { buildView } from '../../src/checks/view.js';
import { CHECKS } from '../../src/checks/registry.js';
import type { Status } from '../../src/checks/types.js';

export interface Case {
  name: string;
  files: Record<string, string>;
  status: Status;
  /** `file:line` (or `file`) that must appear in the evidence */
  evidence?: string;
}

/** Set while collectCases loads the test files: cases are gathered instead of declared as tests. */
let collecting: Map<string, Case[]> | undefined;

/**
 * The case tables of the given test files by check id, so other tests (the Korean wording) can
 * run every check over the same repositories without declaring those files' tests again.
 */
export async function collectCases(load: () => Promise<unknown>): Promise<Map<string, Case[]>> {
  const cases = new Map<string, Case[]>();
  collecting = cases;
  try {
    await load();
  } finally {
    collecting = undefined;
  }
  return cases;
}

export function ruleTester(id: string, cases: Case[]): void {
  if (collecting) {
    collecting.set(id, [...(collecting.get(id) ?? []), ...cases]);
    return;
  }
  describe(id, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
      const check = CHECKS.get(id);
      expect(check).toBeDefined();
      const inv = await buildInventory(new MemorySource(c.files));
      const j = check!.judge(buildView(inv));
      expect({ status: j.status, summary: j.summary }).toEqual({ status: c.status, summary: expect.any(String) });
      if (j.status !== 'not-applicable') expect(j.evidence.length).toBeGreaterThan(0);
      if (j.status !== 'pass' && j.status !== 'not-applicable') expect(j.remedy).toBeTruthy();
      if (c.evidence) expect(j.evidence.map((e) => (e.line ? `${e.file}:${e.line}` : e.file))).toContain(c.evidence);
    });
  });
}

/** Small repositories the cases are built from. */
export const compose = (services: string, extra: Record<string, string> = {}) => ({ 'docker-compose.yml': `services:\n${services}`, ...extra });
