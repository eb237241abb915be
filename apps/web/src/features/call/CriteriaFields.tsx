import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { CallDraftInput, CallDraftValues } from '@spillover/domain';
import { useFieldArray, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { WholeNumberField } from './form-fields';

interface CriteriaFieldsProps {
  control: Control<CallDraftInput, unknown, CallDraftValues>;
  register: UseFormRegister<CallDraftInput>;
}

/** The evaluation criteria (평가항목) with their weights; the sum is shown as it changes. */
export function CriteriaFields({ control, register }: CriteriaFieldsProps) {
  const { t } = useTranslation('call');
  const criteria = useFieldArray({ control, name: 'criteria' as never });
  const values = (useWatch({ control, name: 'criteria' }) ?? []) as { weight?: number | null }[];
  const sum = values.reduce((total, c) => total + (typeof c.weight === 'number' ? c.weight : 0), 0);
  return (
    <Stack gap="sm">
      {criteria.fields.map((row, index) => (
        <Card
          withBorder
          key={row.id}
          component="fieldset"
          aria-label={`${t('page.criterion')} ${index + 1}`}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('fields.criterionName')}
              required
              {...register(`criteria.${index}.name` as 'criteria.0.name')}
            />
            <TextInput
              label={t('fields.criterionDescription')}
              {...register(`criteria.${index}.description` as 'criteria.0.description')}
            />
            <WholeNumberField
              control={control}
              name={`criteria.${index}.weight` as 'criteria.0.weight'}
              label={t('fields.weight')}
              min={1}
              max={100}
              required
            />
            <WholeNumberField
              control={control}
              name={`criteria.${index}.maxScore` as 'criteria.0.maxScore'}
              label={t('fields.maxScore')}
              min={1}
              max={100}
              required
            />
            <WholeNumberField
              control={control}
              name={`criteria.${index}.minScore` as 'criteria.0.minScore'}
              label={t('fields.minScore')}
              min={0}
              max={100}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="xs">
            <Button
              variant="subtle"
              color="red"
              size="xs"
              onClick={() => criteria.remove(index)}
              aria-label={`${t('setup.removeCriterion')} ${index + 1}`}
            >
              {t('setup.removeCriterion')}
            </Button>
          </Group>
        </Card>
      ))}
      <Group justify="space-between">
        <Button
          variant="light"
          size="xs"
          onClick={() =>
            criteria.append({
              name: '',
              description: '',
              weight: 10,
              maxScore: 5,
              minScore: null,
            } as never)
          }
        >
          {t('setup.addCriterion')}
        </Button>
        <Text size="sm" role="status" c={sum === 100 ? undefined : 'orange.8'}>
          {t('setup.weightsSum', { sum })}
        </Text>
      </Group>
    </Stack>
  );
}
