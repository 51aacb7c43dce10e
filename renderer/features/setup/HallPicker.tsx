import type { Hall } from '../../../shared/domain/organization';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../i18n/useI18n';

type Props = {
  halls: readonly Hall[];
  value: string;
  onChange: (hallId: string) => void;
  error?: string;
  /** No department chosen yet: nothing to offer. */
  disabled: boolean;
};

/** The hall this desk stands in, among the halls of its department. */
export const HallPicker = ({ halls, value, onChange, error, disabled }: Props) => {
  const { t } = useI18n();
  return (
    <SelectField
      id="setup-hall"
      label={t('setup.hall')}
      value={value}
      onChange={onChange}
      placeholder={disabled ? t('setup.chooseDepartmentFirst') : t('setup.choose')}
      options={halls.map((hall) => ({ value: hall.id, label: hall.name }))}
      error={error}
      disabled={disabled}
      required
    />
  );
};
