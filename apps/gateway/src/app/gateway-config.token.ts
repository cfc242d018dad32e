/** Nest injection token for the GatewayConfig the app was started with. */
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
