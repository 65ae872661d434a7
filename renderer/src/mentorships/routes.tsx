import { Route } from 'react-router-dom';
import { ProgramPage } from '../programs/ProgramPage';
import { ProgramsPage } from '../programs/ProgramsPage';
import { ChangeRequestPage } from '../changeRequests/ChangeRequestPage';
import { ChangeRequestsPage } from '../changeRequests/ChangeRequestsPage';
import { MentorshipPage } from './MentorshipPage';
import { MentorshipsPage } from './MentorshipsPage';
import { CohortMatchPage } from '../matching/CohortMatchPage';

/** The Mentorships area: the pairs, their programs, and change requests. */
export function mentorshipRoutes() {
  return [
    <Route key="/mentorships" path="/mentorships" element={<MentorshipsPage />} />,
    <Route key="/mentorships/programs" path="/mentorships/programs" element={<ProgramsPage />} />,
    <Route key="/mentorships/programs/:id" path="/mentorships/programs/:id" element={<ProgramPage />} />,
    <Route key="/mentorships/change-requests" path="/mentorships/change-requests" element={<ChangeRequestsPage />} />,
    <Route
      key="/mentorships/change-requests/:id"
      path="/mentorships/change-requests/:id"
      element={<ChangeRequestPage />}
    />,
    <Route key="/mentorships/match" path="/mentorships/match" element={<CohortMatchPage />} />,
    <Route key="/mentorships/:id" path="/mentorships/:id" element={<MentorshipPage />} />,
  ];
}
