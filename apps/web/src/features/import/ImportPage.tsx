import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../app/layout/Page';
import { ImportForm } from './ImportForm';
import { ImportRunView } from './ImportRunView';

/** An organization's bulk import (its ORG_ADMINs); the API refuses anyone else. */
export function ImportPage() {
  const { t } = useTranslation('import');
  const { id = '' } = useParams();
  const [runId, setRunId] = useState<string | null>(null);
  return (
    <Page title={t('title')}>
      <ImportForm organizationId={id} onStarted={setRunId} />
      {runId ? <ImportRunView key={runId} id={runId} /> : null}
    </Page>
  );
}
