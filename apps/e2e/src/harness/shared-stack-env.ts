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
} as const;
