/**
 * Finding links in a plain-text message so the web can show them as anchors. The result is
 * a list of text and link segments: the web renders each text segment as text and each
 * link as an anchor whose href is built here, so nothing in a message is ever HTML.
 */
export type MessageSegment =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// http(s)://… or www.…, up to white space or a character that cannot be in a URL as typed.
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"'`\u3000]+/giu;
// Punctuation that ends a sentence rather than a URL ("see https://a.example/x.").
const TRAILING = /[.,;:!?。、)\]}>»”’]+$/u;

// The host part must hold a dot ("https://localhost" or "www." alone is not a link).
const HOST = /^https?:\/\/[^/?#@\s]*[^/?#@.\s]\.[^/?#@.\s]/i;

/**
 * Only http and https (the pattern admits nothing else): a `javascript:` or `data:` link is
 * never made clickable. `www.…` becomes https. No URL parser: the domain has no DOM or Node.
 */
function hrefOf(text: string): string | null {
  const candidate = /^www\./i.test(text) ? `https://${text}` : text;
  return HOST.test(candidate) ? candidate : null;
}

/** Keeps a closing parenthesis that belongs to the URL (Wikipedia-style `(…)`) when balanced. */
function trimTrailing(text: string): string {
  let end = text.length;
  for (;;) {
    const match = TRAILING.exec(text.slice(0, end));
    if (!match) break;
    let cut = end - match[0].length;
    const tail = text.slice(cut, end);
    // A ")" closes a "(" inside the URL: keep it (and what follows it in the tail is cut).
    const opens = (text.slice(0, cut).match(/\(/g) ?? []).length;
    const closes = (text.slice(0, cut).match(/\)/g) ?? []).length;
    if (tail.startsWith(')') && opens > closes) cut += 1;
    if (cut === end) break;
    end = cut;
  }
  return text.slice(0, end);
}

export function messageSegments(body: string): MessageSegment[] {
  const segments: MessageSegment[] = [];
  let last = 0;
  for (const match of body.matchAll(LINK)) {
    const start = match.index;
    const text = trimTrailing(match[0]);
    const href = hrefOf(text);
    if (!href || !text) continue;
    if (start > last) segments.push({ kind: 'text', text: body.slice(last, start) });
    segments.push({ kind: 'link', text, href });
    last = start + text.length;
  }
  if (last < body.length) segments.push({ kind: 'text', text: body.slice(last) });
  return segments;
}
