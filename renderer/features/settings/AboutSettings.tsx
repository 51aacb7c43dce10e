import { useEffect, useState } from 'react';
import { Box, Typography } from '@mui/material';
import type { AppInfo } from '../../../shared/ipc/contract';
import { Section } from '../../components/Section';
import { PageState } from '../../components/PageState';
import { getBridge } from '../../platform/bridge';
import { useI18n } from '../../i18n/useI18n';

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
    const rows = [
      { label: t('settings.about.product'), value: t('app.name') },
      { label: t('settings.about.version'), value: state.info.version },
      { label: t('settings.about.shell'), value: t(`settings.about.shell.${state.info.shell}`) },
      { label: t('settings.about.platform'), value: state.info.platform },
    ];
    body = (
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
    );
  }
  return (
    <Section title={t('settings.about')} id="settings-about">
      {body}
    </Section>
  );
};
