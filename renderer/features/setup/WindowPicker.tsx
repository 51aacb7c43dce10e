import type { ServiceWindow } from '../../../shared/domain/organization';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../i18n/useI18n';

type Props = {
  windows: readonly ServiceWindow[];
  value: string;
  onChange: (windowId: string) => void;
  error?: string;
  /** No hall chosen yet: nothing to offer. */
  disabled: boolean;
};

/** The window this desk serves at, by number and, where it has one, its label. */
export const WindowPicker = ({ windows, value, onChange, error, disabled }: Props) => {
  const { t } = useI18n();
  return (
    <SelectField
      id="setup-window"
      label={t('setup.window')}
      value={value}
      onChange={onChange}
      placeholder={disabled ? t('setup.chooseHallFirst') : t('setup.choose')}
      options={windows.map((window) => ({
        value: window.id,
        label: window.label
          ? t('setup.windowOption', { number: window.number, label: window.label })
          : t('setup.windowOptionPlain', { number: window.number }),
      }))}
      error={error}
      disabled={disabled}
      required
    />
  );
};
