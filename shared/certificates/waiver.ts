import { z } from 'zod';
import { isDroppedFor, type GuideAnswers } from '../domain/serviceItem';
import { isoInstantSchema, type IsoInstant } from '../time';
import type { ListedItem } from './applyLists';
import { certificateMethodSchema, verificationMethodSchema } from './model';

/**
 * A certificate the applicant did not bring because a published list dropped it, as recorded on the
 * case: which entry of which list version, how it is replaced, and — for 告知承诺 — how the office will
 * verify the commitment and when the letter was printed. The record outlives later list versions.
 */
export const waivedCertificateSchema = z.object({
  materialId: z.string().max(40),
  name: z.string().max(200),
  entryId: z.string().max(80),
  listId: z.string().max(80),
  method: certificateMethodSchema,
  verificationMethod: verificationMethodSchema.nullable(),
  commitmentPrintedAt: isoInstantSchema.nullable(),
});
export type WaivedCertificate = z.infer<typeof waivedCertificateSchema>;

/**
 * Every list-dropped certificate of the item for this applicant. `printedAt` stamps the commitments
 * when the 告知承诺书 is printed now; null (at 结束办理) records the waiver without a letter.
 */
export const waiversFor = (
  item: ListedItem,
  answers: GuideAnswers,
  printedAt: IsoInstant | null,
): WaivedCertificate[] =>
  item.materials.flatMap((material) => {
    const listed = material.listed;
    if (!listed || listed.state !== 'dropped' || !isDroppedFor(material, answers)) return [];
    const method = listed.entry.method ?? 'unclassified';
    return [
      {
        materialId: material.id,
        name: material.name,
        entryId: listed.entry.id,
        listId: listed.list.id,
        method,
        verificationMethod: method === 'commitment' ? (listed.entry.verificationMethod ?? 'written') : null,
        commitmentPrintedAt: method === 'commitment' ? printedAt : null,
      },
    ];
  });

/**
 * The waivers to store when a case finishes: what the lists waive now, but a certificate already
 * recorded keeps its record (the list version it was waived under, the printed letter's time) — a list
 * published while the applicant sat at the window must not rewrite what the clerk told them.
 */
export const mergeWaivers = (
  recorded: readonly WaivedCertificate[] | undefined,
  current: readonly WaivedCertificate[],
): WaivedCertificate[] => {
  const kept = new Map((recorded ?? []).map((waiver) => [waiver.materialId, waiver]));
  return [...(recorded ?? []), ...current.filter((waiver) => !kept.has(waiver.materialId))];
};
