import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * What a page shows while its data is on the way; announced politely. The words are text of
 * the status region: a label on the loader's bare span is an ARIA attribute axe refuses there
 * (aria-prohibited-attr).
 */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-hidden />
      <VisuallyHidden>{t('common:loading')}</VisuallyHidden>
    </Center>
  );
}
