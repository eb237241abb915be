import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { SAVED_SEARCH_ALERTS, savedSearchSchema, type SavedSearchAlert } from '@spillover/domain';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { SaveSearchDocument, type SearchCriteriaInput } from '../../generated/graphql';

const DEFAULT_ALERT: SavedSearchAlert = 'WEEKLY';

/** Saves the filters on screen under a name, with how often to hear of new results. */
export function SaveSearchButton({ criteria }: { criteria: SearchCriteriaInput }) {
  const { t } = useTranslation('search');
  const [opened, { open, close }] = useDisclosure(false);
  const [save, { loading }] = useMutation(SaveSearchDocument, {
    // The list of saved searches is read again wherever it is shown next.
    update: (cache) => {
      cache.evict({ fieldName: 'savedSearches' });
      cache.gc();
    },
  });
  const form = useDomainForm(savedSearchSchema, {
    name: criteria.query ?? '',
    filter: criteria,
    alert: DEFAULT_ALERT,
  });
  const fieldError = useFieldError(form, 'search');

  const { problems, onSubmit } = useApiSubmit(form, ['name', 'alert'], async (values) => {
    await save({
      variables: { input: { name: values.name, alert: values.alert, filter: criteria } },
    });
    notifications.show({ color: 'teal', message: t('save.saved', { name: values.name }) });
    close();
  });

  const start = () => {
    form.reset({ name: criteria.query ?? '', filter: criteria, alert: DEFAULT_ALERT });
    open();
  };

  return (
    <>
      <Button variant="light" onClick={start}>
        {t('save.open')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('save.title')}>
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <ErrorAlert problems={problems} />
            <TextInput
              label={t('save.name')}
              required
              data-autofocus
              {...form.register('name')}
              error={fieldError('name')}
            />
            <Controller
              control={form.control}
              name="alert"
              render={({ field }) => (
                <Radio.Group
                  label={t('save.alert')}
                  value={field.value ?? DEFAULT_ALERT}
                  onChange={(value) => field.onChange(value)}
                  name={field.name}
                  error={fieldError('alert')}
                >
                  <Group mt={6}>
                    {SAVED_SEARCH_ALERTS.map((alert) => (
                      <Radio key={alert} value={alert} label={t(`save.alerts.${alert}`)} />
                    ))}
                  </Group>
                </Radio.Group>
              )}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('save.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('save.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
