import { Outlet } from 'react-router';
// Placeholder until the feature lands; replaced by the feature's owner.
export const AppShell = () => <Outlet />;
