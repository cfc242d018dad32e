/**
 * The registry's own search documents, built in SQL from its tables: units, services and agencies
 * that are not archived. A unit's document carries its agency, region and province names and kind,
 * so "samsat kalsel" finds SAMSAT Kalimantan Selatan; a service's carries its unit and the text of
 * its Standar Pelayanan (procedure, requirements), so "antrean daring" finds the services that say so.
 * `$1` is the time of the run (updated_at of written rows); `$2` a lower bound on the rows' own
 * updated_at (NULL: every row).
 */

const REGION_NAMES = `coalesce(r.name, '') || ' ' || coalesce(p.name, '')`;

const UNITS = `
  SELECT 'SERVICE_UNIT' AS kind, u.id::text AS source_id, u.name AS title,
    concat_ws(' · ', a.name, r.name) AS subtitle,
    concat_ws(' ', u.kind, u.service_group, a.name, ${REGION_NAMES}, u.address) AS body,
    '/registry/units/' || u.id AS url, u.region_code::text AS region_code
  FROM registry.service_units u
  JOIN registry.agencies a ON a.id = u.agency_id
  LEFT JOIN registry.regions r ON r.code = u.region_code
  LEFT JOIN registry.regions p ON p.code = r.province_code AND p.level = 'PROVINCE' AND p.code <> r.code
  WHERE u.archived_at IS NULL AND ($2::timestamptz IS NULL OR u.updated_at >= $2)`;

const SERVICES = `
  SELECT 'SERVICE' AS kind, s.id::text AS source_id, s.name AS title,
    concat_ws(' · ', u.name, r.name) AS subtitle,
    concat_ws(' ', s.description, u.name, u.kind, a.name, ${REGION_NAMES},
      (SELECT string_agg(value, ' ') FROM jsonb_each_text(s.standard) WHERE jsonb_typeof(s.standard) = 'object')) AS body,
    '/registry/services/' || s.id AS url, u.region_code::text AS region_code
  FROM registry.services s
  JOIN registry.service_units u ON u.id = s.service_unit_id AND u.archived_at IS NULL
  JOIN registry.agencies a ON a.id = u.agency_id
  LEFT JOIN registry.regions r ON r.code = u.region_code
  LEFT JOIN registry.regions p ON p.code = r.province_code AND p.level = 'PROVINCE' AND p.code <> r.code
  WHERE s.archived_at IS NULL AND ($2::timestamptz IS NULL OR s.updated_at >= $2 OR u.updated_at >= $2)`;

// Agencies have no updated_at: there are few of them, so each run reads them all.
const AGENCIES = `
  SELECT 'AGENCY' AS kind, a.id::text AS source_id, a.name AS title,
    r.name AS subtitle,
    concat_ws(' ', a.type, ${REGION_NAMES}) AS body,
    '/registry/agencies/' || a.id AS url, a.region_code::text AS region_code
  FROM registry.agencies a
  LEFT JOIN registry.regions r ON r.code = a.region_code
  LEFT JOIN registry.regions p ON p.code = r.province_code AND p.level = 'PROVINCE' AND p.code <> r.code
  WHERE a.archived_at IS NULL`;

/** Writes the documents of the rows changed since $2 (all when NULL); unchanged documents are not rewritten. */
export const UPSERT_REGISTRY_DOCUMENTS = `
  INSERT INTO registry.search_documents AS d (kind, source_id, source, title, subtitle, body, url, region_code, updated_at)
  SELECT kind, source_id, 'registry', title, nullif(subtitle, ''), coalesce(body, ''), url, region_code, $1
  FROM (${UNITS} UNION ALL ${SERVICES} UNION ALL ${AGENCIES}) AS live
  ON CONFLICT (kind, source_id) DO UPDATE SET
    title = excluded.title, subtitle = excluded.subtitle, body = excluded.body, url = excluded.url,
    region_code = excluded.region_code, updated_at = excluded.updated_at
  WHERE (d.title, d.subtitle, d.body, d.url, d.region_code) IS DISTINCT FROM
    (excluded.title, excluded.subtitle, excluded.body, excluded.url, excluded.region_code)`;

/**
 * Removes the documents of archived (or deleted) units, services and agencies. The registry's
 * source ids are its uuids: compared as uuid, each check is a primary-key lookup (as text, each was a
 * scan, quadratic over 50,000 units).
 */
export const DELETE_GONE_REGISTRY_DOCUMENTS = `
  DELETE FROM registry.search_documents d
  WHERE d.source = 'registry' AND CASE d.kind
    WHEN 'SERVICE_UNIT' THEN NOT EXISTS (SELECT 1 FROM registry.service_units u WHERE u.id = d.source_id::uuid AND u.archived_at IS NULL)
    WHEN 'SERVICE' THEN NOT EXISTS (
      SELECT 1 FROM registry.services s JOIN registry.service_units u ON u.id = s.service_unit_id
      WHERE s.id = d.source_id::uuid AND s.archived_at IS NULL AND u.archived_at IS NULL)
    WHEN 'AGENCY' THEN NOT EXISTS (SELECT 1 FROM registry.agencies a WHERE a.id = d.source_id::uuid AND a.archived_at IS NULL)
    ELSE true
  END`;

/**
 * Writes a page of a service's feed (`$1` a JSON array of SearchDocument, `$2` the source, `$3` the
 * run's time). The registry adds what it knows: the agency's name and the region's and province's
 * names go into the body (and the subtitle when the feed gives none), so "kalsel" finds an
 * innovation of a Kalimantan Selatan agency although KIPP never wrote the province's name.
 */
export const UPSERT_FEED_DOCUMENTS = `
  INSERT INTO registry.search_documents AS d (kind, source_id, source, title, subtitle, body, url, region_code, updated_at)
  SELECT f.kind, f."sourceId", $2, f.title,
    coalesce(nullif(f.subtitle, ''), nullif(concat_ws(' · ', a.name, r.name), '')),
    concat_ws(' ', f.body, a.name, ${REGION_NAMES}),
    f.url, f."regionCode", $3
  FROM jsonb_to_recordset($1::jsonb) AS f(kind text, "sourceId" text, title text, subtitle text, body text, url text, "regionCode" text, "agencyId" text)
  LEFT JOIN registry.agencies a ON a.id::text = f."agencyId"
  LEFT JOIN registry.regions r ON r.code = coalesce(f."regionCode", a.region_code)
  LEFT JOIN registry.regions p ON p.code = r.province_code AND p.level = 'PROVINCE' AND p.code <> r.code
  ON CONFLICT (kind, source_id) DO UPDATE SET
    source = excluded.source, title = excluded.title, subtitle = excluded.subtitle, body = excluded.body, url = excluded.url,
    region_code = excluded.region_code, updated_at = excluded.updated_at
  WHERE (d.source, d.title, d.subtitle, d.body, d.url, d.region_code) IS DISTINCT FROM
    (excluded.source, excluded.title, excluded.subtitle, excluded.body, excluded.url, excluded.region_code)`;

/** After a full read of a source: its documents that were not in the feed any more (`$2` kinds, `$3` ids) go. */
export const DELETE_GONE_FEED_DOCUMENTS = `
  DELETE FROM registry.search_documents d
  WHERE d.source = $1 AND NOT EXISTS (
    SELECT 1 FROM unnest($2::text[], $3::text[]) AS seen(kind, source_id) WHERE seen.kind = d.kind AND seen.source_id = d.source_id
  )`;
