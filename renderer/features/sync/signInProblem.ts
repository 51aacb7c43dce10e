import { DepartmentMismatchError } from '../../sync/auth';
import { SyncRequestError } from '../../sync/http';
import { errorText } from '../../components/errorText';

/** Why an online sign-in did not work, in the terms a clerk is told about. */
export type SignInProblem =
  | { kind: 'wrongPassword' }
  | { kind: 'tooManyAttempts' }
  | { kind: 'unreachable' }
  /** Something answers at the address, but not the sync contract (a web page, another service). */
  | { kind: 'notSyncServer' }
  | { kind: 'departmentMismatch'; deskDepartmentId: string; staffDepartmentId: string }
  | { kind: 'server'; message: string };

export const signInProblemOf = (error: unknown): SignInProblem => {
  if (error instanceof DepartmentMismatchError)
    return {
      kind: 'departmentMismatch',
      deskDepartmentId: error.deskDepartmentId,
      staffDepartmentId: error.staffDepartmentId,
    };
  if (!(error instanceof SyncRequestError)) return { kind: 'server', message: errorText(error) };
  const { detail } = error;
  switch (detail.kind) {
    case 'unauthorized':
      return { kind: 'wrongPassword' };
    case 'tooManyAttempts':
      return { kind: 'tooManyAttempts' };
    case 'network':
      return { kind: 'unreachable' };
    case 'server':
      // 404/405 or a body that is not ours: the address points at something else.
      return detail.status === 404 || detail.status === 405 || detail.error === 'bad_response'
        ? { kind: 'notSyncServer' }
        : { kind: 'server', message: detail.message };
    default:
      return { kind: 'server', message: detail.message };
  }
};
