// The page's one copy of Mantine, shared by the portal, every remote and agency plugin: only the
// components Simpul uses, so the shared module is tree-shaken to them (a shared module is loaded whole,
// and all of @mantine/core is 170 kB gzipped). One copy, because a Mantine component reads the theme
// from the MantineProvider of its own copy. A component not listed here is undefined at run time:
// add it here (shared-modules.spec.ts fails until you do). What only some pages use is shared apart:
// ./mantine-more.mjs and ./mantine-inputs.mjs.
// '@simpul-build/mantine-core' is an alias for the package's ES build (rspack-web.mjs): not the
// request '@mantine/core', which would consume this very module.
export {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Checkbox,
  Container,
  createTheme,
  Divider,
  Fieldset,
  Grid,
  Group,
  Input,
  InputWrapper,
  List,
  Loader,
  MantineProvider,
  NativeSelect,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@simpul-build/mantine-core';
