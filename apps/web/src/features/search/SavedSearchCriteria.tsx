import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { useReference } from '../../app/reference/reference-options';
import type { SavedSearchFieldsFragment } from '../../generated/graphql';
import { useNeedLabels } from '../need/need-options';
import { useClusterNames } from './use-cluster-names';

type Criteria = SavedSearchFieldsFragment['criteria'];

/** The day before an instant's day, in the user's calendar (deadlineBefore is exclusive). */
const dayBefore = (instant: string): string => {
  const date = new Date(instant);
  date.setDate(date.getDate() - 1);
  return date.toISOString();
};

/** What a saved search looks for, filter by filter, in words and names of the UI language. */
export function SavedSearchCriteria({ criteria, name }: { criteria: Criteria; name: string }) {
  const { t } = useTranslation('search');
  const reference = useReference();
  const format = useFormat();
  const { collaborationTypes } = useNeedLabels();
  const clusterName = useClusterNames(criteria.clusterIds ?? []);
  // Values of one filter are alternatives: "South Korea or Germany".
  const either = new Intl.ListFormat(format.locale, { type: 'disjunction' });
  const list = (values: readonly string[] | null | undefined, label: (value: string) => string) =>
    values?.length ? either.format(values.map(label)) : null;
  const collaboration = new Map<string, string>(
    collaborationTypes.map((type) => [type.value, type.label]),
  );

  const { trlMin, trlMax, deadlineAfter, deadlineBefore } = criteria;
  const trl =
    trlMin != null && trlMax != null
      ? t('saved.trlRange', { min: trlMin, max: trlMax })
      : trlMin != null
        ? t('saved.trlFrom', { min: trlMin })
        : trlMax != null
          ? t('saved.trlTo', { max: trlMax })
          : null;
  const from = deadlineAfter ? format.date(deadlineAfter) : null;
  const to = deadlineBefore ? format.date(dayBefore(deadlineBefore)) : null;
  const deadline =
    from && to
      ? t('saved.deadlineRange', { from, to })
      : from
        ? t('saved.deadlineFrom', { from })
        : to
          ? t('saved.deadlineTo', { to })
          : null;

  const rows: [string, string | null][] = [
    [t('fields.query'), criteria.query?.trim() || null],
    [t('fields.kinds'), list(criteria.kinds, (kind) => t(`kinds.${kind}`))],
    [
      t('fields.capabilityKinds'),
      list(criteria.capabilityKinds, (kind) => t(`capability:kinds.${kind}`)),
    ],
    [t('fields.technologyAreas'), list(criteria.technologyAreas, reference.technologyLabel)],
    [t('fields.sectors'), list(criteria.sectors, reference.sectorLabel)],
    [t('fields.trl'), trl],
    [t('fields.countries'), list(criteria.countries, reference.countryLabel)],
    [t('fields.regions'), list(criteria.regions, reference.regionLabel)],
    [t('fields.clusterIds'), list(criteria.clusterIds, clusterName)],
    [
      t('fields.collaborationTypes'),
      list(criteria.collaborationTypes, (type) => collaboration.get(type) ?? type),
    ],
    [t('fields.statuses'), list(criteria.statuses, (status) => t(`statuses.${status}`))],
    [t('fields.deadline'), deadline],
  ];
  const shown = rows.filter((row): row is [string, string] => row[1] !== null);
  if (!shown.length)
    return (
      <Text size="sm" c="dimmed">
        {t('saved.everything')}
      </Text>
    );
  return (
    <Stack component="dl" gap={2} m={0} aria-label={t('saved.criteriaLabel', { name })}>
      {shown.map(([label, value]) => (
        <Group key={label} gap={6} wrap="nowrap" align="baseline">
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {value}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
