import { useEffect, useMemo, useState } from 'react';
import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../app/DbContext';
import { useI18n } from '../../../i18n/useI18n';
import type { CertificateEntry } from '../../../../shared/certificates/model';
import { loadSearchModule, type SearchModule } from '../../catalog/catalogSearch';
import { buildEntrySearch } from '../../certificates/entrySearch';

type Props = {
  departmentId: string;
  value: CertificateEntry | null;
  onChange: (entry: CertificateEntry | null) => void;
};

const shownAtMost = 30;

/**
 * The 证明事项 a bottleneck concerns, picked from the published kept and dropped lists of this
 * department (and the city's) by name or pinyin initials, entirely by keyboard: type, ↑↓, Enter.
 * The pinyin search is loaded on first use, as everywhere: the capture dialog lives on every screen.
 */
export const CertificatePicker = ({ departmentId, value, onChange }: Props) => {
  const { t } = useI18n();
  const db = useDb();
  const entries = useLiveQuery(async () => {
    const lists = (await db.certificateLists.where('status').equals('published').toArray()).filter(
      (list) => !list.deleted && (list.departmentId === departmentId || list.departmentId === null),
    );
    return (
      await db.certificateEntries
        .where('listId')
        .anyOf(lists.map((list) => list.id))
        .toArray()
    )
      .filter((entry) => !entry.deleted)
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.position - b.position);
  }, [db, departmentId]);
  const [search, setSearch] = useState<SearchModule | null>(null);
  useEffect(() => {
    let live = true;
    void loadSearchModule().then((module) => live && setSearch(() => module));
    return () => {
      live = false;
    };
  }, []);
  const find = useMemo(
    () => (search && entries ? buildEntrySearch(search, entries) : undefined),
    [search, entries],
  );

  return (
    <Autocomplete
      id="capture-certificate"
      options={entries ?? []}
      value={value}
      onChange={(_event, entry) => onChange(entry)}
      getOptionLabel={(entry) => entry.name}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      filterOptions={(options, state) => {
        const query = state.inputValue.trim();
        if (query === '') return options.slice(0, shownAtMost);
        if (find) return find(query, () => true, shownAtMost).entries;
        return options.filter((entry) => entry.name.includes(query)).slice(0, shownAtMost);
      }}
      noOptionsText={t('duty.capture.noCertificate')}
      autoHighlight
      renderOption={({ key, ...props }, entry) => (
        <Box component="li" key={key} {...props}>
          <Box>
            <Typography>{entry.name}</Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('duty.capture.certificateMeta', {
                list: t(`certificates.kind.${entry.kind}`),
                serial: entry.serial,
                issuer: entry.issuer ? ` · ${entry.issuer}` : '',
              })}
            </Typography>
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('duty.capture.certificate')}
          helperText={t('duty.capture.certificateHint')}
        />
      )}
    />
  );
};
