import type { ReadableDb, WritableDb } from '../../../../db/handles';
import { TrellisError } from '../../../common/errors';
import type { ImportKind, ImportTemplate } from '../contract';
import type { BatchKind } from '../targets';

/** Mappings remembered per layout fingerprint, so next year's file maps itself. */
export async function rememberedMapping(db: ReadableDb, kind: BatchKind, fingerprint: string) {
  const row = await db
    .selectFrom('import_mappings')
    .selectAll()
    .where('kind', '=', kind)
    .where('fingerprint', '=', fingerprint)
    .executeTakeFirst();
  if (!row) return null;
  return {
    mapping: JSON.parse(row.mapping) as Record<string, string>,
    valueMaps: JSON.parse(row.value_maps) as Record<string, Record<string, string>>,
  };
}

export async function rememberMapping(
  db: WritableDb,
  kind: BatchKind,
  fingerprint: string,
  mapping: Record<string, string>,
  valueMaps: Record<string, Record<string, string>>,
  stamp: string,
): Promise<void> {
  await db
    .insertInto('import_mappings')
    .values({
      kind,
      fingerprint,
      mapping: JSON.stringify(mapping),
      value_maps: JSON.stringify(valueMaps),
      used_at: stamp,
    })
    .onConflict((oc) =>
      oc
        .columns(['kind', 'fingerprint'])
        .doUpdateSet({ mapping: JSON.stringify(mapping), value_maps: JSON.stringify(valueMaps), used_at: stamp }),
    )
    .execute();
}

function toTemplate(row: {
  id: number;
  kind: string;
  name: string;
  mapping: string;
  value_maps: string;
  codebook: string;
  updated_at: string;
}): ImportTemplate {
  return {
    id: row.id,
    kind: row.kind as ImportKind,
    name: row.name,
    mapping: JSON.parse(row.mapping) as Record<string, string>,
    valueMaps: JSON.parse(row.value_maps) as Record<string, Record<string, string>>,
    codebook: JSON.parse(row.codebook) as Record<string, Record<string, string>>,
    updatedAt: row.updated_at,
  };
}

export async function listTemplates(db: ReadableDb, kind?: ImportKind): Promise<ImportTemplate[]> {
  const rows = await db
    .selectFrom('import_templates')
    .selectAll()
    .$if(kind !== undefined, (q) => q.where('kind', '=', kind!))
    .orderBy('name')
    .execute();
  return rows.map(toTemplate);
}

export async function getTemplate(db: ReadableDb, id: number): Promise<ImportTemplate> {
  const row = await db.selectFrom('import_templates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That mapping template no longer exists.');
  return toTemplate(row);
}

/** Saves a named template; a template of the same kind and name is replaced. */
export async function saveTemplate(
  db: WritableDb,
  template: Omit<ImportTemplate, 'id' | 'updatedAt'>,
  stamp: string,
): Promise<ImportTemplate> {
  const values = {
    mapping: JSON.stringify(template.mapping),
    value_maps: JSON.stringify(template.valueMaps),
    codebook: JSON.stringify(template.codebook),
    updated_at: stamp,
  };
  await db
    .insertInto('import_templates')
    .values({ kind: template.kind, name: template.name, created_at: stamp, ...values })
    .onConflict((oc) => oc.columns(['kind', 'name']).doUpdateSet(values))
    .execute();
  const row = await db
    .selectFrom('import_templates')
    .selectAll()
    .where('kind', '=', template.kind)
    .where('name', '=', template.name)
    .executeTakeFirstOrThrow();
  return toTemplate(row);
}
