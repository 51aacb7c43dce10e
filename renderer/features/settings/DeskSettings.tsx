import { useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { useDb } from '../../app/DbContext';
import { useDeskDetails } from '../../app/useDeskDetails';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageState } from '../../components/PageState';
import { Section } from '../../components/Section';
import { useRoleLabel } from '../../components/useRoleLabel';
import { useI18n } from '../../i18n/useI18n';

/** Where this desk sits, and the way to set it up again (e.g. the PC moved to another window). */
export const DeskSettings = () => {
  const { t } = useI18n();
  const db = useDb();
  const navigate = useNavigate();
  const details = useDeskDetails();
  const roleLabel = useRoleLabel();
  const [confirming, setConfirming] = useState(false);

  const reset = async () => {
    setConfirming(false);
    // Only the local desk choice goes; cases and the outbox stay untouched.
    await db.meta.delete('desk');
    await navigate('/setup', { replace: true });
  };

  const unknown = t('settings.desk.unknown');
  const rows = details
    ? [
        { label: t('settings.desk.department'), value: details.department?.name ?? unknown },
        { label: t('settings.desk.hall'), value: details.hall?.name ?? unknown },
        {
          label: t('settings.desk.window'),
          value: details.window
            ? [t('shell.windowNumber', { number: details.window.number }), details.window.label]
                .filter(Boolean)
                .join(' · ')
            : unknown,
        },
        {
          label: t('settings.desk.clerk'),
          value: details.clerk
            ? t('shell.clerk', { name: details.clerk.name, role: roleLabel(details.clerk.roles) })
            : unknown,
        },
      ]
    : [];

  return (
    <Section
      title={t('settings.desk')}
      id="settings-desk"
      actions={
        <Button variant="outlined" color="warning" onClick={() => setConfirming(true)} disabled={!details}>
          {t('settings.desk.reset')}
        </Button>
      }
    >
      {details === undefined ? (
        <PageState kind="loading" />
      ) : (
        <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: '184px 1fr', rowGap: 1.25 }}>
          {rows.map((row) => (
            <Box key={row.label} sx={{ display: 'contents' }}>
              <Typography component="dt" sx={{ color: 'text.secondary' }}>
                {row.label}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }}>
                {row.value}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('settings.desk.resetTitle')}
        message={t('settings.desk.resetMessage')}
        confirmLabel={t('settings.desk.resetConfirm')}
        destructive
        onConfirm={() => void reset()}
        onCancel={() => setConfirming(false)}
      />
    </Section>
  );
};
