import type { ReactNode } from 'react';

interface TextRange {
  start: number;
  end: number;
}

/**
 * Plain text with the ranges where the words matched wrapped in <mark>. The API sends text
 * and ranges, never markup, so nothing here is parsed as HTML.
 */
export function HighlightedText({
  text,
  highlights,
}: {
  text: string;
  highlights: readonly TextRange[];
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  const ranges = [...highlights]
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  for (const { start, end } of ranges) {
    const from = Math.max(start, at);
    const to = Math.min(end, text.length);
    if (from >= to) continue;
    if (from > at) parts.push(text.slice(at, from));
    parts.push(<mark key={from}>{text.slice(from, to)}</mark>);
    at = to;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
