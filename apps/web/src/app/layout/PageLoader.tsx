import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a page shows while its data is on the way; announced politely. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-label={t('common:loading')} />
    </Center>
  );
}
