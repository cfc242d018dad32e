// The page's one router: the portal's data router and every remote's nested <Routes> must read the
// same contexts. Only what Simpul uses, from react-router's production build (its package exports
// point every bundler at the development build, with its warnings): 60 kB gzipped as a whole.
// A name not listed here is undefined at run time: add it here (shared-modules.spec.ts fails until
// you do). '@simpul-build/react-router' is an alias (rspack-web.mjs), not the shared request.
export {
  createBrowserRouter,
  Link,
  Navigate,
  Route,
  RouterProvider,
  Routes,
  UNSAFE_DataRouterContext,
  useBlocker,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
} from '@simpul-build/react-router';
