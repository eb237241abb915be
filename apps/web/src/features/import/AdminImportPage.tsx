import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/layout/Page';
import { ImportForm } from './ImportForm';
import { ImportRunView } from './ImportRunView';
import { RematchPanel } from './RematchPanel';

/** A platform admin's import for many organizations (rows name them), and re-matching everything. */
export function AdminImportPage() {
  const { t } = useTranslation('import');
  const [runId, setRunId] = useState<string | null>(null);
  return (
    <Page title={t('titleMany')}>
      <ImportForm organizationId={null} onStarted={setRunId} />
      {runId ? <ImportRunView key={runId} id={runId} /> : null}
      <RematchPanel />
    </Page>
  );
}
