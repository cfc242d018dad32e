/** Where the shared stack's handle lives in the Jest parent process, between setup and teardown. */
export const SHARED_STACK_KEY = '__simpulE2eSharedStack';

export interface SharedStackHandle {
  stop(): Promise<void>;
}

/** What the workers are told about the shared stack (set by global-setup, read by useSharedStack). */
export const SHARED_STACK_ENV = {
  gatewayUrl: 'SIMPUL_E2E_GATEWAY_URL',
  registryUrl: 'SIMPUL_E2E_REGISTRY_URL',
  portalUrl: 'SIMPUL_E2E_PORTAL_URL',
  databaseUrl: 'SIMPUL_E2E_DATABASE_URL',
  /** The example agency plugin's remoteEntry.js as served on the run's own port, and its SHA-256 (hex). */
  pluginEntryUrl: 'SIMPUL_E2E_PLUGIN_ENTRY_URL',
  pluginSha256: 'SIMPUL_E2E_PLUGIN_SHA256',
} as const;
