import { Navigate, Route, Routes } from 'react-router-dom';
import { awardRoutes } from '../awards/routes';
import { DashboardPage } from '../attention/DashboardPage';
import { documentRoutes } from '../documents/routes';
import { FacultyDetailPage } from '../faculty/FacultyDetailPage';
import { FacultyDirectoryPage } from '../faculty/FacultyDirectoryPage';
import { importRoutes } from '../imports/routes';
import { matrixRoutes } from '../matrix/routes';
import { mentorshipRoutes } from '../mentorships/routes';
import { peerGroupRoutes } from '../peerGroups/routes';
import { SettingsPage } from '../settings/SettingsPage';
import { workshopRoutes } from '../workshops/routes';

/** Routes share their paths with the navigation and the core's domains; each area lists its own in routes.tsx. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<DashboardPage />} />
      <Route path="/faculty" element={<FacultyDirectoryPage />} />
      <Route path="/faculty/:id" element={<FacultyDetailPage />} />
      {mentorshipRoutes()}
      {peerGroupRoutes()}
      {workshopRoutes()}
      {matrixRoutes()}
      {importRoutes()}
      {awardRoutes()}
      {documentRoutes()}
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
