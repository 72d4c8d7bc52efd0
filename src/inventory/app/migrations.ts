import type { FileEntry } from '../../source/types.js';

export interface MigrationSet {
  tool: string;
  /** where the migrations live */
  dir: string;
  versions: number;
}

/** Migration tools recognised by where their files live; read from the listing only. */
export function findMigrations(files: readonly FileEntry[]): MigrationSet[] {
  const found = new Map<string, MigrationSet>();
  const add = (tool: string, dir: string) => {
    const k = `${tool}:${dir}`;
    const e = found.get(k) ?? { tool, dir, versions: 0 };
    e.versions++;
    found.set(k, e);
  };
  for (const f of files) {
    const d = f.dir;
    if (f.ext === '.py' && f.name !== '__init__.py' && d.endsWith('versions') && /(^|\/)(alembic|migrations)\/versions$/.test(d)) add('alembic', d);
    else if (f.ext === '.py' && d.endsWith('migrations') && /^\d{4}_\w+\.py$/.test(f.name)) add('django', d);
    else if (f.name === 'migration.sql' && d.includes('prisma/migrations/')) add('prisma', d.slice(0, d.lastIndexOf('/')));
    else if (f.ext === '.sql' && /^[VU]\d+(_\d+)*__.+\.sql$/.test(f.name)) add('flyway', d);
    else if (d.endsWith('db/migrate') && f.ext === '.rb') add('rails', d);
    else if (d.endsWith('migrations') && /^\d{8,}[-_].+\.(js|ts|sql)$/.test(f.name)) add('knex/typeorm/sql', d);
    else if (f.name === 'changelog.xml' || f.name.startsWith('db.changelog')) add('liquibase', d);
  }
  return [...found.values()];
}
