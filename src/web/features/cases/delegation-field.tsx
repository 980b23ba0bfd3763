// The receiving office of a delegation (pelimpahan): any office that handles violations, anywhere,
// since the office with jurisdiction is usually not one of the sender's own. Before anything is
// typed it offers the offices of the event's place (the kabupaten/kota's first); typing searches
// the country by office or region name (GET /api/v1/cases/:id/delegation-targets).
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { RemoteSelect } from '../../components/ui/remote-select.js';

export type OfficeChoice = { id: string; name: string; regionCode: string | null };
type Target = OfficeChoice & { kind: string; regionName: string | null; suggested: boolean };

export function DelegationOfficeField({ caseId, value, onChange, label, required, testId }: {
  caseId: string;
  value: OfficeChoice | null;
  onChange: (office: OfficeChoice | null) => void;
  label: string;
  required?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const search = async (q: string, signal: AbortSignal) => {
    const { items } = await api.get<{ items: Target[] }>(`/api/v1/cases/${caseId}/delegation-targets`, q ? { q } : undefined, signal);
    return items.map((o) => ({
      value: o.id,
      label: o.name,
      hint: o.regionCode ? `${o.regionCode}${o.regionName ? ` · ${o.regionName}` : ''}` : null,
      group: o.suggested ? t('cases.fields.toOfficeSuggested') : t('cases.fields.toOfficeFound'),
      item: o as OfficeChoice,
    }));
  };
  return (
    <RemoteSelect
      label={label}
      required={required}
      description={t('cases.fields.toOfficeHint')}
      placeholder={t('common.choose')}
      testId={testId}
      allowDeselect={false}
      queryKey={['case', caseId, 'delegation-targets']}
      search={search}
      value={value ? { value: value.id, label: value.name, group: t('cases.fields.toOfficeFound'), item: value } : null}
      onChange={(o) => onChange(o?.item ? { id: o.item.id, name: o.item.name, regionCode: o.item.regionCode } : null)}
    />
  );
}
