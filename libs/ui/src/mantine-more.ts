// `@simpul/ui/mantine-more`: the Mantine components only some remote pages use. In the browser this
// request is a shared module of its own (tools/build/shared/mantine-more.mjs, the same names), so the
// first screen of every page does not carry them; here it is Mantine itself, for types and jsdom tests.
export { Card, Code, CopyButton, FileInput, Modal, Tabs } from '@mantine/core';
