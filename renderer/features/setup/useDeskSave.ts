import { useState } from 'react';
import type { Desk } from '../../../shared/domain/organization';
import { problem, type Problem } from '../../components/problem';
import { useI18n } from '../../i18n/useI18n';

/**
 * Saving a checked desk choice. On success the caller navigates away, so `saving` stays true and the
 * buttons stay off; on failure the clerk sees why and may try again.
 */
export const useDeskSave = (onSave: (desk: Desk) => Promise<void>) => {
  const { t } = useI18n();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<Problem | null>(null);
  const save = async (desk: Desk) => {
    setSaving(true);
    setSaveError(null);
    try {
      await onSave(desk);
    } catch (error) {
      setSaveError(problem(t('common.saveFailed'), error));
      setSaving(false);
    }
  };
  return { saving, saveError, save };
};
