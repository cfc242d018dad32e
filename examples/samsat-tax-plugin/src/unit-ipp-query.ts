import type { PluginDocument } from '@simpul/plugin-sdk';

export interface UnitIppResult {
  year: number;
  cycleName: string;
  index: number;
  category: { code: string; label: string; labelEn: string };
  origin: 'OFFICIAL' | 'DEMO' | 'DERIVED';
}

export interface UnitIppData {
  serviceUnit: { id: string; name: string; ippResults: UnitIppResult[] } | null;
}

// `serviceUnit(id)` for the plugin's own unit is what the UNIT_INDICATORS_READ scope allows
// (apps/gateway/src/plugins/plugin-allowlist.ts); ippResults come oldest first.
export const UNIT_IPP: PluginDocument<UnitIppData, { id: string }> = {
  source:
    'query SamsatPluginUnitIpp($id: ID!) { serviceUnit(id: $id) { id name ippResults { year cycleName index category { code label labelEn } origin } } }',
};

export function latestIpp(data: UnitIppData): UnitIppResult | null {
  const results = data.serviceUnit?.ippResults ?? [];
  return results.length > 0 ? results[results.length - 1] : null;
}
