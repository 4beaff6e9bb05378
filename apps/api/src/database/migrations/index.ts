import { Foundation1764345600000 } from './1764345600000-foundation';

/** Every migration, oldest first. A new migration is added here as well as in its own file. */
export const MIGRATIONS = [Foundation1764345600000];
