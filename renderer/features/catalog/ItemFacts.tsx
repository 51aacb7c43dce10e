import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import type { Department } from '../../../shared/domain/organization';
import type { ServiceItem } from '../../../shared/domain/serviceItem';
import { Section } from '../../components/Section';
import { formatTimeLimit } from '../../components/timeLimit';
import { useI18n } from '../../i18n/useI18n';
import { useCategoryLabel } from './useCategoryLabel';

type FactProps = { label: string; children: ReactNode; span?: 1 | 2 | 'all' };

const Fact = ({ label, children, span = 1 }: FactProps) => (
  <Box sx={{ gridColumn: span === 'all' ? '1 / -1' : `span ${span}`, minWidth: 0 }}>
    <Typography component="dt" variant="body2" sx={{ color: 'text.secondary', mb: 0.25 }}>
      {label}
    </Typography>
    <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
      {children}
    </Typography>
  </Box>
);

/** Time limits, fee, channels, department and 设定依据 as a definition list. */
export const ItemFacts = ({
  item,
  department,
}: {
  item: ServiceItem;
  department: Department | undefined;
}) => {
  const { t } = useI18n();
  const categoryLabel = useCategoryLabel();
  const fee = item.fee.kind === 'free' ? t('common.free') : t('common.yuan', { amount: item.fee.amountYuan });
  return (
    <Section title={t('catalog.detail.facts')} id="item-facts">
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gridTemplateColumns: 'repeat(4, minmax(0, 1fr))',
          gap: 2,
        }}
      >
        <Fact label={t('catalog.detail.legalLimit')}>{formatTimeLimit(t, item.legalLimit)}</Fact>
        <Fact label={t('catalog.detail.promisedLimit')}>
          <Box component="span" sx={{ fontWeight: 600, color: 'primary.dark' }}>
            {formatTimeLimit(t, item.promisedLimit)}
          </Box>
        </Fact>
        <Fact label={t('catalog.detail.fee')}>
          {fee}
          {item.fee.kind === 'charged' && item.fee.basis && (
            <Typography component="span" variant="body2" sx={{ display: 'block', color: 'text.secondary' }}>
              {t('catalog.detail.feeBasis', { basis: item.fee.basis })}
            </Typography>
          )}
        </Fact>
        <Fact label={t('catalog.detail.category')}>{categoryLabel(item.category)}</Fact>
        <Fact label={t('catalog.detail.channels')} span={2}>
          {item.channels.map((channel) => t(`channel.${channel}`)).join('、')}
        </Fact>
        <Fact label={t('catalog.detail.department')} span={2}>
          {department?.name ?? t('catalog.department.cityWide')}
        </Fact>
        <Fact label={t('catalog.detail.basis')} span="all">
          {item.basis || t('common.none')}
        </Fact>
      </Box>
    </Section>
  );
};
