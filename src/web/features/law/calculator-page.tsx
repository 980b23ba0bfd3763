// /kalkulator-tenggat: the public law tools, open without sign-in. The deadline calculator first,
// the sanction assessment in a second tab (?tab=sanksi).
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page.js';
import { navigate, useLocation, withQuery } from '../../router.js';
import { DeadlineCalculator } from './deadline-calculator.js';
import { SanctionAssessment } from './sanction-assessment.js';

export function CalculatorPage() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const tab = search.get('tab') === 'sanksi' ? 'sanksi' : 'tenggat';
  return (
    <>
      <PageHeader
        title={t('law.calc.title')}
        description={
          <>
            {t('law.calc.intro')} {t('law.engine')}
          </>
        }
      />
      <Tabs value={tab} onChange={(v) => navigate(withQuery(pathname, { tab: v === 'sanksi' ? 'sanksi' : undefined }), { replace: true })}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="tenggat" data-testid="law-tab-deadlines">
            {t('law.tabDeadlines')}
          </Tabs.Tab>
          <Tabs.Tab value="sanksi" data-testid="law-tab-assess">
            {t('law.tabAssess')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tenggat">
          <DeadlineCalculator />
        </Tabs.Panel>
        <Tabs.Panel value="sanksi">
          <SanctionAssessment />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
