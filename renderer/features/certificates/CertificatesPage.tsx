import { Button } from '@mui/material';
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link as RouterLink } from 'react-router';
import { useDb } from '../../app/DbContext';
import { Page } from '../../components/Page';
import { PageState } from '../../components/PageState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n/useI18n';
import { useCertificateLists } from './data/useCertificateLists';
import { EntryFinder } from './EntryFinder';
import { ListsTable } from './ListsTable';
import { importListPath } from './paths';
import { useIsSupervisor } from './useIsSupervisor';

/** 证明事项清单: the lists (all versions for a supervisor, published for clerks) and a search across them. */
export const CertificatesPage = () => {
  const { t } = useI18n();
  const db = useDb();
  const supervisor = useIsSupervisor();
  const lists = useCertificateLists();
  const visible = useMemo(
    () => (lists ?? []).filter((list) => supervisor || list.status === 'published'),
    [lists, supervisor],
  );
  const publishedIds = useMemo(
    () => (lists ?? []).filter((list) => list.status === 'published').map((list) => list.id),
    [lists],
  );
  const entries = useLiveQuery(
    () => db.certificateEntries.where('listId').anyOf(publishedIds).toArray(),
    [db, publishedIds],
  );
  if (!lists || !entries) return <PageState kind="loading" />;
  return (
    <Page
      title={t('certificates.title')}
      subtitle={t('certificates.subtitle')}
      actions={
        supervisor && (
          <Button variant="contained" component={RouterLink} to={importListPath}>
            {t('certificates.import')}
          </Button>
        )
      }
    >
      <Section id="certificate-lists" title={t('certificates.lists')} flush>
        {visible.length === 0 ? (
          <PageState kind="empty" title={t('certificates.noLists')} />
        ) : (
          <ListsTable lists={visible} />
        )}
      </Section>
      <Section id="certificate-find" title={t('certificates.find')}>
        <EntryFinder entries={entries.filter((entry) => !entry.deleted)} />
      </Section>
    </Page>
  );
};
