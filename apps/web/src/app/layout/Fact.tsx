import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled fact of a profile: "Label: value". */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:{' '}
      </Text>
      {children}
    </Text>
  );
}
