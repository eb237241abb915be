import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { codeFilter, useReference } from './reference-options';

type SelectWithoutData = Omit<SelectProps, 'data'>;
type MultiSelectWithoutData = Omit<MultiSelectProps, 'data'>;

export function CountrySelect(props: SelectWithoutData) {
  const { countries } = useReference();
  const { t } = useTranslation();
  return (
    <Select
      searchable
      filter={codeFilter}
      data={countries}
      nothingFoundMessage={t('common:reference.nothingFound')}
      {...props}
    />
  );
}

/** Regions of the chosen country only; disabled while the country has no region list. */
export function RegionSelect({
  country,
  ...props
}: SelectWithoutData & { country: string | null | undefined }) {
  const { regionsOf } = useReference();
  const { t } = useTranslation();
  const data = regionsOf(country);
  return (
    <Select
      searchable
      filter={codeFilter}
      clearable
      data={data}
      disabled={data.length === 0}
      placeholder={data.length === 0 ? t('common:reference.noRegions') : undefined}
      nothingFoundMessage={t('common:reference.nothingFound')}
      {...props}
    />
  );
}

export function CountryMultiSelect(props: MultiSelectWithoutData) {
  const { countries } = useReference();
  const { t } = useTranslation();
  return (
    <MultiSelect
      searchable
      filter={codeFilter}
      clearable
      data={countries}
      nothingFoundMessage={t('common:reference.nothingFound')}
      {...props}
    />
  );
}

/** Regions of the chosen countries only. */
export function RegionMultiSelect({
  countries,
  ...props
}: MultiSelectWithoutData & { countries: readonly string[] }) {
  const { regionsOf } = useReference();
  const { t } = useTranslation();
  const data = countries.flatMap((country) => regionsOf(country));
  return (
    <MultiSelect
      searchable
      filter={codeFilter}
      clearable
      data={data}
      disabled={data.length === 0}
      placeholder={data.length === 0 ? t('common:reference.chooseCountryFirst') : undefined}
      nothingFoundMessage={t('common:reference.nothingFound')}
      {...props}
    />
  );
}

export function SectorMultiSelect(props: MultiSelectWithoutData) {
  const { sectors } = useReference();
  const { t } = useTranslation();
  return (
    <MultiSelect
      searchable
      filter={codeFilter}
      clearable
      data={sectors}
      maxDropdownHeight={320}
      nothingFoundMessage={t('common:reference.nothingFound')}
      {...props}
    />
  );
}

export function TechnologyMultiSelect(props: MultiSelectWithoutData) {
  const { technologies } = useReference();
  const { t } = useTranslation();
  return (
    <MultiSelect
      searchable
      filter={codeFilter}
      clearable
      data={technologies}
      maxDropdownHeight={320}
      nothingFoundMessage={t('common:reference.nothingFound')}
      {...props}
    />
  );
}

/** One technology readiness level (기술성숙도), labelled with its stage. */
export function TrlSelect(props: SelectWithoutData) {
  const { trls } = useReference();
  return <Select clearable data={trls} {...props} />;
}

/** An ISO 4217 currency, searchable by code or name. */
export function CurrencySelect(props: SelectWithoutData) {
  const { currencies } = useReference();
  const { t } = useTranslation();
  return (
    <Select
      searchable
      filter={codeFilter}
      clearable
      data={currencies}
      nothingFoundMessage={t('common:reference.nothingFound')}
      {...props}
    />
  );
}
