import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  List,
  ListItem,
  Typography,
} from '@mui/material';
import { Link as RouterLink, useParams } from 'react-router';
import { diffVersions } from '../../../shared/certificates/diff';
import { exportRows } from '../../../shared/certificates/exportRows';
import { toCsv } from '../../../shared/certificates/fileFormat';
import type { CertificateEntry, CertificateList } from '../../../shared/certificates/model';
import { publishBlockers } from '../../../shared/certificates/versions';
import { useDb } from '../../app/DbContext';
import { useDeskDetails } from '../../app/useDeskDetails';
import { itemPath } from '../../app/navigation';
import { errorText } from '../../components/errorText';
import { Facts } from '../../components/Facts';
import { Page } from '../../components/Page';
import { PageState } from '../../components/PageState';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../i18n/useI18n';
import { getBridge } from '../../platform/bridge';
import { xlsxBase64 } from './data/listFileReaders';
import { classifyEntry, publishDraft } from './data/listWrites';
import { useCertificateLists, useListEntries } from './data/useCertificateLists';
import { DiffTable } from './DiffTable';
import { EntriesTable } from './EntriesTable';
import { certificatesPath } from './paths';
import { publishImpact } from './publishImpact';
import { useIsSupervisor } from './useIsSupervisor';
import { useListLabels } from './useListLabels';
import { ListFactsDialog } from './ListFactsDialog';

/** One version of a list: its facts, entries (classified here while a draft), publish, export, compare. */
export const ListVersionPage = () => {
  const { t } = useI18n();
  const db = useDb();
  const { listId } = useParams();
  const details = useDeskDetails();
  const supervisor = useIsSupervisor();
  const labels = useListLabels();
  const lists = useCertificateLists();
  const list = lists?.find((candidate) => candidate.id === listId);
  const entries = useListEntries(listId);
  const [compareId, setCompareId] = useState('');
  const compareEntries = useListEntries(compareId === '' ? undefined : compareId);
  const [impact, setImpact] = useState<Awaited<ReturnType<typeof publishImpact>> | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [editingFacts, setEditingFacts] = useState(false);
  const diff = useMemo(
    () => (compareId !== '' && entries && compareEntries ? diffVersions(compareEntries, entries) : null),
    [compareId, entries, compareEntries],
  );

  if (!lists || !entries || details === undefined) return <PageState kind="loading" />;
  if (!list) return <PageState kind="empty" title={t('certificates.listNotFound')} />;
  const author = { by: details?.desk.staffId ?? '', now: new Date() };
  const editable = supervisor && list.status === 'draft';
  const blockers = publishBlockers(entries);
  const noDate = list.effectiveDate === null;
  const versions = lists.filter((other) => other.departmentId === list.departmentId && other.id !== list.id);

  const exportAs = async (format: 'xlsx' | 'csv') => {
    const rows = exportRows(list, entries);
    const name = `${list.title}-${t('certificates.versionShort', { number: list.versionNumber })}`;
    await getBridge().saveFile(
      format === 'csv'
        ? { suggestedName: `${name}.csv`, mimeType: 'text/csv', content: toCsv(rows), encoding: 'utf8' }
        : {
            suggestedName: `${name}.xlsx`,
            mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            content: await xlsxBase64(t(`certificates.kind.${list.kind}`), rows),
            encoding: 'base64',
          },
    );
  };

  const publish = async () => {
    try {
      await publishDraft(db, list, author);
      setImpact(null);
      setMessage(t('certificates.published'));
    } catch (error) {
      setMessage(t('certificates.saveFailed', { detail: errorText(error) }));
    }
  };

  return (
    <Page
      title={list.title}
      subtitle={`${labels.scope(list)} · ${t(`certificates.kind.${list.kind}`)} · ${labels.version(list)}`}
      before={
        <Link component={RouterLink} to={certificatesPath}>
          {t('certificates.back')}
        </Link>
      }
      actions={
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {editable && (
            <Button variant="outlined" onClick={() => setEditingFacts(true)}>
              {t('certificates.facts.edit')}
            </Button>
          )}
          {editable && (
            <Button variant="contained" onClick={() => void publishImpact(db, list).then(setImpact)}>
              {t('certificates.publish')}
            </Button>
          )}
          <Button variant="outlined" onClick={() => void exportAs('xlsx')}>
            {t('certificates.exportXlsx')}
          </Button>
          <Button variant="outlined" onClick={() => void exportAs('csv')}>
            {t('certificates.exportCsv')}
          </Button>
        </Box>
      }
    >
      {message && <Alert severity="info">{message}</Alert>}
      {editable && blockers.length > 0 && (
        <Alert severity="warning">{t('certificates.unclassifiedLeft', { count: blockers.length })}</Alert>
      )}
      {editable && noDate && <Alert severity="warning">{t('certificates.facts.publishNoDate')}</Alert>}
      {editingFacts && (
        <ListFactsDialog
          list={list}
          by={author.by}
          onClose={(saved) => {
            setEditingFacts(false);
            if (saved) setMessage(t('certificates.facts.saved'));
          }}
        />
      )}
      <Section id="list-facts" title={t('certificates.facts')}>
        <Facts
          rows={[
            [t('certificates.list.document'), list.documentNumber || '—'],
            [t('certificates.list.effective'), list.effectiveDate ?? '—'],
            [t('certificates.list.count'), String(entries.length)],
            [t('certificates.list.source'), list.source],
            list.publishedAt !== null && [t('certificates.list.published'), list.publishedAt.slice(0, 10)],
          ]}
        />
      </Section>
      <Section id="list-entries" title={t('certificates.entries')} flush>
        <EntriesTable
          list={list}
          entries={entries}
          {...(editable && list.kind === 'dropped'
            ? {
                onClassify: (entry: CertificateEntry, method) =>
                  void classifyEntry(db, entry, method, entry.verificationMethod, author),
              }
            : {})}
        />
      </Section>
      <Section id="list-compare" title={t('certificates.diff.title')} flush>
        <Box sx={{ px: 2.5, pt: 2 }}>
          <SelectField
            id="compare-version"
            label={t('certificates.diff.with')}
            value={compareId}
            options={versions.map((other: CertificateList) => ({
              value: other.id,
              label: `${t(`certificates.kind.${other.kind}`)} · ${labels.version(other)}`,
            }))}
            onChange={setCompareId}
            placeholder={t('certificates.diff.choose')}
          />
        </Box>
        {diff && <DiffTable rows={diff} />}
      </Section>
      <Dialog
        open={impact !== null}
        onClose={() => setImpact(null)}
        aria-labelledby="publish-title"
        maxWidth="md"
        fullWidth
      >
        <DialogTitle id="publish-title">{t('certificates.publishTitle', { title: list.title })}</DialogTitle>
        <DialogContent>
          {blockers.length > 0 || noDate ? (
            <Alert severity="error" role="alert">
              {blockers.length > 0
                ? t('certificates.publishBlocked', { count: blockers.length })
                : t('certificates.facts.publishNoDate')}
            </Alert>
          ) : (
            <>
              <Typography sx={{ mb: 1 }}>
                {t('certificates.publishItems', { count: impact?.items.length ?? 0 })}
              </Typography>
              <List dense>
                {impact?.items.map((item) => (
                  <ListItem key={item.id}>
                    <Link component={RouterLink} to={itemPath(item.id)}>
                      {item.name}
                    </Link>
                  </ListItem>
                ))}
              </List>
              {impact && impact.rows.length > 0 && <DiffTable rows={impact.rows} />}
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setImpact(null)}>{t('common.cancel')}</Button>
          <Button variant="contained" disabled={blockers.length > 0 || noDate} onClick={() => void publish()}>
            {t('certificates.publishConfirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Page>
  );
};
