// Office queries shared by the office and user screens.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { Office } from '../../api/types.js';

export function useOffice(id: string | undefined) {
  return useQuery({
    queryKey: ['office', id],
    queryFn: ({ signal }) => api.get<Office>(`/api/v1/offices/${id}`, undefined, signal),
    enabled: !!id,
  });
}
