import { CONCEPT_RELATIONS, relatedConcepts } from './concept-relations';
import { TECHNICAL_GLOSSARY } from './technical-glossary';

describe('CONCEPT_RELATIONS', () => {
  const ids = new Set(TECHNICAL_GLOSSARY.map((concept) => concept.id));

  it('relates glossary concepts only, each relation with its reason, each problem once', () => {
    const from = CONCEPT_RELATIONS.map((relation) => relation.from);
    expect(new Set(from).size).toBe(from.length);
    for (const relation of CONCEPT_RELATIONS) {
      expect(ids.has(relation.from)).toBe(true);
      for (const to of relation.to) expect(ids.has(to)).toBe(true);
      expect(relation.to).not.toContain(relation.from);
      expect(relation.why.length).toBeGreaterThan(20);
    }
  });

  it('has no broad concept at either end', () => {
    // A broad end would let unrelated listings meet (the tempting pairs).
    const broad = ['artificial-intelligence', 'machine-learning', 'sensor', 'robot', 'defect-inspection'];
    for (const relation of CONCEPT_RELATIONS) {
      expect(broad).not.toContain(relation.from);
      for (const to of relation.to) expect(broad).not.toContain(to);
    }
  });

  it('points from a problem to what addresses it, not back', () => {
    expect(relatedConcepts('porosity')).toContain('x-ray-ct');
    expect(relatedConcepts('x-ray-ct')).toEqual([]);
    expect(relatedConcepts('corrosion')).toContain('salt-spray');
    expect(relatedConcepts('salt-spray')).toEqual([]);
  });
});
