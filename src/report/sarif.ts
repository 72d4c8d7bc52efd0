import type { ScoredReport } from '../score/types.js';

/** One scanned app: its report and its folder in the repository ('' for the root). */
export interface SarifPart {
  report: ScoredReport;
  prefix: string;
}

/**
 * SARIF 2.1.0 for code scanning: one rule per checklist item, one result per located evidence.
 * Several apps go into one run (code scanning takes one run per tool and category), their paths
 * made relative to the repository root. Waived items are left out: they are excused on purpose.
 */
export function toSarif(parts: ScoredReport | readonly SarifPart[], version: string): object {
  const all: readonly SarifPart[] = Array.isArray(parts) ? parts : [{ report: parts as ScoredReport, prefix: '' }];
  const rules = new Map(all.flatMap((p) => p.report.items.map((i) => [i.id, i] as const)));
  const failing = all.flatMap((p) => p.report.items.filter((i) => !i.waived && (i.status === 'fail' || i.status === 'partial')).map((i) => ({ i, prefix: p.prefix ? `${p.prefix}/` : '' })));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Readiness Gate',
            version,
            informationUri: 'https://github.com/marketplace/actions/readiness-gate',
            rules: [...rules.values()].map((i) => ({
              id: i.id,
              name: i.id,
              shortDescription: { text: i.en },
              help: { text: i.remedy ?? i.en },
              properties: { tags: ['production-readiness', i.section], 'security-severity': i.risk === 'high' ? '8.0' : i.risk === 'medium' ? '5.0' : '2.0' },
            })),
          },
        },
        results: failing.flatMap(({ i, prefix }) =>
          i.evidence
            .filter((e) => e.line > 0 && e.file !== '.')
            .map((e) => ({
              ruleId: i.id,
              level: i.status === 'fail' ? 'error' : 'warning',
              message: { text: `${e.message}${i.remedy ? ` — ${i.remedy}` : ''}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: prefix + e.file }, region: { startLine: e.line } } }],
            })),
        ),
      },
    ],
  };
}
