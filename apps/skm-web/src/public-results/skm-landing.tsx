import { useSession } from '@simpul/web-kit';
import { SurveysPage } from '../surveys/surveys-page';
import { PublicUnitsPage } from './public-units-page';

/** The SKM menu's first page: a signed-out visitor gets the published results, not a sign-in dead end. */
export function SkmLanding() {
  const { user } = useSession();
  return user ? <SurveysPage /> : <PublicUnitsPage />;
}
