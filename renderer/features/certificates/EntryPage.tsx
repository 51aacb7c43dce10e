import { Box, Link, List, ListItem, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link as RouterLink, useParams } from 'react-router';
import { diffVersions } from '../../../shared/certificates/diff';
import {
  certificateEntryIdSchema,
  certificateKey,
  type CertificateEntry,
  type CertificateList,
} from '../../../shared/certificates/model';
import { useDb } from '../../app/DbContext';
import { itemPath } from '../../app/navigation';
import { Facts } from '../../components/Facts';
import { Page } from '../../components/Page';
import { PageState } from '../../components/PageState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n/useI18n';
import { listPath } from './paths';
import { useListLabels } from './useListLabels';

/**
 * One certificate: its basis, its replacement (or why it is kept), the items that ask for it, and its
 * history across every version of the department's lists (added, changed, moved kept→dropped).
 */
export const EntryPage = () => {
  const { t } = useI18n();
  const db = useDb();
  const { entryId } = useParams();
  const labels = useListLabels();
  const data = useLiveQuery(async () => {
    const id = certificateEntryIdSchema.safeParse(entryId);
    const entry = id.success ? await db.certificateEntries.get(id.data) : undefined;
    if (!entry) return null;
    const key = certificateKey(entry.name);
    const lists = (await db.certificateLists.toArray()).filter(
      (list) => !list.deleted && list.departmentId === entry.departmentId,
    );
    const listById = new Map(lists.map((list) => [list.id, list]));
    const history = (
      await db.certificateEntries
        .where('listId')
        .anyOf([...listById.keys()])
        .toArray()
    )
      .filter((other) => certificateKey(other.name) === key && !other.deleted)
      .map((other) => ({ entry: other, list: listById.get(other.listId)! }))
      .sort(
        (a, b) =>
          (a.list.publishedAt ?? '9').localeCompare(b.list.publishedAt ?? '9') ||
          a.list.versionNumber - b.list.versionNumber,
      );
    const items = (await db.items.toArray()).filter(
      (item) =>
        !item.deleted &&
        (entry.departmentId === null || item.departmentId === entry.departmentId) &&
        item.materials.some((material) => certificateKey(material.name) === key),
    );
    return { entry, list: listById.get(entry.listId), history, items };
  }, [db, entryId]);
  if (data === undefined) return <PageState kind="loading" />;
  if (data === null || !data.list) return <PageState kind="empty" title={t('certificates.entryNotFound')} />;
  const { entry, list, history, items } = data;
  return (
    <Page
      title={entry.name}
      subtitle={`${list.title} · ${labels.version(list)}`}
      before={
        <Link component={RouterLink} to={listPath(list.id)}>
          {t('certificates.backToList', { title: list.title })}
        </Link>
      }
    >
      <Section id="entry-facts" title={t('certificates.entryFacts')}>
        <Facts
          rows={[
            [t('certificates.entry.serial'), entry.serial],
            [t('certificates.list.kind'), t(`certificates.kind.${entry.kind}`)],
            [t('certificates.entry.purpose'), entry.purpose || '—'],
            [t('certificates.entry.basis'), entry.basis || '—'],
            [
              t('certificates.entry.basisText'),
              <Box sx={{ whiteSpace: 'pre-wrap' }}>{entry.basisText || '—'}</Box>,
            ],
            [t('certificates.entry.requestingUnit'), entry.requestingUnit || '—'],
            [t('certificates.entry.issuer'), entry.issuer || '—'],
            [t('certificates.entry.level'), t(`certificates.level.${entry.level}`)],
            [t('certificates.entry.itemType'), entry.itemType || '—'],
            entry.kind === 'kept' && [t('certificates.entry.keptReason'), entry.keptReason || '—'],
            entry.kind === 'dropped' && [
              t('certificates.entry.replacementText'),
              entry.replacementText || '—',
            ],
            entry.kind === 'dropped' &&
              entry.method !== null && [
                t('certificates.entry.method'),
                t(`certificates.method.${entry.method}`),
              ],
            entry.verificationMethod !== null && [
              t('certificates.entry.verificationMethod'),
              t(`certificates.verification.${entry.verificationMethod}`),
            ],
            entry.falseCommitmentConsequence !== '' && [
              t('certificates.entry.falseCommitmentConsequence'),
              entry.falseCommitmentConsequence,
            ],
            ...Object.entries(entry.extra).map(([header, value]) => [header, value] as const),
          ]}
        />
      </Section>
      <Section id="entry-items" title={t('certificates.askedBy')}>
        {items.length === 0 ? (
          t('certificates.askedByNone')
        ) : (
          <List dense>
            {items.map((item) => (
              <ListItem key={item.id}>
                <Link component={RouterLink} to={itemPath(item.id)}>
                  {item.name}
                </Link>
              </ListItem>
            ))}
          </List>
        )}
      </Section>
      <Section id="entry-history" title={t('certificates.history')} flush>
        <HistoryTable history={history} />
      </Section>
    </Page>
  );
};

const HistoryTable = ({ history }: { history: { entry: CertificateEntry; list: CertificateList }[] }) => {
  const { t } = useI18n();
  const labels = useListLabels();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{t('certificates.list.version')}</TableCell>
          <TableCell>{t('certificates.list.kind')}</TableCell>
          <TableCell>{t('certificates.history.change')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {history.map(({ entry, list }, index) => {
          const previous = history[index - 1]?.entry;
          const row = previous ? diffVersions([previous], [entry])[0] : undefined;
          const change = !previous
            ? t('certificates.history.first')
            : !row
              ? t('certificates.history.same')
              : row.change === 'moved' || row.change === 'changed'
                ? row.fields.map((field) => t(`certificates.entry.${field.field}`)).join('、')
                : '';
          return (
            <TableRow key={entry.id}>
              <TableCell>
                <Link component={RouterLink} to={listPath(list.id)}>
                  {labels.version(list)}
                </Link>
              </TableCell>
              <TableCell>{t(`certificates.kind.${entry.kind}`)}</TableCell>
              <TableCell>{change}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
