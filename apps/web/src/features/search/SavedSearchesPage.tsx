import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { SAVED_SEARCH_ALERTS, type SavedSearchAlert } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import {
  DeleteSavedSearchDocument,
  MarkSavedSearchSeenDocument,
  SavedSearchesDocument,
  SetSavedSearchAlertDocument,
  type SavedSearchesQuery,
} from '../../generated/graphql';
import { SavedSearchCriteria } from './SavedSearchCriteria';
import { searchUrl } from './search-params';

type SavedSearch = SavedSearchesQuery['savedSearches'][number];

function SavedSearchItem({ saved }: { saved: SavedSearch }) {
  const { t } = useTranslation('search');
  const [markSeen, marking] = useMutation(MarkSavedSearchSeenDocument);
  const [setAlert, settingAlert] = useMutation(SetSavedSearchAlertDocument);
  const alerts = SAVED_SEARCH_ALERTS.map((value) => ({ value, label: t(`save.alerts.${value}`) }));
  const onAlert = (alert: SavedSearchAlert) =>
    void setAlert({ variables: { id: saved.id, alert } }).then(
      () =>
        notifications.show({
          color: 'teal',
          message: t('saved.alertChanged', {
            name: saved.name,
            alert: t(`save.alerts.${alert}`),
          }),
        }),
      () => undefined,
    );
  const [remove, removing] = useMutation(DeleteSavedSearchDocument, {
    update: (cache, { data }) => {
      if (!data) return;
      cache.evict({
        id: cache.identify({ __typename: 'SavedSearch', id: data.deleteSavedSearch }),
      });
      cache.gc();
    },
  });
  const fresh = saved.newResults.totalCount;
  const headingId = `saved-${saved.id}`;
  return (
    <Card withBorder component="li" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={searchUrl(saved.criteria)}>
              {saved.name}
            </Anchor>
          </Title>
          <Group gap="xs">
            <Badge variant={fresh ? 'filled' : 'default'}>
              {fresh ? t('saved.newResults', { count: fresh }) : t('saved.noNew')}
            </Badge>
          </Group>
          <SavedSearchCriteria criteria={saved.criteria} name={saved.name} />
          <NativeSelect
            label={t('save.alert')}
            aria-label={t('saved.alertLabel', { name: saved.name })}
            size="xs"
            w="fit-content"
            data={alerts}
            value={saved.alert}
            disabled={settingAlert.loading}
            onChange={(event) => onAlert(event.currentTarget.value as SavedSearchAlert)}
          />
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            disabled={fresh === 0}
            loading={marking.loading}
            aria-label={t('saved.markSeenLabel', { name: saved.name })}
            onClick={() =>
              void markSeen({ variables: { id: saved.id } }).then(
                () => notifications.show({ color: 'teal', message: t('saved.markedSeen') }),
                () => undefined,
              )
            }
          >
            {t('saved.markSeen')}
          </Button>
          <ConfirmButton
            label={t('saved.delete')}
            accessibleLabel={t('saved.deleteLabel', { name: saved.name })}
            title={t('saved.deleteTitle', { name: saved.name })}
            message={t('saved.deleteMessage')}
            size="xs"
            variant="light"
            onConfirm={async () => {
              await remove({ variables: { id: saved.id } });
              notifications.show({ color: 'teal', message: t('saved.deleted') });
            }}
          />
        </Group>
      </Group>
      <ErrorAlert error={marking.error ?? removing.error ?? settingAlert.error} />
    </Card>
  );
}

/** The viewer's saved searches, each with how many results are new since last seen. */
export function SavedSearchesPage() {
  const { t } = useTranslation('search');
  const { data, loading, error } = useQuery(SavedSearchesDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Page
      title={t('saved.title')}
      actions={
        <Anchor component={Link} to="/search">
          {t('page.title')}
        </Anchor>
      }
    >
      <QueryState loading={loading && !data} error={error}>
        {data?.savedSearches.length === 0 ? <Text>{t('saved.empty')}</Text> : null}
        <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {data?.savedSearches.map((saved) => (
            <SavedSearchItem key={saved.id} saved={saved} />
          ))}
        </Stack>
      </QueryState>
    </Page>
  );
}
