import { useEffect, useMemo, useState } from 'react';
import { Box, Chip, Link, List, ListItem, TextField, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { CertificateEntry, CertificateMethod, ListKind } from '../../../shared/certificates/model';
import { certificateMethodSchema } from '../../../shared/certificates/model';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../i18n/useI18n';
import { loadSearchModule, type SearchModule } from '../catalog/catalogSearch';
import { buildEntrySearch } from './entrySearch';
import { entryPath } from './paths';

const shown = 100;

/** Search the published lists: name, pinyin initials (srzm), full pinyin; filter by kind, method, issuer. */
export const EntryFinder = ({ entries }: { entries: readonly CertificateEntry[] }) => {
  const { t } = useI18n();
  const [module, setModule] = useState<SearchModule | null>(null);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<ListKind | ''>('');
  const [method, setMethod] = useState<CertificateMethod | ''>('');
  const [issuer, setIssuer] = useState('');
  useEffect(() => {
    let live = true;
    void loadSearchModule().then((loaded) => live && setModule(loaded));
    return () => {
      live = false;
    };
  }, []);
  const search = useMemo(() => (module ? buildEntrySearch(module, entries) : null), [module, entries]);
  // Filters narrow the matches before the best `shown` are picked, so the count is of all of them.
  const results = useMemo(
    () =>
      search
        ? search(
            query,
            (entry) =>
              (kind === '' || entry.kind === kind) &&
              (method === '' || entry.method === method) &&
              (issuer === '' || entry.issuer.includes(issuer)),
            shown,
          )
        : { entries: [], total: 0 },
    [search, query, kind, method, issuer],
  );
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <TextField
          id="certificate-search"
          label={t('certificates.search')}
          placeholder={t('certificates.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          sx={{ minWidth: 280, flex: 1 }}
          size="small"
        />
        <SelectField
          id="certificate-kind"
          label={t('certificates.list.kind')}
          value={kind}
          options={(['kept', 'dropped'] as const).map((value) => ({
            value,
            label: t(`certificates.kind.${value}`),
          }))}
          onChange={(value) => setKind(value as ListKind | '')}
          placeholder={t('certificates.filter.all')}
        />
        <SelectField
          id="certificate-method"
          label={t('certificates.entry.method')}
          value={method}
          options={certificateMethodSchema.options.map((value) => ({
            value,
            label: t(`certificates.method.${value}`),
          }))}
          onChange={(value) => setMethod(value as CertificateMethod | '')}
          placeholder={t('certificates.filter.all')}
        />
        <TextField
          id="certificate-issuer"
          label={t('certificates.entry.issuer')}
          value={issuer}
          onChange={(event) => setIssuer(event.target.value)}
          size="small"
        />
      </Box>
      <Typography role="status" sx={{ color: 'text.secondary' }}>
        {t('certificates.found', { count: results.total })}
      </Typography>
      <List dense aria-label={t('certificates.results')}>
        {results.entries.map((entry) => (
          <ListItem key={entry.id} sx={{ gap: 1, flexWrap: 'wrap' }}>
            <Link component={RouterLink} to={entryPath(entry.id)} sx={{ fontWeight: 600 }}>
              {entry.name}
            </Link>
            <Chip
              size="small"
              color={entry.kind === 'dropped' ? 'success' : 'default'}
              label={
                entry.kind === 'dropped' && entry.method
                  ? t('certificates.droppedBy', { method: t(`certificates.method.${entry.method}`) })
                  : t('certificates.kind.kept')
              }
            />
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('certificates.issuedBy', { issuer: entry.issuer || '—' })}
            </Typography>
          </ListItem>
        ))}
      </List>
    </Box>
  );
};
