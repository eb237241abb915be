import { buildSnippet } from './snippet';

const marked = (snippet: { text: string; highlights: { start: number; end: number }[] }) =>
  snippet.highlights.map((range) => snippet.text.slice(range.start, range.end));

describe('buildSnippet', () => {
  it('marks English words at word starts, to the end of the word', () => {
    const snippet = buildSnippet(
      [{ field: 'publicSummary', text: 'Lighter fuel-cell stacks for trucks; cells last longer.' }],
      'fuel cell',
    );
    expect(snippet.field).toBe('publicSummary');
    expect(marked(snippet)).toEqual(['fuel', 'cell', 'cells']);
  });

  it('marks a Korean word inside a compound, and nothing more', () => {
    const snippet = buildSnippet(
      [{ field: 'description', text: '경북대학교 산학협력단은 기업과 협력합니다.' }],
      '협력',
    );
    expect(marked(snippet)).toEqual(['협력', '협력']);
  });

  it('finds words whatever their accents and case, marking the original text', () => {
    const snippet = buildSnippet(
      [{ field: 'description', text: 'Pôle de compétitivité VÉHICULE du futur' }],
      'vehicule competitivite',
    );
    expect(marked(snippet)).toEqual(['compétitivité', 'VÉHICULE']);
  });

  it('prefers the descriptive field where more words occur, and cuts a long text around the first', () => {
    const long = `${'Intro words here. '.repeat(30)}We need hydrogen tanks for buses. ${'More text. '.repeat(30)}`;
    const snippet = buildSnippet(
      [
        { field: 'publicSummary', text: long },
        { field: 'title', text: 'Hydrogen tanks' },
      ],
      'hydrogen buses',
    );
    expect(snippet.field).toBe('publicSummary');
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThan(200);
    expect(marked(snippet)).toEqual(['hydrogen', 'buses']);
  });

  it('shows the start of the first descriptive field when no word occurs', () => {
    const snippet = buildSnippet(
      [
        { field: 'description', text: '' },
        { field: 'availability', text: 'Weekdays' },
        { field: 'title', text: 'Stack' },
      ],
      '수소',
    );
    expect(snippet).toEqual({ field: 'availability', text: 'Weekdays', highlights: [] });
  });

  it('does not mark short words inside longer ones', () => {
    const snippet = buildSnippet([{ field: 'description', text: 'an EV and evaluation' }], 'ev');
    expect(marked(snippet)).toEqual(['EV']);
  });
});
