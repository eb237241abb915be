import { DomainError, badInput, errorKey, type ErrorKey } from '../errors/domain-error';
import {
  assertCapabilityPublishable,
  type CapabilityDraftInput,
  type CapabilityStatus,
} from './capability';

/**
 * A capability's life: the owner publishes a DRAFT, archives it when it is no longer on
 * offer (the page, its matches and interests stay for the record), and may republish it.
 * A draft is never archived: nobody saw it, so the owner deletes it instead.
 */
export type CapabilityAction = 'publish' | 'archive' | 'republish';

const TRANSITIONS: Record<
  CapabilityAction,
  { from: CapabilityStatus; to: CapabilityStatus; checksValues: boolean }
> = {
  publish: { from: 'DRAFT', to: 'PUBLISHED', checksValues: true },
  archive: { from: 'PUBLISHED', to: 'ARCHIVED', checksValues: false },
  // The values are checked again: rules or code lists may have changed while it was archived.
  republish: { from: 'ARCHIVED', to: 'PUBLISHED', checksValues: true },
};

const CONFLICT_KEYS: Record<CapabilityAction, ErrorKey> = {
  publish: errorKey('capability.publishNotDraft'),
  archive: errorKey('capability.archiveNotPublished'),
  republish: errorKey('capability.republishNotArchived'),
};

const CONFLICT_MESSAGES: Record<CapabilityAction, string> = {
  publish: 'Only a draft can be published.',
  archive: 'Only a published capability can be archived.',
  republish: 'Only an archived capability can be published again.',
};

/** The next status, or CONFLICT on `status` (wrong state) / BAD_USER_INPUT naming the field. */
export function transitionCapability(
  current: CapabilityStatus,
  action: CapabilityAction,
  options: { values?: CapabilityDraftInput | undefined } = {},
): CapabilityStatus {
  const transition = TRANSITIONS[action];
  if (current !== transition.from)
    throw new DomainError(
      'CONFLICT',
      `${CONFLICT_MESSAGES[action]} This capability is ${current}.`,
      { field: 'status', key: CONFLICT_KEYS[action] },
    );
  if (transition.checksValues) {
    if (!options.values)
      throw badInput(
        'input',
        'Give the capability’s values to publish it.',
        errorKey('capability.valuesRequired'),
      );
    assertCapabilityPublishable(options.values);
  }
  return transition.to;
}

/** Actions the owner could take from a status, for showing only the buttons that work. */
export function availableCapabilityActions(current: CapabilityStatus): CapabilityAction[] {
  return (Object.keys(TRANSITIONS) as CapabilityAction[]).filter(
    (action) => TRANSITIONS[action].from === current,
  );
}
