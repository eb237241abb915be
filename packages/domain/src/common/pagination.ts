import { z } from 'zod';

export const PAGE_SIZE_MAX = 100;

export const pageSchema = z.object({
  first: z
    .number()
    .int('Ask for a whole number of items.')
    .min(1, 'Ask for at least 1 item.')
    .max(PAGE_SIZE_MAX, `Ask for at most ${PAGE_SIZE_MAX} items per page.`),
  after: z.string().max(500, 'This cursor is not valid; start from the first page.').nullish(),
});
