import { CONCEPT_FAMILIES, conceptFamilyLabel, familiesOfConcept } from './concept-families';
import { TECHNICAL_GLOSSARY } from './technical-glossary';

describe('CONCEPT_FAMILIES', () => {
  const concepts = new Set(TECHNICAL_GLOSSARY.map((concept) => concept.id));

  it('groups only glossary concepts, each family with a reason, both labels and unique id', () => {
    const ids = CONCEPT_FAMILIES.map((family) => family.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const family of CONCEPT_FAMILIES) {
      expect(family.why.length).toBeGreaterThan(20);
      expect(family.label.en).toMatch(/[a-z]/);
      expect(family.label.ko).toMatch(/[가-힣]/);
      expect(new Set(family.members).size).toBe(family.members.length);
      for (const member of family.members) expect(concepts.has(member)).toBe(true);
    }
  });

  it('keeps families narrow: two to a dozen concepts, never the generic AI or sensor ones', () => {
    for (const family of CONCEPT_FAMILIES) {
      expect(family.members.length).toBeGreaterThanOrEqual(2);
      expect(family.members.length).toBeLessThanOrEqual(12);
    }
    for (const generic of ['machine-learning', 'artificial-intelligence', 'sensor', 'prediction'])
      expect(familiesOfConcept(generic)).toEqual([]);
  });

  it('groups no place, market or product category, and never a test with the product it tests', () => {
    // Places, markets and product categories, and words that mean different work in
    // different fields: in no family (the file's first principle).
    for (const concept of [
      'offshore',
      'wind-turbine',
      'nuclear-smr',
      'electric-vehicle',
      'medical-device',
      'display',
      'photovoltaic',
      'lithium',
      'heavy-metal',
      'robot',
      'defect-inspection',
      'yield',
      'energy-storage',
      'substation',
    ])
      expect(familiesOfConcept(concept)).toEqual([]);
    // A test method and the product it tests (the second principle), and products that
    // only share a market: never one family.
    const apart: readonly [string, string][] = [
      ['biocompatibility', 'implant'],
      ['biocompatibility', 'wound-dressing'],
      ['implant', 'dental'],
      ['salt-spray', 'coating'],
      ['emc', 'reliability'],
      ['dynamometer', 'motor'],
      ['motor', 'inverter'],
      ['mooring', 'blade'],
      ['burst-test', 'pressure-vessel'],
      ['fire-test', 'flame-retardant'],
      ['water-vapour-transmission', 'encapsulation'],
      ['gas-sensor', 'voc-abatement'],
      ['bearing', 'predictive-maintenance'],
      ['battery-housing', 'battery-pack'],
    ];
    for (const [a, b] of apart) {
      const shared = familiesOfConcept(a).filter((family) => familiesOfConcept(b).includes(family));
      expect([a, b, shared]).toEqual([a, b, []]);
    }
  });

  it('knows ECG and EMG as biosignals, and names a family in either language', () => {
    expect(familiesOfConcept('ecg')).toContain('biosignals');
    expect(familiesOfConcept('emg')).toContain('biosignals');
    expect(conceptFamilyLabel('biosignals', 'ko')).toBe('생체신호');
    expect(conceptFamilyLabel('no-such-family', 'en')).toBeUndefined();
  });
});
