import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * What a page shows while its data is on the way; announced politely. The words are text of
 * the status region: a label on the loader's bare span is an ARIA attribute axe refuses there
 * (aria-prohibited-attr).
 */
export function PageLoader({ compact = false, label }: { compact?: boolean; label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py={compact ? 'md' : 'xl'} role="status" aria-live="polite">
      <Loader size={compact ? 'sm' : 'md'} aria-hidden />
      <VisuallyHidden>{label ?? t('common:loading')}</VisuallyHidden>
    </Center>
  );
}
