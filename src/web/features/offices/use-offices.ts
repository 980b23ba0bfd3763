// Office queries shared by the office and user screens.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { Items, Office } from '../../api/types.js';

/** Every office in the user's jurisdiction (up to the API's page limit), for selects. */
export function useAllOffices(enabled = true) {
  return useQuery({
    queryKey: ['offices', 'all'],
    queryFn: ({ signal }) => api.get<Items<Office>>('/api/v1/offices', { limit: 200 }, signal),
    enabled,
    staleTime: 60_000,
  });
}

export function useOffice(id: string | undefined) {
  return useQuery({
    queryKey: ['office', id],
    queryFn: ({ signal }) => api.get<Office>(`/api/v1/offices/${id}`, undefined, signal),
    enabled: !!id,
  });
}
