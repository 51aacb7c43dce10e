import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { dutyErrorText } from '../model/dutyErrorText';

/**
 * Saving a duty form once at a time: `write` returns a problem found before writing (a required field)
 * or throws the rules' refusal, which becomes the clerk's sentence; nothing else is shown.
 */
export const useDutySave = (write: () => Promise<string | undefined>) => {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (saving) return;
    setSaving(true);
    setProblem(null);
    try {
      const found = await write();
      if (found !== undefined) setProblem(found);
    } catch (error) {
      setProblem(dutyErrorText(t, error));
    } finally {
      setSaving(false);
    }
  };
  return { save: () => void save(), saving, problem };
};
