import { isPluginPage, type PluginPage, type PluginScope } from '@simpul/contracts';

export type { PluginPage, PluginScope };

/** The portal speaks Bahasa Indonesia by default and English on request; a plugin follows it. */
export type PluginLanguage = 'id' | 'en';

/**
 * A GraphQL operation with its result and variable types. Structurally the same as web-kit's
 * `TypedDocument` (what `gql\`…\`` returns), so either a typed document or a plain query string works.
 */
export interface PluginDocument<TData, TVariables> {
  readonly source: string;
  /** Never set: only carries the types. */
  readonly __types?: { data: TData; variables: TVariables };
}

/**
 * What the portal gives a plugin. Everything is about one unit: the plugin is shown for that unit and
 * its GraphQL calls are limited to it.
 */
export interface PluginContext {
  /** Where the plugin is shown: a desk's home, a unit's page, or an MPP desk. */
  readonly page: PluginPage;
  /** The unit (unit layanan) the page is about; the plugin token is bound to it. */
  readonly serviceUnitId: string;
  /** The unit's agency (instansi), the owner of the plugin. */
  readonly agencyId: string;
  /** The MPP desk, on MALL_DESK pages; null elsewhere. */
  readonly deskId: string | null;
  /** The mall (Mal Pelayanan Publik), on MALL_DESK pages; null elsewhere. */
  readonly mallId: string | null;
  /** The language the person chose in the portal ('id' by default). */
  readonly language: PluginLanguage;
  /**
   * Sends a query to Simpul's GraphQL gateway as the signed-in person, carrying the plugin token
   * (`x-simpul-plugin-token`). The gateway allows only queries (no mutations), only the root fields
   * of the plugin's approved scopes, and only this unit (and mall): anything else is refused with
   * FORBIDDEN. It resolves to `data` and rejects with an Error whose message is in `language`.
   */
  graphql<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
    query: string | PluginDocument<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData>;
}

export function isPluginLanguage(value: unknown): value is PluginLanguage {
  return value === 'id' || value === 'en';
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isIdOrNull = (value: unknown): value is string | null => value === null || isId(value);

/**
 * True when `value` has every field of a PluginContext with the right kind of value. The portal builds
 * the context; a plugin (or its tests) may use this to fail early and clearly on a wrong one.
 */
export function isPluginContext(value: unknown): value is PluginContext {
  if (typeof value !== 'object' || value === null) return false;
  const context = value as Record<string, unknown>;
  return (
    isPluginPage(context['page']) &&
    isId(context['serviceUnitId']) &&
    isId(context['agencyId']) &&
    isIdOrNull(context['deskId']) &&
    isIdOrNull(context['mallId']) &&
    isPluginLanguage(context['language']) &&
    typeof context['graphql'] === 'function'
  );
}
