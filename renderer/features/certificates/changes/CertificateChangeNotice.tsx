import { Alert, AlertTitle, Box, Button } from '@mui/material';
import type { ChangeLine } from '../../../../shared/certificates/changeNotice';
import type { CertificateMethod } from '../../../../shared/certificates/model';
import { datePatterns } from '../../../components/datePatterns';
import { useDateFormat } from '../../../i18n/useDateFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useChangeNotice } from './useChangeNotice';

/**
 * Once per clerk and desk, after a sync brings a newly published list: what is no longer asked for
 * (and what replaces it), what is asked for again, what is now handled differently. A banner above the
 * screen rather than a dialog, so it never takes the focus from a clerk typing at the window; 知道了
 * (Tab to it, Enter) dismisses it for good on this desk.
 */
export const CertificateChangeNotice = () => {
  const { t, locale } = useI18n();
  const format = useDateFormat();
  const { notice, dismiss } = useChangeNotice();
  if (!notice) return null;
  const method = (value: CertificateMethod) => t(`certificates.method.${value}`);
  const text = (line: ChangeLine): string => {
    const date = 'from' in line && line.from ? format(line.from, datePatterns[locale].monthDay) : null;
    switch (line.kind) {
      case 'dropped':
        return date
          ? t('certificates.changes.dropped', {
              date,
              name: line.name,
              method: method(line.method),
              replacement: line.replacement,
            })
          : t('certificates.changes.droppedNow', {
              name: line.name,
              method: method(line.method),
              replacement: line.replacement,
            });
      case 'kept':
        return date
          ? t('certificates.changes.kept', { date, name: line.name, issuer: line.issuer || '—' })
          : t('certificates.changes.keptNow', { name: line.name, issuer: line.issuer || '—' });
      case 'method':
        return t('certificates.changes.method', {
          name: line.name,
          method: method(line.method),
          replacement: line.replacement,
        });
    }
  };
  return (
    <Box component="section" aria-label={t('certificates.changes.title')} sx={{ px: 3, pt: 2 }}>
      <Alert
        severity="info"
        action={
          <Button color="inherit" variant="outlined" size="small" onClick={() => void dismiss()}>
            {t('certificates.changes.ok')}
          </Button>
        }
      >
        <AlertTitle>{t('certificates.changes.title')}</AlertTitle>
        {t('certificates.changes.intro')}
        <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
          {notice.lines.map((line) => (
            <li key={`${line.kind}-${line.name}`}>{text(line)}</li>
          ))}
          {notice.more > 0 && <li>{t('certificates.changes.more', { count: notice.more })}</li>}
        </Box>
      </Alert>
    </Box>
  );
};
