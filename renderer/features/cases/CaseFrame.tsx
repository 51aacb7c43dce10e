import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Link } from '@mui/material';
import type { Case } from '../../../shared/domain/case';
import type { ServiceItem } from '../../../shared/domain/serviceItem';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/useI18n';
import { CaseSummary } from './CaseSummary';

type Props = { caseRecord: Case; item: ServiceItem; actions: ReactNode; children: ReactNode };

/** The page of one case, open (陪跑) or finished: the item as title, the case line, the way back. */
export const CaseFrame = ({ caseRecord, item, actions, children }: Props) => {
  const { t } = useI18n();
  return (
    <Page
      title={item.name}
      subtitle={<CaseSummary caseRecord={caseRecord} />}
      before={
        <Link component={RouterLink} to="/cases" underline="hover" id="case-back">
          {t('cases.backToToday')}
        </Link>
      }
      actions={actions}
    >
      {children}
    </Page>
  );
};
