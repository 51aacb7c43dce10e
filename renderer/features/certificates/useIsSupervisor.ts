import { hasRole } from '../../../shared/domain/organization';
import { useDeskDetails } from '../../app/useDeskDetails';

/** The screens mirror the server's rule: only a supervisor writes certificate lists. */
export const useIsSupervisor = (): boolean => {
  const details = useDeskDetails();
  return Boolean(details?.clerk && hasRole(details.clerk.roles, 'supervisor'));
};
