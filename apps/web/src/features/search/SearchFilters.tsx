import { MultiSelect, Stack, TextInput } from '@mantine/core';
import {
  CAPABILITY_KINDS,
  regionBelongsTo,
  SEARCH_KINDS,
  SEARCH_STATUSES,
  searchCriteriaSchema,
  type CollaborationType,
} from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { translateIssue } from '../../app/errors/translate';
import {
  CountryMultiSelect,
  RegionMultiSelect,
  SectorMultiSelect,
  TechnologyMultiSelect,
  TrlSelect,
} from '../../app/reference/CodeSelects';
import type { SearchQuery } from '../../generated/graphql';
import { useNeedLabels } from '../need/need-options';
import { ClusterMultiSelect } from './ClusterMultiSelect';
import { FacetCheckboxes } from './FacetCheckboxes';
import { toCriteria, type SearchParamsFilter } from './search-params';

type Facets = SearchQuery['search']['facets'];

interface SearchFiltersProps {
  filter: SearchParamsFilter;
  facets: Facets | undefined;
  update: <K extends keyof SearchParamsFilter>(key: K, value: SearchParamsFilter[K]) => void;
  /** The domain's complaints about the filters, by field (useFilterProblems). */
  problems: Partial<Record<string, string>>;
}

/** The domain's complaint about the filters (a TRL range upside down, a region abroad), by field. */
export function useFilterProblems(filter: SearchParamsFilter): Partial<Record<string, string>> {
  const { t } = useTranslation('search');
  const checked = searchCriteriaSchema.safeParse(toCriteria(filter));
  if (checked.success) return {};
  const problems: Partial<Record<string, string>> = {};
  for (const issue of checked.error.issues) {
    const field = String(issue.path[0] ?? '');
    problems[field] ??= translateIssue(
      t,
      field,
      { type: issue.code, message: issue.message },
      undefined,
      'search',
    );
  }
  return problems;
}

/**
 * Every filter of the search, with the result counts beside the options that have them,
 * in one column: they sit beside the results (after them in reading order).
 */
export function SearchFilters({ filter, facets, update, problems }: SearchFiltersProps) {
  const { t } = useTranslation('search');
  const { collaborationTypes } = useNeedLabels();
  const kinds = SEARCH_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }));
  const capabilityKinds = CAPABILITY_KINDS.map((value) => ({
    value,
    label: t(`capability:kinds.${value}`),
  }));
  const statuses = SEARCH_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }));
  const trl = (value: string | null) => (value ? Number(value) : null);

  // Regions only make sense within the chosen countries.
  const onCountries = (countries: string[]) => {
    update('countries', countries);
    const kept = filter.regions.filter((region) =>
      countries.some((country) => regionBelongsTo(region, country)),
    );
    if (kept.length !== filter.regions.length) update('regions', kept);
  };

  return (
    <Stack gap="md">
      <FacetCheckboxes
        label={t('fields.kinds')}
        options={kinds}
        counts={facets?.kinds}
        value={filter.kinds}
        onChange={(values) => update('kinds', values)}
      />
      <FacetCheckboxes
        label={t('fields.capabilityKinds')}
        options={capabilityKinds}
        counts={facets?.capabilityKinds}
        value={filter.capabilityKinds}
        onChange={(values) => update('capabilityKinds', values)}
      />
      <FacetCheckboxes
        label={t('fields.statuses')}
        options={statuses}
        counts={facets?.statuses}
        value={filter.statuses}
        onChange={(values) => update('statuses', values)}
      />
      <TechnologyMultiSelect
        label={t('fields.technologyAreas')}
        value={filter.technologyAreas}
        onChange={(values) => update('technologyAreas', values)}
        error={problems['technologyAreas']}
      />
      <SectorMultiSelect
        label={t('fields.sectors')}
        value={filter.sectors}
        onChange={(values) => update('sectors', values)}
        error={problems['sectors']}
      />
      <MultiSelect
        label={t('fields.collaborationTypes')}
        data={collaborationTypes}
        value={filter.collaborationTypes}
        onChange={(values) => update('collaborationTypes', values as CollaborationType[])}
        clearable
      />
      <TrlSelect
        label={t('fields.trlMin')}
        value={filter.trlMin == null ? null : String(filter.trlMin)}
        onChange={(value) => update('trlMin', trl(value))}
        error={problems['trlMin']}
      />
      <TrlSelect
        label={t('fields.trlMax')}
        value={filter.trlMax == null ? null : String(filter.trlMax)}
        onChange={(value) => update('trlMax', trl(value))}
        error={problems['trlMax']}
      />
      <CountryMultiSelect
        label={t('fields.countries')}
        value={filter.countries}
        onChange={onCountries}
        error={problems['countries']}
      />
      <RegionMultiSelect
        label={t('fields.regions')}
        countries={filter.countries}
        value={filter.regions}
        onChange={(values) => update('regions', values)}
        error={problems['regions']}
      />
      <ClusterMultiSelect
        label={t('fields.clusterIds')}
        value={filter.clusterIds}
        onChange={(values) => update('clusterIds', values)}
      />
      <TextInput
        type="date"
        label={t('fields.deadlineFrom')}
        value={filter.deadlineFrom ?? ''}
        onChange={(event) => update('deadlineFrom', event.currentTarget.value || null)}
        error={problems['deadlineAfter']}
      />
      <TextInput
        type="date"
        label={t('fields.deadlineTo')}
        value={filter.deadlineTo ?? ''}
        min={filter.deadlineFrom ?? undefined}
        onChange={(event) => update('deadlineTo', event.currentTarget.value || null)}
        error={problems['deadlineBefore']}
      />
    </Stack>
  );
}
