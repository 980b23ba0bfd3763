// The ID | EN switch shown on every page.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGS, setLang } from '../../i18n/index.js';

export function LanguageSwitch({ inverted = false }: { inverted?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Button.Group aria-label={t('lang.label')}>
      {LANGS.map((lang) => {
        const active = i18n.language === lang;
        return (
          <Button
            key={lang}
            size="xs"
            variant={active ? (inverted ? 'white' : 'filled') : inverted ? 'outline' : 'default'}
            color={inverted && !active ? 'gray.0' : undefined}
            aria-pressed={active}
            title={t(`lang.${lang}`)}
            lang={lang}
            data-testid={`lang-${lang}`}
            onClick={() => void setLang(lang)}
          >
            {lang.toUpperCase()}
          </Button>
        );
      })}
    </Button.Group>
  );
}
