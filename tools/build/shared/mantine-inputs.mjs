// The Mantine inputs only some forms and settings use (radios, a segmented control, a switch, a
// progress bar, the password field: 7 kB gzipped together), shared apart from ./mantine-core.mjs so
// a remote's page showing none of them does not load them. Provided by the portal from the same
// Mantine modules as mantine-core.mjs (one MantineProvider). Source imports them from
// '@simpul/ui/mantine-inputs' (libs/ui/src/mantine-inputs.ts, for types and jsdom tests); libs/ui
// itself imports none of them (its own alias would be a self-import).
export { PasswordInput, Progress, Radio, SegmentedControl, Switch } from '@simpul-build/mantine-core';
