import { useState } from 'react';
import { Button } from '@mui/material';
import { useNavigate } from 'react-router';
import { useDb } from '../../app/DbContext';
import { useDeskDetails } from '../../app/useDeskDetails';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Facts, type FactRow } from '../../components/Facts';
import { PageState } from '../../components/PageState';
import { Section } from '../../components/Section';
import { useRoleLabel } from '../../components/useRoleLabel';
import { useI18n } from '../../i18n/useI18n';
import { settingsLabelWidth } from './settingsLayout';

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
  const rows: FactRow[] = details
    ? [
        [t('settings.desk.department'), details.department?.name ?? unknown],
        [t('settings.desk.hall'), details.hall?.name ?? unknown],
        [
          t('settings.desk.window'),
          details.window
            ? [t('shell.windowNumber', { number: details.window.number }), details.window.label]
                .filter(Boolean)
                .join(' · ')
            : unknown,
        ],
        [
          t('settings.desk.clerk'),
          details.clerk
            ? t('shell.clerk', { name: details.clerk.name, role: roleLabel(details.clerk.roles) })
            : unknown,
        ],
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
        <Facts labelWidth={settingsLabelWidth} rows={rows} />
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
