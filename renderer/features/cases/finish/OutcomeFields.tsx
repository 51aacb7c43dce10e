import { TextField, Typography } from '@mui/material';
import type { CaseOutcome } from '../../../../shared/domain/case';
import type { Material, ServiceItem } from '../../../../shared/domain/serviceItem';
import { useI18n } from '../../../i18n/useI18n';
import { MissingMaterialsList } from './MissingMaterialsList';

type Props = {
  outcome: CaseOutcome | null;
  item: ServiceItem;
  missing: readonly Material[];
  transferredTo: string;
  onTransferredTo: (value: string) => void;
  note: string;
  onNote: (value: string) => void;
  /** 结束办理 takes a note with any outcome; 更正办理结果 has its own reason and asks only for 不予受理's. */
  noteWithEveryOutcome: boolean;
};

/**
 * What the chosen outcome asks of the clerk (the 转办 target, the 不予受理 reason) and tells her (what
 * the notice will list, where an online or 代收 case goes), the same in 结束办理 and 更正办理结果: both
 * record an outcome through the same state machine, so both must ask for the same things.
 */
export const OutcomeFields = ({
  outcome,
  item,
  missing,
  transferredTo,
  onTransferredTo,
  note,
  onNote,
  noteWithEveryOutcome,
}: Props) => {
  const { t } = useI18n();
  const notAccepted = outcome === 'notAccepted';
  return (
    <>
      {outcome === 'needsSupplement' && missing.length > 0 && <MissingMaterialsList materials={missing} />}
      {outcome === 'movedOnline' && (
        <Typography sx={{ color: 'text.secondary' }}>{t('cases.finish.onlineHint')}</Typography>
      )}
      {outcome === 'collected' && item.authority && (
        <Typography>{t('cases.finish.collectedTo', { body: item.authority.decidingBody })}</Typography>
      )}
      {outcome === 'transferred' && (
        <TextField
          label={t('cases.finish.transferTarget')}
          placeholder={t('cases.finish.transferPlaceholder')}
          value={transferredTo}
          onChange={(event) => onTransferredTo(event.target.value)}
          required
          autoFocus
          autoComplete="off"
          slotProps={{ htmlInput: { maxLength: 80 } }}
        />
      )}
      {(noteWithEveryOutcome || notAccepted) && (
        <TextField
          label={notAccepted ? t('cases.finish.reason') : t('cases.finish.note')}
          value={note}
          onChange={(event) => onNote(event.target.value)}
          required={notAccepted}
          autoFocus={notAccepted}
          multiline
          minRows={2}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
      )}
    </>
  );
};
