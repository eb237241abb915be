import { CAPABILITY_KINDS } from '../capability/capability';
import { COLLABORATION_TYPES } from '../need/need';
import { CAPABILITY_KIND_COLLABORATION_TYPES, collaborationFit } from './collaboration-fit';

describe('collaborationFit', () => {
  it('fits when the kind offers a type the need seeks, naming the types', () => {
    expect(collaborationFit(['LICENSE', 'RESEARCH_COOPERATION'], 'IP')).toEqual({
      value: 1,
      reasons: [
        { code: 'COLLABORATION_FITS', component: 'collaboration', params: { types: ['LICENSE'] } },
      ],
    });
    expect(collaborationFit(['EQUIPMENT_ACCESS'], 'FACILITY').value).toBe(1);
  });

  it('is 0 with a gap reason when nothing sought is offered', () => {
    const result = collaborationFit(['LICENSE'], 'EQUIPMENT');
    expect(result.value).toBe(0);
    expect(result.reasons[0]).toMatchObject({
      code: 'COLLABORATION_DIFFERS',
      params: { sought: ['LICENSE'], offered: ['EQUIPMENT_ACCESS', 'SERVICE'] },
    });
  });

  it('is neutral without a reason when the need seeks nothing in particular', () => {
    expect(collaborationFit([], 'EXPERTISE')).toEqual({ value: 0.5, reasons: [] });
  });

  it('gives every kind something, and every type some kind', () => {
    for (const kind of CAPABILITY_KINDS)
      expect(CAPABILITY_KIND_COLLABORATION_TYPES[kind].length).toBeGreaterThan(0);
    const offered = new Set(Object.values(CAPABILITY_KIND_COLLABORATION_TYPES).flat());
    expect([...offered].sort()).toEqual([...COLLABORATION_TYPES].sort());
  });
});
