import { ConfigError } from '../config/config-error';

/**
 * Caps on what an operation selects, beside depth and cost. The portal's own operations use at most
 * 2 root fields, no aliases and about 40 fields, so these leave room for plugins and reports while
 * refusing `a1: provinces … a1000: provinces`.
 */
export interface SelectionLimits {
  maxAliases: number;
  maxRootFields: number;
  maxFields: number;
}

export const DEFAULT_SELECTION_LIMITS: SelectionLimits = { maxAliases: 50, maxRootFields: 20, maxFields: 1000 };

const ENV_NAMES: Record<keyof SelectionLimits, string> = {
  maxAliases: 'MAX_QUERY_ALIASES',
  maxRootFields: 'MAX_QUERY_ROOT_FIELDS',
  maxFields: 'MAX_QUERY_FIELDS',
};

export function selectionLimitsFromEnv(env: NodeJS.ProcessEnv): SelectionLimits {
  const read = (key: keyof SelectionLimits): number => {
    const name = ENV_NAMES[key];
    const raw = env[name];
    if (raw === undefined || raw === '') return DEFAULT_SELECTION_LIMITS[key];
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a positive whole number, got "${raw}".`);
    return value;
  };
  return { maxAliases: read('maxAliases'), maxRootFields: read('maxRootFields'), maxFields: read('maxFields') };
}
