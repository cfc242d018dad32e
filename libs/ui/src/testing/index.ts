// `@simpul/ui/testing`: what every remote's jsdom tests need to mount it as the portal does.
export * from './render-remote';
export * from './expect-no-internal-codes';
export * from './expect-accessible';
export * from './typed-reply';
