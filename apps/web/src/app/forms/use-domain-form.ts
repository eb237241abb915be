import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';

/**
 * A form validated live by a domain schema, the same way everywhere: first when a field is
 * left, then on every change.
 */
export function useDomainForm<TInput extends FieldValues, TValues extends FieldValues>(
  schema: z.ZodType<TValues, TInput>,
  defaultValues: NoInfer<DefaultValues<TInput>>,
) {
  return useForm<TInput, unknown, TValues>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    reValidateMode: 'onChange',
    defaultValues,
  });
}
