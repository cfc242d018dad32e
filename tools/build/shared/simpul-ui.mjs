// @simpul/ui as the portal shares it with agency plugins: the components the portal uses, plus those
// the plugin SDK offers (libs/plugin-sdk/README.md), so a plugin's GradeBadge, ErrorPanel and
// LoadingState are the portal's. First-party remotes do not share @simpul/ui (it has no state): each
// bundles the components it uses. A name not listed here is undefined in a plugin or the portal:
// add it (shared-modules.spec.ts fails until you do). '@simpul-build/ui' is an alias (rspack-web.mjs).
export {
  CategoryBadge,
  DataTable,
  DocumentDate,
  EmptyState,
  ErrorPanel,
  ErrorSummary,
  GradeBadge,
  LoadingState,
  OriginBadge,
  OriginWithSource,
  PageHeader,
  QueryView,
  SignInNeeded,
  TextField,
  UiProvider,
  useMorePages,
  useRoleLabel,
} from '@simpul-build/ui';
