import type { ReactNode } from 'react';

/** A search landmark of filters that apply as they change; Enter submits nothing. */
export function SearchForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form role="search" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      {children}
    </form>
  );
}
