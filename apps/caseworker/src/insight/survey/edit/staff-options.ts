import { useApi } from '@bangfu/client';
import { hasAnyRole, type Role, SURVEY_CAPTURE_ROLES } from '@bangfu/domain';
import { useQuery } from '@tanstack/react-query';

/** Staff in the user's scope who may capture responses, as select options. */
export function useSurveyStaffOptions() {
  const api = useApi();
  const staff = useQuery({ queryKey: ['orgs', 'staff', 'survey'], queryFn: () => api.orgs.staff.query({}) });
  const options = (staff.data ?? [])
    .filter((s) => hasAnyRole(s.roles as Role[], SURVEY_CAPTURE_ROLES))
    .map((s) => ({ value: s.id, label: `${s.displayName}(${s.orgName})` }));
  return { options, loading: staff.isPending };
}
