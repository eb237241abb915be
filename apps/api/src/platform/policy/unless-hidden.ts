import { DomainError } from '@spillover/domain';

/**
 * A thing the viewer may not see reads as absent: a field resolves to null (or is left out
 * of a list), never to an error that would tell it exists.
 */
export async function unlessHidden<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
