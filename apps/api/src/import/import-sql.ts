import type { ListingKind } from '@spillover/domain';

/** A column a bulk import writes: its SQL type in jsonb_to_recordset and its value when absent. */
interface ImportedColumn {
  column: string;
  type: string;
  field: string;
  /** NOT NULL columns with a default: an absent value becomes this SQL expression. */
  absent?: string;
}

const shared: ImportedColumn[] = [
  { column: 'title', type: 'text', field: 'title' },
  { column: 'technology_areas', type: 'text[]', field: 'technologyAreas', absent: `'{}'` },
  { column: 'sectors', type: 'text[]', field: 'sectors', absent: `'{}'` },
  { column: 'visibility', type: 'text', field: 'visibility', absent: `'PUBLIC'` },
];

const COLUMNS: Record<
  ListingKind,
  { table: string; published: string; columns: ImportedColumn[] }
> = {
  CAPABILITY: {
    table: 'capability',
    published: 'PUBLISHED',
    columns: [
      ...shared,
      { column: 'kind', type: 'text', field: 'kind' },
      { column: 'description', type: 'text', field: 'description', absent: `''` },
      { column: 'trl', type: 'smallint', field: 'trl' },
      { column: 'contact_name', type: 'text', field: 'contactName' },
      { column: 'contact_email', type: 'text', field: 'contactEmail' },
      { column: 'availability', type: 'text', field: 'availability' },
      { column: 'model', type: 'text', field: 'model' },
      { column: 'location', type: 'text', field: 'location' },
      { column: 'booking_terms', type: 'text', field: 'bookingTerms' },
      { column: 'patent_number', type: 'text', field: 'patentNumber' },
      { column: 'licensing_status', type: 'text', field: 'licensingStatus' },
    ],
  },
  NEED: {
    table: 'technology_need',
    published: 'OPEN',
    columns: [
      ...shared,
      { column: 'public_summary', type: 'text', field: 'publicSummary', absent: `''` },
      { column: 'confidential_details', type: 'text', field: 'confidentialDetails', absent: `''` },
      { column: 'desired_outcome', type: 'text', field: 'desiredOutcome', absent: `''` },
      { column: 'current_trl', type: 'smallint', field: 'currentTrl' },
      { column: 'target_trl', type: 'smallint', field: 'targetTrl' },
      { column: 'budget_min', type: 'bigint', field: 'budgetMin' },
      { column: 'budget_max', type: 'bigint', field: 'budgetMax' },
      { column: 'currency', type: 'text', field: 'currency' },
      { column: 'response_deadline', type: 'timestamptz', field: 'responseDeadline' },
      {
        column: 'collaboration_types',
        type: 'text[]',
        field: 'collaborationTypes',
        absent: `'{}'`,
      },
      {
        column: 'international_partners_welcome',
        type: 'boolean',
        field: 'internationalPartnersWelcome',
        absent: 'false',
      },
    ],
  },
};

export const importTable = (kind: ListingKind): string => COLUMNS[kind].table;
export const publishedStatus = (kind: ListingKind): string => COLUMNS[kind].published;

/** One row as the recordset reads it: snake_case keys, the listing's columns plus its keys. */
export function recordOf(
  kind: ListingKind,
  values: Record<string, unknown>,
  keys: { organizationId: string; externalReference: string | null },
): Record<string, unknown> {
  const record: Record<string, unknown> = {
    organization_id: keys.organizationId,
    external_reference: keys.externalReference,
  };
  for (const { column, field } of COLUMNS[kind].columns) {
    const value = values[field];
    record[column] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return record;
}

/**
 * One statement for every row: insert, or update the organization's listing with the same
 * external reference (ON CONFLICT on its partial unique index). A listing already out of
 * draft keeps its status (its row was checked against the publishing rules); a draft becomes
 * published when the import publishes. `xmax = 0` tells an inserted row from an updated one.
 * Statement-level triggers keep search documents and match refresh requests in step.
 */
export function upsertSql(kind: ListingKind): string {
  const { table, published, columns } = COLUMNS[kind];
  const value = (c: ImportedColumn) =>
    c.absent ? `COALESCE(r.${c.column}, ${c.absent})` : `r.${c.column}`;
  const definitions = [
    'organization_id uuid',
    'external_reference text',
    ...columns.map((c) => `${c.column} ${c.type}`),
  ].join(', ');
  const names = columns.map((c) => c.column);
  return `INSERT INTO ${table} AS t (organization_id, external_reference, created_by_id, status, published_at, ${names.join(', ')})
    SELECT r.organization_id, r.external_reference, $2::uuid, $3::text,
           CASE WHEN $3::text = '${published}' THEN now() END, ${columns.map(value).join(', ')}
      FROM jsonb_to_recordset($1::jsonb) AS r(${definitions})
    ON CONFLICT (organization_id, external_reference) WHERE external_reference IS NOT NULL DO UPDATE SET
      ${names.map((name) => `${name} = EXCLUDED.${name}`).join(', ')},
      status = CASE WHEN t.status = 'DRAFT' THEN EXCLUDED.status ELSE t.status END,
      published_at = CASE WHEN t.status = 'DRAFT' THEN EXCLUDED.published_at ELSE t.published_at END,
      updated_at = now()
    RETURNING t.id, (xmax = 0) AS inserted`;
}
