// The aliases the shared facades import (resolve.alias in ../rspack-web.mjs): Mantine and the router
// typed as the packages themselves, so a listed name the package does not export fails the typecheck.
declare module '@simpul-build/mantine-core' {
  export * from '@mantine/core';
}
declare module '@simpul-build/react-router' {
  export * from 'react-router';
}
// @simpul/ui's types need the DOM, which the tools' typecheck has not: its names are checked against
// what the portal imports by ../shared-modules.spec.ts, and against the library by the build.
declare module '@simpul-build/ui';
