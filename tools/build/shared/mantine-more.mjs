// The Mantine components only some remote pages use (a dialog, tabs, a file input…), shared apart
// from ./mantine-core.mjs so the first screen of every page does not carry them (15 kB gzipped). The
// portal provides this module too, from the same Mantine modules as mantine-core.mjs, so these
// components read the theme of the one MantineProvider. Source imports them from
// '@simpul/ui/mantine-more' (libs/ui/src/mantine-more.ts: the same names, for types and jsdom tests).
// A name missing here is undefined at run time (shared-modules.spec.ts fails until you add it).
export { Card, Code, CopyButton, FileInput, Modal, Tabs } from '@simpul-build/mantine-core';
