import { Box, Chip } from '@mui/material';
import type { ServiceItem } from '../../shared/domain/serviceItem';
import { useI18n } from '../i18n/useI18n';

type Flags = Pick<ServiceItem, 'doItOnce' | 'instantApproval' | 'fullyOnline' | 'immediate'>;

/** The promises an item carries (一次办好, 智能秒批, 全程网办, 即办件), always in this order and colour. */
export const ItemFlags = ({ item, size = 'small' }: { item: Flags; size?: 'small' | 'medium' }) => {
  const { t } = useI18n();
  const flags = [
    item.doItOnce && { key: 'doItOnce', label: t('catalog.flag.doItOnce'), color: 'primary' as const },
    item.instantApproval && {
      key: 'instantApproval',
      label: t('catalog.flag.instantApproval'),
      color: 'secondary' as const,
    },
    item.fullyOnline && { key: 'fullyOnline', label: t('catalog.flag.fullyOnline'), color: 'info' as const },
    item.immediate && { key: 'immediate', label: t('catalog.flag.immediate'), color: 'success' as const },
  ].filter((flag) => flag !== false);
  if (flags.length === 0) return null;
  return (
    <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap' }}>
      {flags.map((flag) => (
        <Chip
          key={flag.key}
          label={flag.label}
          color={flag.color}
          variant="outlined"
          size={size}
          sx={{ height: size === 'small' ? 22 : undefined, borderRadius: 1 }}
        />
      ))}
    </Box>
  );
};
