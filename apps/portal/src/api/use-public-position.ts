import { useApi } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';

export function usePublicPosition(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['kiosk', 'position', id],
    queryFn: () => api.kiosk.position.query({ positionId: id }),
    staleTime: 60_000,
  });
}
