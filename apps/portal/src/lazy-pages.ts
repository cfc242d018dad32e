import { lazy } from 'react';

// Each page of the portal's own is a chunk of its own, loaded when its route is opened: the signed-out
// home downloads none of them (issue #17). The home itself and the layout are in the first chunk.
export const SignInPage = lazy(() => import('./sign-in/sign-in-page').then((module) => ({ default: module.SignInPage })));
export const ForgotPasswordPage = lazy(() =>
  import('./password/forgot-password-page').then((module) => ({ default: module.ForgotPasswordPage })),
);
export const SetPasswordPage = lazy(() => import('./password/set-password-page').then((module) => ({ default: module.SetPasswordPage })));
export const NotificationsPage = lazy(() =>
  import('./notifications/notifications-page').then((module) => ({ default: module.NotificationsPage })),
);
export const NotificationSettingsPage = lazy(() =>
  import('./notifications/notification-settings-page').then((module) => ({ default: module.NotificationSettingsPage })),
);
export const VerificationPage = lazy(() =>
  import('./verification/verification-page').then((module) => ({ default: module.VerificationPage })),
);
export const OpenDataPage = lazy(() => import('./data/open-data-page').then((module) => ({ default: module.OpenDataPage })));
export const SearchPage = lazy(() => import('./search/search-page').then((module) => ({ default: module.SearchPage })));
