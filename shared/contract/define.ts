// Runs anywhere. The building block of the contract: one call's argument and result schemas.
import { z } from 'zod';

export const channel = <A extends z.ZodType, R extends z.ZodType>(args: A, result: R) => ({ args, result });

/** Arguments of a call that takes none. */
export const NoArgs = z.object({}).strict();
