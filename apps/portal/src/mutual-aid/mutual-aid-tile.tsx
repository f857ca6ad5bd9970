import { AppLink, PORTAL_BASE } from '../routing/use-route';
import { useMaPortalT } from './ma-messages';

/** The signed-in home's way to 我的互助. */
export function MutualAidTile() {
  const t = useMaPortalT();
  return (
    <AppLink href={`${PORTAL_BASE}mutual-aid`} className="tile" data-testid="portal-tile-mutual-aid">
      {t('myMutualAid')}
    </AppLink>
  );
}
