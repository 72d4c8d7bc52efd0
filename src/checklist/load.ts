import builtinText from '../../checklists/insitechart.yml';
import kubernetesServiceText from '../../checklists/kubernetes-service.yml';
import schema from '../../schemas/checklist.schema.json' with { type: 'json' };
import { parseYaml, yamlPosition } from '../yaml/load.js';
import type { Risk } from '../checks/types.js';
import type { Checklist, ChecklistItem, ConfigError, Stage, StageId } from './types.js';
import { validateWithSchema } from './validate.js';

/** Built-in checklists, the presets `extends` can name in .github/readiness.yml. */
export const BUILTIN_CHECKLISTS: Record<string, { text: string; file: string }> = {
  insitechart: { text: builtinText, file: 'checklists/insitechart.yml' },
  'kubernetes-service': { text: kubernetesServiceText, file: 'checklists/kubernetes-service.yml' },
};

export const DEFAULT_WEIGHT: Record<Risk, number> = { high: 3, medium: 2, low: 1 };

export type LoadResult = { checklist: Checklist; errors: [] } | { checklist?: undefined; errors: ConfigError[] };

/**
 * Parses and validates a checklist; errors name the file, line, column and field. `schema: false`
 * is for the built-in checklists: a test holds them to the schema, and compiling it costs a run
 * some 40 ms.
 */
export function loadChecklist(text: string, file: string, options: { schema?: boolean } = {}): LoadResult {
  const parsed = parseYaml(text, file);
  if (parsed.errors.length) return { errors: parsed.errors.map((e) => ({ file, line: e.line, column: e.column, field: '', message: `invalid YAML: ${e.message}` })) };
  const doc = parsed.documents[0]?.value as Record<string, unknown> | undefined;
  const errors = options.schema === false ? [] : validateWithSchema(schema, doc, file);
  if (errors.length) return { errors };
  const raw = doc as unknown as RawChecklist;
  const items = new Map<string, ChecklistItem>();
  const semantic: ConfigError[] = [];
  const groups = raw.groups ?? {};
  raw.sections.forEach((s, si) =>
    s.items.forEach((it, ii) => {
      const at = yamlPosition(s.items[ii], 'id') ?? { line: 1, column: 1 };
      if (items.has(it.id)) semantic.push({ file, ...at, field: `/sections/${si}/items/${ii}/id`, message: `duplicate item id "${it.id}"` });
      for (const g of it.groups ?? []) if (!(g in groups)) semantic.push({ file, ...at, field: `/sections/${si}/items/${ii}/groups`, message: `unknown group "${g}"` });
      items.set(it.id, { ...it, weight: it.weight ?? DEFAULT_WEIGHT[it.risk], stage: it.stage ?? 'long-term', groups: it.groups ?? [], attest: it.attest ?? false, match: it.match ?? [it.ko], section: s.id });
    }),
  );
  const sectionIds = new Set(raw.sections.map((s) => s.id));
  raw.stages.forEach((st, i) =>
    st.bars.forEach((b, j) => {
      if (b.scope !== 'overall' && !(b.scope in groups) && !sectionIds.has(b.scope)) {
        const at = yamlPosition(st.bars[j], 'scope') ?? { line: 1, column: 1 };
        semantic.push({ file, ...at, field: `/stages/${i}/bars/${j}/scope`, message: `bar scope "${b.scope}" is neither overall, a group nor a section` });
      }
    }),
  );
  if (semantic.length) return { errors: semantic };
  return {
    checklist: {
      id: raw.id,
      stages: raw.stages,
      groups,
      sections: raw.sections.map((s) => ({ id: s.id, ko: s.ko, en: s.en, ref: s.ref, items: s.items.map((it) => items.get(it.id)!) })),
      items,
    },
    errors: [],
  };
}

const builtins = new Map<string, Checklist>();

/** A built-in checklist, parsed once; callers that change it copy it first (src/checklist/edit.ts). */
export function loadBuiltinChecklist(name = 'insitechart'): Checklist {
  const cached = builtins.get(name);
  if (cached) return cached;
  const src = BUILTIN_CHECKLISTS[name];
  if (!src) throw new Error(`no built-in checklist "${name}"`);
  const r = loadChecklist(src.text, src.file, { schema: false });
  if (!r.checklist) throw new Error(`built-in checklist is invalid: ${r.errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('; ')}`);
  builtins.set(name, r.checklist);
  return r.checklist;
}

interface RawChecklist {
  id: string;
  stages: Stage[];
  groups?: Record<string, { ko: string; en: string }>;
  sections: { id: string; ko: string; en: string; ref?: string; items: (Omit<ChecklistItem, 'weight' | 'stage' | 'groups' | 'attest' | 'match' | 'section'> & { weight?: number; stage?: StageId; groups?: string[]; attest?: boolean; match?: string[] })[] }[];
}
