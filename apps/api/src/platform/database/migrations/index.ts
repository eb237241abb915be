import { Foundation1795562199273 } from './1795562199273-Foundation';
import { NeedsAndCapabilities1795564855261 } from './1795564855261-NeedsAndCapabilities';
import { SearchDocuments1795566076097 } from './1795566076097-SearchDocuments';

/** Every migration, oldest first. `migration:generate` writes new ones; add them here. */
export const MIGRATIONS = [Foundation1795562199273, NeedsAndCapabilities1795564855261, SearchDocuments1795566076097];
