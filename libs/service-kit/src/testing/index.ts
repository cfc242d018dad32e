export * from './free-port';
export * from './test-env';
export * from './test-database';
export * from './test-app';
export * from './smtp-test-server';
export * from './fake-registry';
export * from './sdl-subset';
export * from './committed-sdl';
