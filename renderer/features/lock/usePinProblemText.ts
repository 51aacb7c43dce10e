import { useCallback } from 'react';
import { maxPinFailures } from '../../../shared/domain/deskPin';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useI18n } from '../../i18n/useI18n';
import type { PinProblem } from './deskPins';

const newPinKeys: Record<'format' | 'tooSimple' | 'mismatch', MessageKey> = {
  format: 'lock.pin.error.format',
  tooSimple: 'lock.pin.error.tooSimple',
  mismatch: 'lock.pin.error.mismatch',
};

/** The sentence a refused PIN gets; a cool-down names the time it ends, in the hall's time. */
export const usePinProblemText = () => {
  const { t } = useI18n();
  const formatDate = useDateFormat();
  return useCallback(
    (problem: PinProblem): string => {
      switch (problem.kind) {
        case 'missing':
          return t('lock.pin.error.missing');
        case 'wrong':
          return t('lock.pin.error.wrong', { count: problem.triesLeft });
        case 'lockedOut':
          return t('lock.pin.error.lockedOut', {
            max: maxPinFailures,
            time: formatDate(problem.until, 'HH:mm'),
          });
        case 'newPin':
          return t(newPinKeys[problem.problem]);
        case 'noConfirmer':
          return t('lock.pin.error.noConfirmer');
      }
    },
    [t, formatDate],
  );
};
