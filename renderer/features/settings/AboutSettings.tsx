import { useEffect, useState } from 'react';
import { Typography } from '@mui/material';
import type { AppInfo } from '../../../shared/ipc/contract';
import { Facts } from '../../components/Facts';
import { Section } from '../../components/Section';
import { PageState } from '../../components/PageState';
import { getBridge } from '../../platform/bridge';
import { useI18n } from '../../i18n/useI18n';
import { settingsLabelWidth } from './settingsLayout';

type InfoState = { kind: 'loading' } | { kind: 'ready'; info: AppInfo } | { kind: 'failed' };

/** Version and platform, which the help desk asks for first. */
export const AboutSettings = () => {
  const { t } = useI18n();
  const [state, setState] = useState<InfoState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    getBridge()
      .appInfo({})
      .then(
        (info) => live && setState({ kind: 'ready', info }),
        () => live && setState({ kind: 'failed' }),
      );
    return () => {
      live = false;
    };
  }, []);

  let body;
  if (state.kind === 'loading') body = <PageState kind="loading" />;
  else if (state.kind === 'failed')
    body = <Typography sx={{ color: 'text.secondary' }}>{t('settings.about.unavailable')}</Typography>;
  else {
    body = (
      <Facts
        labelWidth={settingsLabelWidth}
        rows={[
          [t('settings.about.product'), t('app.name')],
          [t('settings.about.version'), state.info.version],
          [t('settings.about.shell'), t(`settings.about.shell.${state.info.shell}`)],
          [t('settings.about.platform'), state.info.platform],
        ]}
      />
    );
  }
  return (
    <Section title={t('settings.about')} id="settings-about">
      {body}
    </Section>
  );
};
