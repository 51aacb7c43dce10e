import { z } from 'zod';
import { isoInstantSchema } from '../time';

/**
 * Fields every synced row carries (ARCHITECTURE.md, "Local data"). `version` is assigned by the server
 * and stays 0 until the row has been acknowledged; deletes are tombstones (`deleted: true`).
 */
export const syncMetaSchema = z.object({
  version: z.number().int().min(0),
  updatedAt: isoInstantSchema,
  updatedBy: z.string().max(80),
  deleted: z.boolean(),
});

export type SyncMeta = z.infer<typeof syncMetaSchema>;
