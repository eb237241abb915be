import type { CapabilityKind } from '../capability/capability';
import type { CollaborationType } from '../need/need';
import { type MatchFit, NEUTRAL_FIT } from './match-fit';

/** The ways of working together each kind of capability naturally offers. */
export const CAPABILITY_KIND_COLLABORATION_TYPES: Readonly<
  Record<CapabilityKind, readonly CollaborationType[]>
> = {
  // Know-how is shared by working on the problem together, or sold as commissioned
  // research (연구용역), which firms buy from university labs all the time.
  EXPERTISE: ['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION', 'SERVICE'],
  // A machine is booked, or its operators run the tests for you.
  EQUIPMENT: ['EQUIPMENT_ACCESS', 'SERVICE'],
  // A site (pilot line, test bed, clean room) is booked like equipment; it is rented, not
  // co-owned, so not a joint venture.
  FACILITY: ['EQUIPMENT_ACCESS', 'SERVICE'],
  // A patent is licensed, its inventors help transfer it, or it founds a company together
  // with the firm (a university's technology-holding spin-off): the joint-venture route.
  IP: ['LICENSE', 'TECHNICAL_COOPERATION', 'JOINT_VENTURE'],
  // A service is contracted; its providers also adapt it with the client.
  SERVICE: ['SERVICE', 'TECHNICAL_COOPERATION'],
};

/** Whether the capability's kind offers a way of working the need seeks. */
export function collaborationFit(
  sought: readonly CollaborationType[],
  kind: CapabilityKind,
): MatchFit {
  if (sought.length === 0) return NEUTRAL_FIT;
  const offered = CAPABILITY_KIND_COLLABORATION_TYPES[kind];
  const types = sought.filter((type) => offered.includes(type));
  if (types.length > 0)
    return {
      value: 1,
      reasons: [{ code: 'COLLABORATION_FITS', component: 'collaboration', params: { types } }],
    };
  return {
    value: 0,
    reasons: [
      {
        code: 'COLLABORATION_DIFFERS',
        component: 'collaboration',
        params: { sought, offered, kind },
      },
    ],
  };
}
