import { taxonomyConcepts } from './taxonomy-concepts';

describe('taxonomyConcepts', () => {
  it.each([
    ['수소 연료전지', ['EF05']],
    ['수소연료전지', ['EF05']],
    ['연료전지', ['EF05']],
    ['hydrogen', ['EF05']],
    ['Hydrogen and fuel cells', ['EF05']],
    ['fuel cell', ['EF05']],
    ['batteries', ['EF06']],
    ['battery', ['EF06']],
    ['이차전지', ['EF06']],
    ['의료기기', ['LC06']],
    ['medical devices', ['LC06']],
    ['디스플레이', ['ED07']],
    ['textiles', ['EC07']],
    ['섬유', ['EC07']],
    ['robot', ['EA04']],
    ['CCUS', ['EF13']],
    ['MES', ['EE18']],
    ['5G', ['EE03']],
  ])('%s is the concept %j', (query, codes) => {
    expect(taxonomyConcepts(query).concept).toEqual(codes);
  });

  it('expands an area named by the query to its fields', () => {
    const { concept } = taxonomyConcepts('재료');
    expect(concept).toContain('EB');
    expect(concept).toContain('EB10');
  });

  it('boosts, without making it the concept, an area that names only part of the query', () => {
    expect(taxonomyConcepts('fuel cell stack durability')).toEqual({
      concept: [],
      boost: ['EF05'],
    });
    expect(taxonomyConcepts('수소 저장용기').concept).toEqual([]);
    expect(taxonomyConcepts('수소 저장용기').boost).toContain('EF05');
  });

  it('does not read a single word of a list label as the area', () => {
    expect(taxonomyConcepts('hydrogen storage').boost).not.toContain('EF13');
    expect(taxonomyConcepts('저장').concept).not.toContain('EF13');
  });

  it('names nothing for words outside the taxonomy, or for no words', () => {
    expect(taxonomyConcepts('aluminium crash box')).toEqual({ concept: [], boost: [] });
    expect(taxonomyConcepts('  !! ')).toEqual({ concept: [], boost: [] });
  });
});
