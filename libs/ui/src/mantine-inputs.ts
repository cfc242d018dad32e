// `@simpul/ui/mantine-inputs`: the Mantine inputs only some forms and settings use. In the browser this
// request is a shared module of its own (tools/build/shared/mantine-inputs.mjs, the same names), so a
// page without them does not load them; here it is Mantine itself, for types and jsdom tests.
export { PasswordInput, Progress, Radio, SegmentedControl, Switch } from '@mantine/core';
