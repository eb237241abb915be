import type { MatchPlace } from './match-facts';
import { proximityFit } from './proximity-fit';

const place = (overrides: Partial<MatchPlace>): MatchPlace => ({
  organizationId: 'org',
  country: 'KR',
  region: 'KR-27',
  clusterIds: [],
  partnerClusterIds: [],
  ...overrides,
});

describe('proximityFit', () => {
  const names = { daegu: 'Daegu Mobility Cluster', stuttgart: 'Automotive BW' };

  it('is best in the same cluster, and names it when the caller knows its name', () => {
    const result = proximityFit(
      place({ clusterIds: ['daegu', 'x'] }),
      place({ clusterIds: ['daegu'] }),
      false,
      names,
    );
    expect(result).toEqual({
      value: 1,
      reasons: [
        {
          code: 'SAME_CLUSTER',
          component: 'proximity',
          params: { clusterIds: ['daegu'], clusterNames: ['Daegu Mobility Cluster'] },
        },
      ],
    });
    expect(
      proximityFit(place({ clusterIds: ['c'] }), place({ clusterIds: ['c'] }), false).reasons[0]
        ?.params,
    ).toEqual({ clusterIds: ['c'], clusterNames: [] });
  });

  it('counts a partner cluster from either side, even abroad', () => {
    const need = place({ clusterIds: ['daegu'], partnerClusterIds: ['stuttgart'] });
    const capability = place({ country: 'DE', region: 'DE-BW', clusterIds: ['stuttgart'] });
    const forward = proximityFit(need, capability, false, names);
    expect(forward.value).toBe(0.8);
    expect(forward.reasons[0]).toMatchObject({
      code: 'PARTNER_CLUSTER',
      params: { clusterIds: ['stuttgart'], clusterNames: ['Automotive BW'] },
    });
    const backward = proximityFit(
      place({ clusterIds: ['daegu'] }),
      place({ clusterIds: ['stuttgart'], partnerClusterIds: ['daegu'] }),
      false,
    );
    expect(backward.value).toBe(0.8);
  });

  it('falls back to the same region, then the same country', () => {
    expect(proximityFit(place({}), place({}), false)).toEqual({
      value: 0.6,
      reasons: [
        { code: 'SAME_REGION', component: 'proximity', params: { region: 'KR-27', country: 'KR' } },
      ],
    });
    const country = proximityFit(place({}), place({ region: 'KR-11' }), false);
    expect(country.value).toBe(0.4);
    expect(country.reasons[0]?.code).toBe('SAME_COUNTRY');
    expect(proximityFit(place({ region: null }), place({ region: null }), false).value).toBe(0.4);
  });

  it('values abroad low, unless the need welcomes international partners', () => {
    const abroad = place({ country: 'DE', region: 'DE-BW' });
    expect(proximityFit(place({}), abroad, false)).toEqual({
      value: 0.1,
      reasons: [
        {
          code: 'ABROAD',
          component: 'proximity',
          params: { needCountry: 'KR', capabilityCountry: 'DE' },
        },
      ],
    });
    const welcome = proximityFit(place({}), abroad, true);
    expect(welcome.value).toBe(0.5);
    expect(welcome.reasons[0]?.code).toBe('ABROAD_WELCOME');
  });

  it('orders the tiers cluster > partner cluster > region > abroad welcome > country > abroad', () => {
    const values = [
      proximityFit(place({ clusterIds: ['a'] }), place({ clusterIds: ['a'] }), false),
      proximityFit(place({ clusterIds: ['a'] }), place({ partnerClusterIds: ['a'] }), false),
      proximityFit(place({}), place({}), false),
      proximityFit(place({}), place({ country: 'DE', region: null }), true),
      proximityFit(place({}), place({ region: 'KR-11' }), false),
      proximityFit(place({}), place({ country: 'DE', region: null }), false),
    ].map((fit) => fit.value);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
  });
});
