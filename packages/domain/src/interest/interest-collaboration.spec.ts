import { CAPABILITY_KINDS } from '../capability/capability';
import { collaborationTypeOf } from './interest-collaboration';

describe('the collaboration an accepted interest starts', () => {
  it("takes the need's first collaboration type, research cooperation when it named none", () => {
    expect(collaborationTypeOf({ kind: 'NEED', collaborationTypes: ['LICENSE', 'SERVICE'] })).toBe(
      'LICENSE',
    );
    expect(collaborationTypeOf({ kind: 'NEED', collaborationTypes: [] })).toBe(
      'RESEARCH_COOPERATION',
    );
  });

  it("follows the capability's kind, for every kind", () => {
    expect(
      CAPABILITY_KINDS.map((capabilityKind) =>
        collaborationTypeOf({ kind: 'CAPABILITY', capabilityKind }),
      ),
    ).toEqual([
      'TECHNICAL_COOPERATION',
      'EQUIPMENT_ACCESS',
      'EQUIPMENT_ACCESS',
      'LICENSE',
      'SERVICE',
    ]);
  });
});
