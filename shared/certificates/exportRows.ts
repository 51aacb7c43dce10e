import { canonicalHeaders, type EntryColumn } from './headers';
import { levelLabels, methodLabels, verificationLabels } from './labels';
import type { CertificateEntryFields, CertificateListFields, ListKind } from './model';

const columnsFor = (kind: ListKind): readonly EntryColumn[] => [
  'serial',
  'name',
  'purpose',
  'basis',
  'basisText',
  'requestingUnit',
  'issuer',
  'level',
  'itemType',
  ...(kind === 'kept'
    ? (['keptReason'] as const)
    : (['replacementText', 'method', 'verificationMethod', 'falseCommitmentConsequence'] as const)),
];

const cellOf = (entry: CertificateEntryFields, column: EntryColumn): string => {
  switch (column) {
    case 'level':
      return levelLabels[entry.level];
    case 'method':
      return entry.method ? methodLabels[entry.method] : '';
    case 'verificationMethod':
      return entry.verificationMethod ? verificationLabels[entry.verificationMethod] : '';
    default:
      return entry[column];
  }
};

/**
 * A version as a published-style table: title row, the same Chinese headers the importer reads, then
 * the entries in order, with any extra columns the imported file had. Re-importing an export gives the
 * same entries (a test checks the round trip), so an export is also a backup a bureau can edit in Excel.
 */
export const exportRows = (
  list: Pick<CertificateListFields, 'title' | 'documentNumber' | 'kind'>,
  entries: readonly CertificateEntryFields[],
): string[][] => {
  const columns = columnsFor(list.kind);
  const extraHeaders = [...new Set(entries.flatMap((entry) => Object.keys(entry.extra)))];
  const sorted = [...entries].sort((a, b) => a.position - b.position);
  return [
    [list.documentNumber === '' ? list.title : `${list.title}（${list.documentNumber}）`],
    [...columns.map((column) => canonicalHeaders[column]), ...extraHeaders],
    ...sorted.map((entry) => [
      ...columns.map((column) => cellOf(entry, column)),
      ...extraHeaders.map((header) => entry.extra[header] ?? ''),
    ]),
  ];
};
