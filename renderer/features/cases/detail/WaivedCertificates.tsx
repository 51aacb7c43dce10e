import { Box, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { WaivedCertificate } from '../../../../shared/certificates/waiver';
import { datePatterns } from '../../../components/datePatterns';
import { useDateFormat } from '../../../i18n/useDateFormat';
import { useI18n } from '../../../i18n/useI18n';
import { entryPath } from '../../certificates/paths';

/**
 * What this case recorded as not asked for: each certificate, how it is replaced, how a commitment
 * will be verified and when its 告知承诺书 was printed, linked to the list entry it was waived under
 * (that version, even after a newer list changed it).
 */
export const WaivedCertificates = ({ waived }: { waived: readonly WaivedCertificate[] }) => {
  const { t, locale } = useI18n();
  const format = useDateFormat();
  return (
    <Box component="section" aria-labelledby="case-waived-title" sx={{ mt: 2 }}>
      <Typography id="case-waived-title" sx={{ color: 'text.secondary', mb: 1 }}>
        {t('certificates.window.waivedTitle')}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 0.5 }}>
        {waived.map((waiver) => (
          <Box component="li" key={waiver.materialId}>
            <Typography component="span">
              {t('certificates.window.waived', {
                name: waiver.name,
                method: t(`certificates.method.${waiver.method}`),
                verification: waiver.verificationMethod
                  ? t('certificates.window.waivedVerification', {
                      method: t(`certificates.verification.${waiver.verificationMethod}`),
                    })
                  : '',
              })}
              {waiver.commitmentPrintedAt &&
                t('certificates.window.waivedPrinted', {
                  at: format(waiver.commitmentPrintedAt, datePatterns[locale].dayTime),
                })}
            </Typography>{' '}
            <Link component={RouterLink} to={entryPath(waiver.entryId)} variant="body2">
              {t('certificates.window.openEntry')}
            </Link>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
