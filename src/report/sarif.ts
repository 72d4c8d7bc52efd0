import type { ScoredReport } from '../score/types.js';

/** SARIF 2.1.0 for code scanning: one rule per checklist item, one result per located evidence. */
export function toSarif(report: ScoredReport, version: string): object {
  const failing = report.items.filter((i) => i.status === 'fail' || i.status === 'partial');
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
            rules: report.items.map((i) => ({
              id: i.id,
              name: i.id,
              shortDescription: { text: i.en },
              help: { text: i.remedy ?? i.en },
              properties: { tags: ['production-readiness', i.section], 'security-severity': i.risk === 'high' ? '8.0' : i.risk === 'medium' ? '5.0' : '2.0' },
            })),
          },
        },
        results: failing.flatMap((i) =>
          i.evidence
            .filter((e) => e.line > 0 && e.file !== '.')
            .map((e) => ({
              ruleId: i.id,
              level: i.status === 'fail' ? 'error' : 'warning',
              message: { text: `${e.message}${i.remedy ? ` — ${i.remedy}` : ''}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: e.file }, region: { startLine: e.line } } }],
            })),
        ),
      },
    ],
  };
}
