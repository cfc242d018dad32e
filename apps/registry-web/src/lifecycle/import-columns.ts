import { STANDARD_COMPONENTS } from '@simpul/contracts';
import type { Translate } from '@simpul/web-kit';

/** The registry takes service imports up to 5 MB (service-kit's ADVERTISED_UPLOADS); a larger file is refused before it is sent. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** The column titles of the Standar Pelayanan components, in the regulation's order, as the file must spell them. */
export const COMPONENT_COLUMNS = STANDARD_COMPONENTS.map((definition) => definition.column);

const COMPONENT_BY_COLUMN = new Map(STANDARD_COMPONENTS.map((definition) => [definition.column, definition.component]));
const OWN_COLUMNS = new Set(['name', 'description', 'published', 'file']);

/** What the report calls the column an error names: the component's name for its column, the file's own title otherwise. */
export function columnLabel(field: string, t: Translate): string {
  const component = COMPONENT_BY_COLUMN.get(field);
  if (component) return t(`component.${component}`);
  if (OWN_COLUMNS.has(field)) return t(`import.column.${field}`);
  return t('import.column.other', { column: field });
}
