import { maxPushBytes, maxPushMutations, type Mutation } from '../../shared/sync/contract';

/** Room left in the 1 MiB request for the envelope (`clientId`, `schemaVersion`, brackets, commas). */
const envelopeAllowance = 1024;

const encoder = new TextEncoder();

export const serializedSize = (mutation: Mutation): number => encoder.encode(JSON.stringify(mutation)).length;

/**
 * The longest prefix of `entries` (in seq order) that fits one push: at most `maxCount` mutations and
 * the byte limit. Always at least one entry, so an oversized mutation still reaches the server once and
 * its 413 tells us to set it aside.
 */
export const takeBatch = <M extends Mutation>(
  entries: readonly M[],
  maxCount: number = maxPushMutations,
  maxBytes: number = maxPushBytes,
): M[] => {
  const batch: M[] = [];
  let bytes = envelopeAllowance;
  for (const entry of entries) {
    if (batch.length >= Math.min(maxCount, maxPushMutations)) break;
    const size = serializedSize(entry) + 1;
    if (batch.length > 0 && bytes + size > maxBytes) break;
    batch.push(entry);
    bytes += size;
  }
  return batch;
};
