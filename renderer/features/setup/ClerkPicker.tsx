import type { Staff } from '../../../shared/domain/organization';
import { SelectField } from '../../components/SelectField';
import { useRoleLabel } from '../../components/useRoleLabel';
import { useI18n } from '../../i18n/useI18n';

type Props = {
  staff: readonly Staff[];
  value: string;
  onChange: (staffId: string) => void;
  error?: string;
  /** No department chosen yet: nothing to offer. */
  disabled: boolean;
};

/**
 * Who works at this window. Kept apart from the rest of set-up because signing in to the sync server
 * will replace it: the signed-in account then names the clerk.
 */
export const ClerkPicker = ({ staff, value, onChange, error, disabled }: Props) => {
  const { t } = useI18n();
  const roleLabel = useRoleLabel();
  return (
    <SelectField
      id="setup-clerk"
      label={t('setup.clerk')}
      value={value}
      onChange={onChange}
      placeholder={disabled ? t('setup.chooseDepartmentFirst') : t('setup.choose')}
      options={staff.map((person) => ({
        value: person.id,
        label: t('setup.clerkOption', { name: person.name, role: roleLabel(person.roles) }),
      }))}
      error={error}
      disabled={disabled}
      required
    />
  );
};
