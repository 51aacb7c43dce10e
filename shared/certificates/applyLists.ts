import type { DroppedLink, Material, ReplacementMethod, ServiceItem } from '../domain/serviceItem';
import type { CertificateEntry, CertificateList } from './model';
import { certificateStatus, linkedCertificateStatus, type CertificateIndex } from './resolve';

/** A drop as the window shows it: the link, with the published entry's method, wording and list. */
export type ResolvedDrop = DroppedLink & {
  replacementMethod: ReplacementMethod;
  replacement: string;
  sourceList: string;
};

/** A material with what the published lists say about it (absent: on no list). */
export type ListedMaterial = Omit<Material, 'dropped'> & {
  dropped?: ResolvedDrop;
  listed?: { state: 'kept' | 'dropped'; entry: CertificateEntry; list: CertificateList };
};

export type ListedItem<I extends ServiceItem = ServiceItem> = Omit<I, 'materials'> & {
  materials: ListedMaterial[];
};

/** A 待分类 entry never reaches a published list, so `unclassified` cannot arrive here; be safe anyway. */
const replacementMethodOf = (entry: CertificateEntry): ReplacementMethod =>
  entry.method === null || entry.method === 'unclassified' ? 'directlyCancelled' : entry.method;

/**
 * The published lists are the one source of truth for whether a certificate is still asked for and
 * what replaces it. A material linked to a dropped-list entry (`dropped.key`) is dropped with that
 * entry's method and published wording; if the published lists no longer hold the link, or hold the
 * certificate on a kept list, it is asked for. A certificate without a link is matched by name: on a
 * dropped list it is dropped, on a kept list asked for, on no list asked for as the guide says. A
 * conditional drop written in the guide (已参保的免交) still limits the drop to those applicants.
 * Everything downstream — the checklist, the one-time notice, the applicant screen — reads `dropped`,
 * so none of it can ask for a certificate the list dropped.
 */
export const applyCertificateLists = <I extends ServiceItem>(
  item: I,
  index: CertificateIndex,
): ListedItem<I> => ({
  ...item,
  materials: item.materials.map((material): ListedMaterial => {
    const { dropped: link, ...rest } = material;
    if (!material.isCertificate) return rest;
    const status = link
      ? linkedCertificateStatus(index, link.key, item.departmentId)
      : certificateStatus(index, material.name, item.departmentId);
    if (status.state === 'unlisted') return rest;
    const listed = { state: status.state, entry: status.entry, list: status.list };
    if (status.state === 'kept') return { ...rest, issuer: status.entry.issuer || material.issuer, listed };
    return {
      ...rest,
      dropped: {
        key: link?.key ?? status.entry.linkKey ?? status.entry.id.slice(0, 40),
        ...(link?.when ? { when: link.when } : {}),
        replacementMethod: replacementMethodOf(status.entry),
        replacement: status.entry.replacementText,
        sourceList: status.list.title,
      },
      listed,
    };
  }),
});
