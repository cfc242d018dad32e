// The page's one router: the portal's component router and every remote's nested <Routes> must read
// the same contexts. Only what Simpul uses, from react-router's production build (its package exports
// point every bundler at the development build, with its warnings): 60 kB gzipped as a whole. No data
// router (createBrowserRouter, RouterProvider, useBlocker: most of the package): a page holds
// navigation with @simpul/web-kit's useNavigationBlocker over the portal's own history.
// A name not listed here is undefined at run time: add it here (shared-modules.spec.ts fails until
// you do). '@simpul-build/react-router' is an alias (rspack-web.mjs), not the shared request.
export {
  Link,
  Navigate,
  Route,
  Routes,
  UNSAFE_createBrowserHistory,
  unstable_HistoryRouter,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
} from '@simpul-build/react-router';
