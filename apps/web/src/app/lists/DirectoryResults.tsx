import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { LoadMore } from './LoadMore';
import type { NextPage } from './use-load-more';

interface DirectoryResultsProps {
  /** How many were found, announced as the filters change. */
  count: string;
  next: NextPage;
  /** One DirectoryCard per result. */
  children: ReactNode;
}

/** The results of a directory search: count, list of cards, and more on demand. */
export function DirectoryResults({ count, next, children }: DirectoryResultsProps) {
  return (
    <Stack>
      <Text role="status" aria-live="polite">
        {count}
      </Text>
      <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {children}
      </Stack>
      <LoadMore next={next} />
    </Stack>
  );
}
