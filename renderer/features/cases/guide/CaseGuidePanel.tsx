import { Alert, Box, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import type { Case } from '../../../../shared/domain/case';
import { currentStage, windowRoleAt } from '../../../../shared/domain/guideRules';
import type { AdminLevel } from '../../../../shared/domain/itemGuide';
import type { ServiceItem } from '../../../../shared/domain/serviceItem';
import { maskIdNumber } from '../../../../shared/domain/idNumber';
import { useI18n } from '../../../i18n/useI18n';

type Props = {
  caseRecord: Case;
  item: ServiceItem;
  hallLevel: AdminLevel | undefined;
  onAnswer: (conditionId: string, answer: boolean) => void;
};

/**
 * What the guide says about this case beyond steps and materials: what this window does and where the
 * case goes, who takes part, which visit this is, the online path, and the yes/no questions that decide
 * which materials this applicant owes.
 */
export const CaseGuidePanel = ({ caseRecord, item, hallLevel, onAnswer }: Props) => {
  const { t } = useI18n();
  const role = windowRoleAt(item, hallLevel);
  const stage = currentStage(caseRecord, item);
  const stageNumber = stage && item.stages ? item.stages.indexOf(stage) + 1 : 0;
  return (
    <Stack spacing={1} component="section" aria-label={t('cases.guide.title')}>
      {item.authority && (
        <Typography>
          {role === 'collectAndForward'
            ? t('cases.guide.collect', { body: item.authority.decidingBody })
            : t('cases.guide.windowRole', {
                role: t(`windowRole.${role}`),
                body: item.authority.implementingBody,
              })}
        </Typography>
      )}
      {caseRecord.parties && caseRecord.parties.length > 0 && (
        <Typography>
          {caseRecord.parties
            .map(
              (party) =>
                `${t(`party.${party.role}`)}：${party.name}${party.idNumber ? `（${maskIdNumber(party.idNumber)}）` : ''}`,
            )
            .join('　')}
        </Typography>
      )}
      {stage && (
        <Typography sx={{ fontWeight: 600 }}>
          {t('cases.guide.stage', {
            number: stageNumber,
            total: item.stages?.length ?? 1,
            title: stage.title,
          })}
        </Typography>
      )}
      {item.deferral && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('deferral.allowed', {
            count: item.deferral.maxDays,
            unit: t(`deferral.unit.${item.deferral.unit}`),
          })}
        </Typography>
      )}
      {item.onlineGuide && (item.fullyOnline || item.instantApproval) && (
        <Alert severity="info">
          <Box>{t('cases.guide.onlinePath', { path: item.onlineGuide.path })}</Box>
          <Box>{t('cases.guide.windowHelp', { help: item.onlineGuide.windowHelp })}</Box>
        </Alert>
      )}
      {(item.conditions ?? []).map((condition) => {
        const answer = caseRecord.answers?.[condition.id];
        return (
          <Box key={condition.id} sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            <Typography id={`condition-${condition.id}`} sx={{ fontWeight: 600 }}>
              {condition.question}
            </Typography>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={answer === undefined ? null : answer ? 'yes' : 'no'}
              aria-labelledby={`condition-${condition.id}`}
              onChange={(_event, value: 'yes' | 'no' | null) => {
                if (value !== null) onAnswer(condition.id, value === 'yes');
              }}
            >
              <ToggleButton value="yes">{t('common.yes')}</ToggleButton>
              <ToggleButton value="no">{t('common.no')}</ToggleButton>
            </ToggleButtonGroup>
            {answer === undefined && (
              <Typography variant="body2" sx={{ color: 'warning.dark' }}>
                {t('cases.guide.unanswered')}
              </Typography>
            )}
          </Box>
        );
      })}
    </Stack>
  );
};
