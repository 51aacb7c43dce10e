import type { Material, ReplacementMethod, ServiceItem } from '../domain/serviceItem';
import type { CertificateEntry, CertificateList } from './model';
import { certificateStatus, type CertificateIndex } from './resolve';

/** A material with what the published lists say about it (absent: on no list). */
export type ListedMaterial = Material & {
  listed?: { state: 'kept' | 'dropped'; entry: CertificateEntry; list: CertificateList };
};

export type ListedItem<I extends ServiceItem = ServiceItem> = Omit<I, 'materials'> & {
  materials: ListedMaterial[];
};

/** A 待分类 entry never reaches a published list, so `unclassified` cannot arrive here; be safe anyway. */
const replacementMethodOf = (entry: CertificateEntry): ReplacementMethod =>
  entry.method === null || entry.method === 'unclassified' ? 'directlyCancelled' : entry.method;

/**
 * The published lists are the one source of truth for whether a certificate is still asked for: a
 * certificate on the department's (or the city's) dropped list is dropped with the list's published
 * replacement, whatever the item's own note says; one on a kept list is asked for, and an item's old
 * note that it was dropped no longer applies. A certificate on no list keeps what the guide says. A
 * conditional drop written in the guide (已参保的免交) still limits the list's drop to those applicants.
 * Everything downstream — the checklist, the one-time notice, the applicant screen — reads `dropped`
 * as before, so none of it can ask for a certificate the list dropped.
 */
export const applyCertificateLists = <I extends ServiceItem>(
  item: I,
  index: CertificateIndex,
): ListedItem<I> => ({
  ...item,
  materials: item.materials.map((material): ListedMaterial => {
    if (!material.isCertificate) return material;
    const status = certificateStatus(index, material.name, item.departmentId);
    if (status.state === 'unlisted') return material;
    const listed = { state: status.state, entry: status.entry, list: status.list };
    if (status.state === 'kept') {
      const { dropped: _dropped, ...asked } = material;
      return { ...asked, issuer: status.entry.issuer || material.issuer, listed };
    }
    return {
      ...material,
      dropped: {
        ...(material.dropped?.when ? { when: material.dropped.when } : {}),
        replacementMethod: replacementMethodOf(status.entry),
        replacement: status.entry.replacementText.slice(0, 200),
        sourceList: status.list.title.slice(0, 120),
      },
      listed,
    };
  }),
});
