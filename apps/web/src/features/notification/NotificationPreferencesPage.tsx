import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_TYPES,
  STRONG_MATCH_THRESHOLD_MAX,
  STRONG_MATCH_THRESHOLD_MIN,
  isNotificationType,
  type Language,
  type NotificationDelivery,
} from '@spillover/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import {
  NotificationPreferencesDocument,
  SetNotificationPreferenceDocument,
  SetStrongMatchThresholdDocument,
} from '../../generated/graphql';

/** Per type: in the app only, e-mail at once, daily digest or off; and the strong-match threshold. */
export function NotificationPreferencesPage() {
  const { t, i18n } = useTranslation('notification');
  const language: Language = i18n.language === 'ko' ? 'ko' : 'en';
  const { data, loading, error } = useQuery(NotificationPreferencesDocument);
  const [setPreference, preferenceState] = useMutation(SetNotificationPreferenceDocument);
  const [setThreshold, thresholdState] = useMutation(SetStrongMatchThresholdDocument, {
    refetchQueries: [NotificationPreferencesDocument],
  });
  const [threshold, setThresholdValue] = useState<number | string>('');
  useEffect(() => {
    if (data) setThresholdValue(data.strongMatchThreshold);
  }, [data]);

  return (
    <Page title={t('preferences.title')}>
      <Text c="dimmed">{t('preferences.intro')}</Text>
      {preferenceState.error || thresholdState.error ? (
        <ErrorAlert error={preferenceState.error ?? thresholdState.error} />
      ) : null}
      <QueryState loading={loading} error={error}>
        <Stack gap="sm">
          {data?.notificationPreferences
            .filter((preference) => isNotificationType(preference.type))
            .map((preference) => {
              const label = isNotificationType(preference.type)
                ? NOTIFICATION_TYPES[preference.type].label[language]
                : preference.type;
              return (
                <NativeSelect
                  key={preference.type}
                  label={label}
                  aria-label={t('preferences.deliveryFor', { type: label })}
                  value={preference.delivery}
                  data={NOTIFICATION_DELIVERIES.map((delivery) => ({
                    value: delivery,
                    label: t(`preferences.delivery.${delivery}`),
                  }))}
                  onChange={(event) =>
                    void setPreference({
                      variables: {
                        type: preference.type,
                        delivery: event.currentTarget.value as NotificationDelivery,
                      },
                    })
                  }
                />
              );
            })}
        </Stack>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void setThreshold({ variables: { percent: Number(threshold) } });
          }}
        >
          <Group align="end" gap="sm">
            <NumberInput
              label={t('preferences.threshold')}
              description={t('preferences.thresholdHelp', {
                min: STRONG_MATCH_THRESHOLD_MIN,
                max: STRONG_MATCH_THRESHOLD_MAX,
              })}
              min={STRONG_MATCH_THRESHOLD_MIN}
              max={STRONG_MATCH_THRESHOLD_MAX}
              value={threshold}
              onChange={setThresholdValue}
            />
            <Button type="submit">{t('preferences.saveThreshold')}</Button>
          </Group>
          {thresholdState.data ? (
            <Text role="status" size="sm">
              {t('preferences.saved')}
            </Text>
          ) : null}
        </form>
      </QueryState>
    </Page>
  );
}
