// An office of the user's jurisdiction, searched by the words of its name or its region's as one
// types (GET /api/v1/offices?q): a province holds hundreds of offices, the country thousands,
// more than one page of the list.
import type { SelectProps } from '@mantine/core';
import { api } from '../../api/client.js';
import type { Items, Office } from '../../api/types.js';
import { RemoteSelect } from '../../components/ui/remote-select.js';
import { useOffice } from './use-offices.js';

type Props = Pick<SelectProps, 'label' | 'description' | 'required' | 'placeholder' | 'error' | 'clearable' | 'style'> & {
  value: string | null;
  onChange: (office: Office | null) => void;
  /** only offices still active (to give a new user or office) */
  activeOnly?: boolean;
  testId?: string;
};

export function OfficeSelect({ value, onChange, activeOnly = false, testId, ...props }: Props) {
  // The office chosen may come from elsewhere than a search (the address, the user's own office).
  const chosen = useOffice(value ?? undefined);
  const search = async (q: string, signal: AbortSignal) => {
    const { items } = await api.get<Items<Office>>('/api/v1/offices', { q: q || undefined, limit: 30 }, signal);
    return items
      .filter((o) => !activeOnly || o.active)
      .map((o) => ({ value: o.id, label: o.name, hint: o.regionCode ? `${o.regionCode}${o.regionName ? ` · ${o.regionName}` : ''}` : null, item: o }));
  };
  return (
    <RemoteSelect<Office>
      {...props}
      // Picking the office already chosen keeps it (a required field is not emptied by a click).
      allowDeselect={!!props.clearable}
      testId={testId}
      queryKey={['offices', 'search', activeOnly]}
      search={search}
      value={value ? { value, label: chosen.data?.name ?? '', ...(chosen.data ? { item: chosen.data } : {}) } : null}
      onChange={(o) => onChange(o?.item ?? null)}
    />
  );
}
