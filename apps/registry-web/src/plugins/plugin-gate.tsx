import { PageHeader, type Crumb, SignInNeeded } from '@simpul/ui';
import { useSession, useT } from '@simpul/web-kit';
import type { ReactNode } from 'react';
import { NotAllowed } from '../admin/not-allowed';
import { REGISTRY } from '../messages';
import { mayOpenPlugins } from './plugin-access';

/** The plugin pages for a desk or a national admin; a signed-out visitor is asked to sign in, anyone else told why not. */
export function PluginGate({
  title,
  breadcrumbs,
  signInMessage,
  children,
}: {
  title: string;
  breadcrumbs: Crumb[];
  signInMessage: string;
  children: ReactNode;
}) {
  const t = useT(REGISTRY);
  const { user } = useSession();
  if (!user) {
    return (
      <>
        <PageHeader title={title} breadcrumbs={breadcrumbs} />
        <SignInNeeded message={signInMessage} />
      </>
    );
  }
  if (!mayOpenPlugins(user)) return <NotAllowed title={title} breadcrumbs={breadcrumbs} reason={t('plugins.notAllowed')} />;
  return <>{children}</>;
}
