import { useMemo, useRef, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  List,
  ListItem,
  TextField,
  Typography,
} from '@mui/material';
import { useNavigate } from 'react-router';
import { describeProblem } from '../../../shared/certificates/describeProblem';
import { importList, type ImportResult, type SheetCells } from '../../../shared/certificates/importList';
import type { ListKind } from '../../../shared/certificates/model';
import { readListFile } from '../../../shared/certificates/readListFile';
import { useDb } from '../../app/DbContext';
import { useDeskDetails } from '../../app/useDeskDetails';
import { errorText } from '../../components/errorText';
import { Page } from '../../components/Page';
import { PageState } from '../../components/PageState';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../i18n/useI18n';
import { browserListFileReaders } from './data/listFileReaders';
import { saveImportedDraft } from './data/listWrites';
import { listPath } from './paths';
import { useIsSupervisor } from './useIsSupervisor';

type Loaded = { fileName: string; sheets: SheetCells[] } | { fileName: string; fatal: string };

/**
 * 导入清单: the supervisor picks the file a bureau published; the shared importer reads it and every
 * problem is listed with its row and column. Nothing is stored until 导入为草稿, and not at all while an
 * error remains on a row that is not skipped. The import is one transaction into a new draft version.
 */
export const ImportPage = () => {
  const { t } = useI18n();
  const db = useDb();
  const navigate = useNavigate();
  const details = useDeskDetails();
  const supervisor = useIsSupervisor();
  const input = useRef<HTMLInputElement>(null);
  const [scope, setScope] = useState<'department' | 'city'>('department');
  const [kind, setKind] = useState<ListKind>('dropped');
  const [title, setTitle] = useState('');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [skipRows, setSkipRows] = useState<ReadonlySet<number>>(new Set());
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  const sheets = loaded && 'sheets' in loaded ? loaded.sheets : null;
  // Rows with errors come from the run without skips, so the skip box stays while it is ticked.
  const errorRows = useMemo(() => {
    if (!sheets) return [];
    const problems = importList(sheets, { kind }).problems;
    return [
      ...new Set(problems.filter((p) => p.severity === 'error' && p.row !== undefined).map((p) => p.row!)),
    ];
  }, [sheets, kind]);
  const result: ImportResult | null = useMemo(
    () => (sheets ? importList(sheets, { kind, skipRows }) : null),
    [sheets, kind, skipRows],
  );

  if (details === undefined) return <PageState kind="loading" />;
  if (!supervisor || !details) return <PageState kind="error" message={t('certificates.importForbidden')} />;

  const choose = async (file: File) => {
    setSkipRows(new Set());
    setSaveError(null);
    const read = await readListFile(
      new Uint8Array(await file.arrayBuffer()),
      file.name,
      browserListFileReaders,
    );
    setLoaded(
      'problem' in read
        ? { fileName: file.name, fatal: describeProblem(read.problem, t) }
        : { fileName: file.name, sheets: read.sheets },
    );
  };

  const save = async () => {
    if (!result?.ok || !loaded) return;
    setSaving(true);
    try {
      const listId = await saveImportedDraft(
        db,
        {
          departmentId: scope === 'city' ? null : details.desk.departmentId,
          kind,
          title: title.trim() || result.title || loaded.fileName,
          documentNumber: result.documentNumber ?? '',
          effectiveDate: null,
          source: t('certificates.importedFrom', { file: loaded.fileName }),
          entries: result.entries,
        },
        { by: details.desk.staffId, now: new Date() },
      );
      void navigate(listPath(listId));
    } catch (error) {
      setSaveError(t('certificates.saveFailed', { detail: errorText(error) }));
      setSaving(false);
    }
  };

  return (
    <Page title={t('certificates.importTitle')} subtitle={t('certificates.importSubtitle')}>
      <Section id="import-file" title={t('certificates.importFile')}>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <SelectField
            id="import-scope"
            label={t('certificates.list.scope')}
            value={scope}
            options={[
              { value: 'department', label: t('certificates.scope.department') },
              { value: 'city', label: t('certificates.cityWide') },
            ]}
            onChange={(value) => setScope(value as 'department' | 'city')}
            placeholder={t('certificates.list.scope')}
          />
          <SelectField
            id="import-kind"
            label={t('certificates.list.kind')}
            value={kind}
            options={(['kept', 'dropped'] as const).map((value) => ({
              value,
              label: t(`certificates.kind.${value}`),
            }))}
            onChange={(value) => setKind(value as ListKind)}
            placeholder={t('certificates.list.kind')}
          />
          <TextField
            id="import-title"
            label={t('certificates.importListTitle')}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            helperText={t('certificates.importListTitleHint')}
            size="small"
            sx={{ minWidth: 320 }}
          />
          <input
            ref={input}
            type="file"
            hidden
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void choose(file);
            }}
          />
          <Button variant="outlined" onClick={() => input.current?.click()}>
            {t('certificates.chooseFile')}
          </Button>
        </Box>
      </Section>
      {loaded && 'fatal' in loaded && (
        <Alert severity="error" role="alert">
          {t('certificates.fileProblem', { file: loaded.fileName, problem: loaded.fatal })}
        </Alert>
      )}
      {result && loaded && (
        <Section id="import-check" title={t('certificates.importCheck', { file: loaded.fileName })}>
          <Typography role="status" sx={{ mb: 1 }}>
            {result.headerRows
              ? t('certificates.importSummary', {
                  count: result.entries.length,
                  sheet: result.sheet ?? '',
                  first: result.headerRows.first,
                  last: result.headerRows.last,
                })
              : t('certificates.importNothing')}
          </Typography>
          {result.problems.length > 0 && (
            <List dense aria-label={t('certificates.problems')}>
              {result.problems.map((problem, index) => (
                <ListItem
                  key={index}
                  sx={{ color: problem.severity === 'error' ? 'error.main' : 'text.secondary' }}
                >
                  {t(problem.severity === 'error' ? 'certificates.error' : 'certificates.warning')}
                  {describeProblem(problem, t)}
                </ListItem>
              ))}
            </List>
          )}
          {errorRows.length > 0 && (
            <FormControlLabel
              control={
                <Checkbox
                  checked={errorRows.every((row) => skipRows.has(row))}
                  onChange={(event) =>
                    setSkipRows(event.target.checked ? new Set([...skipRows, ...errorRows]) : new Set())
                  }
                />
              }
              label={t('certificates.skipRows', { rows: errorRows.join('、') })}
            />
          )}
          {saveError && <Alert severity="error">{saveError}</Alert>}
          <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
            <Button variant="contained" disabled={!result.ok || saving} onClick={() => void save()}>
              {t('certificates.saveDraft', { count: result.entries.length })}
            </Button>
          </Box>
        </Section>
      )}
    </Page>
  );
};
