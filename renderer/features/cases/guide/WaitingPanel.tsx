import { Alert, Button, Stack, Typography } from '@mui/material';
import type { Case } from '../../../../shared/domain/case';
import { nextStage, nextVisitWindow } from '../../../../shared/domain/guideRules';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { useI18n } from '../../../i18n/useI18n';

type Props = { caseRecord: Case; item: ServiceItem; onNextVisit: () => void };

/** Between the visits of a multi-visit item (离婚冷静期): when the next visit may happen, and starting it. */
export const WaitingPanel = ({ caseRecord, item, onNextVisit }: Props) => {
  const { t } = useI18n();
  const stage = nextStage(caseRecord, item);
  const window = nextVisitWindow(caseRecord, item);
  const number = stage && item.stages ? item.stages.indexOf(stage) + 1 : 2;
  return (
    <Stack spacing={2} component="section" aria-label={t('status.waiting')}>
      {window && stage?.waitBefore && (
        <Alert severity="info">
          <Typography>
            {t('cases.waiting.period', {
              kind: t(`waiting.${stage.waitBefore.kind}`),
              endsOn: window.waitEndsOn,
            })}
          </Typography>
          <Typography>
            {window.closesOn
              ? t('cases.waiting.window', {
                  opensOn: window.opensOn,
                  closesOn: window.closesOn,
                  title: stage.title,
                })
              : t('cases.waiting.from', { opensOn: window.opensOn, title: stage.title })}
          </Typography>
        </Alert>
      )}
      {item.withdrawal && <Typography sx={{ color: 'text.secondary' }}>{item.withdrawal}</Typography>}
      <div>
        <Button variant="contained" size="large" onClick={onNextVisit}>
          {t('cases.waiting.start', { number })}
        </Button>
      </div>
    </Stack>
  );
};
