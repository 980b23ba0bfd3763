// Labels of roles, office kinds and region levels in the current language. Role and office-kind
// labels come from src/core/access.ts so the server and the web app say the same thing.
import { useTranslation } from 'react-i18next';
import { OFFICE_KIND_LABELS, ROLE_LABELS, type OfficeKind, type Role } from '../../core/access.js';
import type { LevelName } from '../api/types.js';

export function useLabels() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return {
    lang,
    role: (r: Role) => ROLE_LABELS[r][lang],
    officeKind: (k: OfficeKind) => OFFICE_KIND_LABELS[k][lang],
    level: (l: LevelName) => t(`levels.${l}`),
  };
}
