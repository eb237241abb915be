import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../errors/ErrorAlert';
import type { NextPage } from './use-load-more';

/** The end of a paged list: a refusal of the last page, and a button for the next one. */
export function LoadMore({ next }: { next: NextPage }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={next.error} />
      {next.hasNextPage ? (
        <Group justify="center">
          <Button variant="default" loading={next.loading} onClick={() => void next.loadMore()}>
            {t('common:loadMore')}
          </Button>
        </Group>
      ) : null}
    </>
  );
}
