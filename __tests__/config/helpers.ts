import { MemorySource } from '../../src/source/memory-source.js';
import { parseConfig } from '../../src/config/index.js';
import type { ReadinessConfig } from '../../src/config/index.js';

/** A small production compose project: an API without limits, a database, nothing else. */
export const COMPOSE = `services:
  api:
    image: example/api:1.0
    ports: ["8080:8080"]
  db:
    image: postgres:16.2
`;

export function repo(files: Record<string, string>): MemorySource {
  return new MemorySource(files, 'test-repo');
}

/** A configuration that must be valid; the test fails with its errors otherwise. */
export function config(text: string, paths?: string[]): ReadinessConfig {
  const r = parseConfig(text, '.github/readiness.yml', paths);
  if (!r.config) throw new Error(r.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  return r.config;
}

export const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
