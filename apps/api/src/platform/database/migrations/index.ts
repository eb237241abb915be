import { Foundation1795562199273 } from './1795562199273-Foundation';

/** Every migration, oldest first. `migration:generate` writes new ones; add them here. */
export const MIGRATIONS = [Foundation1795562199273];
