import { useQuery } from '@apollo/client/react';
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchClusterChoicesDocument } from '../../generated/graphql';
import { useClusterName } from '../cluster/cluster-name';
import { useClusterNames } from './use-cluster-names';

interface ClusterMultiSelectProps {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
}

/** Clusters whose ACTIVE members' listings to find, searched by name (either language) as typed. */
export function ClusterMultiSelect({ label, value, onChange }: ClusterMultiSelectProps) {
  const { t } = useTranslation('search');
  const nameOf = useClusterName();
  const chosenName = useClusterNames(value);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(SearchClusterChoicesDocument, {
    variables: { query: query || null },
  });
  const found = data?.clusters.edges.map(({ node }) => node) ?? [];
  const listed = new Map(found.map((cluster) => [cluster.id, nameOf(cluster)]));
  const options = [
    ...value.map((id) => ({ value: id, label: listed.get(id) ?? chosenName(id) })),
    ...found
      .filter((cluster) => !value.includes(cluster.id))
      .map((cluster) => ({ value: cluster.id, label: nameOf(cluster) })),
  ];
  return (
    <MultiSelect
      label={label}
      searchable
      clearable
      hidePickedOptions
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      // The directory has searched by name already, in both languages.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('clusters.loading') : t('common:reference.nothingFound')}
    />
  );
}
