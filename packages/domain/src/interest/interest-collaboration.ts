import type { CapabilityKind } from '../capability/capability';
import type { CollaborationType } from '../need/need';

/** What the listing an accepted interest answered says about the kind of work. */
export type AnsweredWork =
  | { kind: 'NEED'; collaborationTypes: readonly CollaborationType[] }
  | { kind: 'CAPABILITY'; capabilityKind: CapabilityKind };

// What taking up a capability of each kind amounts to.
const BY_CAPABILITY_KIND: Record<CapabilityKind, CollaborationType> = {
  EXPERTISE: 'TECHNICAL_COOPERATION',
  EQUIPMENT: 'EQUIPMENT_ACCESS',
  FACILITY: 'EQUIPMENT_ACCESS',
  IP: 'LICENSE',
  SERVICE: 'SERVICE',
};

/**
 * The type of the collaboration an accepted interest starts: the first kind of collaboration
 * the need asked for (research cooperation when it named none), or what taking up the
 * capability amounts to (equipment access, a licence, a service…).
 */
export function collaborationTypeOf(work: AnsweredWork): CollaborationType {
  if (work.kind === 'CAPABILITY') return BY_CAPABILITY_KIND[work.capabilityKind];
  return work.collaborationTypes[0] ?? 'RESEARCH_COOPERATION';
}
