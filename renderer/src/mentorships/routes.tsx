import { Route } from 'react-router-dom';
import { NotBuiltYetPage } from '../placeholders/NotBuiltYetPage';

/** The Mentorships area's routes. Stub until its screens land. */
export function mentorshipRoutes() {
  return [
    <Route
      key="/mentorships"
      path="/mentorships"
      element={
        <NotBuiltYetPage
          area={{
            path: '/mentorships',
            title: 'Mentorships',
            notBuilt: 'Mentorships are not built yet. They are coming in a later version.',
            willDo:
              'Mentor–mentee pairs (mentor, sponsor or peer), their Mentoring Partnership Agreements, meetings, annual reviews and confidential change requests.',
          }}
        />
      }
    />,
  ];
}
