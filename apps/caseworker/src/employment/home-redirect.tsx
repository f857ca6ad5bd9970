import { hasAnyRole, READ_HOUSEHOLD_ROLES } from '@bangfu/domain';
import { Navigate } from 'react-router';
import { useCurrentUser } from '../auth/current-user';

/** The start page: household files for those who read them; job fairs for employment officers, who do not. */
export function HomeRedirect() {
  const me = useCurrentUser();
  const home = hasAnyRole(me.roles, READ_HOUSEHOLD_ROLES) ? '/households' : '/employment/fairs';
  return <Navigate to={home} replace />;
}
