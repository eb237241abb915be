import { regionBelongsTo } from '@spillover/domain';
import { useEffect } from 'react';
import {
  useWatch,
  type FieldPathByValue,
  type FieldValues,
  type Path,
  type PathValue,
  type UseFormReturn,
} from 'react-hook-form';
import { CountryField, RegionField } from './CodeFields';

/** Where an organization or a cluster is: a country, and optionally a region of it. */
interface Place {
  country: string;
  region?: string | null | undefined;
}

interface PlaceFieldsProps<T extends FieldValues & Place, TValues> {
  form: UseFormReturn<T, unknown, TValues>;
  labels: { country: string; region: string };
  fieldError: (name: Path<T>) => string | undefined;
}

/**
 * The country and region fields of a form. A region belongs to one country, so the region
 * is dropped when the country changes to another.
 */
export function PlaceFields<T extends FieldValues & Place, TValues>({
  form,
  labels,
  fieldError,
}: PlaceFieldsProps<T, TValues>) {
  // T has these fields (see Place); TypeScript cannot see it through the paths of a generic T.
  const countryName = 'country' as FieldPathByValue<T, string>;
  const regionName = 'region' as FieldPathByValue<T, string | null | undefined>;
  const country = useWatch({ control: form.control, name: countryName }) as string;

  useEffect(() => {
    const region = form.getValues(regionName) as string | null | undefined;
    if (region && !regionBelongsTo(region, country))
      form.setValue(regionName, null as PathValue<T, typeof regionName>);
  }, [country, form, regionName]);

  return (
    <>
      <CountryField
        control={form.control}
        name={countryName}
        label={labels.country}
        required
        error={fieldError(countryName)}
      />
      <RegionField
        control={form.control}
        name={regionName}
        country={country}
        label={labels.region}
        error={fieldError(regionName)}
      />
    </>
  );
}
